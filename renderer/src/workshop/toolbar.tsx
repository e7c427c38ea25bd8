import { Focus, MonitorPlay, Presentation, TextCursorInput } from 'lucide-react';
import { useEditorUi } from '../editor/ui-store';
import { toolbarIcon, type ToolbarCommand } from '../editor/toolbar/toolbar-items';
import { cycleFocus, startPresenting } from './keys';
import { toggleCapture, useWorkshopUi, type FocusMode } from './workshop-ui';
import { useTranslation } from '../i18n';

const FOCUS_LABEL: Record<FocusMode, string> = {
  off: 'workshop.toolbar.focusOff',
  stage: 'workshop.toolbar.focusStage',
  selection: 'workshop.toolbar.focusSelection',
};
const FOCUS_CHOICES: Record<FocusMode, string> = {
  off: 'workshop.toolbar.noDimming',
  stage: 'workshop.toolbar.dimStage',
  selection: 'workshop.toolbar.dimSelection',
};
const FOCUS_MODES = Object.keys(FOCUS_CHOICES) as FocusMode[];

/** The workshop's toolbar group: its panel, the capture bar, focus dimming and presenting. */
export function useWorkshopToolbarCommands(): ToolbarCommand[] {
  const { t } = useTranslation();
  const panel = useEditorUi((s) => s.panel);
  const captureOpen = useWorkshopUi((s) => s.captureOpen);
  const focus = useWorkshopUi((s) => s.focus);
  return [
    {
      id: 'panel-workshop',
      group: 'workshop',
      label: t('workshop.panel'),
      icon: toolbarIcon(Presentation),
      pressed: panel === 'workshop',
      visibleFrom: 'compact',
      run: () => useEditorUi.getState().set({ panel: useEditorUi.getState().panel === 'workshop' ? null : 'workshop' }),
    },
    {
      id: 'capture',
      group: 'workshop',
      label: t('workshop.toolbar.capture'),
      title: t('workshop.toolbar.captureTitle'),
      shortcut: 'C',
      icon: toolbarIcon(TextCursorInput),
      pressed: captureOpen,
      visibleFrom: 'medium',
      run: toggleCapture,
    },
    {
      id: 'focus',
      group: 'workshop',
      label: t(FOCUS_LABEL[focus]),
      choices: {
        label: t('workshop.toolbar.focusDimming'),
        options: FOCUS_MODES.map((mode) => ({
          label: t(FOCUS_CHOICES[mode]),
          checked: focus === mode,
          run: () => useWorkshopUi.getState().set({ focus: mode }),
        })),
      },
      title: t('workshop.toolbar.focusTitle', { focus: t(FOCUS_LABEL[focus]) }),
      shortcut: 'D',
      icon: toolbarIcon(Focus),
      pressed: focus !== 'off',
      visibleFrom: 'menu',
      run: cycleFocus,
    },
    {
      id: 'present',
      group: 'workshop',
      label: t('workshop.facilitate.present'),
      title: t('workshop.toolbar.presentTitle'),
      shortcut: 'P',
      icon: toolbarIcon(MonitorPlay),
      text: t('workshop.facilitate.present'),
      textFrom: 'compact',
      visibleFrom: 'narrow',
      run: () => startPresenting(),
    },
  ];
}
