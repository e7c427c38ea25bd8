import { Focus, MonitorPlay, Presentation, TextCursorInput } from 'lucide-react';
import { useEditorUi } from '../editor/ui-store';
import { toolbarIcon, type ToolbarCommand } from '../editor/toolbar/toolbar-items';
import { cycleFocus, startPresenting } from './keys';
import { toggleCapture, useWorkshopUi, type FocusMode } from './workshop-ui';

const FOCUS_LABEL: Record<FocusMode, string> = {
  off: 'Focus: off',
  stage: 'Focus: current stage',
  selection: 'Focus: selection',
};
const FOCUS_CHOICES: Record<FocusMode, string> = {
  off: 'No dimming',
  stage: 'Dim all but the current stage',
  selection: 'Dim all but the selection',
};
const FOCUS_MODES = Object.keys(FOCUS_CHOICES) as FocusMode[];

/** The workshop's toolbar group: its panel, the capture bar, focus dimming and presenting. */
export function useWorkshopToolbarCommands(): ToolbarCommand[] {
  const panel = useEditorUi((s) => s.panel);
  const captureOpen = useWorkshopUi((s) => s.captureOpen);
  const focus = useWorkshopUi((s) => s.focus);
  return [
    {
      id: 'panel-workshop',
      group: 'workshop',
      label: 'Workshop',
      icon: toolbarIcon(Presentation),
      pressed: panel === 'workshop',
      visibleFrom: 'compact',
      run: () => useEditorUi.getState().set({ panel: useEditorUi.getState().panel === 'workshop' ? null : 'workshop' }),
    },
    {
      id: 'capture',
      group: 'workshop',
      label: 'Capture bar',
      title: 'Capture bar: type lines to add touchpoints, notes, pain points (C)',
      shortcut: 'C',
      icon: toolbarIcon(TextCursorInput),
      pressed: captureOpen,
      visibleFrom: 'medium',
      run: toggleCapture,
    },
    {
      id: 'focus',
      group: 'workshop',
      label: FOCUS_LABEL[focus],
      choices: {
        label: 'Focus dimming',
        options: FOCUS_MODES.map((mode) => ({
          label: FOCUS_CHOICES[mode],
          checked: focus === mode,
          run: () => useWorkshopUi.getState().set({ focus: mode }),
        })),
      },
      title: `${FOCUS_LABEL[focus]}. Dims everything else (D cycles stage, selection, off)`,
      shortcut: 'D',
      icon: toolbarIcon(Focus),
      pressed: focus !== 'off',
      visibleFrom: 'menu',
      run: cycleFocus,
    },
    {
      id: 'present',
      group: 'workshop',
      label: 'Present',
      title: 'Present stage by stage, full screen (P)',
      shortcut: 'P',
      icon: toolbarIcon(MonitorPlay),
      text: 'Present',
      textFrom: 'compact',
      visibleFrom: 'narrow',
      run: () => startPresenting(),
    },
  ];
}
