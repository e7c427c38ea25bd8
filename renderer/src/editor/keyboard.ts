import { useEffect } from 'react';
import { isEditableTarget, isTextEntry } from '../ui/dom';
import type { EditorActions } from './actions';
import type { EditorStore } from '../session/store';
import { useEditorUi } from './ui-store';

export interface Shortcut {
  /** Key names as keyboards print them (and the row's identity). */
  keys: string;
  /** A catalogue key for a key cap that holds a word ("Shift + drag"), said in the interface language. */
  keysText?: string;
  description: string;
}

/** The shortcut sheet (shown with ?), kept beside the handler that implements it; group and description are catalogue keys. */
export const SHORTCUTS: { group: string; items: readonly Shortcut[] }[] = [
  {
    group: 'shortcuts.groupCreate',
    items: [
      { keys: 'N', description: 'shortcuts.newTouchpoint' },
      { keys: 'S', description: 'shortcuts.newNote' },
      { keys: 'Enter', description: 'shortcuts.editTitle' },
      { keys: 'Escape', description: 'shortcuts.stopEditing' },
    ],
  },
  {
    group: 'shortcuts.groupEdit',
    items: [
      { keys: '+ / −', description: 'shortcuts.emotion' },
      { keys: 'Delete / Backspace', description: 'shortcuts.delete' },
      { keys: '← ↑ → ↓', description: 'shortcuts.nudge' },
      { keys: 'Ctrl/⌘ D', description: 'shortcuts.duplicate' },
      { keys: 'Ctrl/⌘ C / X / V', description: 'shortcuts.copyPaste' },
      { keys: 'Ctrl/⌘ Z', description: 'shortcuts.undo' },
      { keys: 'Ctrl/⌘ Shift Z, Ctrl Y', description: 'shortcuts.redo' },
    ],
  },
  {
    group: 'shortcuts.groupNavigate',
    items: [
      { keys: 'Tab / Shift Tab', description: 'shortcuts.next' },
      { keys: 'Ctrl/⌘ A', description: 'shortcuts.selectAll' },
      { keys: 'F', description: 'shortcuts.fit' },
      { keys: 'Ctrl/⌘ = / −', description: 'shortcuts.zoom' },
      { keys: 'Ctrl/⌘ 0', description: 'shortcuts.zoomReset' },
      { keys: 'Ctrl/⌘ F', description: 'shortcuts.search' },
      { keys: 'Shift + drag', keysText: 'shortcuts.shiftDrag', description: 'shortcuts.boxSelect' },
      { keys: 'Shift F10', description: 'shortcuts.contextMenu' },
      { keys: '?', description: 'shortcuts.sheet' },
    ],
  },
];

