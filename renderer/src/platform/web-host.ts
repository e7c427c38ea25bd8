import { createCloseGuards, installUnloadWarning } from './close-guards';
import { HostError, hostErrorFrom, type FileFilter, type Host, type OpenedFile } from './host';
import { MAX_OPEN_BYTES, type IpcResult, type MenuCommand } from '../../../electron/common/contract';
import type { LiveHostApi, PdfDocument } from './host';

function acceptFor(filters: FileFilter[]): string {
  return filters
    .flatMap((f) => f.extensions)
    .filter((e) => e !== '*')
    .map((e) => `.${e}`)
    .join(',');
}

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    let settled = false;
    const done = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => done([]));
    document.body.append(input);
    input.click();
  });
}

/** Reads a picked or dropped file; one over the size limit is refused before a byte is read. */
export async function readBrowserFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_OPEN_BYTES) {
    const mb = (n: number) => `${Math.ceil((n / (1024 * 1024)) * 10) / 10} MB`;
    throw new HostError(
      'file-too-large',
      `${file.name} could not be opened: the file is ${mb(file.size)}, larger than the ${mb(MAX_OPEN_BYTES)} Waymark can open.`,
      'open-too-large',
      { name: file.name, size: file.size, limit: MAX_OPEN_BYTES },
    );
  }
  return { name: file.name, path: null, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function download(bytes: Uint8Array, name: string, mimeType: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints self-contained HTML through a hidden, script-less iframe. */
function printHtml(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
    frame.srcdoc = html;
    frame.addEventListener('load', () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        resolve();
      } catch (error) {
        reject(
          new HostError('print-failed', `The browser could not print the report: ${String(error)}`, 'print-failed', {
            detail: String(error).slice(0, 1000),
          }),
        );
      } finally {
        setTimeout(() => frame.remove(), 1000);
      }
    });
    document.body.append(frame);
  });
}

/** Where the Node process serving the web build (electron/web/serve.ts) prints PDFs, when this machine has a Chromium. */
export const PDF_API_PATH = '/__waymark/pdf';

/** Whether the serving process prints PDFs (false when it cannot, or something else serves this page). */
async function serverPrintsPdf(): Promise<boolean> {
  try {
    const response = await fetch(PDF_API_PATH, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
    const result = (await response.json()) as IpcResult<{ available?: unknown }> | null;
    return result?.ok === true && result.value?.available === true;
  } catch {
    return false;
  }
}

/**
 * The PDF of the document printed by the serving process, as the desktop app prints it; null when
 * it was not reached or cannot print (the page then opens the print dialog instead).
 */
async function printOnServer(o: PdfDocument, signal?: AbortSignal): Promise<Uint8Array | null> {
  let response: Response;
  try {
    response = await fetch(PDF_API_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ html: o.html, pageSize: o.pageSize, landscape: o.landscape }),
      ...(signal ? { signal } : {}),
    });
  } catch {
    return null;
  }
  if (response.ok && response.headers.get('Content-Type') === 'application/pdf') {
    return new Uint8Array(await response.arrayBuffer());
  }
  const result = (await response.json().catch(() => null)) as IpcResult<never> | null;
  if (result === null || typeof result !== 'object' || result.ok !== false) return null;
  // No Chromium after all: the print dialog does it.
  if (response.status === 503) return null;
  throw hostErrorFrom(result.error);
}

const sameDocument = (a: PdfDocument, b: PdfDocument) =>
  a.html === b.html && a.landscape === b.landscape && JSON.stringify(a.pageSize) === JSON.stringify(b.pageSize);

/** How long a print waits for the serving process to be done with one it was told to drop (it prints one at a time). */
const BUSY_RETRY_MS = 100;
const BUSY_RETRIES = 30;

/** `printOnServer`, waiting out a print ahead that was just dropped; the serving process's refusal when it stays busy. */
async function printOnServerWhenFree(o: PdfDocument): Promise<Uint8Array | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await printOnServer(o);
    } catch (error) {
      if (!(error instanceof HostError) || error.code !== 'busy' || attempt >= BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
    }
  }
}

/** Where the Node process serving the web build (electron/web/serve.ts) answers for live sessions. */
export const LIVE_API_PATH = '/__waymark/live';

const LIVE_UNAVAILABLE =
  'Live sessions need the desktop app or `npm start`; this copy of Waymark is served without them.';

