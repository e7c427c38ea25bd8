import {
  Columns3,
  Grid3x3,
  Keyboard,
  Languages,
  Lightbulb,
  Map as MapIcon,
  Network,
  PanelRight,
  Plus,
  Redo2,
  Scan,
  Search,
  StickyNote,
  Undo2,
  Users,
} from 'lucide-react';
import type { ComponentType, ReactNode } from 'react';
import { chooseUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES, useTranslation } from '../../i18n';
import { useEditorActions } from '../actions-context';
import { autoLayoutJourney } from '../layout/run-auto-layout';
import { useEditor, useEditorStore } from '../../session/react';
import { useEditorUi, type SidePanel } from '../ui-store';
import { useEditorSlots } from '../slots';
import type { Tier } from './tiers';

/** Toolbar groups, in the order they appear (in the row and in the More menu). */
export const GROUPS = ['edit', 'add', 'view', 'workshop', 'panels', 'help'] as const;
export type ToolbarGroup = (typeof GROUPS)[number];

/** What each group is called (catalogue keys): the toolbar's group names and the More menu's section labels. */
export const GROUP_LABELS: Record<ToolbarGroup, string> = {
  edit: 'toolbar.groupEdit',
  add: 'toolbar.groupAdd',
  view: 'toolbar.groupView',
  workshop: 'toolbar.groupWorkshop',
  panels: 'toolbar.groupPanels',
  help: 'toolbar.groupHelp',
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

export const toolbarIcon = (Icon: ComponentType<{ size?: number }>) => <Icon size={16} aria-hidden />;

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
  const { panels: slotPanels, useToolbarCommands: useEditorSlotCommands } = useEditorSlots();
  const { t, i18n } = useTranslation();

  const panelCommand = (
    id: Exclude<SidePanel, null>,
    label: string,
    Icon: ComponentType<{ size?: number }>,
    visibleFrom: Tier | 'menu',
    group: ToolbarGroup = 'panels',
  ): ToolbarCommand => ({
    id: `panel-${id}`,
    group,
    label,
    icon: toolbarIcon(Icon),
    pressed: panel === id,
    visibleFrom,
    run: () => setUi({ panel: useEditorUi.getState().panel === id ? null : id }),
  });

  return [
    {
      id: 'undo',
      group: 'edit',
      label: t('toolbar.undo'),
      shortcut: 'Ctrl+Z',
      icon: toolbarIcon(Undo2),
      disabled: !canUndo,
      visibleFrom: 'narrow',
      run: () => store.getState().undo(),
    },
    {
      id: 'redo',
      group: 'edit',
      label: t('toolbar.redo'),
      shortcut: 'Ctrl+Shift+Z',
      icon: toolbarIcon(Redo2),
      disabled: !canRedo,
      visibleFrom: 'narrow',
      run: () => store.getState().redo(),
    },
    {
      id: 'add-touchpoint',
      group: 'add',
      label: t('toolbar.addTouchpoint'),
      shortcut: 'N',
      icon: toolbarIcon(Plus),
      text: t('toolbar.touchpointText'),
      textFrom: 'medium',
      visibleFrom: 'minimal',
      run: () => actions.addTouchpoint({ connectFromSelection: true }),
    },
    {
      id: 'add-stage',
      group: 'add',
      label: t('toolbar.addStage'),
      icon: toolbarIcon(Columns3),
      visibleFrom: 'medium',
      run: () => actions.addStageAndName(),
    },
    {
      id: 'add-note',
      group: 'add',
      label: t('toolbar.addNote'),
      shortcut: 'S',
      icon: toolbarIcon(StickyNote),
      visibleFrom: 'medium',
      run: () => actions.addNote(),
    },
    {
      ...panelCommand('search', t('toolbar.search'), Search, 'compact', 'view'),
      shortcut: 'Ctrl+F',
    },
    {
      id: 'fit-view',
      group: 'view',
      label: t('toolbar.fitView'),
      shortcut: 'F',
      icon: toolbarIcon(Scan),
      visibleFrom: 'menu',
      run: () => actions.fitView(),
    },
    {
      id: 'auto-layout',
      group: 'view',
      label: t('toolbar.autoLayout'),
      icon: toolbarIcon(Network),
      visibleFrom: 'menu',
      run: () => void autoLayoutJourney(store),
    },
    {
      id: 'snap',
      group: 'view',
      label: t('toolbar.snap'),
      icon: toolbarIcon(Grid3x3),
      pressed: snap,
      visibleFrom: 'menu',
      run: () => setUi({ snapToGrid: !useEditorUi.getState().snapToGrid }),
    },
    {
      id: 'minimap',
      group: 'view',
      label: t('toolbar.minimap'),
      icon: toolbarIcon(MapIcon),
      pressed: minimap,
      visibleFrom: 'menu',
      run: () => setUi({ showMinimap: !useEditorUi.getState().showMinimap }),
    },
    ...useEditorSlotCommands(),
    panelCommand('personas', t('toolbar.personas'), Users, 'medium'),
    panelCommand('insights', t('toolbar.insights'), Lightbulb, 'compact'),
    ...slotPanels.flatMap((p) =>
      p.button ? [panelCommand(p.id, p.button.label, p.button.icon, p.button.visibleFrom)] : [],
    ),
    panelCommand('inspector', t('toolbar.inspector'), PanelRight, 'narrow'),
    {
      id: 'shortcuts',
      group: 'help',
      label: t('toolbar.shortcuts'),
      shortcut: '?',
      icon: toolbarIcon(Keyboard),
      visibleFrom: 'menu',
      run: () => setUi({ showShortcuts: true }),
    },
    {
      // The interface language: in the More menu, one radio item per language (in its own name).
      id: 'language',
      group: 'help',
      label: t('language.choose'),
      icon: toolbarIcon(Languages),
      visibleFrom: 'menu',
      choices: {
        label: t('language.label'),
        options: UI_LANGUAGES.map((language) => ({
          label: LANGUAGE_NAMES[language],
          checked: i18n.language === language,
          run: () => void chooseUiLanguage(language),
        })),
      },
      run: () => undefined,
    },
  ];
}
