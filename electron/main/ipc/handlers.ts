/**
 * Every IPC channel of the contract as a plain async function
 * `(sender, rawArgs) => IpcResult`. Each one checks the sender first, then
 * validates the arguments with the contract's zod tuple, and never throws:
 * failures come back as typed errors with one human sentence.
 * All side effects are injected, so Node tests call these for real.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { z } from 'zod';
import {
  IpcArgs,
  type AppInfo,
  type CloseReply,
  type FileFilter,
  type IpcChannel,
  type IpcResult,
  type IpcReturns,
  type MenuLabels,
  type OpenedFile,
  type UiLanguageCode,
  type PdfPageSize,
  type SavedFile,
} from '../../common/contract';
import type { LiveSessionInfo, LiveStartRequest } from '../../common/live';
import type { AtomicWriteResult } from '../files/atomic-write';
import type { ReadFs } from '../files/read-limited';
import type { RecentFilesStore } from '../files/recent-files';
import { pathExists, resolveSaveTarget } from '../files/save-target';
import { DEFAULT_MENU_LABELS } from '../menu/template';
import { printWithPageNumbers, reloadEachPrint, unlessAborted, type DocumentPrinter } from '../pdf-pages';
import { isJourneyPath, openPath } from './file-actions';
import { fail, ok } from './results';
import { checkSender, type SenderInfo } from './sender';

export interface OpenDialogRequest {
  title?: string;
  filters: FileFilter[];
  properties: Array<'openFile' | 'multiSelections'>;
}

export interface SaveDialogRequest {
  title?: string;
  defaultPath: string;
  filters: FileFilter[];
  properties: Array<'showOverwriteConfirmation' | 'createDirectory'>;
}

/** The shapes of Electron's dialog results that we rely on. */
export interface DialogPort {
  showOpenDialog(request: OpenDialogRequest): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(request: SaveDialogRequest): Promise<{ canceled: boolean; filePath?: string }>;
  /** Asks before replacing an existing file the save dialog did not ask about; true only on an explicit yes. */
  confirmReplace(filePath: string): Promise<boolean>;
}

export interface PdfOptions {
  /** A paper name, or a custom size in mm (a poster). */
  pageSize: PdfPageSize;
  landscape: boolean;
  /** Stops the print (the save dialog was cancelled); a printer that cannot stop may finish unheeded. */
  signal?: AbortSignal;
}

/** The process's live session (electron/live/sessions.ts); errors carry a `code` and one sentence. */
export interface LiveSessionPort {
  start(request: LiveStartRequest): Promise<LiveSessionInfo>;
  end(): Promise<void>;
  status(): LiveSessionInfo | null;
}

export interface IpcDeps {
  fs: ReadFs & {
    writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<AtomicWriteResult>;
    /** Whether a path is taken; Node's file system when left out. */
    exists?(filePath: string): Promise<boolean>;
  };
  dialog: DialogPort;
  printHtmlToPdf(html: string, options: PdfOptions): Promise<Uint8Array>;
  /**
   * Keeps one document loaded for several prints (the page-number passes), so a report loads once;
   * without it, each pass prints through `printHtmlToPdf`, loading the document again.
   */
  openPrintDocument?: DocumentPrinter<PdfOptions>;
  setTitle(title: string): void;
  /** Hands the window's answer to the waiting close request; false when none waits for it. */
  closeReady(requestId: string, reply: CloseReply): boolean;
  appInfo(): AppInfo;
  /** Relabels the native menus in the chosen interface language. */
  setLanguage?(language: UiLanguageCode, menu: MenuLabels): void;
  recent: RecentFilesStore;
  /** Where live sessions run; without one, starting a session is refused. */
  live?: LiveSessionPort;
  now(): number;
  log?(message: string): void;
  /** The native words in the interface language, for the names main's dialogs show (English when left out). */
  words?(): MenuLabels;
}

export type IpcHandler<C extends IpcChannel> = (
  sender: SenderInfo,
  rawArgs: unknown,
) => Promise<IpcResult<IpcReturns[C]>>;
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> };

type Args<C extends IpcChannel> = z.output<(typeof IpcArgs)[C]>;

// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Keeps only a file name a save dialog can suggest: no folders, no reserved characters. */
export function safeSuggestedName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(CONTROL_CHARACTERS, '_')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  return cleaned.length > 0 ? cleaned.slice(0, 255) : 'Untitled';
}

export { withDefaultExtension } from '../files/save-target';

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unknown problem';
  const where = issue.path.length > 0 ? `argument ${issue.path.map(String).join('.')}` : 'arguments';
  return `${where}: ${issue.message}`;
}

