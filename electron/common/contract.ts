/**
 * The one contract between Electron main, the preload bridge and the
 * renderer. Main validates every argument with these schemas; the preload
 * exposes exactly these methods; the renderer's Electron host calls them.
 * This module is pure (zod only) so every side, and Node tests, can import it.
 */
import { z } from 'zod';
import { LiveStartRequestSchema, type LiveSessionInfo } from './live';

/**
 * Largest file the open dialog hands to the renderer. The same number as the
 * renderer's `MAX_JOURNEY_FILE_BYTES` (renderer/src/files/journey/limits.ts),
 * which the writer and the format reader use; a unit test keeps them equal.
 */
export const MAX_OPEN_BYTES = 64 * 1024 * 1024;

/**
 * Names a journey travels under: its own, and the two a mail system or a user gives it (a `.journey` is a
 * zip archive; a plain JSON journey is read too). The Open dialog, a drop and a file the OS hands over
 * (double-click, Open with, the command line, a second instance) all take these; the content decides.
 */
export const JOURNEY_FILE_EXTENSIONS: readonly string[] = ['journey', 'zip', 'json'];

/** Names of a touchpoint spreadsheet, as the CSV import takes them (the separator is found from the header). */
export const CSV_FILE_EXTENSIONS: readonly string[] = ['csv', 'tsv', 'txt'];
/** Largest payload the renderer may ask main to write or print. */
export const MAX_WRITE_BYTES = 256 * 1024 * 1024;
export const MAX_HTML_CHARS = 64 * 1024 * 1024;
/** The longest window title main takes (a journey title may be longer: see `windowTitleWithin`). */
export const MAX_WINDOW_TITLE_CHARS = 300;

/** A title as main takes it: one longer than MAX_WINDOW_TITLE_CHARS is cut at a whole letter, with an ellipsis. */
export function windowTitleWithin(title: string): string {
  if (title.length <= MAX_WINDOW_TITLE_CHARS) return title;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(title)) {
    if (kept.length + segment.length > MAX_WINDOW_TITLE_CHARS - 1) break;
    kept += segment;
  }
  return `${kept}…`;
}

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

const bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'Expected bytes')
  .refine((b) => b.byteLength <= MAX_WRITE_BYTES, 'File is too large to write');

export const PageSizeSchema = z.enum(['A4', 'Letter']);
/** Smallest and largest side of a custom PDF page (a poster), mm. */
export const MIN_PAGE_SIDE_MM = 50;
export const MAX_PAGE_SIDE_MM = 2000;
/** A page of any size (a poster), in millimetres as printed (orientation already applied). */
export const CustomPageSizeSchema = z
  .object({
    widthMm: z.number().finite().min(MIN_PAGE_SIDE_MM).max(MAX_PAGE_SIDE_MM),
    heightMm: z.number().finite().min(MIN_PAGE_SIDE_MM).max(MAX_PAGE_SIDE_MM),
  })
  .strict();
export type CustomPageSize = z.infer<typeof CustomPageSizeSchema>;
export const PdfPageSizeSchema = z.union([PageSizeSchema, CustomPageSizeSchema]);

/** A document to print to PDF: its HTML and paper. */
export const PdfDocumentSchema = z.object({
  html: z.string().max(MAX_HTML_CHARS),
  pageSize: PdfPageSizeSchema,
  landscape: z.boolean(),
});
export type PdfPageSize = z.infer<typeof PdfPageSizeSchema>;

/**
 * What a window answers when main asks it to flush before closing: either
 * everything is saved, or a sentence naming what is not, with the in-memory
 * document as `.journey` bytes so main can offer "Save a copy…".
 */
export const CloseReplySchema = z.union([
  z.object({ saved: z.literal(true) }),
  z.object({
    saved: z.literal(false),
    what: z.string().min(1).max(500),
    /**
     * Set when saving failed in a way the window could not word (an unexpected error): that error's
     * own words, which main puts into its `unsavedFailed` sentence in the interface language.
     */
    failure: z.string().max(500).optional(),
    copy: z.object({ suggestedName: z.string().min(1).max(255), bytes }).nullable(),
  }),
]);
export type CloseReply = z.infer<typeof CloseReplySchema>;

