import { CheckCircle2, CircleAlert, LoaderCircle } from 'lucide-react';
import { useEditor } from '../../session/react';

/** "Saving…", "Saved" or "Not saved", announced politely (errors at once). */
export function SaveIndicator() {
  const save = useEditor((s) => s.save);
  if (save.status === 'saving') {
    return (
      <span className="save-state" role="status" aria-live="polite">
        <LoaderCircle size={14} className="spin" aria-hidden /> Saving…
      </span>
    );
  }
  if (save.status === 'error') {
    return (
      <span className="save-state save-error" role="alert" title={save.message ?? undefined}>
        <CircleAlert size={14} aria-hidden /> Not saved
      </span>
    );
  }
  return (
    <span className="save-state" role="status" aria-live="polite">
      <CheckCircle2 size={14} aria-hidden /> Saved
    </span>
  );
}
