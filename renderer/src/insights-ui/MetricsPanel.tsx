import { Trash2 } from 'lucide-react';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { rollUpJourney, rollUpStage, type RollUp } from '../domain/insights';
import { LIMITS } from '../domain/model';
import { updateJourney } from '../session/edits';
import { useEditor, useEditorStore } from '../session/react';
import { toast } from '../ui/toasts';
import {
  appendChurn,
  checkChurnInput,
  churnHistory,
  formatChurnRate,
  PERIOD_MAX_LENGTH,
  removeChurnAt,
  type ChurnInput,
} from './churn-form';
import { ROLLUP_METRICS, rollUpCells, touchpointCount, weightingLegend } from './rollup-display';
import { currentLanguage, currentLocale, formatDate, formatNumber, useTranslation } from '../i18n';
import { sortStages } from '../domain/layout';
import './insights-ui.css';

/** The whole journey's roll-up: one row per metric with its value, contributors and weighting. */
function JourneyRollUpTable({ rollUp }: { rollUp: RollUp }) {
  const { t } = useTranslation();
  const cells = rollUpCells(rollUp);
  return (
    <table className="metrics-table" aria-labelledby="metrics-journey">
      <thead>
        <tr>
          <th scope="col">{t('insights.metrics.metric')}</th>
          <th scope="col" className="cell-num">
            {t('insights.metrics.value')}
          </th>
          <th scope="col">{t('insights.metrics.basedOn')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c) => (
          <tr key={c.key} className={c.measured ? '' : 'is-unmeasured'} data-metric={c.key}>
            <th scope="row">{c.label}</th>
            <td className="cell-num metric-value">{c.value}</td>
            <td className="metric-basis">
              {c.measured ? (
                <>
                  {c.from}
                  <span className="metric-weighting">{c.basis}</span>
                </>
              ) : (
                <span className="muted">{t('insights.notMeasured')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every stage's roll-up at a glance: value, contributors (n) and a weighting mark per cell. */
function StageRollUpTable({ stages }: { stages: { id: string; name: string; rollUp: RollUp }[] }) {
  const { t } = useTranslation();
  return (
    <div className="metrics-scroll">
      <table className="metrics-table metrics-matrix" aria-labelledby="metrics-stages">
        <thead>
          <tr>
            <th scope="col">{t('insights.stage')}</th>
            {ROLLUP_METRICS.map((m) => (
              <th key={m.key} scope="col" className="cell-num" title={m.label}>
                {m.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stages.map((s) => (
            <tr key={s.id} data-stage={s.id}>
              <th scope="row" className="mx-stage-cell" title={`${s.name}: ${touchpointCount(s.rollUp.touchpoints)}`}>
                <span className="mx-stage-name">{s.name || t('insights.untitledStage')}</span>
                <span className="cell-n">{touchpointCount(s.rollUp.touchpoints)}</span>
              </th>
              {rollUpCells(s.rollUp).map((c) => (
                <td key={c.key} className={`cell-num${c.measured ? '' : ' is-unmeasured'}`} title={c.description}>
                  <span className="metric-value">
                    {c.value}
                    {c.mark && <sup className="weight-mark">{c.mark}</sup>}
                  </span>
                  {c.measured && <span className="cell-n">{t('insights.metrics.n', { n: c.contributors })}</span>}
                  <span className="sr-only">{c.description}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** When a churn record was made: the day, and the time on a 24-hour clock (no AM/PM left in English). */
function recordedTime(time: number): string {
  const clock = new Intl.DateTimeFormat(currentLocale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${formatDate(time, currentLanguage())} ${clock.format(time)}`;
}

const EMPTY_INPUT: ChurnInput = { period: '', start: '', end: '' };

function ChurnCalculator() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const churn = useEditor((s) => s.doc.journey.churn);
  const [input, setInput] = useState<ChurnInput>(EMPTY_INPUT);
  const [tried, setTried] = useState(false);
  const ids = { period: useId(), start: useId(), end: useId(), message: useId() };
  const check = checkChurnInput(input, { requirePeriod: tried });
  const full = churn.length >= LIMITS.listItems;
  const history = useMemo(() => churnHistory(churn), [churn]);

  const change = (field: keyof ChurnInput) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setInput({ ...input, [field]: e.target.value });
  };
  const invalid = (field: 'period' | 'start' | 'end') => check.status === 'invalid' && check.field === field;

  const record = (e: React.FormEvent) => {
    e.preventDefault();
    const result = checkChurnInput(input, { requirePeriod: true });
    setTried(true);
    if (result.status !== 'ok' || full) return;
    const s = store.getState();
    const next = appendChurn(s.doc.journey.churn, { ...result.record, recordedAt: Date.now() });
    s.run(t('insights.churn.recordUndo', { period: result.record.period }), updateJourney(s.doc, { churn: next }));
    setInput(EMPTY_INPUT);
    setTried(false);
  };

  const remove = (index: number, period: string) => {
    const s = store.getState();
    s.run(
      t('insights.churn.deleteUndo', { period }),
      updateJourney(s.doc, { churn: removeChurnAt(s.doc.journey.churn, index) }),
    );
    toast.info(t('insights.churn.deleted', { period }), {
      label: t('insights.undo'),
      run: () => store.getState().undo(),
    });
  };

  return (
    <>
      <form className="churn-form" onSubmit={record} noValidate aria-describedby={ids.message}>
        <div className="churn-fields">
          <label className="churn-field churn-period" htmlFor={ids.period}>
            <span className="field-label">{t('insights.churn.period')}</span>
            <input
              id={ids.period}
              className="input"
              value={input.period}
              placeholder={t('insights.churn.periodExample')}
              maxLength={PERIOD_MAX_LENGTH}
              aria-invalid={invalid('period')}
              onChange={change('period')}
            />
          </label>
          <label className="churn-field" htmlFor={ids.start}>
            <span className="field-label">{t('insights.churn.atStart')}</span>
            <input
              id={ids.start}
              className="input cell-num"
              inputMode="numeric"
              value={input.start}
              placeholder="500"
              aria-invalid={invalid('start')}
              onChange={change('start')}
            />
          </label>
          <label className="churn-field" htmlFor={ids.end}>
            <span className="field-label">{t('insights.churn.atEnd')}</span>
            <input
              id={ids.end}
              className="input cell-num"
              inputMode="numeric"
              value={input.end}
              placeholder="450"
              aria-invalid={invalid('end')}
              onChange={change('end')}
            />
          </label>
        </div>
        <div className="churn-result" id={ids.message} aria-live="polite">
          {check.status === 'ok' && (
            <p className="churn-rate">
              {t('insights.churn.rate')} <strong data-testid="churn-rate">{formatChurnRate(check.rate)}</strong>
              <span className="muted">
                {' '}
                {t('insights.churn.lost', {
                  lost: formatNumber(check.lost, currentLanguage()),
                  start: formatNumber(check.record.start, currentLanguage()),
                })}
              </span>
            </p>
          )}
          {check.status === 'invalid' && (
            <p className="field-error" role="alert">
              {check.message}
            </p>
          )}
          {check.status === 'incomplete' && <p className="muted">{check.message}</p>}
          {full && (
            <p className="field-error" role="alert">
              {t('insights.churn.full', { max: LIMITS.listItems })}
            </p>
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={check.status === 'invalid' || full}>
          {t('insights.churn.record')}
        </button>
        <p className="metrics-footnote">{t('insights.churn.formula')}</p>
      </form>
      <h4 id="churn-history">{t('insights.churn.history')}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('insights.churn.noHistory')}</p>
      ) : (
        <table className="metrics-table churn-history" aria-labelledby="churn-history">
          <thead>
            <tr>
              <th scope="col">{t('insights.churn.period')}</th>
              <th scope="col" className="cell-num">
                {t('insights.churn.startToEnd')}
              </th>
              <th scope="col" className="cell-num">
                {t('insights.churn.title')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('insights.churn.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={`${h.index}-${h.recordedAt}`}>
                <th scope="row" title={t('insights.churn.recordedAt', { time: recordedTime(h.recordedAt) })}>
                  {h.period || t('insights.churn.unnamed')}
                </th>
                <td className="cell-num">
                  {formatNumber(h.start, currentLanguage())} → {formatNumber(h.end, currentLanguage())}
                </td>
                <td className="cell-num metric-value">{h.rate}</td>
                <td className="row-tools">
                  <button
                    type="button"
                    className="btn btn-ghost icon-btn btn-small"
                    aria-label={t('insights.churn.deleteLabel', { period: h.period || t('insights.churn.unnamed') })}
                    title={t('insights.churn.deleteTitle')}
                    onClick={() => remove(h.index, h.period || t('insights.churn.unnamed'))}
                  >
                    <Trash2 size={14} aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Journey and stage roll-ups of the CX metrics, and the churn calculator. */
export function MetricsPanel() {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  const deferred = useDeferredValue(doc);
  const { journey, stages } = useMemo(() => {
    const touchpoints = Object.values(deferred.touchpoints);
    const document = {
      journey: deferred.journey,
      stages: sortStages(Object.values(deferred.stages)),
      lanes: [],
      touchpoints,
      connections: [],
      personas: [],
      notes: [],
    };
    return {
      journey: rollUpJourney(document),
      stages: document.stages.map((s) => ({ id: s.id, name: s.name, rollUp: rollUpStage(document, s.id) })),
    };
  }, [deferred]);

  return (
    <div className="metrics-panel">
      <section aria-labelledby="metrics-journey">
        <h3 id="metrics-journey">
          {t('insights.metrics.wholeJourney')} <span className="muted">· {touchpointCount(journey.touchpoints)}</span>
        </h3>
        <JourneyRollUpTable rollUp={journey} />
      </section>
      <section aria-labelledby="metrics-stages">
        <h3 id="metrics-stages">{t('insights.metrics.byStage')}</h3>
        {stages.length === 0 ? (
          <p className="muted">{t('insights.metrics.noStages')}</p>
        ) : (
          <>
            <StageRollUpTable stages={stages} />
            <p className="metrics-footnote">{t('insights.metrics.footnote', { legend: weightingLegend() })}</p>
          </>
        )}
      </section>
      <section aria-labelledby="metrics-churn">
        <h3 id="metrics-churn">{t('insights.churn.title')}</h3>
        <ChurnCalculator />
      </section>
    </div>
  );
}
