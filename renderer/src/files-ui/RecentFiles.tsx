/**
 * The desktop app's recently opened `.journey` files, at the top of the
 * library. Clicking one opens it like any other file; a file that has moved
 * or was deleted says so (main then drops it from the list). The web host
 * keeps no recent files, so this renders nothing there.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { FileClock } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../services';
import { countJourneys } from '../storage';
import { openJourneyFiles } from './open-files';
import { relativeTime } from '../ui/time';
import { getHost, type RecentFile } from '../platform';
import { errorMessage, toast } from '../ui/toasts';
import { folderOf } from './file-paths';
import './files-ui.css';
import { useTranslation } from '../i18n';

export function RecentFiles() {
  const services = useServices();
  const { t } = useTranslation();
  const host = getHost();
  const desktop = host.kind === 'electron';
  const [files, setFiles] = useState<RecentFile[]>([]);
  const [opening, setOpening] = useState<string | null>(null);
  // Opening a file anywhere changes the journeys table; the list may have changed with it.
  const journeysChanged = useLiveQuery(() => countJourneys(services.db), [services]);

  const refresh = useCallback(async () => {
    if (!desktop) return;
    try {
      setFiles(await host.recentFiles());
    } catch {
      // The list is a convenience: without it the library still works.
      setFiles([]);
    }
  }, [desktop, host]);

  useEffect(() => {
    void refresh();
  }, [refresh, journeysChanged]);

  useEffect(() => {
    if (!desktop) return;
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [desktop, refresh]);

  if (!desktop || files.length === 0) return null;

  const open = async (file: RecentFile) => {
    setOpening(file.path);
    try {
      const opened = await host.openRecent(file.path);
      await openJourneyFiles(services, [opened]);
    } catch (error) {
      toast.error(errorMessage(error, t('files.recentFailed', { name: file.name })));
    } finally {
      setOpening(null);
      void refresh();
    }
  };

  return (
    <section className="recent-files" aria-labelledby="recent-files-title">
      <h2 id="recent-files-title" className="recent-files-title">
        <FileClock size={16} aria-hidden /> {t('files.recentTitle')}
      </h2>
      <ul className="recent-files-list">
        {files.map((file) => (
          <li key={file.path}>
            <button
              type="button"
              className="recent-file"
              title={file.path}
              aria-label={t('files.recentOpen', { name: file.name })}
              disabled={opening !== null}
              onClick={() => void open(file)}
            >
              <span className="recent-file-name">{file.name}</span>
              <span className="recent-file-meta muted">
                {folderOf(file.path)} · {relativeTime(file.openedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
