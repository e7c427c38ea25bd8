import { emotionColour } from '../../domain/vocabulary';
import type { Touchpoint } from '../../domain/model';
import { t } from '../../i18n';
import { emotionName } from '../words';

/** The scale's bottom (a true minus sign, as PRODUCT.md writes it). */
const MINUS_THREE = '−3';

const W = 560;
const H = 150;
const PAD = 22;

/** The emotion curve across one stage's touchpoints (gaps where no emotion was captured). */
export function CurveSegment({ touchpoints }: { touchpoints: readonly Touchpoint[] }) {
  const n = touchpoints.length;
  const x = (i: number) => (n <= 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1));
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
      <line x1={0} x2={W} y1={y(0)} y2={y(0)} className="ws-curve-zero" />
      <text x={4} y={y(3) - 6} className="ws-curve-axis">
        +3
      </text>
      <text x={4} y={y(-3) + 16} className="ws-curve-axis">
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
            r={10}
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
