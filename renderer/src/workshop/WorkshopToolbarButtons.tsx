import { Focus, MonitorPlay, TextCursorInput } from 'lucide-react';
import { useEditorUi } from '../editor/ui-store';
import { cycleFocus, startPresenting } from './keys';
import { TimerBadge } from './timer/TimerBadge';
import { toggleCapture, useWorkshopUi } from './workshop-ui';

const FOCUS_LABEL = { off: 'Focus: off', stage: 'Focus: current stage', selection: 'Focus: selection' } as const;

/** Toolbar: the capture bar, presenting, focus dimming, and the timer while it runs. */
export function WorkshopToolbarButtons() {
  const captureOpen = useWorkshopUi((s) => s.captureOpen);
  const focus = useWorkshopUi((s) => s.focus);
  return (
    <>
      <TimerBadge variant="toolbar" onClick={() => useEditorUi.getState().set({ panel: 'workshop' })} />
      <button
        type="button"
        className={`btn${captureOpen ? ' is-pressed' : ''}`}
        aria-label="Capture bar"
        aria-pressed={captureOpen}
        title="Capture bar: type lines to add touchpoints, notes, pain points (C)"
        onClick={toggleCapture}
      >
        <TextCursorInput size={16} aria-hidden /> Capture
      </button>
      <button
        type="button"
        className={`btn icon-btn${focus !== 'off' ? ' is-pressed' : ''}`}
        aria-label={FOCUS_LABEL[focus]}
        aria-pressed={focus !== 'off'}
        title={`${FOCUS_LABEL[focus]}. Dims everything else (D cycles stage, selection, off)`}
        onClick={cycleFocus}
      >
        <Focus size={16} />
      </button>
      <button
        type="button"
        className="btn"
        aria-label="Present"
        title="Present stage by stage, full screen (P)"
        onClick={() => startPresenting()}
      >
        <MonitorPlay size={16} aria-hidden /> Present
      </button>
    </>
  );
}
