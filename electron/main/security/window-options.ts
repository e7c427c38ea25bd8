/**
 * The one place BrowserWindow options are decided. Plain data so tests can
 * check every security-relevant value without Electron.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The security settings every Waymark window shares: isolated, sandboxed, no Node, no webviews. */
const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // Middle-click would open links in new windows; the open handler denies
  // those anyway, this removes the event entirely.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences;

export interface MainWindowOptionsInput {
  /** Absolute path of the bundled CommonJS preload. */
  preloadPath: string;
  /** Absolute path of the window icon (Linux/Windows); omitted when unknown. */
  iconPath?: string;
  platform: NodeJS.Platform;
}

export function buildMainWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 760,
    minHeight: 520,
    title: 'Waymark',
    show: false,
    backgroundColor: '#f6f7f9',
    ...(input.iconPath !== undefined && input.platform !== 'darwin' ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      ...LOCKED_DOWN,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** Partition of the print window: in memory only (no `persist:` prefix). */
export const PRINT_PARTITION = 'waymark-print';

/** Hidden, script-less window used only to turn report HTML into PDF bytes. */
export function buildPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 768,
    webPreferences: {
      javascript: false,
      ...LOCKED_DOWN,
      spellcheck: false,
      partition: PRINT_PARTITION,
    },
  };
}
