import type { VoteResult } from '../../domain/workshop/votes';
import type { Workshop } from '../../domain/workshop-schema';
import { countParams, useTranslation } from '../../i18n';

/** The ranked results with each voter's dots in their colour, or a line saying why there are none to show. */
export function VoteResults(props: { workshop: Workshop; results: VoteResult[]; visible: boolean }) {
  const { t } = useTranslation();
  const { workshop: w, results } = props;
  return (
    <div>
      <div className="field-label">{t('workshop.vote.results')}</div>
      {!props.visible ? (
        <p className="muted ws-p">{t('workshop.vote.hiddenTally', countParams(w.votes.length))}</p>
      ) : results.length === 0 ? (
        <p className="muted ws-p">{t('workshop.vote.noDots')}</p>
      ) : (
        <ol className="ws-results" aria-label={t('workshop.vote.resultsLabel')}>
          {results.map((r) => (
            <li key={r.id} className="ws-result" data-rank={r.rank}>
              <span
                className="ws-rank"
                title={r.tied ? t('workshop.vote.tied', { rank: r.rank }) : t('workshop.vote.rank', { rank: r.rank })}
              >
                {r.tied ? `${r.rank}=` : r.rank}
              </span>
              <span className="ws-result-text">
                {r.label || t('workshop.untitled')}
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