/** The interface languages (the renderer's catalogues in renderer/src/i18n/locales). */
export const UI_LANGUAGE_CODES = ['en', 'ta', 'te', 'ml', 'hy'] as const;
export type UiLanguageCode = (typeof UI_LANGUAGE_CODES)[number];

/**
 * Every word of the native menus, by key. Main has no catalogue of its own
 * (it imports no renderer code): the renderer sends these, read from its
 * catalogue's `menu` section, whenever the language is chosen; until then
 * main shows English (DEFAULT_MENU_LABELS in main/menu/template.ts, which a
 * unit test keeps equal to the English catalogue).
 */
export const MENU_LABEL_KEYS = [
  'file',
  'newJourney',
  'open',
  'openRecent',
  'noRecent',
  'clearRecent',
  'saveAs',
  'importCsv',
  'export',
  'exportPdf',
  'exportPng',
  'exportSvg',
  'exportHtml',
  'exportViewer',
  'exportMarkdown',
  'exportCsv',
  'exportXlsx',
  'exportPptx',
  'exportPoster',
  'startLive',
  'edit',
  'undo',
  'redo',
  'selectAll',
  'find',
  'checkSpelling',
  'view',
  'zoomIn',
  'zoomOut',
  'actualSize',
  'fitView',
  'language',
  'help',
  'shortcuts',
  'about',
  // The words of main's native dialogs (close with unsaved changes, save a copy, replace a file, a file
  // that could not be opened): sent with the menus, so main speaks the interface language there too.
  // `{{name}}` and `{{folder}}` are filled in by main.
  'unsavedTitle',
  'unsavedMessage',
  'unsavedKept',
  'unsavedTryAgain',
  'unsavedSaveCopy',
  'unsavedQuit',
  'cancel',
  'saveCopyTitle',
  'journeyFilter',
  'openFailed',
  'replaceButton',
  'replaceMessage',
  'replaceDetail',
  // What the unsaved-changes box says is wrong: a flush that failed unexpectedly ({{detail}}), a window
  // that did not answer ({{seconds}}), main still starting, a copy that could not be written ({{detail}}).
  'unsavedFailed',
  'unsavedNoAnswer',
  'unsavedStarting',
  'saveCopyFailed',
  // Why a file the OS handed over (a double-click, the command line) was not opened: `{{name}}`, sizes in
  // megabytes (`{{size}}`, `{{limit}}`) and the system's error code (`{{detail}}`) are filled in by main.
  'openNotOpenable',
  'openFileNotFound',
  'openFileNotAFile',
  'openFileTooLarge',
  'openFileGrew',
  'openFileUnreadable',
  // The file type main's PDF save dialog offers.
  'pdfFilter',
  // Said in place of the system's reason when it gave none.
  'unknownError',
] as const;
export type MenuLabelKey = (typeof MENU_LABEL_KEYS)[number];
/**
 * Keys whose words are whole sentences (a dialog's detail), so they may be longer than a menu item.
 * Typed by the keys, so a renamed or misspelled key fails the typecheck instead of falling to 120.
 */
const SENTENCE_LABEL_KEYS: ReadonlySet<MenuLabelKey> = new Set<MenuLabelKey>([
  'unsavedKept',
  'replaceDetail',
  'unsavedFailed',
  'unsavedNoAnswer',
  'unsavedStarting',
  'saveCopyFailed',
  'openNotOpenable',
  'openFileNotFound',
  'openFileNotAFile',
  'openFileTooLarge',
  'openFileGrew',
  'openFileUnreadable',
]);
export type MenuLabels = Record<MenuLabelKey, string>;
export const MenuLabelsSchema = z
  .object(
    Object.fromEntries(
      MENU_LABEL_KEYS.map((k) => [
        k,
        z
          .string()
          .min(1)
          .max(SENTENCE_LABEL_KEYS.has(k) ? 500 : 120),
      ]),
    ) as Record<MenuLabelKey, z.ZodString>,
  )
  .strict();

