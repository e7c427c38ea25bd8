import { useStore, type NodeProps } from '@xyflow/react';
import { zoomedOut } from './TouchpointNode';
import { memo, useMemo } from 'react';
import { emotionCurve } from '../../../domain/insights';
import { emotionColour, TOUCHPOINT_WIDTH } from '../../../domain/vocabulary';
import { stageColumns } from '../../../domain/layout';
import { documentFrom } from '../../../session/doc-state';
import { useEditor } from '../../../session/react';
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
  points: { x: number; y: number; emotion: number; id: string }[];
}

function CurveNodeView({ data }: NodeProps<CurveNodeType>) {
  const { t } = useTranslation();
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const connections = useEditor((s) => s.doc.connections);
  const stages = useEditor((s) => s.doc.stages);
  const personas = useEditor((s) => s.doc.personas);
  const journey = useEditor((s) => s.doc.journey);
  const hidden = useEditorUi((s) => s.hiddenCurves);
  const far = useStore(zoomedOut);
  const setUi = useEditorUi((s) => s.set);

  const series = useMemo<Series[]>(() => {
    const doc = documentFrom({ journey, stages, lanes: {}, touchpoints, connections, personas, notes: {} });
    const columns = new Map(stageColumns(Object.values(stages)).map((c) => [c.stage.id as string, c]));
    // Points spread evenly across their stage's column, in path order, so stacked cards do not draw vertical jumps.
    const toPoints = (curve: ReturnType<typeof emotionCurve>) => {
      const felt = curve.filter((p) => p.emotion !== null);
      const perStage = new Map<string, number>();
      for (const p of felt) perStage.set(p.stageId, (perStage.get(p.stageId) ?? 0) + 1);
      const seen = new Map<string, number>();
      return felt.map((p) => {
        const column = columns.get(p.stageId);
        const i = seen.get(p.stageId) ?? 0;
        seen.set(p.stageId, i + 1);
        const n = perStage.get(p.stageId) ?? 1;
        const x = column
          ? column.x + ((i + 0.5) * column.width) / n
          : (touchpoints[p.touchpointId]?.position.x ?? 0) + TOUCHPOINT_WIDTH / 2;
        return { id: p.touchpointId, emotion: p.emotion as number, x, y: yFor(p.emotion as number) };
      });
    };
    const out: Series[] = [
      {
        id: 'all',
        name: t('editor.curve.customer'),
        colour: '#1d2430',
        points: toPoints(emotionCurve(doc)),
      },
    ];
    for (const p of Object.values(personas)) {
      const pts = toPoints(emotionCurve(doc, p.id));
      if (pts.length) out.push({ id: p.id, name: p.name, colour: p.colour, points: pts });
    }
    return out;
  }, [journey, stages, touchpoints, connections, personas, t]);

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
              <span className="curve-swatch" style={{ background: s.colour }} />
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
              <polyline
                points={s.points.map((p) => `${p.x},${p.y}`).join(' ')}
                fill="none"
                stroke={s.colour}
                strokeWidth={s.id === 'all' ? 2.5 : 2}
                strokeLinejoin="round"
              />
              {!far &&
                s.points.map((p) => (
                  <circle
                    key={p.id}
                    cx={p.x}
                    cy={p.y}
                    r={5}
                    fill={emotionColour(p.emotion)}
                    stroke={s.colour}
                    strokeWidth={1.5}
                  ></circle>
                ))}
            </g>
          ))}
      </svg>
    </div>
  );
}

export const CurveNode = memo(CurveNodeView);
