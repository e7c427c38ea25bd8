import { MonitorPlay, TextCursorInput } from 'lucide-react';
import { startPresenting } from '../keys';
import { TimerControls } from '../timer/TimerControls';
import { openCapture, useWorkshopUi, workshopUi, type FocusMode } from '../workshop-ui';
import { useTranslation } from '../../i18n';

const FOCUS_OPTIONS: { mode: FocusMode; label: string }[] = [
  { mode: 'off', label: 'workshop.focus.off' },
  { mode: 'stage', label: 'workshop.focus.stage' },
  { mode: 'selection', label: 'workshop.focus.selection' },
];

/** Capture, present, focus dimming and the timebox timer. */
export function FacilitateSection() {
  const { t } = useTranslation();
  const focus = useWorkshopUi((s) => s.focus);
  return (
    <details className="inspector-section" open>
      <summary>{t('workshop.facilitate.title')}</summary>
      <div className="inspector-section-body">
        <div className="ws-row">
          <button type="button" className="btn" onClick={openCapture} title={t('workshop.facilitate.captureTitle')}>
            <TextCursorInput size={16} aria-hidden /> {t('workshop.facilitate.capture')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => startPresenting()}
            title={t('workshop.facilitate.presentTitle')}
          >
            <MonitorPlay size={16} aria-hidden /> {t('workshop.facilitate.present')}
          </button>
        </div>
        <fieldset className="field">
          <legend className="field-label">{t('workshop.focus.legend')}</legend>
          <div className="ws-row" role="radiogroup" aria-label={t('workshop.focus.label')}>
            {FOCUS_OPTIONS.map((o) => (
              <label key={o.mode} className="toggle">
                <input
                  type="radio"
                  name="ws-focus"
                  checked={focus === o.mode}
                  onChange={() => workshopUi().set({ focus: o.mode })}
                />
                {t(o.label)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field-label">{t('workshop.timer.heading')}</div>
        <TimerControls />
      </div>
    </details>
  );
}
