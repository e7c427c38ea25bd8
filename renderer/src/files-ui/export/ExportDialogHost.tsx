/** Renders the open export dialog, as part of the files feature's editor layer. */
import { Component, type ReactNode } from 'react';
import { errorMessage, toast } from '../../ui/toasts';
import { closeExportDialog, useExportDialog } from './dialog-state';
import { ImageExportDialog } from './ImageExportDialog';
import { PosterExportDialog } from './PosterExportDialog';
import { PptxExportDialog } from './PptxExportDialog';
import { ReportDialog } from './ReportDialog';
import { ViewerExportDialog } from './ViewerExportDialog';
import { i18n } from '../../i18n';

/** A dialog that throws closes with one sentence instead of taking the page down. */
class DialogBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    toast.error(errorMessage(error, i18n.t('export.windowFailed')));
    closeExportDialog();
    this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function ExportDialogHost() {
  const request = useExportDialog((s) => s.request);
  if (!request) return null;
  return (
    <DialogBoundary>
      {request.kind === 'report' ? (
        <ReportDialog key={request.id} doc={request.doc} onClose={closeExportDialog} />
      ) : request.kind === 'pptx' ? (
        <PptxExportDialog key={request.id} doc={request.doc} onClose={closeExportDialog} />
      ) : request.kind === 'viewer' ? (
        <ViewerExportDialog key={request.id} doc={request.doc} onClose={closeExportDialog} />
      ) : request.kind === 'poster' ? (
        <PosterExportDialog key={request.id} doc={request.doc} onClose={closeExportDialog} />
      ) : (
        <ImageExportDialog
          key={request.id}
          doc={request.doc}
          format={request.format}
          heatMode={request.heatMode}
          onClose={closeExportDialog}
        />
      )}
    </DialogBoundary>
  );
}
