import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { CONNECTION_KINDS } from '../domain/vocabulary';
import { stageAtX } from '../domain/layout';
import { updateConnection } from '../session/edits';
import { useEditorStore } from '../session/react';
import { useEditorUi } from './ui-store';
import { useEditorActions } from './actions-context';
import { autoLayoutJourney } from './layout/run-auto-layout';
import { useTranslation } from '../i18n';
import { connectionKindName } from '../i18n/vocabulary';
import { focusedElement, refocus } from '../ui/focus';
import { placeMenu, type MenuPlace } from '../ui/place-menu';

interface Item {
  label: string;
  shortcut?: string;
  run: () => void;
  danger?: boolean;
}

/** Right-click menus for the canvas, nodes and connections, offering the same commands as the keyboard. */
export function ContextMenu() {
  const menu = useEditorUi((s) => s.contextMenu);
  const store = useEditorStore();
  const actions = useEditorActions();
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  // Where focus was when the menu opened (a card, the map): it goes back there when the menu closes, unless
  // the command chosen put it somewhere else (the inspector's first box, a new stage's name).
  const opener = useRef<HTMLElement | null>(null);
  const close = () => {
    useEditorUi.getState().set({ contextMenu: null });
    const back = opener.current;
    requestAnimationFrame(() => refocus([back]));
  };

  useEffect(() => {
    if (!menu) return;
    opener.current = focusedElement();
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onDown = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && close();
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [menu]);

  // Opened near the window's bottom or right edge, the menu opens above or left of the pointer instead of
  // running off the window (measured before it is painted, so it never shows in the wrong place).
  const [place, setPlace] = useState<{ for: typeof menu; at: MenuPlace } | null>(null);
  useLayoutEffect(() => {
    if (!menu || !ref.current) return;
    const box = ref.current.getBoundingClientRect();
    setPlace({ for: menu, at: placeMenu(menu, box, { width: window.innerWidth, height: window.innerHeight }) });
  }, [menu]);

  if (!menu) return null;
  const at = place?.for === menu ? place.at : { left: menu.x, top: menu.y };
  const state = store.getState();
  const id = menu.id;
  let items: Item[] = [];
  if (menu.kind === 'canvas') {
    const stageId = stageAtX(actions.stageColumns(), menu.flow.x);
    items = [
      ...(stageId
        ? [
            {
              label: t('editor.menu.addTouchpointHere'),
              shortcut: 'N',
              run: () => void actions.addTouchpointAt(menu.flow),
            },
          ]
        : []),
      { label: t('editor.menu.addNoteHere'), shortcut: 'S', run: () => actions.addNote(menu.flow) },
      { label: t('editor.menu.addStage'), run: () => actions.addStageAndName() },
      { label: t('editor.menu.paste'), shortcut: 'Ctrl+V', run: () => actions.paste(null) },
      { label: t('editor.menu.selectAll'), shortcut: 'Ctrl+A', run: () => actions.selectAll() },
      { label: t('editor.menu.autoLayout'), run: () => void autoLayoutJourney(store) },
      { label: t('editor.menu.fitView'), shortcut: 'F', run: () => actions.fitView() },
    ];
  } else if (menu.kind === 'edge' && id) {
    const c = state.doc.connections[id];
    items = [
      ...CONNECTION_KINDS.filter((k) => k !== c?.kind).map((k) => ({
        label: t('editor.menu.makeKind', { kind: connectionKindName(k) }),
        run: () => state.run('Change connection kind', updateConnection(store.getState().doc, id, { kind: k })),
      })),
      {
        label: t('editor.menu.deleteConnection'),
        shortcut: 'Del',
        danger: true,
        run: () => void actions.deleteSelection(),
      },
    ];
  } else if (id) {
    const isTouchpoint = !!state.doc.touchpoints[id];
    const isStage = !!state.doc.stages[id];
    items = [
      ...(isTouchpoint || state.doc.notes[id]
        ? [
            {
              label: t('editor.menu.editText'),
              shortcut: 'Enter',
              run: () => useEditorUi.getState().set({ editingId: id }),
            },
          ]
        : []),
      ...(isTouchpoint
        ? [
            {
              label: t('editor.menu.addConnected'),
              shortcut: 'N',
              run: () => actions.addTouchpoint({ connectFromSelection: true }),
            },
            { label: t('editor.menu.connectTo'), run: () => useEditorUi.getState().set({ connectFrom: id }) },
          ]
        : []),
      ...(isStage
        ? []
        : [{ label: t('editor.menu.duplicate'), shortcut: 'Ctrl+D', run: () => actions.duplicateSelection() }]),
      ...(isStage
        ? []
        : [
            {
              label: t('editor.menu.copy'),
              shortcut: 'Ctrl+C',
              run: () => void navigator.clipboard?.writeText(actions.copy() ?? '').catch(() => undefined),
            },
          ]),
      {
        label: t('editor.menu.inspect'),
        run: () => {
          useEditorUi.getState().set({ panel: 'inspector' });
          // Into the inspector's first box, so the keyboard goes on editing there (after the panel has drawn).
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>('.side-panel-body :is(input, textarea, select)')?.focus(),
          );
        },
      },
      {
        label: isStage ? t('editor.menu.deleteStage') : t('editor.menu.delete'),
        shortcut: 'Del',
        danger: true,
        run: () => void actions.deleteSelection(),
      },
    ];
  }
  return (
    <div
      ref={ref}
      className="menu-popover context-menu"
      role="menu"
      aria-label={t('editor.menu.label')}
      style={{ left: at.left, top: at.top, position: 'fixed' }}
      onKeyDown={(e) => {
        const buttons = Array.from(ref.current?.querySelectorAll('button') ?? []);
        const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') close();
        if (e.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
        if (e.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
      }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className={`menu-item${item.danger ? ' menu-item-danger' : ''}`}
          onClick={() => {
            close();
            item.run();
          }}
        >
          <span className="menu-item-label">{item.label}</span>
          {item.shortcut && <kbd>{item.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
