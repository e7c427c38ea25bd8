import { Eye, Play, Square } from 'lucide-react';
import { useId } from 'react';
import type { Workshop } from '../../domain/workshop-schema';
import { TARGET_LABELS } from './vote-labels';
import { useVoting } from './use-voting';
import { VoteResults } from './VoteResults';
import { VoterList } from './VoterList';
import { VoteTargets } from './VoteTargets';
import { useTranslation } from '../../i18n';
import { useLiveSession } from '../live/live-session';
import { useWorkshopUi, workshopUi } from '../workshop-ui';

const VOTE_TARGETS = ['pain', 'opportunity', 'touchpoint'] as const;
const VOTE_MODES = ['open', 'hidden'] as const;

/** Voters and their colours, dots per voter, open or hidden tally, whether a live session's participants may vote,
 * the vote itself and its ranked results. */
export function VotingSection() {
  const { t } = useTranslation();
  const voting = useVoting();
  const { w, votingVoterId, actions } = voting;
  // With nobody to vote, Start is unavailable before the press, and says why beside it.
  const noVoters = w.voters.length === 0;
  const startHintId = useId();
  // In a live session, participants vote from their own screens while the facilitator leaves voting open.
  const live = useLiveSession((s) => s.phase === 'running');
  const participantVoting = useWorkshopUi((s) => s.participantVoting);

  return (
    <details className="inspector-section" open>
      <summary>{t('workshop.vote.title')}</summary>
      <div className="inspector-section-body">
        <div className="field-row">
          <label className="field">
            <span className="field-label">{t('workshop.vote.on')}</span>
            <select
              className="input"
              value={w.voteTarget}
              disabled={votingVoterId !== null}
              onChange={(e) => actions.setTarget(e.target.value as Workshop['voteTarget'])}
            >
              {VOTE_TARGETS.map((k) => (
                <option key={k} value={k}>
                  {t(TARGET_LABELS[k])}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('workshop.vote.dotsEach')}</span>
            <input
              className="input"
              type="number"
              min={1}
              max={50}
              value={w.dotsPerVoter}
              onChange={(e) => actions.setDotsPerVoter(e.target.value)}
            />
          </label>
        </div>
        <fieldset className="field">
          <legend className="field-label">{t('workshop.vote.tally')}</legend>
          <div className="ws-row" role="radiogroup" aria-label={t('workshop.vote.tally')}>
            {VOTE_MODES.map((mode) => (
              <label key={mode} className="toggle">
                <input
                  type="radio"
                  name="ws-vote-mode"
                  checked={w.voteMode === mode}
                  onChange={() => actions.setMode(mode)}
                />
                {mode === 'open' ? t('workshop.vote.open') : t('workshop.vote.hidden')}
              </label>
            ))}
          </div>
        </fieldset>

        {live && (
          <div className="field">
            <label className="toggle">
              <input
                type="checkbox"
                checked={participantVoting}
                onChange={(e) => workshopUi().set({ participantVoting: e.target.checked })}
              />
              {t('live.voting.participantsVote')}
            </label>
            {!participantVoting && <p className="muted ws-p">{t('live.voting.closedForParticipants')}</p>}
          </div>
        )}

        <VoterList doc={voting.doc} votingVoterId={votingVoterId} nextColour={voting.nextColour} actions={actions} />

        <div className="ws-row">
          {votingVoterId === null ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={noVoters}
              aria-describedby={noVoters ? startHintId : undefined}
              onClick={actions.start}
            >
              <Play size={16} aria-hidden /> {t('workshop.vote.start')}
            </button>
          ) : (
            <button type="button" className="btn" onClick={actions.stop}>
              <Square size={14} aria-hidden /> {t('workshop.vote.stop')}
            </button>
          )}
          {w.voteMode === 'hidden' && !w.revealed && (
            <button type="button" className="btn" onClick={actions.reveal}>
              <Eye size={16} aria-hidden /> {t('workshop.vote.reveal')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-ghost"
            disabled={w.votes.length === 0}
            title={t('workshop.vote.clearTitle')}
            onClick={actions.clear}
          >
            {t('workshop.vote.clear')}
          </button>
        </div>

        {noVoters && votingVoterId === null && (
          <p id={startHintId} className="muted ws-p">
            {t('live.voting.addVoters')}
          </p>
        )}

        {votingVoterId !== null && (
          <VoteTargets
            targets={voting.targets}
            voteTarget={w.voteTarget}
            visible={voting.visible}
            totals={voting.totals}
            myDots={voting.myDots}
            placeDot={actions.placeDot}
          />
        )}

        <VoteResults workshop={w} results={voting.results} visible={voting.visible} />
      </div>
    </details>
  );
}
