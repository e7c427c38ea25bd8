/**
 * The preload contract answered in Node, for the Chromium end-to-end
 * harness: the REAL main-process handlers (`createIpcHandlers`) over the real
 * file system, with a scripted dialog instead of OS dialogs and a trusted
 * sender (the page stands in for the app window's main frame).
 *
 * Bytes cross the Playwright binding as JSON, so a `Uint8Array` travels as
 * `{ __bytes: "<base64>" }`: the page-side shim encodes its arguments with the
 * same rule, `invoke` decodes them, and callers encode results before sending
 * them back (`encodeBytes(await bridge.invoke(...))`).
 */
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { IPC_CHANNELS, type IpcChannel, type IpcResult } from '../../electron/common/contract';
import {
  confirmClose,
  createFlushRequests,
  saveCopyThrough,
  type UnsavedChoice,
  type UnsavedQuestion,
} from '../../electron/main/close/close-guard';
import { createLiveSessions, type LiveSessions } from '../../electron/live/sessions';
import { atomicWrite } from '../../electron/main/files/atomic-write';
import { createRecentFilesStore, type RecentFilesStore } from '../../electron/main/files/recent-files';
import {
  createIpcHandlers,
  type DialogPort,
  type OpenDialogRequest,
  type PdfOptions,
  type SaveDialogRequest,
} from '../../electron/main/ipc/handlers';
import type { SenderInfo } from '../../electron/main/ipc/sender';
import type { DocumentPrinter } from '../../electron/main/pdf-pages';
import { RENDERER_DIST } from './paths';

/** Marker object for bytes on the JSON wire. */
export interface EncodedBytes {
  __bytes: string;
}

const isEncodedBytes = (value: unknown): value is EncodedBytes =>
  typeof value === 'object' &&
  value !== null &&
  !(value instanceof Uint8Array) &&
  Object.keys(value).length === 1 &&
  typeof (value as { __bytes?: unknown }).__bytes === 'string';

/** Deeply replaces every Uint8Array with `{ __bytes: base64 }`. Safe to apply twice. */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array)
    return { __bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  }
  return value;
}

/** Deeply replaces every `{ __bytes: base64 }` with a Uint8Array. Safe to apply twice. */
export function decodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return value;
  if (isEncodedBytes(value)) return new Uint8Array(Buffer.from(value.__bytes, 'base64'));
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeBytes(v)]));
  }
  return value;
}

/**
 * Answers open/save dialogs from a queue the test fills. With nothing queued
 * a dialog is cancelled, as if the user pressed Cancel.
 */
export interface ScriptedDialog extends DialogPort {
  /** The next open dialog returns these paths; `[]` cancels it. */
  nextOpen(paths: string[]): void;
  /** The next save dialog returns this path; `null` cancels it. */
  nextSave(filePath: string | null): void;
  /** The next "replace this file?" question gets this answer; unanswered questions are declined. */
  nextConfirmReplace(answer: boolean): void;
  /** Answers queued but not used yet. */
  pending(): number;
  /** The next "unsaved changes" question on close gets this answer; with none queued it is cancelled. */
  nextUnsaved(choice: UnsavedChoice): void;
  /** The close question, as main's native message box would ask it. */
  askUnsaved(question: UnsavedQuestion): Promise<UnsavedChoice>;
  /** Every close question the app asked, oldest first. */
  readonly questions: UnsavedQuestion[];
  /** Every dialog request the app made, oldest first. */
  readonly requests: Array<
    | { kind: 'open'; request: OpenDialogRequest }
    | { kind: 'save'; request: SaveDialogRequest }
    | { kind: 'confirm-replace'; filePath: string }
  >;
}

export function createScriptedDialog(): ScriptedDialog {
  const opens: string[][] = [];
  const saves: Array<string | null> = [];
  const unsaved: UnsavedChoice[] = [];
  const confirms: boolean[] = [];
  const requests: ScriptedDialog['requests'] = [];
  const questions: UnsavedQuestion[] = [];
  return {
    requests,
    questions,
    nextOpen: (paths) => void opens.push([...paths]),
    nextSave: (filePath) => void saves.push(filePath),
    nextUnsaved: (choice) => void unsaved.push(choice),
    askUnsaved: async (question) => {
      questions.push(question);
      return unsaved.shift() ?? 'cancel';
    },
    nextConfirmReplace: (answer) => void confirms.push(answer),
    pending: () => opens.length + saves.length + unsaved.length + confirms.length,
    showOpenDialog: async (request) => {
      requests.push({ kind: 'open', request });
      const paths = opens.shift() ?? [];
      return { canceled: paths.length === 0, filePaths: paths };
    },
    showSaveDialog: async (request) => {
      requests.push({ kind: 'save', request });
      const filePath = saves.shift() ?? null;
      return filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath };
    },
    confirmReplace: async (filePath) => {
      requests.push({ kind: 'confirm-replace', filePath });
      return confirms.shift() ?? false;
    },
  };
}

