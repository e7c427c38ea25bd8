import { ArrowLeft } from 'lucide-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useServices } from '../services';
import { compareStates, formatSigned, NO_VALUE, type PainRef, type StateComparison } from '../domain/insights';
import type { JourneyId } from '../domain/ids';
import type { JourneyDocument } from '../domain/model';
import { PAIN_SEVERITY_LABELS } from '../domain/vocabulary';
import { getHost } from '../platform';
import { getJourneyDocument, type WaymarkDB } from '../storage';
import { errorMessage } from '../ui/toasts';
import { DELTA_COLUMNS, deltaCell, severityChangeText, toneOf, TONE_MARKS, TONE_WORDS } from './compare-display';
import { EmotionCompareChart } from './EmotionCompareChart';
import './insights-ui.css';

type Load =
  | { status: 'loading' }
  | { status: 'problem'; title: string; message: string; backTo: 'library' | 'future' | 'trash' }
  | { status: 'ready'; current: JourneyDocument; future: JourneyDocument };

async function loadBoth(db: WaymarkDB, futureId: JourneyId): Promise<Load> {
  const future = await getJourneyDocument(db, futureId);
  if (!future || future.journey.deletedAt !== null) {
    return {
      status: 'problem',
      title: 'This future state is not in your library.',
      message: 'It may have been deleted or moved to the trash. Go back to the library and pick another journey.',
      backTo: 'library',
    };
  }
  const currentId = future.journey.futureStateOf;
  if (currentId === null) {
    return {
      status: 'problem',
      title: 'This journey is not a future state.',
      message: `“${future.journey.title}” was not made with “Create future state”, so there is no current state to compare it with.`,
      backTo: 'future',
    };
  }
  const current = await getJourneyDocument(db, currentId);
  if (!current) {
    return {
      status: 'problem',
      title: 'The current state is no longer stored.',
      message: `The journey “${future.journey.title}” was copied from has been deleted for good, so there is nothing to compare it with.`,
      backTo: 'future',
    };
  }
  if (current.journey.deletedAt !== null) {
    return {
      status: 'problem',
      title: 'The current state is in the trash.',
      message: `“${current.journey.title}” is in the trash. Restore it from the trash to compare it with this future state.`,
      backTo: 'trash',
    };
  }
  return { status: 'ready', current, future };
}

/**
 * Current state against future state: both emotion curves, metric changes per
 * stage, pain points removed, kept and added; kept up to date as either changes.
 */
export default function CompareScreen({ journeyId }: { journeyId: JourneyId }) {
  const { db, navigate } = useServices();
  // A live query: an edit to either journey (in another window, say) updates the comparison.
  const live = useLiveQuery(
    () =>
      loadBoth(db, journeyId).catch((error: unknown): Load => ({
        status: 'problem',
        title: 'The comparison could not be opened.',
        message: errorMessage(error, 'The journeys could not be read; go back and try again.'),
        backTo: 'future',
      })),
    [db, journeyId],
  );
  const load: Load = live ?? { status: 'loading' };

  const backToFuture = () => navigate({ name: 'journey', journeyId });

  if (load.status === 'loading') return <div className="screen-loading">Comparing…</div>;
  if (load.status === 'problem') {
    return (
      <div className="fatal compare-problem" role="alert">
        <h1>{load.title}</h1>
        <p>{load.message}</p>
        <div className="compare-problem-actions">
          {load.backTo === 'trash' && (
            <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'trash' })}>
              Open the trash
            </button>
          )}
          {load.backTo === 'library' ? (
            <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'library' })}>
              Back to the library
            </button>
          ) : (
            <button type="button" className="btn" onClick={backToFuture}>
              <ArrowLeft size={16} aria-hidden /> Back to the journey
            </button>
          )}
        </div>
      </div>
    );
  }
  return <Comparison current={load.current} future={load.future} onBack={backToFuture} />;
}

