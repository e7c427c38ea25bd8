import { memo } from 'react';
import { CONNECTION_STYLES } from '../reports/svg/connection-style';
import type { Thumbnail } from './template-preview';

/**
 * A small picture of a template's map: stage columns with their colour on
 * top, lane rows when the template is a blueprint, touchpoint cards coloured by emotion, connections drawn as on the map
 * (colour and dash by kind), and the emotion curve in a band underneath.
 * Decorative: the card beside it says the same in words.
 */
export const TemplateThumbnail = memo(function TemplateThumbnail({ thumbnail: t }: { thumbnail: Thumbnail }) {
  const curve = t.curve.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`).join(' ');
  return (
    <svg
      className="template-thumb"
      viewBox={`0 0 ${t.width} ${t.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden
      focusable="false"
    >
      {t.stages.map((s, i) => (
        <g key={i}>
          <rect
            x={s.x + 6}
            y={0}
            width={s.width - 12}
            height={t.bandTop - 12}
            rx={18}
            className="template-thumb-column"
          />
          <rect
            x={s.x + 6}
            y={0}
            width={s.width - 12}
            height={Math.max(16, t.headerHeight * 0.6)}
            rx={18}
            fill={s.colour}
          />
        </g>
      ))}
      {t.lanes.map((l, i) => (
        <g key={i}>
          {i > 0 && <line x1={0} y1={l.y} x2={t.width} y2={l.y} className="template-thumb-lane" />}
          <rect x={0} y={l.y + 8} width={14} height={l.height - 16} rx={6} fill={l.colour} />
        </g>
      ))}
      {t.links.map((l, i) => {
        const style = CONNECTION_STYLES[l.kind];
        return (
          <line
            key={i}
            x1={l.x1}
            y1={l.y1}
            x2={l.x2}
            y2={l.y2}
            stroke={style.colour}
            strokeWidth={style.width * 5}
            strokeDasharray={style.dash ? style.dash.replace(/[\d.]+/g, (d) => String(Number(d) * 5)) : undefined}
            strokeLinecap="round"
          />
        );
      })}
      {t.cards.map((c, i) => (
        <rect
          key={i}
          x={c.x}
          y={c.y}
          width={t.cardWidth}
          height={t.cardHeight}
          rx={14}
          fill={c.colour}
          className="template-thumb-card"
        />
      ))}
      <rect
        x={6}
        y={t.bandTop}
        width={t.width - 12}
        height={t.height - t.bandTop}
        rx={18}
        className="template-thumb-band"
      />
      <line x1={24} y1={t.zeroY} x2={t.width - 24} y2={t.zeroY} className="template-thumb-zero" />
      {t.curve.length > 1 && <polyline points={curve} className="template-thumb-curve" />}
      {t.curve.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={14} className="template-thumb-dot" />
      ))}
    </svg>
  );
});
