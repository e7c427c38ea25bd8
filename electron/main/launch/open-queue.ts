/**
 * Files the OS asks us to open may arrive before the window exists (macOS
 * `open-file` fires before `ready`; argv is known at start-up) or while the
 * renderer is still loading. They wait here until the renderer is ready,
 * then each is read (with the size limit) and delivered once, in order.
 */
import path from 'node:path';
import {
  CSV_FILE_EXTENSIONS,
  JOURNEY_FILE_EXTENSIONS,
  megabytesText,
  type IpcError,
  type IpcResult,
  type MenuLabelKey,
  type MenuLabels,
  type OpenedFile,
  type UiLanguageCode,
} from '../../common/contract';
import { isOpenablePath } from '../ipc/file-actions';
import { DEFAULT_MENU_LABELS, fillLabel } from '../menu/template';

/** The names a refusal lists, as the OS path takes them: “.journey, .zip, .json”, “.csv, .tsv, .txt”. */
const OPENABLE_TYPES = {
  journeyTypes: JOURNEY_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(', '),
  csvTypes: CSV_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(', '),
};

/** The native words of each reason a file could not be read. */
const READ_FAILURE_WORDS: Partial<Record<NonNullable<IpcError['reason']>, MenuLabelKey>> = {
  'open-not-found': 'openFileNotFound',
  'open-not-a-file': 'openFileNotAFile',
  'open-too-large': 'openFileTooLarge',
  'open-grew': 'openFileGrew',
  'open-read-failed': 'openFileUnreadable',
};

/**
 * Why a file could not be opened, in the interface language's words and number format; main's
 * English sentence when it has none.
 */
export function openFailureText(
  error: IpcError,
  labels: MenuLabels = DEFAULT_MENU_LABELS,
  language: UiLanguageCode = 'en',
): string {
  const key = error.reason === undefined ? undefined : READ_FAILURE_WORDS[error.reason];
  if (key === undefined) return error.message;
  const params = error.params ?? {};
  return fillLabel(labels[key], {
    name: params.name ?? '',
    size: params.size === undefined ? '' : megabytesText(params.size, 'size', language),
    limit: params.limit === undefined ? '' : megabytesText(params.limit, 'limit', language),
    detail: params.detail ?? labels.unknownError,
  });
}

export interface OpenQueueDeps {
  /** Reads a path main trusts (it came from the OS, not the renderer). */
  read(filePath: string): Promise<IpcResult<OpenedFile>>;
  /** Sends the `openFile` event to the renderer. */
  deliver(file: OpenedFile): void;
  /** Tells the user a file could not be opened (one sentence). */
  report(message: string): void;
  /** The native words in the interface language (English until the window sends them). */
  words?(): MenuLabels;
  /** The interface language, whose number format sizes are written in (English until the window sends it). */
  language?(): UiLanguageCode;
}

export interface OpenQueue {
  /**
   * Adds paths; delivered now when the renderer is ready, else later. Only the
   * names the renderer's Open dialogs and drop take (`OPENABLE_EXTENSIONS`) are
   * taken, and the renderer decides by content; any other path (macOS may hand
   * us whatever was dropped on the Dock icon) is reported and never read.
   */
  push(...paths: string[]): void;
  /** The renderer finished loading: deliver everything waiting. */
  markReady(): Promise<void>;
  /** The renderer is reloading or gone: hold new paths again. */
  markNotReady(): void;
  /** Paths still waiting (for tests and diagnostics). */
  pending(): readonly string[];
  /** Resolves when all deliveries started so far have finished. */
  idle(): Promise<void>;
}

export function createOpenQueue(deps: OpenQueueDeps): OpenQueue {
  const waiting: string[] = [];
  let ready = false;
  let chain: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    const batch = waiting.splice(0, waiting.length);
    chain = chain.then(async () => {
      for (const filePath of batch) {
        const result = await deps.read(filePath).catch((): IpcResult<OpenedFile> => ({
          ok: false,
          error: {
            code: 'read-failed',
            message: `${filePath} could not be opened; please try again.`,
            // Said as a file that could not be read, for no reason the system gave.
            reason: 'open-read-failed',
            params: { name: path.basename(filePath) },
          },
        }));
        if (result.ok) deps.deliver(result.value);
        else deps.report(openFailureText(result.error, deps.words?.(), deps.language?.()));
      }
    });
    return chain;
  };

  return {
    push: (...paths) => {
      for (const p of paths) {
        if (!isOpenablePath(p)) {
          const words = deps.words?.() ?? DEFAULT_MENU_LABELS;
          deps.report(fillLabel(words.openNotOpenable, { name: path.basename(p), ...OPENABLE_TYPES }));
        } else if (!waiting.includes(p)) {
          waiting.push(p);
        }
      }
      if (ready) void flush();
    },
    markReady: () => {
      ready = true;
      return flush();
    },
    markNotReady: () => {
      ready = false;
    },
    pending: () => [...waiting],
    idle: () => chain,
  };
}