function Comparison(props: { current: JourneyDocument; future: JourneyDocument; onBack: () => void }) {
  const { navigate } = useServices();
  const { current, future } = props;
  const comparison = useMemo(() => compareStates(current, future), [current, future]);
  useEffect(() => {
    getHost().setTitle(`Compare: ${future.journey.title || 'Untitled journey'} — Waymark`);
  }, [future.journey.title]);

  return (
    <div className="compare-screen">
      <header className="compare-toolbar">
        <button type="button" className="btn" onClick={props.onBack} title="Back to the future-state journey">
          <ArrowLeft size={16} aria-hidden /> Back to the journey
        </button>
        <h1>Current vs future state</h1>
        <span className="compare-fill" />
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => navigate({ name: 'journey', journeyId: current.journey.id })}
        >
          Open the current state
        </button>
      </header>
      <main className="compare-body" tabIndex={0}>
        <p className="compare-names">
          <span className="legend-swatch legend-current" aria-hidden /> <strong>Current:</strong>{' '}
          {current.journey.title || 'Untitled journey'}
          <span className="compare-names-sep" aria-hidden>
            {' '}
            →{' '}
          </span>
          <span className="legend-swatch legend-future" aria-hidden /> <strong>Future:</strong>{' '}
          {future.journey.title || 'Untitled journey'}
        </p>
        <Summary comparison={comparison} />
        <section aria-labelledby="cmp-curves" className="compare-section">
          <h2 id="cmp-curves">Emotion along the journey</h2>
          {comparison.rows.length === 0 ? (
            <p className="muted">Neither journey has touchpoints yet.</p>
          ) : (
            <EmotionCompareChart rows={comparison.rows} />
          )}
        </section>
        <StageTable comparison={comparison} />
        <PainLists comparison={comparison} />
      </main>
    </div>
  );
}

