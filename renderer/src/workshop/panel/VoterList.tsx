import { Trash2, UserPlus } from 'lucide-react';
import { memo, useMemo, useState } from 'react';
import { dotsRemaining, dotsUsedByVoter } from '../../domain/workshop/votes';
import type { JourneyDocument } from '../../domain/model';
import type { Voter } from '../../domain/workshop-schema';
import type { VotingActions } from './use-voting';
import { useEditor } from '../../session/react';
import { countParams, useTranslation } from '../../i18n';

type RowActions = Pick<VotingActions, 'setVoterColour' | 'renameVoter' | 'removeVoter'>;

/** The voters with their colours, names and dots left, and the form that adds one. */
export function VoterList(props: {
  doc: JourneyDocument;
  votingVoterId: string | null;
  nextColour: string;
  actions: RowActions & Pick<VotingActions, 'addVoter'>;
}) {
  const { t } = useTranslation();
  const { doc, votingVoterId, actions } = props;
  const w = doc.journey.workshop;
  const [name, setName] = useState('');
  // Counted once for the list, and only when votes or what they are on change: in a live session a note
  // arrives every few hundred milliseconds, and the room's voters can be dozens.
  // (The document's lists are new at each revision; the store's tables only when they change.)
  const { votes, dotsPerVoter } = w;
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const stages = useEditor((s) => s.doc.stages);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the dots used are read from these three only
  const used = useMemo(() => dotsUsedByVoter(doc), [votes, touchpoints, stages]);
  return (
    <div>
      <div className="field-label">{t('workshop.vote.voters')}</div>
      <ul className="list-rows">
        {w.voters.map((v) => (
          <VoterRow
            key={v.id}
            voter={v}
            current={v.id === votingVoterId}
            left={dotsRemaining(dotsPerVoter, used.get(v.id) ?? 0)}
            dotsPerVoter={dotsPerVoter}
            actions={actions}
          />
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

/** One voter's row: drawn again only when that voter, the turn, their dots or the dots per voter change. */
type RowProps = { voter: Voter; current: boolean; left: number; dotsPerVoter: number; actions: RowActions };

/**
 * Compared by value: the host of a live session checks each vote against the journey's schema, which
 * hands back new voter objects for the same voters.
 */
const sameRow = (a: RowProps, b: RowProps) =>
  a.current === b.current &&
  a.left === b.left &&
  a.dotsPerVoter === b.dotsPerVoter &&
  a.actions === b.actions &&
  a.voter.id === b.voter.id &&
  a.voter.name === b.voter.name &&
  a.voter.colour === b.voter.colour;

const VoterRow = memo(function VoterRow(props: RowProps) {
  const { t } = useTranslation();
  const { voter: v, actions } = props;
  return (
    <li className={`list-row ws-voter${props.current ? ' is-current' : ''}`}>
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
      <span className="ws-dots-left" title={t('workshop.vote.dotsLeftOf', countParams(props.dotsPerVoter))}>
        {t('workshop.vote.left', countParams(props.left))}
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
  );
}, sameRow);
