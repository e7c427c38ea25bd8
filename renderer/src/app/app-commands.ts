import { useEffect } from 'react';
import { chooseAndOpenJourneyFiles, openHandedOverFile } from '../files-ui/open-files';
import { showAbout } from './about';
import { createBlankJourney } from '../library/LibraryScreen';
import { getHost, type MenuCommand } from '../platform';
import { parseRoute, type AppServices, type Route } from '../services';
import { toast } from '../ui/toasts';
import { chooseUiLanguage, i18n, isUiLanguage, useTranslation } from '../i18n';

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

/** Wires the OS menu, OS file-open events and web keyboard shortcuts to app commands. */
export function useAppCommands(services: AppServices, route: Route) {
  useEffect(() => {
    const host = getHost();
    // Where Export PDF goes (a file, or the browser's print dialog), known before any dialog says it.
    host.pdfTarget();
    const { commands } = services;
    const offMenu = host.onMenuCommand((command) => {
      if (commands.dispatch(command)) return;
      // No screen took it: app-wide defaults.
      if (command === 'undo' || command === 'redo') document.execCommand(command);
      else if (command === 'select-all') document.execCommand('selectAll');
      else if (command === 'open') void chooseAndOpenJourneyFiles(services);
      else if (command === 'new-journey') void createBlankJourney(services);
      else if (command === 'about') void showAbout();
      else if (command.startsWith('language-')) {
        const language = command.slice('language-'.length);
        if (isUiLanguage(language)) void chooseUiLanguage(language);
      } else if (command === 'start-live-session') toast.info(i18n.t('app.liveNeedsJourney'));
    });
    const offOpen = host.onOpenFile((file) => void openHandedOverFile(services, file));
    const onKey = (e: KeyboardEvent) => {
      // A participant's page is someone else's journey: New and Open would leave the session.
      const route = parseRoute(window.location.hash).name;
      if (host.kind !== 'web' || route === 'join' || route === 'brokenJoin') return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      if (commands.dispatch(command)) return;
      if (command === 'open') void chooseAndOpenJourneyFiles(services);
      else if (command === 'new-journey') void createBlankJourney(services);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      offOpen();
      window.removeEventListener('keydown', onKey);
    };
  }, [services]);

  const { t } = useTranslation();
  useEffect(() => {
    if (route.name !== 'journey') getHost().setTitle(route.name === 'trash' ? t('app.trashTitle') : 'Waymark');
  }, [route, t]);
}
