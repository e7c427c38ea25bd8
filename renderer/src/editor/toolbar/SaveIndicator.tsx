import { useTranslation } from '../../i18n';
import { CheckCircle2, CircleAlert, LoaderCircle } from 'lucide-react';
import { useEditor } from '../../session/react';

/** "Saving…", "Saved" or "Not saved", announced politely (errors at once). */
export function SaveIndicator() {
  const { t } = useTranslation();
  const save = useEditor((s) => s.save);
  if (save.status === 'saving') {
    return (
      <span className="save-state" role="status" aria-live="polite">
        <LoaderCircle size={14} className="spin" aria-hidden /> {t('toolbar.saving')}
      </span>
    );
  }
  if (save.status === 'error') {
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