export interface NodeBridgeOptions {
  userDataDir: string;
  /** The built app a live session serves; the e2e build (RENDERER_DIST) when left out. */
  liveStaticDir?: string | null;
  dialog: ScriptedDialog;
  printHtmlToPdf: (html: string, options: PdfOptions) => Promise<Uint8Array>;
  /** Keeps a document loaded for the page-number passes, as the desktop app's print window does. */
  openPrintDocument?: DocumentPrinter<PdfOptions>;
}

export interface NodeBridge {
  /** Calls a channel's real handler; `args` may carry `{ __bytes }` values. Results hold real Uint8Arrays. */
  invoke(channel: string, args: unknown[]): Promise<IpcResult<unknown>>;
  /** Titles the app set, oldest first. */
  readonly titles: string[];
  readonly recent: RecentFilesStore;
  /** The live session the real handlers run; end it when the test ends. */
  readonly live: LiveSessions;
  /**
   * Main's flush-before-close path for this window: asks the page (through
   * `send`, which delivers a `closeRequest` event) to flush, asks the scripted
   * dialog when something is unsaved, and says whether the window may close.
   */
  confirmClose(send: (requestId: string) => Promise<void>): Promise<'close' | 'stay'>;
}

/** The page plays the app window's main frame on the app origin. */
const TRUSTED_SENDER: SenderInfo = { frameUrl: 'app://waymark/index.html', isMainFrame: true, isAppWindow: true };

const packageVersion = (): string => {
  const raw: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
  return typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'string'
    ? raw.version
    : '0.0.0';
};

const isChannel = (name: string): name is IpcChannel => (IPC_CHANNELS as string[]).includes(name);

export function createNodeBridge(options: NodeBridgeOptions): NodeBridge {
  const titles: string[] = [];
  const recent = createRecentFilesStore({ userDataDir: options.userDataDir, now: Date.now, log: () => undefined });
  const version = packageVersion();
  let sendCloseRequest: ((requestId: string) => Promise<void>) | null = null;
  const flushRequests = createFlushRequests({
    send: (requestId) => {
      if (sendCloseRequest === null) throw new Error('No window to ask.');
      void sendCloseRequest(requestId).catch(() => undefined);
    },
  });
  // Loopback and any free port: join links stay on 127.0.0.1 (the offline check allows nothing else) and
  // parallel runs on one machine do not fight over the preferred port.
  const live = createLiveSessions({
    staticDir: options.liveStaticDir === undefined ? RENDERER_DIST : options.liveStaticDir,
    resumeDir: options.userDataDir,
    port: 0,
    listenHost: '127.0.0.1',
    log: (message) => console.warn(`[node-bridge] ${message}`),
  });
  const handlers = createIpcHandlers({
    fs: { open, writeFileAtomic: (filePath, bytes) => atomicWrite(filePath, bytes) },
    dialog: options.dialog,
    printHtmlToPdf: options.printHtmlToPdf,
    openPrintDocument: options.openPrintDocument,
    setTitle: (title) => void titles.push(title),
    closeReady: (requestId, reply) => flushRequests.answer(requestId, reply),
    appInfo: () => ({ name: 'Waymark', version, platform: process.platform, electron: null, chrome: null }),
    recent,
    live,
    now: Date.now,
    log: (message) => console.warn(`[node-bridge] ${message}`),
  });
  return {
    titles,
    recent,
    live,
    confirmClose: async (send) => {
      sendCloseRequest = send;
      return confirmClose({
        requestFlush: () => flushRequests.request(),
        askUnsaved: (question) => options.dialog.askUnsaved(question),
        saveCopy: saveCopyThrough(handlers.saveFile, TRUSTED_SENDER),
      });
    },
    invoke: async (channel, args) => {
      if (!isChannel(channel)) {
        return { ok: false, error: { code: 'bad-arguments', message: `There is no channel called ${channel}.` } };
      }
      const handler = handlers[channel] as (sender: SenderInfo, rawArgs: unknown) => Promise<IpcResult<unknown>>;
      return handler(TRUSTED_SENDER, decodeBytes(args));
    },
  };
}
