import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { JourneyId, OpportunityId, TouchpointId } from '../domain/ids';
import {
  DEFAULT_MATRIX_AXES,
  MATRIX_AXES,
  placeOpportunity,
  QUADRANTS,
  quadrantCorner,
  scoresAt,
  SCORE_MAX,
  SCORE_MIN,
  SCORE_SPLIT,
  withAxis,
  type MatrixAxes,
  type MatrixAxis,
} from '../domain/matrix';
import type { JourneyDocument, OpportunityScores } from '../domain/model';
import { useEditorActions } from '../editor/actions-context';
import { rankOpportunities, type RankedOpportunity } from '../reports/opportunity-ranking';
import { useServices } from '../services';
import { updateTouchpoint } from '../session/edits';
import { journeyDocumentOf, useEditor, useEditorStore } from '../session/react';
import { getJourneyDocument, listJourneys } from '../storage';
import { MATRIX_PAD, MATRIX_PLOT, MATRIX_SIZE, pointOf, scoresOf, SPLIT_AT } from './matrix-geometry';
import { useTranslation } from '../i18n';
import { axisName, quadrantName } from './words';
import './insights-ui.css';
import { textHead } from '../ui/text-head';

interface Row extends RankedOpportunity {
  journeyId: JourneyId;
  journeyTitle: string;
  /** Only the open journey's opportunities can be moved. */
  editable: boolean;
}

function rowsOf(doc: JourneyDocument, editable: boolean): Row[] {
  return rankOpportunities(doc).ranked.map((r) => ({
    ...r,
    journeyId: doc.journey.id,
    journeyTitle: doc.journey.title,
    editable,
  }));
}

/** All journeys' ranked opportunities, the open one live from the editor, the others from the database. */
function useAllRows(current: JourneyDocument, enabled: boolean): Row[] | undefined {
  const { db } = useServices();
  const others = useLiveQuery(async () => {
    if (!enabled) return [];
    const summaries = await listJourneys(db);
    const docs = await Promise.all(
      summaries.filter((s) => s.journey.id !== current.journey.id).map((s) => getJourneyDocument(db, s.journey.id)),
    );
    return docs.filter((d): d is JourneyDocument => d !== null);
  }, [db, enabled, current.journey.id]);
  return useMemo(() => {
    if (!enabled || !others) return enabled ? undefined : [];
    const all = [...rowsOf(current, true), ...others.flatMap((d) => rowsOf(d, false))];
    // One ranking across journeys: the same order rankOpportunities gives within one.
    const key = (r: Row) => [r.votes, r.priority ?? -1, r.heat] as const;
    const sorted = all
      .map((r, i) => ({ r, i }))
      .sort((a, b) => {
        const [av, ap, ah] = key(a.r);
        const [bv, bp, bh] = key(b.r);
        return bv - av || bp - ap || bh - ah || a.i - b.i;
      })
      .map((x) => x.r);
    let rank = 0;
    return sorted.map((r, i) => {
      const before = sorted[i - 1];
      if (!before || key(before).join() !== key(r).join()) rank = i + 1;
      return { ...r, rank };
    });
  }, [current, others, enabled]);
}

function AxisSelect(props: {
  label: string;
  axisLabel: string;
  value: MatrixAxis;
  onChange: (axis: MatrixAxis) => void;
}) {
  return (
    <label className="matrix-axis">
      <span>{props.label}</span>
      <select
        className="input"
        aria-label={props.axisLabel}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as MatrixAxis)}
      >
        {MATRIX_AXES.map((a) => (
          <option key={a} value={a}>
            {axisName(a)}
          </option>
        ))}
      </select>
    </label>
  );
}

const KEY_STEPS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * The opportunity matrix: the opportunities of this journey (or of all
 * journeys) on two axes chosen from the four scores, quadrants named, and the
 * ranked list beside it. Drag a point, or focus it and use the arrow keys, to
 * set its two scores (undoable, like every edit); "Place" puts an unscored
 * opportunity in the middle of the matrix.
 */