export function isUndoKey(e: KeyboardEvent): 'undo' | 'redo' | null {
  const mod = e.ctrlKey || e.metaKey;
  if (!mod || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Moves focus to what follows the map's cards and connections in the window (the zoom buttons, then the side
 * panel), or for -1 to what precedes them (the toolbar): the map is one stop in the Tab order, not a trap.
 */
function focusBeyondMap(direction: 1 | -1): boolean {
  const map = document.querySelector('.react-flow__viewport');
  if (!map) return false;
  const outside = Array.from(document.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) => !map.contains(el) && el.getClientRects().length > 0 && !el.closest('[inert], [aria-hidden="true"]'),
  );
  const follows = (el: HTMLElement) => (map.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target =
    direction === 1
      ? (outside.find(follows) ?? outside[0])
      : (outside.filter((el) => !follows(el)).at(-1) ?? outside.at(-1));
  if (!target) return false;
  target.focus();
  return true;
}

/** Editor keyboard shortcuts; text fields keep their keys except history keys on inspector fields. */
export function useEditorShortcuts(store: EditorStore, actions: EditorActions, openSearch: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      const history = isUndoKey(e);
      if (isEditableTarget(target)) {
        // Escape in one of the journey's own fields (its title in the toolbar, an inspector field) stops
        // editing, as the shortcut sheet says and as on a card's title: the text stays (it is written as
        // typed), the field lets go of the keys, so N, S and Escape reach the map again. Not while an
        // input method is composing (its Escape drops the composition), nor inside a dialog (Escape closes it).
        if (
          e.key === 'Escape' &&
          !e.isComposing &&
          target?.closest('[data-history-field]') &&
          !target.closest('dialog')
        ) {
          e.preventDefault();
          target.blur();
          return;
        }
        // A text field undoes its own typing, except an inspector field (committed first, then the journey's
        // history steps); a checkbox or drop-down has no typing of its own, so the journey's history steps.
        if (history && target?.closest('[data-history-field]')) {
          e.preventDefault();
          (target as HTMLElement).blur();
          store.getState()[history]();
        } else if (history && !isTextEntry(target)) {
          e.preventDefault();
          store.getState()[history]();
        }
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      const state = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key;
      const inCanvas = !target || target === document.body || !!target.closest('.canvas-wrap');
      /** The touchpoint or note whose card has the focus, if any. */
      const focusedItem = () => {
        const id = target?.closest('.react-flow__node')?.getAttribute('data-id');
        return id && (state.doc.touchpoints[id] || state.doc.notes[id]) ? id : undefined;
      };
      const handled = (() => {
        if (history) return (state[history](), true);
        if (mod && key.toLowerCase() === 'f') return (openSearch(), true);
        if (mod && key.toLowerCase() === 'a' && inCanvas) return (actions.selectAll(), true);
        if (mod && key.toLowerCase() === 'd') return (actions.duplicateSelection(), true);
        // The View menu's zoom keys, here too so that they zoom the map (not the page) in a browser.
        if (mod && (key === '=' || key === '+')) return (actions.zoomIn(), true);
        if (mod && (key === '-' || key === '_')) return (actions.zoomOut(), true);
        if (mod && key === '0') return (actions.zoomReset(), true);
        if (mod || e.altKey) return false;
        if (key === '?') return (useEditorUi.getState().set({ showShortcuts: true }), true);
        if (!inCanvas) return false;
        switch (key) {
          case 'n':
          case 'N':
            actions.addTouchpoint({ connectFromSelection: true });
            return true;
          case 's':
          case 'S':
            actions.addNote();
            return true;
          case 'f':
          case 'F':
            actions.fitView();
            return true;
          case 'Enter': {
            const id =
              [...state.selection].find((x) => state.doc.touchpoints[x] || state.doc.notes[x]) ?? focusedItem();
            if (!id) return false;
            useEditorUi.getState().set({ editingId: id });
            return true;
          }
          case 'Escape':
            useEditorUi.getState().set({ editingId: null, contextMenu: null });
            state.setSelection([]);
            return true;
          case 'Delete':
          case 'Backspace': {
            // Nothing selected: the card or note that has the keyboard's focus (reached with Tab, or
            // the neighbour focused after a delete) is the one meant, on a fresh press only: a Delete
            // key held down does not go on through the neighbours.
            if (!state.selection.size) {
              const focused = e.repeat ? undefined : focusedItem();
              if (!focused) return false;
              state.setSelection([focused]);
            }
            void actions.deleteSelection();
            return true;
          }
          case 'Tab': {
            // Tab walks the cards in journey order; from the zoom buttons or the minimap it is the browser's.
            const direction = e.shiftKey ? -1 : 1;
            // With nothing focused Tab enters the map (on a map without touchpoints it is the browser's again).
            if (!target || target === document.body) return actions.cycle(direction);
            if (!target.closest('.react-flow__viewport')) return false;
            // Past the last card focus goes on out of the map, never round again.
            return actions.cycle(direction) || focusBeyondMap(direction);
          }
          case '+':
          case '=':
            actions.shiftEmotion(1);
            return true;
          case '-':
          case '_':
            actions.shiftEmotion(-1);
            return true;
          case 'ArrowLeft':
          case 'ArrowRight':
          case 'ArrowUp':
          case 'ArrowDown': {
            if (!state.selection.size) return false;
            const step = e.shiftKey ? 40 : 10;
            const dx = key === 'ArrowLeft' ? -step : key === 'ArrowRight' ? step : 0;
            const dy = key === 'ArrowUp' ? -step : key === 'ArrowDown' ? step : 0;
            actions.nudge(dx, dy);
            return true;
          }
          default:
            return false;
        }
      })();
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (isEditableTarget(e.target) || window.getSelection()?.toString()) return;
      const text = actions.copy(cut);
      if (text === null) return;
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (e: ClipboardEvent) => {
      if (isEditableTarget(e.target)) return;
      e.preventDefault();
      actions.paste(e.clipboardData?.getData('text/plain') || null);
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [store, actions, openSearch]);
}
