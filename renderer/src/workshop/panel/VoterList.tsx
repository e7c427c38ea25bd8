import { Trash2, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { dotsLeft } from '../../domain/workshop/votes';
import type { JourneyDocument } from '../../domain/model';
import type { VotingActions } from './use-voting';
import { useTranslation } from '../../i18n';

/** The voters with their colours, names and dots left, and the form that adds one. */
export function VoterList(props: {
  doc: JourneyDocument;
  votingVoterId: string | null;
  nextColour: string;
  actions: Pick<VotingActions, 'setVoterColour' | 'renameVoter' | 'removeVoter' | 'addVoter'>;
}) {
  const { t } = useTranslation();
  const { doc, votingVoterId, actions } = props;
  const w = doc.journey.workshop;
  const [name, setName] = useState('');
  return (
    <div>
      <div className="field-label">{t('workshop.vote.voters')}</div>
      <ul className="list-rows">
        {w.voters.map((v) => (
          <li key={v.id} className={`list-row ws-voter${v.id === votingVoterId ? ' is-current' : ''}`}>
            <input
              type="color"
              className="ws-colour"
              aria-label={t('workshop.vote.colourOf', { name: v.name })}
              value={v.colour}
              onChange={(e) => actions.setVoterColour(v.id, e.target.value)}
            />
            <input
              className="input ws-grow"
              aria-label={t('workshop.vote.voterName')}
              value={v.name}
              onChange={(e) => actions.renameVoter(v.id, e.target.value)}
            />
            <span className="ws-dots-left" title={t('workshop.vote.dotsLeftOf', { count: w.dotsPerVoter })}>
              {t('workshop.vote.left', { count: dotsLeft(doc, v.id) })}
            </span>
            <button
              type="button"
              className="btn btn-ghost icon-btn"
              aria-label={t('workshop.vote.removeVoter', { name: v.name })}
              title={t('workshop.vote.removeVoterTitle')}
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
          aria-label={t('workshop.vote.newVoter')}
          placeholder={t('workshop.vote.newVoterPlaceholder')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className="btn icon-btn"
          aria-label={t('workshop.vote.addVoter')}
          title={t('workshop.vote.addVoter')}
        >
          <UserPlus size={16} />
        </button>
      </form>
    </div>
  );
}
