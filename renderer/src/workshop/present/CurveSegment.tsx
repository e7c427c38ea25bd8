import { emotionColour } from '../../domain/vocabulary';
import type { Touchpoint } from '../../domain/model';
import { t } from '../../i18n';
import { emotionName } from '../words';

/** The scale's bottom (a true minus sign, as PRODUCT.md writes it). */
const MINUS_THREE = '−3';

const W = 560;
/** Left of the curve: room for the axis labels (+3, −3), so no dot is drawn over them. */
const LEFT = 44;
const RIGHT = 22;
/** Full height, and the flatter curve a caption draws when its screen is short (see `shrinkCaption`). */
const FULL = { height: 150, pad: 22, dot: 10 };
const COMPACT = { height: 96, pad: 14, dot: 8 };

/** The emotion curve across one stage's touchpoints (gaps where no emotion was captured). */
export function CurveSegment({
  touchpoints,
  compact = false,
}: {
  touchpoints: readonly Touchpoint[];
  compact?: boolean;
}) {
  const { height: H, pad: PAD, dot } = compact ? COMPACT : FULL;
  const n = touchpoints.length;
  const x = (i: number) => (n <= 1 ? (LEFT + W - RIGHT) / 2 : LEFT + (i * (W - LEFT - RIGHT)) / (n - 1));
  const y = (e: number) => PAD + ((3 - e) * (H - 2 * PAD)) / 6;
  const segments: string[] = [];
  let current = '';
  touchpoints.forEach((t, i) => {
    if (t.emotion === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(t.emotion).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const described = touchpoints
    .filter((t) => t.emotion !== null)
    .map((tp) => `${tp.title || t('workshop.untitled')}: ${emotionName(tp.emotion!)}`)
    .join('; ');
  return (
    <svg
      className="ws-curve"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={described ? t('workshop.present.curve', { described }) : t('workshop.present.noCurve')}
    >
      <line x1={LEFT - 8} x2={W} y1={y(0)} y2={y(0)} className="ws-curve-zero" />
      <text x={4} y={y(3)} dominantBaseline="central" className="ws-curve-axis">
        +3
      </text>
      <text x={4} y={y(-3)} dominantBaseline="central" className="ws-curve-axis">
        {MINUS_THREE}
      </text>
      {segments.map((d, i) => (
        <path key={i} d={d} className="ws-curve-line" />
      ))}
      {touchpoints.map((t, i) =>
        t.emotion === null ? null : (
          <circle
            key={t.id}
            cx={x(i)}
            cy={y(t.emotion)}
            r={dot}
            fill={emotionColour(t.emotion)}
            className="ws-curve-dot"
          />
        ),
      )}
      {n === 0 && (
        <text x={W / 2} y={H / 2} textAnchor="middle" className="ws-curve-empty">
          {t('workshop.present.noTouchpoints')}
        </text>
      )}
    </svg>
  );
}
