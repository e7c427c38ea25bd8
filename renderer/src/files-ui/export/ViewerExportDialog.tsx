/**
 * "Export interactive viewer": what the one-file viewer holds and which
 * fonts it embeds, then Save. `useViewerExport` does the work.
 */
import { useId } from 'react';
import { Globe } from 'lucide-react';
import type { JourneyDocument } from '../../domain/model';
import { ModalDialog } from '../../ui/Dialog';
import { ExportStatus } from './ExportStatus';
import { useViewerExport } from './use-viewer-export';
import './export-dialogs.css';
import { countParams, useTranslation } from '../../i18n';

export function ViewerExportDialog(props: { doc: JourneyDocument; onClose: () => void }) {
  const { onClose } = props;
  const viewer = useViewerExport(props.doc, onClose);
  const statusId = useId();
  const { t } = useTranslation();
  const { counts } = viewer;
  return (
    <ModalDialog
      open
      className="export-dialog viewer-dialog"
      title={t('export.viewerTitle')}
      describedBy={statusId}
      busy={viewer.busy}
      onClose={onClose}
      footer={
        <>
          <ExportStatus id={statusId} error={viewer.error} busy={viewer.busy} text={viewer.statusText} />
          <button type="button" className="btn" onClick={onClose} disabled={viewer.busy}>
            {t('dialogs.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void viewer.save()} disabled={viewer.busy}>
            <Globe size={16} aria-hidden /> {t('export.saveViewer')}
          </button>
        </>
      }
    >
      <div className="export-options">
        <p className="muted">{t('export.viewerIntro')}</p>
        <ul className="viewer-facts">
          <li>
            {t('files.stageCount', countParams(counts.stages))},{' '}
            {t('files.touchpointCount', countParams(counts.touchpoints))},{' '}
            {t('export.personaCount', { count: counts.personas })}
          </li>
          <li>{t('export.fontsEmbedded', { fonts: viewer.fonts.join(', ') })}</li>
          <li>{t('export.accentFromReport')}</li>
        </ul>
      </div>
    </ModalDialog>
  );
}
