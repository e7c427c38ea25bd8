/** Renders the open export dialog, in a React root of its own mounted on first use. */
import { Component, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { errorMessage, toast } from '../../ui/toasts';
import { closeExportDialog, openExportDialogState, useExportDialog, type ExportDialogRequest } from './dialog-state';
import { ImageExportDialog } from './ImageExportDialog';
import { ReportDialog } from './ReportDialog';

/** A dialog that throws closes with one sentence instead of taking the page down. */
class DialogBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    toast.error(errorMessage(error, 'The export window ran into a problem and was closed; please try again.'));
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

let root: Root | null = null;

/** Opens an export dialog, mounting the dialogs' root the first time. */
export function openExportDialog(request: ExportDialogRequest) {
  if (!root) {
    const container = document.createElement('div');
    container.id = 'export-dialogs';
    document.body.append(container);
    root = createRoot(container);
    root.render(<ExportDialogHost />);
  }
  openExportDialogState(request);
}
