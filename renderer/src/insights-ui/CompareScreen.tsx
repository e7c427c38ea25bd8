import { ArrowLeft } from 'lucide-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { useServices } from '../services';
import { compareStates, formatSigned, NO_VALUE, type PainRef, type StateComparison } from '../domain/insights';
import type { JourneyId } from '../domain/ids';
import type { JourneyDocument } from '../domain/model';
import { getHost } from '../platform';
import { getJourneyDocument, type WaymarkDB } from '../storage';
import { errorMessage } from '../ui/toasts';
import { isEditableTarget } from '../ui/dom';
import { handFocusTo, refocus } from '../ui/focus';
import { futureStateFocusKey } from './future-state';
import { DELTA_COLUMNS, deltaCell, severityChangeText, toneOf, TONE_MARKS, toneWord } from './compare-display';
import { EmotionCompareChart } from './EmotionCompareChart';
import { t, useTranslation } from '../i18n';
import { severityName } from './words';
import './insights-ui.css';
import { textHead } from '../ui/text-head';

type Load =
  | { status: 'loading' }
  | { status: 'problem'; title: string; message: string; backTo: 'library' | 'future' | 'trash' }
  | { status: 'ready'; current: JourneyDocument; future: JourneyDocument };

async function loadBoth(db: WaymarkDB, futureId: JourneyId): Promise<Load> {
  const future = await getJourneyDocument(db, futureId);
  if (!future || future.journey.deletedAt !== null) {
    return {
      status: 'problem',
      title: t('insights.compare.futureMissingTitle'),
      message: t('insights.compare.futureMissing'),
      backTo: 'library',
    };
  }
  const currentId = future.journey.futureStateOf;
  if (currentId === null) {
    return {
      status: 'problem',
      title: t('insights.compare.notFutureTitle'),
      message: t('insights.compare.notFuture', { title: future.journey.title }),
      backTo: 'future',
    };
  }
  const current = await getJourneyDocument(db, currentId);
  if (!current) {
    return {
      status: 'problem',
      title: t('insights.compare.currentGoneTitle'),
      message: t('insights.compare.currentGone', { title: future.journey.title }),
      backTo: 'future',
    };
  }
  if (current.journey.deletedAt !== null) {
    return {
      status: 'problem',
      title: t('insights.compare.currentTrashedTitle'),
      message: t('insights.compare.currentTrashed', { title: current.journey.title }),
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
  const { t } = useTranslation();
  const { db, navigate } = useServices();
  // A live query: an edit to either journey (in another window, say) updates the comparison.
  const live = useLiveQuery(
    () =>
      loadBoth(db, journeyId).catch((error: unknown): Load => ({
        status: 'problem',
        title: t('insights.compare.openFailedTitle'),
        message: errorMessage(error, t('insights.compare.openFailed')),
        backTo: 'future',
      })),
    [db, journeyId],
  );
  const load: Load = live ?? { status: 'loading' };

  // The journey's Compare button opened this screen, so it takes focus again there.
  const backToFuture = () => {
    handFocusTo(futureStateFocusKey(journeyId));
    navigate({ name: 'journey', journeyId });
  };

  if (load.status === 'loading') return <div className="screen-loading">{t('insights.compare.loading')}</div>;
  if (load.status === 'problem') {
    const toLibrary = () => navigate({ name: 'library' });
    return <Problem load={load} onBack={load.backTo === 'library' ? toLibrary : backToFuture} />;
  }
  return <Comparison current={load.current} future={load.future} onBack={backToFuture} />;
}

/**
 * Escape goes back as the screen's back button does, unless it belongs to a text box, an open menu
 * or a dialog. Both the comparison and its problem screens (a journey gone, trashed, not a future
 * state) take it: the problem screens used to ignore it.
 */
function useEscapeBack(back: () => void) {
  const onBack = useRef(back);
  onBack.current = back;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.repeat) return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (isEditableTarget(e.target) || isEditableTarget(document.activeElement)) return;
      if (document.querySelector('[role="menu"], [role="dialog"], [role="alertdialog"], dialog[open]')) return;
      e.preventDefault();
      onBack.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Why the comparison cannot be shown, with the way back (Escape) and, for a trashed current state, the trash. */
function Problem({ load, onBack }: { load: Extract<Load, { status: 'problem' }>; onBack: () => void }) {
  const { t } = useTranslation();
  const { navigate } = useServices();
  useEscapeBack(onBack);
  // The screen that opened this one is gone: focus starts on the way back (Enter or Escape takes it).
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => void refocus([back.current]), []);
  return (
    <div className="fatal compare-problem" role="alert">
      <h1>{load.title}</h1>
      <p>{load.message}</p>
      <div className="compare-problem-actions">
        {load.backTo === 'trash' && (
          <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'trash' })}>
            {t('insights.compare.openTrash')}
          </button>
        )}
        {load.backTo === 'library' ? (
          <button type="button" className="btn btn-primary" ref={back} onClick={onBack} aria-keyshortcuts="Escape">
            {t('insights.compare.backToLibrary')}
          </button>
        ) : (
          <button type="button" className="btn" ref={back} onClick={onBack} aria-keyshortcuts="Escape">
            <ArrowLeft size={16} aria-hidden /> {t('insights.compare.backToJourney')}
          </button>
        )}
      </div>
    </div>
  );
}

