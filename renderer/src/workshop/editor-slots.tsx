/** What the workshop plugs into the editor (composed by `app/`). */
import { useEditorUi } from '../editor/ui-store';
import { useFocusLit } from './canvas/use-focus-lit';
import { WORKSHOP_SHORTCUTS } from './keys';
import { isTimerShown } from './timer';
import { openWorkshopPanel, TimerBadge } from './timer/TimerBadge';
import { useWorkshopToolbarCommands } from './toolbar';
import { WorkshopLayer } from './WorkshopLayer';
import { WorkshopPanel } from './WorkshopPanel';
import { useWorkshopUi } from './workshop-ui';
import { t } from '../i18n';

const TOOLBAR = 'toolbar';

/** Whether the map is shown (not the table view): the timer then shows over it (WorkshopLayer). */
const useOnCanvas = () => useEditorUi((s) => s.mainView === null);

/**
 * The running timer at the start of the workshop's toolbar group, in a view without the map (the
 * table view); a click opens the workshop panel. Over the map the timer shows large at its corner
 * instead, so the toolbar keeps its room: a badge there too made it drop a tier, sending five tools
 * into More tools for as long as the timer ran, and showed the time twice.
 */
function ToolbarTimer() {
  const onCanvas = useOnCanvas();
  return onCanvas ? null : <TimerBadge variant={TOOLBAR} onClick={openWorkshopPanel} />;
}

/** The timer badge appearing or going changes the toolbar's width. */
function useTimerLayoutKey(): string {
  const shown = useWorkshopUi((s) => isTimerShown(s.timer, s.timeUp));
  const onCanvas = useOnCanvas();
  return String(shown && !onCanvas);
}

export const workshopSlots = {
  /** Opened from its own toolbar button, which sits in the workshop group. */
  panel: {
    id: 'workshop',
    get title() {
      return t('workshop.panel');
    },
    Component: WorkshopPanel,
  },
  useToolbarCommands: useWorkshopToolbarCommands,
  ToolbarTimer,
  useToolbarLayoutKey: useTimerLayoutKey,
  Layer: WorkshopLayer,
  useCanvasDimming: useFocusLit,
  shortcuts: { group: 'workshop.panel', items: WORKSHOP_SHORTCUTS },
};
