import { Flame } from 'lucide-react';
import { heatLegend } from '../../domain/insights';
import { useEditorUi, type HeatMode } from '../ui-store';

const MODES: { value: HeatMode; label: string }[] = [
  { value: 'off', label: 'No overlay' },
  { value: 'emotion', label: 'Emotion' },
  { value: 'friction', label: 'Friction' },
  { value: 'pain', label: 'Pain severity' },
  { value: 'csat', label: 'CSAT' },
  { value: 'ces', label: 'CES' },
  { value: 'nps', label: 'NPS' },
  { value: 'dropOff', label: 'Drop-off' },
];

/** Heat overlay: colour touchpoints by a measure. */
export function HeatMenu() {
  const mode = useEditorUi((s) => s.heatMode);
  const set = useEditorUi((s) => s.set);
  return (
    <label
      className={`heat-select${mode !== 'off' ? ' is-on' : ''}`}
      title="Heat overlay: colour touchpoints by a measure"
    >
      <Flame size={16} aria-hidden />
      <select
        className="input"
        aria-label="Heat overlay"
        value={mode}
        onChange={(e) => set({ heatMode: e.target.value as HeatMode })}
      >
        {MODES.map((m) => (
          <option key={m.value} value={m.value}>
            {m.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Legend of the active heat overlay, shown over the canvas. */
export function HeatLegendBox() {
  const mode = useEditorUi((s) => s.heatMode);
  if (mode === 'off') return null;
  const legend = heatLegend(mode);
  return (
    <div className="heat-legend" role="note" aria-label={`${legend.title} legend`}>
      <strong>{legend.title}</strong>
      <ul>
        {legend.stops.map((s) => (
          <li key={s.label}>
            <span className="heat-swatch" style={{ background: s.colour }} /> {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
