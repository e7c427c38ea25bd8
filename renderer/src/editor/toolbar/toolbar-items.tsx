import {
  Columns3,
  Focus,
  Gauge,
  Grid3x3,
  HeartHandshake,
  History,
  Keyboard,
  Lightbulb,
  Map as MapIcon,
  MonitorPlay,
  Network,
  PanelRight,
  Plus,
  Presentation,
  Redo2,
  Scan,
  Search,
  StickyNote,
  TextCursorInput,
  Undo2,
  Users,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { useEditorActions } from '../actions-context';
import { autoLayoutJourney } from '../layout/run-auto-layout';
import { useEditor, useEditorStore } from '../../session/react';
import { useEditorUi, type SidePanel } from '../ui-store';
import { cycleFocus, startPresenting } from '../../workshop/keys';
import { toggleCapture, useWorkshopUi, type FocusMode } from '../../workshop/workshop-ui';
import type { Tier } from './tiers';

/** Toolbar groups, in the order they appear (in the row and in the More menu). */
export const GROUPS = ['edit', 'add', 'view', 'workshop', 'panels', 'help'] as const;
export type ToolbarGroup = (typeof GROUPS)[number];

/** What each group is called: the toolbar's group names and the More menu's section labels. */
export const GROUP_LABELS: Record<ToolbarGroup, string> = {
  edit: 'Edit',
  add: 'Add',
  view: 'View',
  workshop: 'Workshop tools',
  panels: 'Panels',
  help: 'Help',
};

/** One of a command's exclusive settings, offered one by one in the More menu. */
export interface ToolbarChoice {
  label: string;
  checked: boolean;
  run: () => void;
}

export interface ToolbarCommand {
  id: string;
  group: ToolbarGroup;
  /** Accessible name of the toolbar button. */
  label: string;
  /** Tooltip; by default the label followed by the shortcut. */
  title?: string;
  shortcut?: string;
  icon: ReactNode;
  /** Visible text beside the icon, shown down to `textFrom`. */
  text?: string;
  textFrom?: Tier;
  /** A toggle's state (aria-pressed on the button, a checked menuitemcheckbox in the menu). */
  pressed?: boolean;
  /**
   * A button that cycles through settings: the More menu offers each setting
   * as a menuitemradio, in a section of its own, instead of the cycle.
   */
  choices?: { label: string; options: readonly ToolbarChoice[] };
  disabled?: boolean;
  /** The narrowest tier the button stays in the row; `'menu'`: always in More. */
  visibleFrom: Tier | 'menu';
  run: () => void;
}

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

const icon = (Icon: typeof Plus) => <Icon size={16} aria-hidden />;

/** Every toolbar command except the title, save state, heat overlay, future state and export controls. */
export function useToolbarCommands(): ToolbarCommand[] {
  const store = useEditorStore();
  const actions = useEditorActions();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const panel = useEditorUi((s) => s.panel);
  const snap = useEditorUi((s) => s.snapToGrid);
  const minimap = useEditorUi((s) => s.showMinimap);
  const setUi = useEditorUi((s) => s.set);
  const captureOpen = useWorkshopUi((s) => s.captureOpen);
  const focus = useWorkshopUi((s) => s.focus);

  const panelCommand = (
    id: Exclude<SidePanel, null>,
    label: string,
    Icon: typeof Plus,
    visibleFrom: Tier | 'menu',
    group: ToolbarGroup = 'panels',
  ): ToolbarCommand => ({
    id: `panel-${id}`,
    group,
    label,
    icon: icon(Icon),
    pressed: panel === id,
    visibleFrom,
    run: () => setUi({ panel: useEditorUi.getState().panel === id ? null : id }),
  });

  return [
    {
      id: 'undo',
      group: 'edit',
      label: 'Undo',
      shortcut: 'Ctrl+Z',
      icon: icon(Undo2),
      disabled: !canUndo,
      visibleFrom: 'narrow',
      run: () => store.getState().undo(),
    },
    {
      id: 'redo',
      group: 'edit',
      label: 'Redo',
      shortcut: 'Ctrl+Shift+Z',
      icon: icon(Redo2),
      disabled: !canRedo,
      visibleFrom: 'narrow',
      run: () => store.getState().redo(),
    },
    {
      id: 'add-touchpoint',
      group: 'add',
      label: 'Add touchpoint',
      shortcut: 'N',
      icon: icon(Plus),
      text: 'Touchpoint',
      textFrom: 'medium',
      visibleFrom: 'minimal',
      run: () => actions.addTouchpoint({ connectFromSelection: true }),
    },
    {
      id: 'add-stage',
      group: 'add',
      label: 'Add stage',
      icon: icon(Columns3),
      visibleFrom: 'medium',
      run: () => actions.addStage(),
    },
    {
      id: 'add-note',
      group: 'add',
      label: 'Add sticky note',
      shortcut: 'S',
      icon: icon(StickyNote),
      visibleFrom: 'medium',
      run: () => actions.addNote(),
    },
    {
      ...panelCommand('search', 'Search and filter', Search, 'compact', 'view'),
      shortcut: 'Ctrl+F',
    },
    {
      id: 'fit-view',
      group: 'view',
      label: 'Fit the map in view',
      shortcut: 'F',
      icon: icon(Scan),
      visibleFrom: 'menu',
      run: () => actions.fitView(),
    },
    {
      id: 'auto-layout',
      group: 'view',
      label: 'Auto layout',
      icon: icon(Network),
      visibleFrom: 'menu',
      run: () => void autoLayoutJourney(store),
    },
    {
      id: 'snap',
      group: 'view',
      label: 'Snap to grid',
      icon: icon(Grid3x3),
      pressed: snap,
      visibleFrom: 'menu',
      run: () => setUi({ snapToGrid: !useEditorUi.getState().snapToGrid }),
    },
    {
      id: 'minimap',
      group: 'view',
      label: 'Minimap',
      icon: icon(MapIcon),
      pressed: minimap,
      visibleFrom: 'menu',
      run: () => setUi({ showMinimap: !useEditorUi.getState().showMinimap }),
    },
    panelCommand('workshop', 'Workshop', Presentation, 'compact', 'workshop'),
    {
      id: 'capture',
      group: 'workshop',
      label: 'Capture bar',
      title: 'Capture bar: type lines to add touchpoints, notes, pain points (C)',
      shortcut: 'C',
      icon: icon(TextCursorInput),
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
      icon: icon(Focus),
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
      icon: icon(MonitorPlay),
      text: 'Present',
      textFrom: 'compact',
      visibleFrom: 'narrow',
      run: () => startPresenting(),
    },
    panelCommand('personas', 'Personas', Users, 'medium'),
    panelCommand('insights', 'Insights', Lightbulb, 'compact'),
    panelCommand('metrics', 'Metrics', Gauge, 'full'),
    panelCommand('lens', 'Loyalty lens', HeartHandshake, 'full'),
    panelCommand('versions', 'Versions', History, 'full'),
    panelCommand('inspector', 'Inspector', PanelRight, 'narrow'),
    {
      id: 'shortcuts',
      group: 'help',
      label: 'Keyboard shortcuts',
      shortcut: '?',
      icon: icon(Keyboard),
      visibleFrom: 'menu',
      run: () => setUi({ showShortcuts: true }),
    },
  ];
}
