import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../platform';

/**
 * App commands arrive from the OS menu (Electron) or from keyboard shortcuts
 * (web), and go to the innermost screen that handles them: screens push a
 * handler while mounted; the newest handler is asked first.
 */
type Handler = (command: MenuCommand) => boolean;
const stack: Handler[] = [];

export function dispatchCommand(command: MenuCommand): boolean {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]!(command)) return true;
  }
  return false;
}

/** Handle app commands while the calling component is mounted. Return true when handled. */
export function useCommandHandler(handler: Handler) {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const h: Handler = (c) => ref.current(c);
    stack.push(h);
    return () => {
      const i = stack.indexOf(h);
      if (i >= 0) stack.splice(i, 1);
    };
  }, []);
}

/** Keyboard shortcuts for the commands the desktop menu carries (used by the web host). */
export function commandForKey(e: KeyboardEvent): MenuCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'n' && !e.shiftKey) return 'new-journey';
  if (key === 'o' && !e.shiftKey) return 'open';
  if (key === 's' && e.shiftKey) return 'save-as';
  if (key === 'p' && !e.shiftKey) return 'export-pdf';
  return null;
}

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
