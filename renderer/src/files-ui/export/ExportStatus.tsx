import { LoaderCircle } from 'lucide-react';

/** The status line of an export dialog: the current step while busy, or the error in one sentence. */
export function ExportStatus(props: { id: string; error: string | null; busy: boolean; text: string }) {
  return (
    <div className="export-status" id={props.id}>
      {props.error ? (
        <span className="field-error" role="alert">
          {props.error}
        </span>
      ) : (
        <span role="status" aria-live="polite">
          {props.busy && <LoaderCircle size={14} className="spin" aria-hidden />} {props.text}
        </span>
      )}
    </div>
  );
}
