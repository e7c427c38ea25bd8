import { useEffect } from 'react';
import { isEditableTarget } from '../ui/dom';
import type { EditorStore } from '../session/store';
import { openCapture, stepPresentation, timerActions, workshopUi, type FocusMode } from './workshop-ui';

/** The workshop shortcuts, for the shortcut help and tooltips (descriptions are catalogue keys). */
export const WORKSHOP_SHORTCUTS = [
  { keys: 'C', description: 'workshop.keys.capture' },
  { keys: 'P', description: 'workshop.keys.present' },
  { keys: 'D', description: 'workshop.keys.dim' },
  { keys: 'T', description: 'workshop.keys.timer' },
  { keys: '← / →, Page Up / Down', description: 'workshop.keys.step' },
  { keys: 'L', description: 'workshop.keys.laser' },
  { keys: 'Esc', description: 'workshop.keys.exit' },
] as const;

const NEXT_FOCUS: Record<FocusMode, FocusMode> = { off: 'stage', stage: 'selection', selection: 'off' };

export function cycleFocus() {
  workshopUi().set({ focus: NEXT_FOCUS[workshopUi().focus] });
}

export function startPresenting(stageIndex = 0) {
  workshopUi().set({ presenting: true, presentIndex: stageIndex, captureOpen: false });
}

/**
 * The workshop's own keys, listened to in the capture phase so presentation
 * keys win over the editor's (arrows would otherwise nudge). Keys typed into
 * text fields or an open menu are never taken.
 */
export function useWorkshopKeys(store: EditorStore) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const ui = workshopUi();
      const mod = e.ctrlKey || e.metaKey || e.altKey;
      // An open menu keeps its letters for typeahead (this listener runs before the menu's own).
      const inMenu = e.target instanceof Element && e.target.closest('[role="menu"]') !== null;
      if (isEditableTarget(e.target) || inMenu || document.querySelector('dialog[open]')) return;
      const key = e.key;
      const handled = (() => {
        if (mod) return false;
        // Dimming and the timer work the same in and out of presentation.
        if (key === 'd' || key === 'D') {
          cycleFocus();
          return true;
        }
        if (key === 't' || key === 'T') {
          timerActions.startPause();
          return true;
        }
        if (ui.presenting) {
          const count = Object.keys(store.getState().doc.stages).length;
          switch (key) {
            case 'ArrowRight':
            case 'ArrowDown':
            case 'PageDown':
            case ' ':
              stepPresentation(1, count);
              return true;
            case 'ArrowLeft':
            case 'ArrowUp':
            case 'PageUp':
              stepPresentation(-1, count);
              return true;
            case 'Home':
              ui.set({ presentIndex: 0 });
              return true;
            case 'End':
              ui.set({ presentIndex: Math.max(0, count - 1) });
              return true;
            case 'Escape':
              ui.set({ presenting: false });
              return true;
            case 'l':
            case 'L':
              ui.set({ laser: !ui.laser });
              return true;
            default:
              // Editing keys do nothing while presenting.
              return key.length === 1 || key === 'Delete' || key === 'Backspace' || key === 'Tab' || key === 'Enter';
          }
        }
        switch (key) {
          case 'c':
          case 'C':
            openCapture();
            return true;
          case 'p':
          case 'P':
            startPresenting();
            return true;
          default:
            return false;
        }
      })();
      if (handled) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);
}
