import { useStore, type NodeProps } from '@xyflow/react';
import { zoomedOut } from './TouchpointNode';
import { memo, useEffect, useMemo } from 'react';
import { useAfterPaint } from '../use-painted';
import { lastValue, perObject } from '../../memo';
import { emotionFor, mainPath } from '../../../domain/insights';
import type { PersonaId } from '../../../domain/ids';
import {
  curvePieces,
  curveSlots,
  dotPaths,
  keptRows,
  sameFeeling,
  samePlace,
  type CurveDot,
  type CurvePiece,
} from './curve-data';
import { emotionColour } from '../../../domain/vocabulary';
import { distinctLineColours, personaLineDash } from '../../../domain/line-colours';
import { stageColumns } from '../../../domain/layout';
import { documentFrom, type DocState } from '../../../session/doc-state';
import type { EditorStore } from '../../../session/store';
import { useEditor, useEditorStore } from '../../../session/react';
import { useEditorUi } from '../../ui-store';
import { CURVE_LANE_HEIGHT } from '../geometry';
import type { CurveNode as CurveNodeType } from '../build-nodes';
import { useTranslation } from '../../../i18n';

const PAD_TOP = 36;
const PAD_BOTTOM = 16;
const yFor = (emotion: number) => PAD_TOP + ((3 - emotion) / 6) * (CURVE_LANE_HEIGHT - PAD_TOP - PAD_BOTTOM);

interface Series {
  id: string;
  name: string;
  colour: string;
  /** A persona's dash pattern (`personaLineDash`); null for the journey's own line, drawn solid under them. */
  dash: string | null;
  points: { x: number; y: number; emotion: number; id: string }[];
  /** The points in bands of the map (curve-data.ts), worked out with the series. */
  pieces: CurvePiece<CurveDot & { id: string }>[];
}

const DOT_RADIUS = 5;
const dotPathsOf = perObject((points: readonly CurveDot[]) => dotPaths(points, DOT_RADIUS));

/** A curve's dots, filled by emotion and ringed in the curve's colour: one path per emotion (curve-data.ts). */
const CurveDots = memo(function CurveDots({ points, colour }: { points: readonly CurveDot[]; colour: string }) {
  return dotPathsOf(points).map(({ emotion, d }) => (
    <path key={emotion} d={d} fill={emotionColour(emotion)} stroke={colour} strokeWidth={1.5} />
  ));
});

/** What the curve reads of the journey. */
interface CurveSource {
  touchpoints: DocState['touchpoints'];
  connections: DocState['connections'];
  stages: DocState['stages'];
  personas: DocState['personas'];
  journey: DocState['journey'];
}

/**
 * What an editor's curve drew last, and from what. React Flow unmounts the lane while it is out of view
 * (a large map at 1:1), and an edit can bring it into view (a card added at the foot of a stage moves
 * the lane); a lane mounted again starts from here, the journey as it last drew it, and takes up a newer
 * one after the next paint, as a mounted lane does, instead of ordering and placing every point of a
 * 2,000-card map in the frame of the key.
 */
interface CurveMemory {
  drawn: CurveSource | null;
  placedRows: (rows: CurveSource['touchpoints']) => CurveSource['touchpoints'];
  feltRows: (rows: CurveSource['touchpoints']) => CurveSource['touchpoints'];
  path: ReturnType<typeof lastValue<ReturnType<typeof mainPath>>>;
  series: ReturnType<typeof lastValue<Series[]>>;
}

const memories = new WeakMap<EditorStore, CurveMemory>();

function curveMemory(store: EditorStore): CurveMemory {
  let memory = memories.get(store);
  if (!memory) {
    memory = {
      drawn: null,
      // The order along the journey is kept while no card changes stage or place, and the rows the points
      // read while no emotion changes either: typing a title leaves the curve as it is, an emotion re-reads
      // the points.
      placedRows: keptRows(samePlace),
      feltRows: keptRows((a, b) => samePlace(a, b) && sameFeeling(a, b)),
      path: lastValue(),
      series: lastValue(),
    };
    memories.set(store, memory);
  }
  return memory;
}

const NO_SERIES: Series[] = [];

/** The curves of the journey `source`: the customer's, then each persona's with points, from `memory` while `source` draws the same. */
function curveSeries(memory: CurveMemory, source: CurveSource, t: (key: string) => string): Series[] {
  const { touchpoints, connections, stages, personas, journey } = source;
  const placed = memory.placedRows(touchpoints);
  const felt = memory.feltRows(touchpoints);
  const path = memory.path([journey, stages, placed, connections, personas], () =>
    mainPath(documentFrom({ journey, stages, lanes: {}, touchpoints: placed, connections, personas, notes: {} })),
  );
  return memory.series([path, felt, stages, personas, t], () => {
    const columns = new Map(stageColumns(Object.values(stages)).map((c) => [c.stage.id as string, c]));
    const rows = path.map((p) => felt[p.id] ?? p);
    const slots = curveSlots(rows, [null, ...(Object.keys(personas) as PersonaId[])], (stageId) =>
      columns.get(stageId),
    );
    const toPoints = (personaId: PersonaId | null) =>
      slots.flatMap(({ row, x }) => {
        const emotion = emotionFor(row, personaId);
        return emotion === null ? [] : [{ id: row.id, emotion, x, y: yFor(emotion) }];
      });
    const out: Omit<Series, 'pieces'>[] = [
      { id: 'all', name: t('editor.curve.customer'), colour: '#1d2430', dash: null, points: toPoints(null) },
    ];
    for (const p of Object.values(personas)) {
      const pts = toPoints(p.id);
      if (pts.length)
        out.push({ id: p.id, name: p.name, colour: p.colour, dash: personaLineDash(out.length - 1), points: pts });
    }
    // Two personas of one colour (or of two too alike) would draw lines nobody could tell apart.
    const colours = distinctLineColours(out.map((s) => s.colour));
    return out.map((s, i) => ({ ...s, colour: colours[i]!, pieces: curvePieces(s.points) }));
  });
}

