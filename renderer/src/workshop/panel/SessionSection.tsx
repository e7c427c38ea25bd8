import { Download, Play } from 'lucide-react';
import { useMemo } from 'react';
import { useEditorStore, useJourneyDocument } from '../../session/react';
import { buildSessionSummary } from '../../domain/workshop/summary';
import { tallyVisible } from '../../domain/workshop/votes';
import { startSession } from '../edits';
import { exportSummary } from '../export-summary';
import { errorMessage, toast } from '../../ui/toasts';
import { countParams, currentLocale, useTranslation } from '../../i18n';
import { textHead } from '../../ui/text-head';

const time = (ms: number, locale: string) =>
  new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Start a session, see what it produced, and export the summary as Markdown. */
export function SessionSection() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const doc = useJourneyDocument();
  const summary = useMemo(() => buildSessionSummary(doc, { top: 3 }), [doc]);
  const started = summary.startedAt;
  // Formatted once per start and language, not at each note a live session brings in.
  const locale = currentLocale();
  const startedText = useMemo(() => (started === null ? '' : time(started, locale)), [started, locale]);
  return (
    <details className="inspector-section" open>
      <summary>{t('workshop.session.title')}</summary>
      <div className="inspector-section-body">
        {started === null ? (
          <p className="muted ws-p">{t('workshop.session.intro')}</p>
        ) : (
          <>
            <p className="ws-p">
              {t('workshop.session.startedAt')} <strong>{startedText}</strong>.{' '}
              {t('workshop.session.added', {
                touchpoints: t('workshop.count.touchpoints', countParams(summary.counts.touchpoints)),
                notes: t('workshop.count.notes', countParams(summary.counts.notes)),
                questions: t('workshop.count.questions', countParams(summary.counts.questions)),
              })}
            </p>
            {/* A hidden vote stays hidden here too: this panel may be on the projector. */}
            {summary.topVoted.length > 0 && (
              <div>
                <div className="field-label">{t('workshop.session.topVoted')}</div>
                {!tallyVisible(doc.journey.workshop) ? (
                  <p className="muted ws-p">
                    {t('workshop.vote.hiddenTally', countParams(doc.journey.workshop.votes.length))}
                  </p>
                ) : (
                  <ol className="ws-mini-list">
                    {summary.topVoted.map((r) => (
                      <li key={r.id}>
                        <span className="ws-rank">{r.tied ? `${r.rank}=` : r.rank}</span>{' '}
                        {r.label || t('workshop.untitled')} <span className="muted">({r.votes})</span>
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            )}
            {summary.openQuestions.length > 0 && (
              <div>
                <div className="field-label">
                  {t('workshop.session.openQuestions', countParams(summary.openQuestions.length))}
                </div>
                <ul className="ws-mini-list">
                  {summary.openQuestions.slice(0, 5).map((q) => (
                    <li key={q.id}>{textHead(q.text)}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        <div className="ws-row">
          <button
            type="button"
            className={`btn${started === null ? ' btn-primary' : ''}`}
            title={started === null ? t('workshop.session.startTitle') : t('workshop.session.restartTitle')}
            onClick={() => {
              const s = store.getState();
              s.run(t('workshop.session.start'), startSession(s.doc, Date.now()));
            }}
          >
            <Play size={16} aria-hidden />{' '}
            {started === null ? t('workshop.session.start') : t('workshop.session.restart')}
          </button>
          <button
            type="button"
            className="btn"
            title={t('workshop.session.summaryTitle')}
            onClick={() =>
              void exportSummary(store).catch((error: unknown) =>
                toast.error(errorMessage(error, t('workshop.session.summaryFailed'))),
              )
            }
          >
            <Download size={16} aria-hidden /> {t('workshop.session.summary')}
          </button>
        </div>
      </div>
    </details>
  );
}