function Comparison(props: { current: JourneyDocument; future: JourneyDocument; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useServices();
  const { current, future } = props;
  const comparison = useMemo(() => compareStates(current, future), [current, future]);
  // Arriving from the journey, whose screen (and focused button) is gone: focus starts at the title.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => void refocus([heading.current]), []);
  useEscapeBack(props.onBack);
  useEffect(() => {
    getHost().setTitle(
      t('insights.compare.windowTitle', { title: future.journey.title || t('insights.untitledJourney') }),
    );
  }, [future.journey.title, t, i18n.language]);

  return (
    <div className="compare-screen">
      <header className="compare-toolbar">
        <button
          type="button"
          className="btn"
          onClick={props.onBack}
          title={t('insights.compare.backTitle')}
          aria-keyshortcuts="Escape"
        >
          <ArrowLeft size={16} aria-hidden /> {t('insights.compare.backToJourney')}
        </button>
        <h1 ref={heading} tabIndex={-1}>
          {t('insights.compare.title')}
        </h1>
        <span className="compare-fill" />
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            handFocusTo(futureStateFocusKey(current.journey.id));
            navigate({ name: 'journey', journeyId: current.journey.id });
          }}
        >
          {t('insights.compare.openCurrent')}
        </button>
      </header>
      <main className="compare-body" tabIndex={0}>
        <p className="compare-names">
          <span className="legend-swatch legend-current" aria-hidden /> <strong>{t('insights.compare.current')}</strong>{' '}
          <bdi>{current.journey.title || t('insights.untitledJourney')}</bdi>
          <span className="compare-names-sep" aria-hidden>
            {' '}
            →{' '}
          </span>
          <span className="legend-swatch legend-future" aria-hidden /> <strong>{t('insights.compare.future')}</strong>{' '}
          <bdi>{future.journey.title || t('insights.untitledJourney')}</bdi>
        </p>
        <Summary comparison={comparison} />
        <section aria-labelledby="cmp-curves" className="compare-section">
          <h2 id="cmp-curves">{t('insights.compare.curves')}</h2>
          {comparison.rows.length === 0 ? (
            <p className="muted">{t('insights.compare.noTouchpoints')}</p>
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
  const { t } = useTranslation();
  const s = comparison.summary;
  const avg = (v: number | null) => (v === null ? NO_VALUE : formatSigned(v, 1));
  const emotionTone = toneOf(s.averageEmotionDelta, 'higher');
  const painDelta = s.futurePainPoints - s.currentPainPoints;
  const painTone = toneOf(painDelta, 'lower');
  return (
    <dl className="compare-summary">
      <div>
        <dt>{t('insights.compare.averageEmotion')}</dt>
        <dd>
          {avg(s.currentAverageEmotion)} → {avg(s.futureAverageEmotion)}{' '}
          {s.averageEmotionDelta !== null && (
            <span className={`delta is-${emotionTone}`}>
              {emotionTone === 'same' ? '' : `${formatSigned(s.averageEmotionDelta, 1)} `}
              {TONE_MARKS[emotionTone]} {toneWord(emotionTone)}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('insights.compare.painPoints')}</dt>
        <dd>
          {s.currentPainPoints} → {s.futurePainPoints}{' '}
          <span className={`delta is-${painTone}`}>
            {painTone === 'same' ? '' : `${formatSigned(painDelta, 0)} `}
            {TONE_MARKS[painTone]} {toneWord(painTone)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('insights.compare.removedKeptAdded')}</dt>
        <dd>
          {comparison.pain.removed.length} · {comparison.pain.kept.length} · {comparison.pain.added.length}
        </dd>
      </div>
    </dl>
  );
}

function StageTable({ comparison }: { comparison: StateComparison }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cmp-stages" className="compare-section">
      <h2 id="cmp-stages">{t('insights.compare.byStage')}</h2>
      {comparison.stages.length === 0 ? (
        <p className="muted">{t('insights.compare.noMatchingStage')}</p>
      ) : (
        <div className="metrics-scroll">
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('insights.stage')}</th>
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
                    <bdi>{stage.name || t('insights.untitledStage')}</bdi>
                    {stage.matchedBy === 'origin' && (
                      <span className="cell-n" title={t('insights.compare.matchedTitle')}>
                        {t('insights.compare.matched')}
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
      <p className="metrics-footnote">{t('insights.compare.footnote')}</p>
      {(comparison.onlyInCurrent.length > 0 || comparison.onlyInFuture.length > 0) && (
        <ul className="compare-notes">
          {comparison.onlyInCurrent.map((s) => (
            <li key={s.stageId}>
              {t('insights.compare.onlyCurrent', { name: s.name || t('insights.untitledStage') })}
            </li>
          ))}
          {comparison.onlyInFuture.map((s) => (
            <li key={s.stageId}>{t('insights.compare.onlyFuture', { name: s.name || t('insights.untitledStage') })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PainItem({ pain, children }: { pain: PainRef; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className="pain-item">
      <span className={`severity-badge sev-${pain.severity}`}>{severityName(pain.severity)}</span>{' '}
      <bdi className="pain-text">{textHead(pain.text) || t('insights.untitledPain')}</bdi>
      <span className="cmp-detail">
        {t('insights.compare.at', { touchpoint: pain.touchpointTitle || t('insights.untitledTouchpoint') })}
      </span>
      {children}
    </li>
  );
}

function PainLists({ comparison }: { comparison: StateComparison }) {
  const { t } = useTranslation();
  const { removed, kept, added } = comparison.pain;
  return (
    <section aria-labelledby="cmp-pain" className="compare-section">
      <h2 id="cmp-pain">{t('insights.compare.painPoints')}</h2>
      <div className="pain-columns">
        <section aria-labelledby="cmp-removed" className="pain-column is-better" data-testid="pain-removed">
          <h3 id="cmp-removed">
            {TONE_MARKS.better} {t('insights.compare.removed')} <span className="muted">({removed.length})</span>
          </h3>
          <p className="metrics-footnote">{t('insights.compare.removedNote')}</p>
          {removed.length === 0 ? (
            <p className="muted">{t('insights.compare.noneRemoved')}</p>
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
            = {t('insights.compare.kept')} <span className="muted">({kept.length})</span>
          </h3>
          <p className="metrics-footnote">{t('insights.compare.keptNote')}</p>
          {kept.length === 0 ? (
            <p className="muted">{t('insights.compare.noneKept')}</p>
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
            {TONE_MARKS.worse} {t('insights.compare.added')} <span className="muted">({added.length})</span>
          </h3>
          <p className="metrics-footnote">{t('insights.compare.addedNote')}</p>
          {added.length === 0 ? (
            <p className="muted">{t('insights.compare.noneAdded')}</p>
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