/**
 * What a line is drawn in on the map: the journey's own line in the text colour (`currentColor`, the
 * theme's ink), so it reads on the dark theme's lane as on the light one; a persona's in its colour. The
 * journey's `#1d2430` still stands for it when the personas' colours are kept apart from it, and in the
 * exports, which are printed on white. Drawn in that colour, it was all but invisible on the dark lane.
 */
function inkOf(series: { id: string; colour: string }): string {
  return series.id === 'all' ? 'currentColor' : series.colour;
}

function CurveNodeView({ data }: NodeProps<CurveNodeType>) {
  const { t } = useTranslation();
  const memory = curveMemory(useEditorStore());
  // The curve follows an edit a frame behind it: a card added with N paints with its key, and the curve
  // (its path, slots and marks, some 15-25 ms on a 2,000-card map) in the task after that frame.
  const touchpointsNow = useEditor((s) => s.doc.touchpoints);
  const connectionsNow = useEditor((s) => s.doc.connections);
  const stagesNow = useEditor((s) => s.doc.stages);
  const personasNow = useEditor((s) => s.doc.personas);
  const journeyNow = useEditor((s) => s.doc.journey);
  const now = useMemo<CurveSource>(
    () => ({
      touchpoints: touchpointsNow,
      connections: connectionsNow,
      stages: stagesNow,
      personas: personasNow,
      journey: journeyNow,
    }),
    [touchpointsNow, connectionsNow, stagesNow, personasNow, journeyNow],
  );
  // A lane that never drew (the map just opened, or the lane out of view until now) shows its axes and
  // draws its lines in the task after the frame that shows it.
  const shown = useAfterPaint<CurveSource | null>(now, memory.drawn);
  useEffect(() => {
    if (shown) memory.drawn = shown;
  }, [memory, shown]);
  const hidden = useEditorUi((s) => s.hiddenCurves);
  const far = useStore(zoomedOut);
  const setUi = useEditorUi((s) => s.set);

  const series = shown ? curveSeries(memory, shown, t) : NO_SERIES;

  const width = data.width;
  return (
    <div className="curve-lane" style={{ width, height: CURVE_LANE_HEIGHT }}>
      <div className="curve-head nodrag">
        <span className="curve-title">{t('editor.curve.title')}</span>
        <span className="curve-legend" role="group" aria-label={t('editor.curve.curves')}>
          {series.map((s) => (
            <label key={s.id} className="curve-toggle">
              <input
                type="checkbox"
                checked={!hidden.has(s.id)}
                onChange={() => {
                  const next = new Set(hidden);
                  if (next.has(s.id)) next.delete(s.id);
                  else next.add(s.id);
                  setUi({ hiddenCurves: next });
                }}
              />
              {s.dash === null ? (
                <span className="curve-swatch" style={{ background: inkOf(s) }} />
              ) : (
                <svg className="curve-swatch curve-swatch-dashed" width={18} height={4} aria-hidden="true">
                  <line x1={0} x2={18} y1={2} y2={2} stroke={inkOf(s)} strokeWidth={2} strokeDasharray={s.dash} />
                </svg>
              )}
              {s.name}
            </label>
          ))}
        </span>
      </div>
      <svg
        width={width}
        height={CURVE_LANE_HEIGHT}
        className="curve-svg"
        aria-label={t('editor.curve.label')}
        role="img"
      >
        {[3, 0, -3].map((v) => (
          <g key={v}>
            <line x1={0} x2={width} y1={yFor(v)} y2={yFor(v)} className={v === 0 ? 'curve-zero' : 'curve-grid'} />
            <text x={6} y={yFor(v) - 4} className="curve-axis">
              {v > 0 ? `+${v}` : v}
            </text>
          </g>
        ))}
        {series
          .filter((s) => !hidden.has(s.id) && s.points.length)
          .map((s) => (
            <g key={s.id}>
              {/* In pieces a band of the map wide (curve-data.ts): round caps join them as the line's own joins. */}
              {s.pieces.map((piece) => (
                <g key={piece.key}>
                  <polyline
                    points={piece.line.map((p) => `${p.x},${p.y}`).join(' ')}
                    fill="none"
                    stroke={inkOf(s)}
                    strokeWidth={s.id === 'all' ? 2.5 : 2}
                    strokeDasharray={s.dash ?? undefined}
                    strokeLinejoin="round"
                    // Round caps would close a dashed line's gaps, and with them the view of the line under it.
                    strokeLinecap={s.dash === null ? 'round' : 'butt'}
                  />
                  {!far && <CurveDots points={piece.dots} colour={inkOf(s)} />}
                </g>
              ))}
            </g>
          ))}
      </svg>
    </div>
  );
}

export const CurveNode = memo(CurveNodeView);
