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

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ViewerExportDialog(props: { doc: JourneyDocument; onClose: () => void }) {
  const { onClose } = props;
  const viewer = useViewerExport(props.doc, onClose);
  const statusId = useId();
  const { counts } = viewer;
  return (
    <ModalDialog
      open
      className="export-dialog viewer-dialog"
      title="Interactive viewer"
      describedBy={statusId}
      busy={viewer.busy}
      onClose={onClose}
      footer={
        <>
          <ExportStatus id={statusId} error={viewer.error} busy={viewer.busy} text={viewer.statusText} />
          <button type="button" className="btn" onClick={onClose} disabled={viewer.busy}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void viewer.save()} disabled={viewer.busy}>
            <Globe size={16} aria-hidden /> Save viewer…
          </button>
        </>
      }
    >
      <div className="export-options">
        <p className="muted">
          One HTML file your client opens in any current browser, with nothing to install and no network: the map with
          pan and zoom, stage by stage, every touchpoint&apos;s details, the personas and their curves, the insights,
          search and print. Read only.
        </p>
        <ul className="viewer-facts">
          <li>
            {plural(counts.stages, 'stage', 'stages')}, {plural(counts.touchpoints, 'touchpoint', 'touchpoints')},{' '}
            {plural(counts.personas, 'persona', 'personas')}
          </li>
          <li>Fonts embedded: {viewer.fonts.join(', ')}</li>
          <li>Accent colour and logo from the report settings</li>
        </ul>
      </div>
    </ModalDialog>
  );
}