export const IpcArgs = {
  appInfo: z.tuple([]),
  openFile: z.tuple([
    z.object({
      title: z.string().max(200).optional(),
      filters: z.array(FileFilterSchema).max(10),
      multiple: z.boolean().optional(),
    }),
  ]),
  saveFile: z.tuple([
    z.object({
      title: z.string().max(200).optional(),
      suggestedName: z.string().min(1).max(255),
      filters: z.array(FileFilterSchema).max(10),
      bytes,
    }),
  ]),
  exportPdf: z.tuple([PdfDocumentSchema.extend({ suggestedName: z.string().min(1).max(255) })]),
  /**
   * Prints a document ahead, while the report dialog shows its preview, so an `exportPdf` of the same
   * document saves that PDF instead of printing it again; null lets what was printed ahead go.
   */
  preparePdf: z.tuple([PdfDocumentSchema.nullable()]),
  recentFiles: z.tuple([]),
  openRecent: z.tuple([z.string().min(1).max(4096)]),
  setTitle: z.tuple([z.string().max(MAX_WINDOW_TITLE_CHARS)]),
  /** The renderer's answer to a `closeRequest` event: saved, or what is unsaved plus a copy to offer. */
  closeReady: z.tuple([z.string().uuid(), z.lazy(() => CloseReplySchema)]),
  /** Live sessions (electron/live): main hosts at most one; starting the running journey again returns it. */
  liveStart: z.tuple([LiveStartRequestSchema]),
  liveEnd: z.tuple([]),
  liveStatus: z.tuple([]),
  /** The interface language changed (or the window started): main relabels its menus. */
  setLanguage: z.tuple([z.object({ language: z.enum(UI_LANGUAGE_CODES), menu: MenuLabelsSchema }).strict()]),
} as const;
export type IpcChannel = keyof typeof IpcArgs;
export const IPC_CHANNELS = Object.keys(IpcArgs) as IpcChannel[];
/** Channel names on the wire are namespaced. */
export const ipcName = (channel: IpcChannel | EventChannel) => `waymark:${channel}`;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string | null;
  chrome: string | null;
  /** The operating system's locale (Electron's `app.getLocale()`), for the first interface language; absent on the web. */
  locale?: string;
}

export interface OpenedFile {
  name: string;
  /** Full path where known (Electron); used for the recent-files list. */
  path: string | null;
  bytes: Uint8Array;
}

export interface SavedFile {
  name: string;
  path: string | null;
}

export interface RecentFile {
  name: string;
  path: string;
  openedAt: number;
}

