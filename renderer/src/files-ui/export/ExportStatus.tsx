import { LoaderCircle } from 'lucide-react';

/**
 * The status line of an export dialog: the current step while busy, or the error in one sentence. `progress`:
 * a bar beside it, filled to that share (0–1), or moving without a share (`'unknown'`) for a step whose length
 * cannot be told (writing the file); none when absent.
 */
export function ExportStatus(props: {
  id: string;
  error: string | null;
  busy: boolean;
  text: string;
  progress?: number | 'unknown';
}) {
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
      {!props.error && props.busy && props.progress !== undefined && (
        <progress
          className="export-progress"
          aria-hidden
          max={1}
          value={props.progress === 'unknown' ? undefined : props.progress}
        />
      )}
    </div>
  );
}
