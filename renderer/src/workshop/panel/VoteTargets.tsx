import type { VoteTarget } from '../../domain/workshop/votes';
import type { Workshop } from '../../domain/workshop-schema';
import { TARGET_LABELS } from './vote-labels';
import type { VotingActions } from './use-voting';

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
  const { targets, visible } = props;
  return (
    <div>
      <div className="field-label">Place a dot</div>
      {targets.length === 0 ? (
        <p className="muted ws-p">There are no {TARGET_LABELS[props.voteTarget].toLowerCase()} on the map yet.</p>
      ) : (
        <ul className="ws-targets">
          {targets.map((t) => {
            const mine = props.myDots(t.id);
            return (
              <li key={t.id}>
                <button
                  type="button"
                  className="ws-target"
                  onClick={() => props.placeDot(t.kind, t.id)}
                  aria-label={`Place a dot on ${t.label || 'untitled'}`}
                >
                  <span className="ws-target-text">
                    {t.label || 'Untitled'}
                    {t.kind !== 'touchpoint' && <span className="muted"> · {t.touchpointTitle}</span>}
                  </span>
                  <span className="ws-target-count">
                    {visible ? (props.totals.get(t.id) ?? 0) : mine > 0 ? `${mine} yours` : ''}
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
