/** What the workshop plugs into the editor (composed by `app/`). */
import { useEditorUi } from '../editor/ui-store';
import { useFocusLit } from './canvas/use-focus-lit';
import { WORKSHOP_SHORTCUTS } from './keys';
import { isTimerShown } from './timer';
import { TimerBadge } from './timer/TimerBadge';
import { useWorkshopToolbarCommands } from './toolbar';
import { WorkshopLayer } from './WorkshopLayer';
import { WorkshopPanel } from './WorkshopPanel';
import { useWorkshopUi } from './workshop-ui';
import { t } from '../i18n';

const TOOLBAR = 'toolbar';
const openWorkshopPanel = () => useEditorUi.getState().set({ panel: 'workshop' });

/** The running timer at the start of the workshop's toolbar group; a click opens the workshop panel. */
function ToolbarTimer() {
  return <TimerBadge variant={TOOLBAR} onClick={openWorkshopPanel} />;
}

/** The timer badge appearing or going changes the toolbar's width. */
function useTimerLayoutKey(): string {
  return String(useWorkshopUi((s) => isTimerShown(s.timer, s.timeUp)));
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