export function OpportunityMatrixPanel() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const actions = useEditorActions();
  const live = useEditor((s) => s.doc);
  const deferred = useDeferredValue(live);
  const doc = useMemo(() => journeyDocumentOf(deferred), [deferred]);
  const [axes, setAxes] = useState<MatrixAxes>(DEFAULT_MATRIX_AXES);
  const [scope, setScope] = useState<'journey' | 'all'>('journey');
  const [drag, setDrag] = useState<{ id: OpportunityId; px: number; py: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const journeyRows = useMemo(() => rowsOf(doc, true), [doc]);
  const allRows = useAllRows(doc, scope === 'all');
  const rows = scope === 'all' ? (allRows ?? []) : journeyRows;

  const setScores = (
    touchpointId: TouchpointId,
    id: OpportunityId,
    make: (s: OpportunityScores) => OpportunityScores,
  ) => {
    const s = store.getState();
    const tp = s.doc.touchpoints[touchpointId];
    if (!tp) return;
    const opportunities = tp.opportunities.map((o) => (o.id === id ? { ...o, scores: make(o.scores) } : o));
    s.run(t('insights.matrix.scoreUndo'), updateTouchpoint(s.doc, tp.id, { opportunities }));
  };
  const setAcross = (a: MatrixAxis) => setAxes(withAxis(axes, 'x', a));
  const setUp = (a: MatrixAxis) => setAxes(withAxis(axes, 'y', a));
  const moveTo = (r: Row, x: number, y: number) =>
    setScores(r.touchpoint.id, r.opportunity.id, (scores) => scoresAt(scores, axes, x, y));

  const toSvg = (e: PointerEvent) => {
    const box = svgRef.current!.getBoundingClientRect();
    return {
      px: ((e.clientX - box.left) / box.width) * MATRIX_SIZE.width,
      py: ((e.clientY - box.top) / box.height) * MATRIX_SIZE.height,
    };
  };

  const placed = rows.flatMap((r) => {
    const p = placeOpportunity(r.opportunity, axes);
    return p ? [{ r, p }] : [];
  });
  const cellCounts = new Map<string, number>();
  const cellIndex = placed.map(({ p }) => {
    const key = `${p.x}:${p.y}`;
    const k = cellCounts.get(key) ?? 0;
    cellCounts.set(key, k + 1);
    return k;
  });

  return (
    <div className="matrix-panel">
      <div className="matrix-controls">
        <AxisSelect
          label={t('insights.matrix.across')}
          axisLabel={t('insights.matrix.acrossAxis')}
          value={axes.x}
          onChange={setAcross}
        />
        <AxisSelect
          label={t('insights.matrix.up')}
          axisLabel={t('insights.matrix.upAxis')}
          value={axes.y}
          onChange={setUp}
        />
        <label className="matrix-axis">
          <span>{t('insights.matrix.show')}</span>
          <select
            className="input"
            aria-label={t('insights.matrix.scope')}
            value={scope}
            onChange={(e) => setScope(e.target.value as 'journey' | 'all')}
          >
            <option value="journey">{t('insights.matrix.thisJourney')}</option>
            <option value="all">{t('insights.matrix.allJourneys')}</option>
          </select>
        </label>
      </div>
      <svg
        ref={svgRef}
        className="matrix-chart"
        viewBox={`0 0 ${MATRIX_SIZE.width} ${MATRIX_SIZE.height}`}
        role="group"
        aria-label={t('insights.matrix.chartLabel', { x: axisName(axes.x), y: axisName(axes.y) })}
      >
        {QUADRANTS.map((q) => {
          const { highX, highY } = quadrantCorner(axes, q);
          const x = MATRIX_PAD.left + (highX ? SPLIT_AT : 0);
          const w = highX ? MATRIX_PLOT - SPLIT_AT : SPLIT_AT;
          const y = MATRIX_PAD.top + (highY ? 0 : MATRIX_PLOT - SPLIT_AT);
          const h = highY ? MATRIX_PLOT - SPLIT_AT : SPLIT_AT;
          return (
            <g key={q} className={`matrix-quadrant quadrant-${q}`}>
              <rect x={x} y={y} width={w} height={h} />
              <text x={highX ? x + w - 6 : x + 6} y={y + 14} textAnchor={highX ? 'end' : 'start'}>
                {quadrantName(q)}
              </text>
            </g>
          );
        })}
        {Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => i + SCORE_MIN).map((s) => {
          const { px, py } = pointOf(s, s);
          return (
            <g key={s} className="matrix-tick">
              <text x={px} y={MATRIX_PAD.top + MATRIX_PLOT + 14} textAnchor="middle">
                {s}
              </text>
              <text x={MATRIX_PAD.left - 8} y={py + 4} textAnchor="end">
                {s}
              </text>
            </g>
          );
        })}
        <rect
          className="matrix-frame"
          x={MATRIX_PAD.left}
          y={MATRIX_PAD.top}
          width={MATRIX_PLOT}
          height={MATRIX_PLOT}
        />
        <text
          className="matrix-axis-name"
          x={MATRIX_PAD.left + MATRIX_PLOT / 2}
          y={MATRIX_SIZE.height - 4}
          textAnchor="middle"
        >
          {axisName(axes.x)} →
        </text>
        <text
          className="matrix-axis-name"
          transform={`translate(12 ${MATRIX_PAD.top + MATRIX_PLOT / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {axisName(axes.y)} →
        </text>
        {placed.map(({ r, p }, i) => {
          const count = cellCounts.get(`${p.x}:${p.y}`) ?? 1;
          const base = pointOf(p.x, p.y);
          const dragging = drag?.id === r.opportunity.id;
          const px = dragging ? drag.px : base.px + (count > 1 ? (cellIndex[i]! - (count - 1) / 2) * 14 : 0);
          const py = dragging ? drag.py : base.py;
          const name = textHead(r.opportunity.text) || t('insights.untitledOpportunity');
          const label = t('insights.matrix.pointLabel', {
            rank: r.rank,
            name,
            x: axisName(axes.x),
            xScore: p.x,
            y: axisName(axes.y),
            yScore: p.y,
            quadrant: quadrantName(p.quadrant),
          });
          return (
            <g
              key={`${r.journeyId}:${r.opportunity.id}`}
              className={`matrix-point${r.editable ? ' is-editable' : ''}${dragging ? ' is-dragging' : ''}`}
              data-opportunity-id={r.opportunity.id}
              role={r.editable ? 'button' : 'img'}
              tabIndex={r.editable ? 0 : -1}
              aria-label={
                r.editable
                  ? t('insights.matrix.pointMovable', { label })
                  : t('insights.matrix.pointOther', { label, journey: r.journeyTitle })
              }
              onPointerDown={(e) => {
                if (!r.editable || e.button !== 0) return;
                e.currentTarget.setPointerCapture(e.pointerId);
                setDrag({ id: r.opportunity.id, ...toSvg(e) });
              }}
              onPointerMove={(e) => {
                if (dragging) setDrag({ id: r.opportunity.id, ...toSvg(e) });
              }}
              onPointerUp={(e) => {
                if (!dragging) return;
                const at = scoresOf(toSvg(e).px, toSvg(e).py);
                setDrag(null);
                if (at.x !== p.x || at.y !== p.y) moveTo(r, at.x, at.y);
              }}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={(e: KeyboardEvent) => {
                const step = KEY_STEPS[e.key];
                if (!r.editable || !step) return;
                e.preventDefault();
                e.stopPropagation();
                // From the stored scores, not the drawn ones: keys pressed quickly outrun the (deferred) drawing.
                setScores(r.touchpoint.id, r.opportunity.id, (scores) =>
                  scoresAt(scores, axes, (scores[axes.x] ?? p.x) + step[0], (scores[axes.y] ?? p.y) + step[1]),
                );
              }}
            >
              <title>{label}</title>
              <circle cx={px} cy={py} r={9} />
              <text x={px} y={py + 3.5} textAnchor="middle">
                {r.rank}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="muted matrix-note">{t('insights.matrix.note', { split: SCORE_SPLIT })}</p>
      {scope === 'all' && allRows === undefined ? (
        <p className="muted" role="status">
          {t('insights.matrix.reading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('insights.matrix.empty')}</p>
      ) : (
        <ol className="matrix-ranking" aria-label={t('insights.matrix.ranked')}>
          {rows.map((r) => {
            const p = placeOpportunity(r.opportunity, axes);
            return (
              <li key={`${r.journeyId}:${r.opportunity.id}`} className="matrix-row">
                <span className="matrix-rank">{r.rank}</span>
                <span className="matrix-row-main">
                  <button
                    type="button"
                    className="insight-item"
                    disabled={!r.editable}
                    title={
                      r.editable
                        ? t('insights.selectItsTouchpoint')
                        : t('insights.matrix.inJourney', { journey: r.journeyTitle })
                    }
                    onClick={() => actions.selectOnly(r.touchpoint.id)}
                  >
                    {textHead(r.opportunity.text) || t('insights.untitledOpportunity')}
                  </button>
                  <span className="insight-detail">
                    {p ? quadrantName(p.quadrant) : t('insights.matrix.notPlaced')}
                    {r.priority !== null ? ` · ${t('insights.matrix.priority', { priority: r.priority })}` : ''}
                    {scope === 'all' && (
                      <>
                        {' · '}
                        <bdi>{r.journeyTitle}</bdi>
                      </>
                    )}
                  </span>
                </span>
                {!p && r.editable && (
                  <button
                    type="button"
                    className="btn"
                    aria-label={t('insights.matrix.placeLabel', {
                      name: textHead(r.opportunity.text) || t('insights.untitledOpportunity'),
                    })}
                    title={t('insights.matrix.placeTitle', { split: SCORE_SPLIT })}
                    onClick={() =>
                      setScores(r.touchpoint.id, r.opportunity.id, (scores) => ({
                        ...scores,
                        [axes.x]: scores[axes.x] ?? SCORE_SPLIT,
                        [axes.y]: scores[axes.y] ?? SCORE_SPLIT,
                      }))
                    }
                  >
                    {t('insights.matrix.place')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
