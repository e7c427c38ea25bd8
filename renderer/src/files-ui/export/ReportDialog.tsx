/**
 * The report dialog: options on the left, a live preview on the right, then
 * "Export PDF…" or "Save HTML…". `useReportDialog` holds the state and does
 * the work (settings remembered per journey, preview rebuilt off the typing
 * path, exports); the views here only render it.
 */
import { useId } from 'react';
import type { JourneyDocument } from '../../domain/model';
import { ModalDialog } from '../../ui/Dialog';
import { ReportDialogFooter } from './ReportDialogFooter';
import { ReportPreviewPane } from './ReportPreviewPane';
import { ReportSettingsForm } from './ReportSettingsForm';
import { useReportDialog } from './use-report-dialog';
import './export-dialogs.css';
import { useTranslation } from '../../i18n';

export function ReportDialog(props: { doc: JourneyDocument; onClose: () => void }) {
  const { onClose } = props;
  const report = useReportDialog(props.doc, onClose);
  const statusId = useId();
  const { t } = useTranslation();
  const { settings } = report;

  return (
    <ModalDialog
      open
      className="export-dialog report-dialog"
      title={t('export.reportTitle')}
      describedBy={statusId}
      busy={report.busy}
      onClose={onClose}
      footer={
        <ReportDialogFooter
          statusId={statusId}
          error={report.error}
          busy={report.busy}
          statusText={report.statusText}
          canExport={report.canExport}
          onCancel={onClose}
          onSaveHtml={() => void report.saveHtml()}
          onExportPdf={() => void report.exportPdf()}
        />
      }
    >
      <div className="report-dialog-body">
        <ReportSettingsForm
          settings={settings}
          sections={report.sections}
          labels={report.labels}
          logoMessage={report.logoMessage}
          disabled={report.busy}
          onChange={report.update}
          onToggleSection={report.toggleSection}
          onPickLogo={(file) => void report.pickLogo(file)}
          onRemoveLogo={report.removeLogo}
        />
        <ReportPreviewPane
          preview={report.preview}
          pageSize={settings.pageSize}
          orientation={settings.orientation}
          assetsError={report.assetsError}
          touchpoints={props.doc.touchpoints.length}
        />
      </div>
    </ModalDialog>
  );
}
