import { useEffect } from 'react';
import { getHost } from '../platform';
import { commandForKey, dispatchCommand } from '../services/command-bus';
import type { Route } from './router';
import { chooseAndOpenJourneyFiles, openJourneyFiles } from '../files-ui/open-files';
import { createBlankJourney } from '../library/LibraryScreen';

/** Wires the OS menu, OS file-open events and web keyboard shortcuts to app commands. */
export function useAppCommands(route: Route) {
  useEffect(() => {
    const host = getHost();
    const offMenu = host.onMenuCommand((command) => {
      if (dispatchCommand(command)) return;
      // No screen took it: app-wide defaults.
      if (command === 'undo' || command === 'redo') document.execCommand(command);
      else if (command === 'select-all') document.execCommand('selectAll');
      else if (command === 'open') void chooseAndOpenJourneyFiles();
      else if (command === 'new-journey') void createBlankJourney();
    });
    const offOpen = host.onOpenFile((file) => void openJourneyFiles([file]));
    const onKey = (e: KeyboardEvent) => {
      if (host.kind !== 'web') return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      if (dispatchCommand(command)) return;
      if (command === 'open') void chooseAndOpenJourneyFiles();
      else if (command === 'new-journey') void createBlankJourney();
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
