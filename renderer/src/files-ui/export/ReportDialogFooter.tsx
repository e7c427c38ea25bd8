/** The report dialog's footer: status line, Cancel, "Save HTML…" and "Export PDF…". */
import { FileDown, FileText } from 'lucide-react';
import { ExportStatus } from './ExportStatus';
import { useTranslation } from '../../i18n';

export function ReportDialogFooter(props: {
  statusId: string;
  error: string | null;
  busy: boolean;
  statusText: string;
  canExport: boolean;
  onCancel: () => void;
  onSaveHtml: () => void;
  onExportPdf: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ExportStatus id={props.statusId} error={props.error} busy={props.busy} text={props.statusText} />
      <button type="button" className="btn" onClick={props.onCancel} disabled={props.busy}>
        {t('dialogs.cancel')}
      </button>
      <button type="button" className="btn" onClick={props.onSaveHtml} disabled={!props.canExport}>
        <FileText size={16} aria-hidden /> {t('export.saveHtml')}
      </button>
      <button type="button" className="btn btn-primary" onClick={props.onExportPdf} disabled={!props.canExport}>
        <FileDown size={16} aria-hidden /> {t('export.exportPdf')}
      </button>
    </>
  );
}