function Summary({ comparison }: { comparison: StateComparison }) {
  const s = comparison.summary;
  const avg = (v: number | null) => (v === null ? NO_VALUE : formatSigned(v, 1));
  const emotionTone = toneOf(s.averageEmotionDelta, 'higher');
  const painDelta = s.futurePainPoints - s.currentPainPoints;
  const painTone = toneOf(painDelta, 'lower');
  return (
    <dl className="compare-summary">
      <div>
        <dt>Average emotion</dt>
        <dd>
          {avg(s.currentAverageEmotion)} → {avg(s.futureAverageEmotion)}{' '}
          {s.averageEmotionDelta !== null && (
            <span className={`delta is-${emotionTone}`}>
              {emotionTone === 'same' ? '' : `${formatSigned(s.averageEmotionDelta, 1)} `}
              {TONE_MARKS[emotionTone]} {TONE_WORDS[emotionTone]}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>Pain points</dt>
        <dd>
          {s.currentPainPoints} → {s.futurePainPoints}{' '}
          <span className={`delta is-${painTone}`}>
            {painTone === 'same' ? '' : `${formatSigned(painDelta, 0)} `}
            {TONE_MARKS[painTone]} {TONE_WORDS[painTone]}
          </span>
        </dd>
      </div>
      <div>
        <dt>Removed · kept · added</dt>
        <dd>
          {comparison.pain.removed.length} · {comparison.pain.kept.length} · {comparison.pain.added.length}
        </dd>
      </div>
    </dl>
  );
}

function StageTable({ comparison }: { comparison: StateComparison }) {
  return (
    <section aria-labelledby="cmp-stages" className="compare-section">
      <h2 id="cmp-stages">Metric changes by stage</h2>
      {comparison.stages.length === 0 ? (
        <p className="muted">No stage of the future state matches a stage of the current state.</p>
      ) : (
        <div className="metrics-scroll">
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">Stage</th>
                {DELTA_COLUMNS.map((c) => (
                  <th key={c.key} scope="col" className="cell-num">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.stages.map((stage) => (
                <tr key={stage.futureStageId}>
                  <th scope="row">
                    {stage.name || 'Untitled stage'}
                    {stage.matchedBy === 'origin' && (
                      <span
                        className="cell-n"
                        title="Renamed in the future state; matched by where its touchpoints came from"
                      >
                        matched by its touchpoints
                      </span>
                    )}
                  </th>
                  {DELTA_COLUMNS.map((column) => {
                    const cell = deltaCell(stage, column);
                    return (
                      <td key={column.key} className={`cell-num delta-cell is-${cell.tone}`} title={cell.description}>
                        <span className="delta-value">{cell.delta}</span>
                        {cell.sign && <span className="delta-sign">{cell.sign}</span>}
                        {cell.tone !== 'none' || cell.before !== cell.after ? (
                          <span className="delta-sides">
                            {cell.before} → {cell.after}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="metrics-footnote">
        Each cell: the change (future − current), whether it is better (▲) or worse (▼), and both values. — means not
        measured on that side. CES: 7 = least effort, so higher is better.
      </p>
      {(comparison.onlyInCurrent.length > 0 || comparison.onlyInFuture.length > 0) && (
        <ul className="compare-notes">
          {comparison.onlyInCurrent.map((s) => (
            <li key={s.stageId}>Stage “{s.name || 'Untitled stage'}” is only in the current state.</li>
          ))}
          {comparison.onlyInFuture.map((s) => (
            <li key={s.stageId}>Stage “{s.name || 'Untitled stage'}” is new in the future state.</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PainItem({ pain, children }: { pain: PainRef; children?: React.ReactNode }) {
  return (
    <li className="pain-item">
      <span className={`severity-badge sev-${pain.severity}`}>{PAIN_SEVERITY_LABELS[pain.severity]}</span>{' '}
      <span className="pain-text">{pain.text || 'Untitled pain point'}</span>
      <span className="cmp-detail">at {pain.touchpointTitle || 'Untitled touchpoint'}</span>
      {children}
    </li>
  );
}

function PainLists({ comparison }: { comparison: StateComparison }) {
  const { removed, kept, added } = comparison.pain;
  return (
    <section aria-labelledby="cmp-pain" className="compare-section">
      <h2 id="cmp-pain">Pain points</h2>
      <div className="pain-columns">
        <section aria-labelledby="cmp-removed" className="pain-column is-better" data-testid="pain-removed">
          <h3 id="cmp-removed">
            ▲ Removed <span className="muted">({removed.length})</span>
          </h3>
          <p className="metrics-footnote">In the current state, gone in the future state.</p>
          {removed.length === 0 ? (
            <p className="muted">The future state removes no pain point.</p>
          ) : (
            <ul>
              {removed.map((p) => (
                <PainItem key={p.painId} pain={p} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="cmp-kept" className="pain-column" data-testid="pain-kept">
          <h3 id="cmp-kept">
            = Kept <span className="muted">({kept.length})</span>
          </h3>
          <p className="metrics-footnote">Still there in the future state.</p>
          {kept.length === 0 ? (
            <p className="muted">No pain point is carried over.</p>
          ) : (
            <ul>
              {kept.map((k) => {
                const change = severityChangeText(k.current.severity, k.future.severity);
                return (
                  <PainItem key={k.future.painId} pain={k.future}>
                    <span className={`cmp-detail delta is-${change.tone}`}>
                      {change.tone === 'same' ? '' : `${TONE_MARKS[change.tone]} `}
                      {change.text}
                    </span>
                  </PainItem>
                );
              })}
            </ul>
          )}
        </section>
        <section aria-labelledby="cmp-added" className="pain-column is-worse" data-testid="pain-added">
          <h3 id="cmp-added">
            ▼ Added <span className="muted">({added.length})</span>
          </h3>
          <p className="metrics-footnote">New in the future state.</p>
          {added.length === 0 ? (
            <p className="muted">The future state adds no pain point.</p>
          ) : (
            <ul>
              {added.map((p) => (
                <PainItem key={p.painId} pain={p} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