export const IPC_ERROR_CODES = [
  'bad-sender',
  'bad-arguments',
  'file-too-large',
  'read-failed',
  'write-failed',
  'print-failed',
  'busy',
  'live-failed',
  'not-allowed',
  'not-found',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/**
 * Which sentence a failure says, beside its code (one code covers several sentences), so the
 * renderer words it in the interface language; main knows no catalogue and keeps its English
 * `message` for logs. `bad-sender`, `bad-arguments` and `internal` need none: they are said by code.
 */
export const HOST_ERROR_REASONS = [
  'open-not-found',
  'open-not-a-file',
  'open-too-large',
  'open-grew',
  'open-read-failed',
  'write-failed',
  'pdf-busy',
  'pdf-failed',
  'print-failed',
  'recent-not-listed',
  'recent-desktop-only',
  'live-unavailable',
  'live-served-without',
  'live-unreachable',
  'live-busy',
  'live-no-port',
] as const;
export type HostErrorReason = (typeof HOST_ERROR_REASONS)[number];

/** The few values a failure's sentence names: a file's name, sizes in bytes, a system error's own words. */
export const HostErrorParamsSchema = z
  .object({
    name: z.string().max(1000).optional(),
    size: z.number().int().nonnegative().optional(),
    limit: z.number().int().nonnegative().optional(),
    detail: z.string().max(1000).optional(),
  })
  .strict();
export type HostErrorParams = z.infer<typeof HostErrorParamsSchema>;

/**
 * A size from the params as its sentence shows it, in megabytes to one decimal: a file's `size` rounded
 * up (64 MB and a byte reads "64.1", never "64"), a `limit` to the nearest tenth. Main and the renderer
 * both say sizes this way; each writes the number in its own language.
 */
export function sizeInMegabytes(bytes: number, kind: 'size' | 'limit'): number {
  const tenths = (bytes / (1024 * 1024)) * 10;
  return (kind === 'size' ? Math.ceil(tenths) : Math.round(tenths)) / 10;
}

/** The locale each interface language writes its numbers in (as the renderer's LANGUAGE_LOCALES). */
const NUMBER_LOCALES: Readonly<Record<UiLanguageCode, string>> = {
  en: 'en-GB',
  ta: 'ta-IN',
  te: 'te-IN',
  ml: 'ml-IN',
  hy: 'hy-AM',
};

/**
 * sizeInMegabytes written as the interface language writes numbers: "64.1" in English, "64,1" in
 * Armenian. Electron's ICU data (Chromium's) has no Armenian, where Intl silently writes en-US; there
 * the figures are written in en-US and given Armenian separators, as the renderer does.
 */
export function megabytesText(bytes: number, kind: 'size' | 'limit', language: UiLanguageCode): string {
  const value = sizeInMegabytes(bytes, kind);
  const locale = NUMBER_LOCALES[language];
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
  if (Intl.NumberFormat.supportedLocalesOf([locale]).length > 0) {
    return new Intl.NumberFormat(locale, options).format(value);
  }
  const separators = language === 'hy' ? { group: '\u00a0', decimal: ',' } : { group: ',', decimal: '.' };
  return new Intl.NumberFormat('en-US', options)
    .formatToParts(value)
    .map((part) =>
      part.type === 'group' ? separators.group : part.type === 'decimal' ? separators.decimal : part.value,
    )
    .join('');
}

export const IpcErrorSchema = z.object({
  code: z.enum(IPC_ERROR_CODES),
  message: z.string().max(5000),
  reason: z.enum(HOST_ERROR_REASONS).optional(),
  params: HostErrorParamsSchema.optional(),
});

export interface IpcError {
  code: IpcErrorCode;
  /** The sentence in English, for logs (and the words shown when a renderer does not know the reason). */
  message: string;
  reason?: HostErrorReason;
  params?: HostErrorParams;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What each channel returns (wrapped in IpcResult on the wire). */
export interface IpcReturns {
  appInfo: AppInfo;
  /** Empty when the user cancelled. */
  openFile: OpenedFile[];
  /** null when the user cancelled. */
  saveFile: SavedFile | null;
  exportPdf: SavedFile | null;
  /** Whether the document is printing (or printed) ahead; false when null was sent or another print holds the printer. */
  preparePdf: boolean;
  recentFiles: RecentFile[];
  openRecent: OpenedFile;
  setTitle: true;
  /** false when main had stopped waiting for that request (it timed out or was answered). */
  closeReady: boolean;
  liveStart: LiveSessionInfo;
  /** true also when no session was running. */
  liveEnd: true;
  /** null when no session runs. */
  liveStatus: LiveSessionInfo | null;
  setLanguage: true;
}

export const MENU_COMMANDS = [
  'new-journey',
  'open',
  'save-as',
  'export-pdf',
  'export-png',
  'export-svg',
  'export-html',
  'export-viewer',
  'export-markdown',
  'export-csv',
  'export-xlsx',
  'export-pptx',
  'export-poster',
  'import-csv',
  'start-live-session',
  'undo',
  'redo',
  'select-all',
  'find',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'fit-view',
  'shortcuts',
  'about',
  'language-en',
  'language-ta',
  'language-te',
  'language-ml',
  'language-hy',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MenuCommandSchema = z.enum(MENU_COMMANDS);

/** Events main sends to the renderer. */
export const EVENT_CHANNELS = ['menuCommand', 'openFile', 'closeRequest'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

type Invoke<C extends IpcChannel> = (...args: z.input<(typeof IpcArgs)[C]>) => Promise<IpcResult<IpcReturns[C]>>;

/** The object the preload publishes as `window.waymark`. */
export type WaymarkBridge = { [C in IpcChannel]: Invoke<C> } & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** Main asks the window to save before it closes; answer with `closeReady(requestId, reply)`. */
  onCloseRequest(listener: (requestId: string) => void): () => void;
};

/** Name of the global the preload exposes. */
export const BRIDGE_GLOBAL = 'waymark';
