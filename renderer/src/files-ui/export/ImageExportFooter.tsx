/** The image dialog's footer: status line, Cancel (or "Cancel export" while busy) and "Export PNG…"/"Export SVG…". */
import { FileImage } from 'lucide-react';
import { ExportStatus } from './ExportStatus';
import { useTranslation } from '../../i18n';

export function ImageExportFooter(props: {
  statusId: string;
  /** "PNG" or "SVG". */
  name: string;
  error: string | null;
  busy: boolean;
  statusText: string;
  /** The file is being written: too late to cancel. */
  saving: boolean;
  /** The choices cannot be exported (the form says why). */
  blocked?: boolean;
  onClose: () => void;
  onCancelExport: () => void;
  onExport: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ExportStatus id={props.statusId} error={props.error} busy={props.busy} text={props.statusText} />
      {props.busy ? (
        <button type="button" className="btn" onClick={props.onCancelExport} disabled={props.saving}>
          {t('export.cancelExport')}
        </button>
      ) : (
        <button type="button" className="btn" onClick={props.onClose}>
          {t('dialogs.cancel')}
        </button>
      )}
      <button
        type="button"
        className="btn btn-primary"
        onClick={props.onExport}
        disabled={props.busy || props.blocked === true}
      >
        <FileImage size={16} aria-hidden /> {t('export.exportFormat', { format: props.name })}
      </button>
    </>
  );
}