export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  const log = (message: string) =>
    (deps.log ?? ((m: string) => console.warn(m)))(`[${new Date(deps.now()).toISOString()}] ${message}`);

  function guarded<C extends IpcChannel>(
    channel: C,
    run: (args: Args<C>) => Promise<IpcResult<IpcReturns[C]>>,
  ): IpcHandler<C> {
    return async (sender, rawArgs) => {
      const verdict = checkSender(sender);
      if (!verdict.ok) {
        log(`Refused ${channel}: ${verdict.reason}.`);
        return fail('bad-sender', `Waymark refused this request because ${verdict.reason}.`);
      }
      const parsed = IpcArgs[channel].safeParse(rawArgs);
      if (!parsed.success) {
        log(`Refused ${channel}: invalid ${firstIssue(parsed.error)}.`);
        return fail('bad-arguments', `The ${channel} request was invalid (${firstIssue(parsed.error)}).`);
      }
      try {
        return await run(parsed.data as Args<C>);
      } catch (error) {
        log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fail(
          'internal',
          'Something went wrong inside Waymark; please try again, and restart the app if it keeps happening.',
        );
      }
    };
  }

  async function writeChosenFile(filePath: string, bytes: Uint8Array): Promise<IpcResult<SavedFile>> {
    const name = path.basename(filePath);
    const written = await deps.fs.writeFileAtomic(filePath, bytes);
    if (!written.ok) {
      return fail(
        'write-failed',
        `Waymark could not save ${name} (${written.message}); check that the folder exists and you may write to it, then try again.`,
        'write-failed',
        { name, detail: written.message.slice(0, 1000) },
      );
    }
    if (isJourneyPath(filePath)) await deps.recent.add(filePath);
    return ok({ name, path: filePath });
  }

  async function askSavePath(request: {
    title?: string;
    suggestedName: string;
    filters: FileFilter[];
  }): Promise<string | null> {
    const choice = await deps.dialog.showSaveDialog({
      ...(request.title !== undefined ? { title: request.title } : {}),
      defaultPath: safeSuggestedName(request.suggestedName),
      filters: request.filters,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return null;
    // Linux file choosers do not add the filter's extension; adding it may name a file the dialog never asked about.
    return resolveSaveTarget(choice.filePath, request.filters, {
      exists: deps.fs.exists ?? pathExists,
      confirmReplace: (filePath) => deps.dialog.confirmReplace(filePath),
    });
  }

  // One print job at a time: each one holds a hidden window and a whole report in memory.
  let printing = false;
  // The contents' page numbers: print with placeholders, see where each section landed, write the numbers in.
  const printPdf = printWithPageNumbers(deps.openPrintDocument ?? reloadEachPrint(deps.printHtmlToPdf), (message) =>
    log(message),
  );
  async function print(html: string, options: PdfOptions): Promise<IpcResult<Uint8Array>> {
    if (printing) {
      return fail('busy', 'Waymark is already creating a PDF; wait for it to finish, then try again.', 'pdf-busy');
    }
    printing = true;
    try {
      return ok(await unlessAborted(printPdf(html, options), options.signal));
    } catch (error) {
      // Stopped because the save dialog was cancelled: nobody reads this, and nothing failed to log.
      if (options.signal?.aborted) return fail('print-failed', 'The print was stopped.', 'pdf-failed');
      log(`printing a PDF failed: ${error instanceof Error ? error.message : String(error)}`);
      return fail(
        'print-failed',
        'The PDF could not be created; please try again, and check the report for unusually large images.',
        'pdf-failed',
      );
    } finally {
      printing = false;
    }
  }

  /**
   * The PDF printed ahead (preparePdf): the report dialog asks for its preview's document to be printed
   * while the user looks at it, so Export, with nothing changed, saves that PDF at once instead of
   * printing for seconds after the click. One at a time: another document stops it and takes its place.
   * Its key is a digest of the paper and the HTML, so only the very same document is ever saved from it.
   */
  let ahead: { key: string; stop: AbortController; result: Promise<IpcResult<Uint8Array>> } | null = null;
  const documentKey = (request: { html: string; pageSize: PdfPageSize; landscape: boolean }) =>
    createHash('sha256')
      .update(JSON.stringify([request.pageSize, request.landscape]))
      .update('\n')
      .update(request.html)
      .digest('hex');
  /** Stops the print ahead (settling at once, see unlessAborted) and lets its PDF go. */
  async function dropAhead(): Promise<void> {
    const dropped = ahead;
    if (dropped === null) return;
    ahead = null;
    dropped.stop.abort();
    await dropped.result;
  }

  const handlers: IpcHandlers = {
    appInfo: guarded('appInfo', async () => ok(deps.appInfo())),

    setLanguage: guarded('setLanguage', async ([request]) => {
      deps.setLanguage?.(request.language, request.menu);
      return ok(true as const);
    }),

    openFile: guarded('openFile', async ([request]) => {
      const choice = await deps.dialog.showOpenDialog({
        ...(request.title !== undefined ? { title: request.title } : {}),
        filters: request.filters,
        properties: request.multiple === true ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (choice.canceled) return ok([]);
      const files: OpenedFile[] = [];
      for (const filePath of choice.filePaths) {
        const opened = await openPath(deps, filePath);
        if (!opened.ok) return opened;
        files.push(opened.value);
      }
      return ok(files);
    }),

    saveFile: guarded('saveFile', async ([request]) => {
      const target = await askSavePath(request);
      if (target === null) return ok(null);
      return writeChosenFile(target, request.bytes);
    }),

    exportPdf: guarded('exportPdf', async ([request]) => {
      const key = documentKey(request);
      const printedAhead = ahead !== null && ahead.key === key ? ahead : null;
      let stop: AbortController | null = null;
      let printed: Promise<IpcResult<Uint8Array>>;
      if (printedAhead !== null) {
        // The same document was printed ahead (or still prints): its PDF is the one to save.
        printed = printedAhead.result;
      } else {
        // Another document printing ahead gives way to the one the user asked for.
        await dropAhead();
        if (printing) {
          return fail('busy', 'Waymark is already creating a PDF; wait for it to finish, then try again.', 'pdf-busy');
        }
        // The PDF prints while the user chooses where to save it: a large report takes seconds to print, about
        // as long as choosing a folder and a name, so the wait after the choice is what is left, not all of it.
        // A cancelled choice stops the print (its window is destroyed).
        stop = new AbortController();
        printed = print(request.html, {
          pageSize: request.pageSize,
          landscape: request.landscape,
          signal: stop.signal,
        });
      }
      let target: string | null = null;
      try {
        target = await askSavePath({
          suggestedName: request.suggestedName,
          filters: [{ name: deps.words?.().pdfFilter ?? DEFAULT_MENU_LABELS.pdfFilter, extensions: ['pdf'] }],
        });
      } finally {
        // A print ahead is kept for the next try; this export's own print stops with the cancelled choice
        // and settles at once (see unlessAborted), so the next export is not refused as busy.
        if (target === null && stop !== null) {
          stop.abort();
          await printed;
        }
      }
      if (target === null) return ok(null);
      let pdf = await printed;
      if (!pdf.ok && printedAhead !== null) {
        // Printed ahead but stopped or failed meanwhile: print it now, as if nothing had been printed ahead.
        if (ahead === printedAhead) ahead = null;
        await dropAhead();
        pdf = await print(request.html, { pageSize: request.pageSize, landscape: request.landscape });
      }
      if (!pdf.ok) return pdf;
      return writeChosenFile(target, pdf.value);
    }),

    preparePdf: guarded('preparePdf', async ([request]) => {
      const key = request === null ? null : documentKey(request);
      if (key !== null && ahead !== null && ahead.key === key) return ok(true);
      await dropAhead();
      // An export printing, or a newer document asked for meanwhile, holds the printer.
      if (request === null || key === null || printing || ahead !== null) return ok(false);
      const stop = new AbortController();
      const entry = {
        key,
        stop,
        result: print(request.html, { pageSize: request.pageSize, landscape: request.landscape, signal: stop.signal }),
      };
      ahead = entry;
      const result = await entry.result;
      return ok(result.ok);
    }),

    recentFiles: guarded('recentFiles', async () => ok(await deps.recent.list())),

    openRecent: guarded('openRecent', async ([filePath]) => {
      if (!(await deps.recent.has(filePath))) {
        log(`Refused openRecent for a path that is not in the recent list: ${filePath}`);
        return fail(
          'not-allowed',
          'That file is not in the recent list; open it with File › Open… instead.',
          'recent-not-listed',
        );
      }
      return openPath(deps, filePath);
    }),

    setTitle: guarded('setTitle', async ([title]) => {
      deps.setTitle(title.replace(CONTROL_CHARACTERS, ' ').trim());
      return ok(true as const);
    }),

    closeReady: guarded('closeReady', async ([requestId, reply]) => ok(deps.closeReady(requestId, reply))),

    liveStart: guarded('liveStart', async ([request]) => {
      if (deps.live === undefined) {
        return fail(
          'not-allowed',
          'This copy of Waymark cannot host live sessions; use the desktop app.',
          'live-unavailable',
        );
      }
      try {
        return ok(await deps.live.start(request));
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if ((code === 'busy' || code === 'live-failed') && error instanceof Error) {
          return fail(code, error.message, code === 'busy' ? 'live-busy' : 'live-no-port');
        }
        throw error;
      }
    }),
    liveEnd: guarded('liveEnd', async () => {
      await deps.live?.end();
      return ok(true as const);
    }),
    liveStatus: guarded('liveStatus', async () => ok(deps.live?.status() ?? null)),
  };
  return handlers;
}
