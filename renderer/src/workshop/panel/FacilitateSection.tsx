import { MonitorPlay, TextCursorInput } from 'lucide-react';
import { startPresenting } from '../keys';
import { TimerControls } from '../timer/TimerControls';
import { openCapture, useWorkshopUi, workshopUi, type FocusMode } from '../workshop-ui';

const FOCUS_OPTIONS: { mode: FocusMode; label: string }[] = [
  { mode: 'off', label: 'Off' },
  { mode: 'stage', label: 'Current stage' },
  { mode: 'selection', label: 'Selection' },
];

/** Capture, present, focus dimming and the timebox timer. */
export function FacilitateSection() {
  const focus = useWorkshopUi((s) => s.focus);
  return (
    <details className="inspector-section" open>
      <summary>Facilitate</summary>
      <div className="inspector-section-body">
        <div className="ws-row">
          <button type="button" className="btn" onClick={openCapture} title="Capture bar (C)">
            <TextCursorInput size={16} aria-hidden /> Capture
          </button>
          <button type="button" className="btn" onClick={() => startPresenting()} title="Present (P)">
            <MonitorPlay size={16} aria-hidden /> Present
          </button>
        </div>
        <fieldset className="field">
          <legend className="field-label">Dim everything except (D)</legend>
          <div className="ws-row" role="radiogroup" aria-label="Focus">
            {FOCUS_OPTIONS.map((o) => (
              <label key={o.mode} className="toggle">
                <input
                  type="radio"
                  name="ws-focus"
                  checked={focus === o.mode}
                  onChange={() => workshopUi().set({ focus: o.mode })}
                />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field-label">Timer (T)</div>
        <TimerControls />
      </div>
    </details>
  );
}
