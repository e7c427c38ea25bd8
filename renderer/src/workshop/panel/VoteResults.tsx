import type { VoteResult } from '../../domain/workshop/votes';
import type { Workshop } from '../../domain/workshop-schema';

/** The ranked results with each voter's dots in their colour, or a line saying why there are none to show. */
export function VoteResults(props: { workshop: Workshop; results: VoteResult[]; visible: boolean }) {
  const { workshop: w, results } = props;
  return (
    <div>
      <div className="field-label">Results</div>
      {!props.visible ? (
        <p className="muted ws-p">The tally is hidden until you reveal it ({w.votes.length} dots placed).</p>
      ) : results.length === 0 ? (
        <p className="muted ws-p">No dots yet.</p>
      ) : (
        <ol className="ws-results" aria-label="Vote results">
          {results.map((r) => (
            <li key={r.id} className="ws-result" data-rank={r.rank}>
              <span className="ws-rank" title={r.tied ? `Tied at rank ${r.rank}` : `Rank ${r.rank}`}>
                {r.tied ? `${r.rank}=` : r.rank}
              </span>
              <span className="ws-result-text">
                {r.label || 'Untitled'}
                <span className="muted"> · {r.kind === 'touchpoint' ? r.stageName : r.touchpointTitle}</span>
              </span>
              <span className="ws-result-dots">
                {w.voters
                  .filter((v) => r.byVoter[v.id])
                  .flatMap((v) =>
                    Array.from({ length: r.byVoter[v.id]! }, (_, i) => (
                      <span key={`${v.id}${i}`} className="ws-dot" style={{ background: v.colour }} title={v.name} />
                    )),
                  )}
              </span>
              <span className="ws-result-votes">{r.votes}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
