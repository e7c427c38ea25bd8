/**
 * Which export dialog is open. The dialogs live in their own small React
 * root (see ExportDialogHost), so export commands can open them from
 * anywhere; closing one returns focus to the editor's toolbar.
 */
import { create } from 'zustand';
import type { JourneyDocument } from '../../domain/model';

export type ExportDialogRequest =
  | { kind: 'report'; doc: JourneyDocument }
  | { kind: 'image'; doc: JourneyDocument; format: 'png' | 'svg'; heatMode: string }
  | { kind: 'pptx'; doc: JourneyDocument }
  | { kind: 'viewer'; doc: JourneyDocument }
  | { kind: 'poster'; doc: JourneyDocument };

interface ExportDialogState {
  request: (ExportDialogRequest & { id: number }) | null;
  /** What had focus when the dialog opened. */
  returnFocus: HTMLElement | null;
}

export const useExportDialog = create<ExportDialogState>(() => ({ request: null, returnFocus: null }));

let nextId = 1;

export function openExportDialogState(request: ExportDialogRequest) {
  const active = document.activeElement;
  useExportDialog.setState({
    request: { ...request, id: nextId++ },
    returnFocus: active instanceof HTMLElement ? active : null,
  });
}

/** Focus back to the toolbar: the control that opened the dialog, else the toolbar's Export button. */
function restoreFocus(previous: HTMLElement | null) {
  const toolbar = document.querySelector<HTMLElement>('.editor-toolbar');
  if (previous?.isConnected && toolbar?.contains(previous)) {
    previous.focus();
    return;
  }
  const target =
    toolbar?.querySelector<HTMLElement>('button[aria-label="Export"]') ?? toolbar?.querySelector<HTMLElement>('button');
  target?.focus();
}

export function closeExportDialog() {
  const { returnFocus } = useExportDialog.getState();
  useExportDialog.setState({ request: null, returnFocus: null });
  requestAnimationFrame(() => restoreFocus(returnFocus));
}
