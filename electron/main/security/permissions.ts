/**
 * Which web permissions the app window gets. Everything is denied except two
 * things the UI needs, and those only for the app's own main frame:
 * `fullscreen` (presentation mode) and `clipboard-sanitized-write` (copy a
 * touchpoint or an insight as text). Never for a subframe, another origin,
 * another window (the print window) or a webContents we do not know.
 */
import { isAppUrl } from '../app-url';

export const APP_PERMISSIONS: readonly string[] = ['fullscreen', 'clipboard-sanitized-write'];

export interface PermissionAsk {
  permission: string;
  /** URL (or origin) of the frame asking; null when unknown. */
  requestingUrl: string | null;
  isMainFrame: boolean;
  /** True when the asking webContents is the app window's. */
  isAppWindow: boolean;
}

export function decidePermission(ask: PermissionAsk): boolean {
  return (
    APP_PERMISSIONS.includes(ask.permission) &&
    ask.isAppWindow &&
    ask.isMainFrame &&
    ask.requestingUrl !== null &&
    isAppUrl(ask.requestingUrl)
  );
}
