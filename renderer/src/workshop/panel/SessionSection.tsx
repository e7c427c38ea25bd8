import { Download, Play } from 'lucide-react';
import { useMemo } from 'react';
import { useEditorStore, useJourneyDocument } from '../../session/react';
import { buildSessionSummary } from '../../domain/workshop/summary';
import { startSession } from '../edits';
import { exportSummary } from '../export-summary';
import { errorMessage, toast } from '../../ui/toasts';

const time = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** Start a session, see what it produced, and export the summary as Markdown. */
export function SessionSection() {
  const store = useEditorStore();
  const doc = useJourneyDocument();
  const summary = useMemo(() => buildSessionSummary(doc, { top: 3 }), [doc]);
  const started = summary.startedAt;
  return (
    <details className="inspector-section" open>
      <summary>Session</summary>
      <div className="inspector-section-body">
        {started === null ? (
          <p className="muted ws-p">
            Start a session to collect what the room adds: the summary lists it by time, with the top-voted items and
            open questions.
          </p>
        ) : (
          <>
            <p className="ws-p">
              Started at <strong>{time(started)}</strong>. Added since: {summary.counts.touchpoints} touchpoints,{' '}
              {summary.counts.notes} notes, {summary.counts.questions} questions.
            </p>
            {summary.topVoted.length > 0 && (
              <div>
                <div className="field-label">Top-voted</div>
                <ol className="ws-mini-list">
                  {summary.topVoted.map((r) => (
                    <li key={r.id}>
                      <span className="ws-rank">{r.tied ? `${r.rank}=` : r.rank}</span> {r.label || 'Untitled'}{' '}
                      <span className="muted">({r.votes})</span>
                    </li>
                  ))}
                </ol>
              </div>
            )}
            {summary.openQuestions.length > 0 && (
              <div>
                <div className="field-label">Open questions ({summary.openQuestions.length})</div>
                <ul className="ws-mini-list">
                  {summary.openQuestions.slice(0, 5).map((q) => (
                    <li key={q.id}>{q.text}</li>
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
            title={started === null ? 'Start a workshop session now' : 'Start a new session from now'}
            onClick={() => {
              const s = store.getState();
              s.run('Start session', startSession(s.doc, Date.now()));
            }}
          >
            <Play size={16} aria-hidden /> {started === null ? 'Start session' : 'Start new session'}
          </button>
          <button
            type="button"
            className="btn"
            title="Save the session summary as a Markdown file"
            onClick={() =>
              void exportSummary(store).catch((error: unknown) =>
                toast.error(
                  errorMessage(error, 'The summary could not be saved. Try again, or choose another folder.'),
                ),
              )
            }
          >
            <Download size={16} aria-hidden /> Summary (.md)
          </button>
        </div>
      </div>
    </details>
  );
}
