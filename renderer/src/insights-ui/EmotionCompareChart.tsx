import { useEffect, useId, useRef, useState } from 'react';
import { formatSigned, type CompareRow } from '../domain/insights';
import { EMOTION_SCALE } from '../domain/vocabulary';
import { compareChart, shorten } from './compare-display';
import { useTranslation } from '../i18n';
import { emotionName } from './words';

// `left` and `bottom` make room for the touchpoints' slanted labels (26 characters at 35°: in Tamil or Armenian
// about 150 px left of their tick and 130 px below the axis) and for the emotion names beside the axis.
const BOX = { width: 960, height: 386, left: 160, right: 24, top: 16, bottom: 142 };

/** The width a chart can use: its scroll box's, followed as the window resizes. */
function useAvailableWidth(ref: React.RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Both emotion curves on one chart: current dashed with hollow circles (drawn on top, so equal stretches show both), future solid with squares. */
export function EmotionCompareChart({ rows }: { rows: readonly CompareRow[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const available = useAvailableWidth(scrollRef);
  const width = Math.max(available ?? BOX.width, 480, BOX.left + BOX.right + rows.length * 56);
  const chart = compareChart(rows, { ...BOX, width });
  const plotRight = width - BOX.right;
  const baseY = BOX.height - BOX.bottom;
  const labelMax = rows.length > 14 ? 18 : 26;

  return (
    <figure className="compare-chart">
      <div className="compare-legend" aria-hidden>
        <span className="legend-item legend-current">
          <svg width="36" height="12">
            <line x1="2" y1="6" x2="34" y2="6" />
            <circle cx="18" cy="6" r="4" />
          </svg>
          {t('insights.compare.currentState')}
        </span>
        <span className="legend-item legend-future">
          <svg width="36" height="12">
            <line x1="2" y1="6" x2="34" y2="6" />
            <rect x="14" y="2" width="8" height="8" />
          </svg>
          {t('insights.compare.futureState')}
        </span>
      </div>
      <div className="compare-chart-scroll" ref={scrollRef}>
        <svg
          viewBox={`0 0 ${width} ${BOX.height}`}
          width={width}
          height={BOX.height}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          className="compare-svg"
        >
          <title id={titleId}>{t('insights.compare.chartTitle')}</title>
          <desc id={descId}>
            {rows
              .map((r) =>
                t('insights.compare.chartRow', {
                  title: r.title || t('insights.untitled'),
                  current: r.current === null ? t('insights.compare.noneValue') : formatSigned(r.current, 0),
                  future: r.future === null ? t('insights.compare.noneValue') : formatSigned(r.future, 0),
                }),
              )
              .join('; ')}
          </desc>
          {EMOTION_SCALE.map((level) => {
            const y = chart.yOf(level.score);
            return (
              <g key={level.score} className={level.score === 0 ? 'grid-zero' : 'grid-line'}>
                <line x1={BOX.left} x2={plotRight} y1={y} y2={y} />
                <text x={BOX.left - 8} y={y} dy="0.35em" textAnchor="end" className="axis-label">
                  {formatSigned(level.score, 0)} {emotionName(level.score)}
                </text>
              </g>
            );
          })}
          {chart.xs.map((x, i) => {
            const row = rows[i]!;
            return (
              <g key={`${row.currentTouchpointId ?? ''}-${row.futureTouchpointId ?? ''}`} className="x-tick">
                <line x1={x} x2={x} y1={BOX.top} y2={baseY} className="tick-line" />
                <text
                  x={x}
                  y={baseY + 12}
                  transform={`rotate(-35 ${x} ${baseY + 12})`}
                  textAnchor="end"
                  className="axis-label"
                >
                  <title>{row.title || t('insights.untitled')}</title>
                  {shorten(row.title || t('insights.untitled'), labelMax)}
                  {row.currentTouchpointId === null
                    ? ` ${t('insights.compare.new')}`
                    : row.futureTouchpointId === null
                      ? ` ${t('insights.compare.removedMark')}`
                      : ''}
                </text>
              </g>
            );
          })}
          <path d={chart.future.path} className="curve curve-future" />
          <path d={chart.current.path} className="curve curve-current" />
          {chart.future.points.map((p) => (
            <rect key={`f${p.row}`} x={p.x - 4.5} y={p.y - 4.5} width={9} height={9} className="dot dot-future">
              <title>
                {t('insights.compare.futurePoint', {
                  title: p.title || t('insights.untitled'),
                  emotion: formatSigned(p.emotion, 0),
                })}
              </title>
            </rect>
          ))}
          {chart.current.points.map((p) => (
            <circle key={`c${p.row}`} cx={p.x} cy={p.y} r={6} className="dot dot-current">
              <title>
                {t('insights.compare.currentPoint', {
                  title: p.title || t('insights.untitled'),
                  emotion: formatSigned(p.emotion, 0),
                })}
              </title>
            </circle>
          ))}
        </svg>
      </div>
    </figure>
  );
}
