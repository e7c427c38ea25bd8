import { Trash2, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { dotsLeft } from '../../domain/workshop/votes';
import type { JourneyDocument } from '../../domain/model';
import type { VotingActions } from './use-voting';

/** The voters with their colours, names and dots left, and the form that adds one. */
export function VoterList(props: {
  doc: JourneyDocument;
  votingVoterId: string | null;
  nextColour: string;
  actions: Pick<VotingActions, 'setVoterColour' | 'renameVoter' | 'removeVoter' | 'addVoter'>;
}) {
  const { doc, votingVoterId, actions } = props;
  const w = doc.journey.workshop;
  const [name, setName] = useState('');
  return (
    <div>
      <div className="field-label">Voters</div>
      <ul className="list-rows">
        {w.voters.map((v) => (
          <li key={v.id} className={`list-row ws-voter${v.id === votingVoterId ? ' is-current' : ''}`}>
            <input
              type="color"
              className="ws-colour"
              aria-label={`Colour of ${v.name}`}
              value={v.colour}
              onChange={(e) => actions.setVoterColour(v.id, e.target.value)}
            />
            <input
              className="input ws-grow"
              aria-label="Voter name"
              value={v.name}
              onChange={(e) => actions.renameVoter(v.id, e.target.value)}
            />
            <span className="ws-dots-left" title={`Dots left of ${w.dotsPerVoter}`}>
              {dotsLeft(doc, v.id)} left
            </span>
            <button
              type="button"
              className="btn btn-ghost icon-btn"
              aria-label={`Remove voter ${v.name}`}
              title="Remove the voter and their dots"
              onClick={() => actions.removeVoter(v.id)}
            >
              <Trash2 size={16} />
            </button>
          </li>
        ))}
      </ul>
      <form
        className="ws-row ws-add-voter"
        onSubmit={(e) => {
          e.preventDefault();
          if (actions.addVoter(name)) setName('');
        }}
      >
        <span className="ws-dot ws-dot-lg" style={{ background: props.nextColour }} aria-hidden />
        <input
          className="input ws-grow"
          aria-label="New voter name"
          placeholder="Voter name, then Enter"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="btn icon-btn" aria-label="Add voter" title="Add voter">
          <UserPlus size={16} />
        </button>
      </form>
    </div>
  );
}
