import type { VoteTarget } from '../../domain/workshop/votes';
import type { Workshop } from '../../domain/workshop-schema';
import { NO_TARGET_LABELS } from './vote-labels';
import type { VotingActions } from './use-voting';
import { countParams, useTranslation } from '../../i18n';

/**
 * While someone votes: every target as a button that places their dot, with
 * the running total when the tally is open, or only their own dots when hidden.
 */
export function VoteTargets(props: {
  targets: VoteTarget[];
  voteTarget: Workshop['voteTarget'];
  visible: boolean;
  totals: Map<string, number>;
  myDots: (targetId: string) => number;
  placeDot: VotingActions['placeDot'];
}) {
  const { t } = useTranslation();
  const { targets, visible } = props;
  return (
    <div>
      <div className="field-label">{t('workshop.vote.place')}</div>
      {targets.length === 0 ? (
        <p className="muted ws-p">{t(NO_TARGET_LABELS[props.voteTarget])}</p>
      ) : (
        <ul className="ws-targets">
          {targets.map((target) => {
            const mine = props.myDots(target.id);
            return (
              <li key={target.id}>
                <button
                  type="button"
                  className="ws-target"
                  onClick={() => props.placeDot(target.kind, target.id)}
                  aria-label={t('workshop.vote.placeOn', { name: target.label || t('workshop.untitled') })}
                >
                  <span className="ws-target-text">
                    {target.label || t('workshop.untitled')}
                    {target.kind !== 'touchpoint' && <span className="muted"> · {target.touchpointTitle}</span>}
                  </span>
                  <span className="ws-target-count">
                    {visible
                      ? (props.totals.get(target.id) ?? 0)
                      : mine > 0
                        ? t('workshop.vote.yours', countParams(mine))
                        : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
