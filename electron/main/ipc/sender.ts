/**
 * Who is calling. Main handles a request only when it comes from the main
 * frame of the app window showing the app itself (`app://waymark/...`):
 * never from a subframe, a foreign page, or another webContents.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../app-url';

export interface SenderInfo {
  /** URL of the sending frame; null when the frame is gone. */
  frameUrl: string | null;
  /** True when the sending frame is its page's top frame. */
  isMainFrame: boolean;
  /** True when the sending webContents is the app window's. */
  isAppWindow: boolean;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

export function checkSender(sender: SenderInfo): SenderVerdict {
  if (!sender.isAppWindow) return { ok: false, reason: 'the request did not come from the Waymark window' };
  if (!sender.isMainFrame) return { ok: false, reason: 'the request came from a subframe' };
  if (sender.frameUrl === null || !isAppUrl(sender.frameUrl)) {
    return { ok: false, reason: `the request came from a foreign page (${sender.frameUrl ?? 'unknown'})` };
  }
  return { ok: true };
}

/** Reads the sender facts from an Electron IPC event. */
export function senderInfoFrom(
  event: IpcMainInvokeEvent,
  isAppWebContents: (webContentsId: number) => boolean,
): SenderInfo {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
    isAppWindow: isAppWebContents(event.sender.id),
  };
}
