/** What the table view plugs into the editor (composed by `app/`): the view, its toolbar toggle, shortcut and memory. */
import { Table2 } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from '../i18n';
import { useEditorUi } from '../editor/ui-store';
import { toolbarIcon, type ToolbarCommand } from '../editor/toolbar/toolbar-items';
import { useEditor } from '../session/react';
import { TableScreen } from './TableScreen';
import { rememberedView, rememberView, TABLE_VIEW } from './view-memory';
import './table.css';

export const TABLE_SHORTCUT = 'Ctrl+Shift+G';

function toggleTable() {
  const ui = useEditorUi.getState();
  ui.set({ mainView: ui.mainView === TABLE_VIEW ? null : TABLE_VIEW });
}

/** Whether a key press is the table toggle's shortcut (Ctrl+Shift+G, ⌘⇧G on a Mac). */
export function isTableShortcut(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>) {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'g';
}

function useTableToolbarCommands(): ToolbarCommand[] {
  const { t } = useTranslation();
  const on = useEditorUi((s) => s.mainView === TABLE_VIEW);
  return [
    {
      id: 'table-view',
      group: 'view',
      label: t('table.toggle'),
      shortcut: TABLE_SHORTCUT,
      icon: toolbarIcon(Table2),
      pressed: on,
      visibleFrom: 'compact',
      run: toggleTable,
    },
  ];
}

/** Mounted with the editor: opens the journey in the view it was left in, remembers changes, and the shortcut. */
function TableLayer() {
  const journeyId = useEditor((s) => s.doc.journey.id);
  useEffect(() => {
    useEditorUi.getState().set({ mainView: rememberedView(journeyId) });
    const off = useEditorUi.subscribe((s, before) => {
      if (s.mainView !== before.mainView) rememberView(journeyId, s.mainView);
    });
    const onKey = (e: KeyboardEvent) => {
      if (!isTableShortcut(e) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      toggleTable();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
    };
  }, [journeyId]);
  return null;
}

export const tableSlots = {
  view: { id: TABLE_VIEW, Component: TableScreen },
  useToolbarCommands: useTableToolbarCommands,
  Layer: TableLayer,
  shortcuts: {
    group: 'table.shortcutsGroup',
    items: [
      { keys: TABLE_SHORTCUT, description: 'table.shortcutToggle' },
      { keys: 'Enter / F2', description: 'table.shortcutEdit' },
      { keys: 'Insert', description: 'table.shortcutAdd' },
      { keys: 'Delete', description: 'table.shortcutDelete' },
      { keys: 'Alt ↑ / ↓', description: 'table.shortcutReorder' },
      { keys: 'Alt Shift ↑ / ↓', description: 'table.shortcutMoveStage' },
    ],
  },
};
