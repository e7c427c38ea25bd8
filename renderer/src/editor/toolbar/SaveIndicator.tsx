import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { CheckCircle2, CircleAlert, LoaderCircle } from 'lucide-react';
import type { SaveStatus } from '../../session/store';
import { useEditor } from '../../session/react';

/**
 * Once shown, "Saving…" stays at least this long. Every key typed is written as it is typed, each
 * write a few milliseconds, so the true status flips at every key: shown as it is, it would flicker
 * (and be announced) at typing speed. Held, it stays on through the typing and turns to "Saved"
 * this long after the last write. "Saved" is never shown early: only its showing is held back.
 */
export const SAVING_SHOWN_MS = 600;

/** The status to show: the store's, except that "Saved" waits until "Saving…" has shown SAVING_SHOWN_MS. */
export function useShownSaveStatus(status: SaveStatus): SaveStatus {
  const [shown, setShown] = useState(status);
  const shownNow = useRef(status);
  const savingSince = useRef(0);
  useEffect(() => {
    const show = (next: SaveStatus) => {
      if (next === 'saving' && shownNow.current !== 'saving') savingSince.current = performance.now();
      shownNow.current = next;
      setShown(next);
    };
    const wait = SAVING_SHOWN_MS - (performance.now() - savingSince.current);
    if (status !== 'saved' || shownNow.current !== 'saving' || wait <= 0) {
      show(status);
      return undefined;
    }
    const timer = setTimeout(() => show('saved'), wait);
    return () => clearTimeout(timer);
  }, [status]);
  return shown;
}

/** "Saving…", "Saved" or "Not saved", announced politely (errors at once). */
export function SaveIndicator() {
  const { t } = useTranslation();
  const save = useEditor((s) => s.save);
  const status = useShownSaveStatus(save.status);
  if (status === 'saving') {
    return (
      <span className="save-state" role="status" aria-live="polite">
        <LoaderCircle size={14} className="spin" aria-hidden /> {t('toolbar.saving')}
      </span>
    );
  }
  if (status === 'error') {
    return (
      <span className="save-state save-error" role="alert" title={save.message ?? undefined}>
        <CircleAlert size={14} aria-hidden /> {t('toolbar.notSaved')}
      </span>
    );
  }
  return (
    <span className="save-state" role="status" aria-live="polite">
      <CheckCircle2 size={14} aria-hidden /> {t('toolbar.saved')}
    </span>
  );
}
