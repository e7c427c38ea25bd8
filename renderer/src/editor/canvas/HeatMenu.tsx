import { Flame } from 'lucide-react';
import { heatLegend } from '../../domain/insights';
import { useEditorUi, type HeatMode } from '../ui-store';
import { formatSigned } from '../../domain/insights';
import { useTranslation } from '../../i18n';
import { emotionName, severityName } from '../../i18n/vocabulary';
import { LEGEND_TITLES } from './heat-titles';

/** The overlay menu's choices (catalogue keys). */
const MODES: { value: HeatMode; label: string }[] = [
  { value: 'off', label: 'editor.heat.off' },
  { value: 'emotion', label: 'editor.heat.emotion' },
  { value: 'friction', label: 'editor.heat.friction' },
  { value: 'pain', label: 'editor.heat.pain' },
  { value: 'csat', label: 'editor.heat.csat' },
  { value: 'ces', label: 'editor.heat.ces' },
  { value: 'nps', label: 'editor.heat.nps' },
  { value: 'dropOff', label: 'editor.heat.dropOff' },
];

/** Heat overlay: colour touchpoints by a measure. */
export function HeatMenu() {
  const mode = useEditorUi((s) => s.heatMode);
  const set = useEditorUi((s) => s.set);
  const { t } = useTranslation();
  return (
    <label className={`heat-select${mode !== 'off' ? ' is-on' : ''}`} title={t('editor.heat.title')}>
      <Flame size={16} aria-hidden />
      <select
        className="input"
        aria-label={t('editor.heat.label')}
        value={mode}
        onChange={(e) => set({ heatMode: e.target.value as HeatMode })}
      >
        {MODES.map((m) => (
          <option key={m.value} value={m.value}>
            {t(m.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Legend of the active heat overlay, shown over the canvas. */
export function HeatLegendBox() {
  const mode = useEditorUi((s) => s.heatMode);
  const { t } = useTranslation();
  if (mode === 'off') return null;
  const legend = heatLegend(mode);
  const title = t(LEGEND_TITLES[mode]);
  // Emotion and pain stops carry the vocabulary's words, said in the interface language; the others are figures.
  const stopLabel = (value: number, label: string) =>
    mode === 'emotion'
      ? `${formatSigned(value)} ${emotionName(value)}`
      : mode === 'pain'
        ? `${value} ${value === 0 ? t('editor.heat.none') : severityName(value as 1 | 2 | 3)}`
        : label;
  return (
    <div className="heat-legend" role="note" aria-label={t('editor.heat.legend', { title })}>
      <strong>{title}</strong>
      <ul>
        {legend.stops.map((s) => (
          <li key={s.label}>
            <span className="heat-swatch" style={{ background: s.colour }} /> {stopLabel(s.value, s.label)}
          </li>
        ))}
      </ul>
    </div>
  );
}