/** Calls the serving process's live API; null when this page is served by something without it. */
async function liveCall<T>(operation: 'start' | 'end' | 'status', body?: unknown): Promise<{ value: T } | null> {
  let response: Response;
  try {
    response = await fetch(
      `${LIVE_API_PATH}/${operation}`,
      operation === 'status'
        ? { method: 'GET', headers: { Accept: 'application/json' }, cache: 'no-store' }
        : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) },
    );
  } catch {
    throw new HostError(
      'live-failed',
      'Waymark could not reach the program serving it; check that `npm start` is still running, then try again.',
      'live-unreachable',
    );
  }
  const result = (await response.json().catch(() => null)) as IpcResult<T> | null;
  if (result === null || typeof result !== 'object' || typeof result.ok !== 'boolean') return null;
  if (result.ok) return { value: result.value };
  throw hostErrorFrom(result.error);
}

const webLive: LiveHostApi = {
  start: async (request) => {
    const answer = await liveCall<Awaited<ReturnType<LiveHostApi['start']>>>('start', request);
    if (answer === null) throw new HostError('not-allowed', LIVE_UNAVAILABLE, 'live-served-without');
    return answer.value;
  },
  end: async () => {
    await liveCall<true>('end');
  },
  status: async () => (await liveCall<Awaited<ReturnType<LiveHostApi['status']>>>('status'))?.value ?? null,
};

/**
 * The web host: a browser tab has no OS menu and no file paths, so files come
 * from the file picker and saves become downloads. PDFs are printed by the
 * process serving the page (`npm start`) where this machine has a Chromium,
 * as the desktop app prints them, and downloaded; otherwise they go through
 * the browser's print dialog.
 */
export function createWebHost(): Host {
  const menuListeners = new Set<(c: MenuCommand) => void>();
  // Asked of the serving process once, when first needed (the app asks at start, so that the report dialog knows).
  let pdfTarget: 'file' | 'print-dialog' = 'print-dialog';
  let asked: Promise<void> | null = null;
  let ahead: { document: PdfDocument; stop: AbortController; bytes: Promise<Uint8Array | null> } | null = null;
  // A print ahead no longer wanted is stopped: the serving process closes its page and is free for the next.
  const dropAhead = () => {
    ahead?.stop.abort();
    ahead = null;
  };
  const askPdfTarget = () =>
    (asked ??= serverPrintsPdf().then((prints) => {
      if (prints) pdfTarget = 'file';
    }));
  const closeGuards = createCloseGuards();
  installUnloadWarning(window, closeGuards);
  return {
    kind: 'web',
    appInfo: async () => ({
      name: 'Waymark',
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'web',
      electron: null,
      chrome: null,
    }),
    openFiles: async (o) => {
      const files = await pickFiles(acceptFor(o.filters), o.multiple ?? false);
      return Promise.all(files.map(readBrowserFile));
    },
    saveFile: async (o) => {
      download(o.bytes, o.suggestedName, o.mimeType);
      return { name: o.suggestedName, path: null };
    },
    exportPdf: async (o) => {
      await askPdfTarget();
      let printed: Uint8Array | null = null;
      if (pdfTarget === 'file') {
        // The document printed ahead while its preview showed: saved at once.
        const mine = ahead !== null && sameDocument(ahead.document, o) ? ahead : null;
        if (mine) ahead = null;
        else dropAhead();
        printed = (await mine?.bytes) ?? (await printOnServerWhenFree(o));
        // Not printed there (the serving process gone, or its Chromium would not start): the print dialog from now on.
        if (printed === null) pdfTarget = 'print-dialog';
      }
      if (printed === null) {
        await printHtml(o.html);
        return null;
      }
      download(printed, o.suggestedName, 'application/pdf');
      return { name: o.suggestedName, path: null };
    },
    pdfTarget: () => {
      void askPdfTarget();
      return pdfTarget;
    },
    // As the desktop app: the serving process prints the preview's document while the user looks at it, so that
    // Export saves it at once. The print dialog prints when it opens: nothing to print ahead there.
    preparePdf: async (document) => {
      await askPdfTarget();
      if (pdfTarget !== 'file' || (document && ahead && sameDocument(ahead.document, document))) return;
      dropAhead();
      if (document === null) return;
      const stop = new AbortController();
      ahead = { document, stop, bytes: printOnServer(document, stop.signal).catch(() => null) };
    },
    recentFiles: async () => [],
    openRecent: async () => {
      throw new HostError('not-found', 'Recent files are only kept by the desktop app.', 'recent-desktop-only');
    },
    setTitle: (title) => {
      document.title = title;
    },
    // The browser has no native menus to relabel.
    setLanguage: () => undefined,
    onMenuCommand: (listener) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    onOpenFile: () => () => undefined,
    guardClose: (guard) => closeGuards.add(guard),
    live: webLive,
  };
}
