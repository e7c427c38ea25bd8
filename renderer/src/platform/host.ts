/**
 * The renderer reaches the operating system only through a Host. Two
 * implementations exist: the Electron host (the preload bridge) and the web
 * host (file picker, downloads, print). Everything else is host-agnostic.
 */
import type { CloseGuard } from './close-guards';
import type {
  AppInfo,
  HostErrorParams,
  HostErrorReason,
  FileFilter,
  MenuCommand,
  MenuLabels,
  UiLanguageCode,
  OpenedFile,
  RecentFile,
  SavedFile,
} from '../../../electron/common/contract';
import type { LiveSessionInfo, LiveStartRequest } from '../../../electron/common/live';

import { IpcErrorSchema } from '../../../electron/common/contract';

export {
  CSV_FILE_EXTENSIONS,
  JOURNEY_FILE_EXTENSIONS,
  MENU_LABEL_KEYS,
  sizeInMegabytes,
} from '../../../electron/common/contract';
export type {
  AppInfo,
  FileFilter,
  HostErrorParams,
  HostErrorReason,
  MenuCommand,
  MenuLabels,
  OpenedFile,
  RecentFile,
  SavedFile,
  UiLanguageCode,
};
export type { LiveSessionInfo, LiveStartRequest };
export type { CloseGuard, CloseReply } from './close-guards';

export interface OpenFilesOptions {
  title?: string;
  filters: FileFilter[];
  multiple?: boolean;
}

export interface SaveFileOptions {
  title?: string;
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
  /** MIME type, for the web host's download. */
  mimeType: string;
}

/** A document to print to PDF. */
export interface PdfDocument {
  html: string;
  /** A paper name, or a custom size in mm as printed (a poster; `landscape` is then ignored). */
  pageSize: 'A4' | 'Letter' | { widthMm: number; heightMm: number };
  landscape: boolean;
}

export interface PdfOptions extends PdfDocument {
  suggestedName: string;
}

/**
 * The live session this app hosts (electron/live): the desktop app's main
 * process, or the Node process serving the web build with `npm start`. At most
 * one runs; failures are HostErrors with one sentence.
 */
export interface LiveHostApi {
  /** Starts (or resumes, within an hour) the journey's session; the running session when it is this journey's. */
  start(request: LiveStartRequest): Promise<LiveSessionInfo>;
  /** Ends the session and closes its port; resolves also when none runs. */
  end(): Promise<void>;
  /** The running session, or null. */
  status(): Promise<LiveSessionInfo | null>;
}

export interface Host {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Resolves with no files when the user cancels. */
  openFiles(options: OpenFilesOptions): Promise<OpenedFile[]>;
  /** Resolves null when the user cancels. */
  saveFile(options: SaveFileOptions): Promise<SavedFile | null>;
  /**
   * Prints the HTML to a PDF file (Electron, and the web build served by `npm start` on a machine
   * with a Chromium) or opens the browser's print dialog (otherwise on the web; resolves null).
   */
  exportPdf(options: PdfOptions): Promise<SavedFile | null>;
  /**
   * Where `exportPdf` goes: a PDF file printed as the desktop app prints it (page numbers in the
   * contents), or the browser's print dialog, which prints once and cannot number them.
   */
  pdfTarget(): 'file' | 'print-dialog';
  /**
   * Prints a document ahead, while the user looks at its preview, so `exportPdf` of the very same
   * document saves at once; null lets it go. Nothing to do where the browser's print dialog prints; never fails.
   */
  preparePdf(document: PdfDocument | null): Promise<void>;
  recentFiles(): Promise<RecentFile[]>;
  openRecent(path: string): Promise<OpenedFile>;
  setTitle(title: string): void;
  /** Tells the OS side the interface language and the words of its native menus (nothing to do on the web). */
  setLanguage(language: UiLanguageCode, menu: MenuLabels): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /**
   * Registers something that holds unsaved edits. Before the window closes or
   * the app quits, the host flushes every guard and closes only when they are
   * saved (Electron asks the user when they are not); the web build has the
   * browser warn while any guard has unsaved edits.
   */
  guardClose(guard: CloseGuard): () => void;
  readonly live: LiveHostApi;
}

/**
 * A failure reported by the host: its code, its sentence in English (`message`, as main or the
 * web host wrote it), and which sentence it is with the values it names (`reason`, `params`), so
 * the interface says it in its own language (`i18n/host-errors.ts`).
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly reason?: HostErrorReason,
    readonly params?: HostErrorParams,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/**
 * A HostError from a failure main or the serving process sent; a reason or values that do not
 * fit the contract are dropped (the English sentence is then shown as it is).
 */
export function hostErrorFrom(error: { code: string; message: string; reason?: unknown; params?: unknown }): HostError {
  const checked = IpcErrorSchema.pick({ reason: true, params: true }).safeParse({
    reason: error.reason,
    params: error.params,
  });
  const { reason, params } = checked.success ? checked.data : {};
  return new HostError(error.code, error.message, reason, params);
}
