import { useEffect } from 'react';
import { getHost } from '../platform';
import { commandForKey, dispatchCommand } from './commands';
import type { Route } from './router';
import { openJourneyFiles } from './open-files';

/** Wires the OS menu, OS file-open events and web keyboard shortcuts to app commands. */
export function useAppCommands(route: Route) {
  useEffect(() => {
    const host = getHost();
    const offMenu = host.onMenuCommand((command) => {
      if (!dispatchCommand(command) && (command === 'undo' || command === 'redo')) {
        // No screen took it: let the focused text field undo its typing.
        document.execCommand(command);
      }
    });
    const offOpen = host.onOpenFile((file) => void openJourneyFiles([file]));
    const onKey = (e: KeyboardEvent) => {
      if (host.kind !== 'web') return;
      const command = commandForKey(e);
      if (command && dispatchCommand(command)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      offOpen();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  useEffect(() => {
    if (route.name !== 'journey') getHost().setTitle(route.name === 'trash' ? 'Trash — Waymark' : 'Waymark');
  }, [route]);
}
