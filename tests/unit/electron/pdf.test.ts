import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createPdfPrinter,
  isAllowedPrintRequest,
  printTimeoutFor,
  PRINT_TIMEOUT_PER_MB_MS,
} from '../../../electron/main/pdf';
import { unlessAborted } from '../../../electron/main/pdf-pages';
import { PRINT_CSP } from '../../../electron/main/security/csp';
import { PRINT_PARTITION } from '../../../electron/main/security/window-options';
import { SEED_TITLES, fromUtf8 } from './helpers';

type BeforeRequest = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
type ProtocolHandler = (request: { url: string }) => Response | Promise<Response>;

/** A stand-in for Electron's session and window that records what the printer does. */
function fakeElectron(options: { failPrint?: boolean; hangPrint?: boolean } = {}) {
  const state = {
    partitions: [] as string[],
    windowOptions: [] as BrowserWindowConstructorOptions[],
    beforeRequest: null as BeforeRequest | null,
    protocolHandler: null as ProtocolHandler | null,
    permission: null as boolean | null,
    destroyed: 0,
    loaded: [] as Array<{ url: string; body: string; csp: string | null }>,
    printed: [] as unknown[],
    /** The DevTools protocol: attached version, commands sent, the added style sheet's text. */
    attached: false as string | false,
    commands: [] as string[],
    style: '',
    /** The added style sheet's text at each print. */
    printedStyles: [] as string[],
  };
  const session = {
    setPermissionRequestHandler: (h: (c: unknown, p: string, cb: (ok: boolean) => void) => void) =>
      h(null, 'media', (ok) => (state.permission = ok)),
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: (l: BeforeRequest) => (state.beforeRequest = l) },
    protocol: { handle: (_scheme: string, h: ProtocolHandler) => (state.protocolHandler = h) },
  };
  const createWindow = (o: BrowserWindowConstructorOptions) => {
    state.windowOptions.push(o);
    let destroyed = false;
    let body = '';
    return {
      isDestroyed: () => destroyed,
      destroy: () => {
        destroyed = true;
        state.destroyed += 1;
      },
      webContents: {
        setWindowOpenHandler: () => undefined,
        on: () => undefined,
        loadURL: async (url: string) => {
          const response = await state.protocolHandler!({ url });
          body = await response.text();
          state.loaded.push({ url, body, csp: response.headers.get('content-security-policy') });
        },
        // The DevTools protocol as the printer uses it to change its one added style sheet.
        debugger: {
          isAttached: () => state.attached,
          attach: (version: string) => {
            if (state.attached) throw new Error('already attached');
            state.attached = version;
          },
          sendCommand: async (method: string, params?: { styleSheetId?: string; text?: string }) => {
            state.commands.push(method);
            if (method === 'Page.getFrameTree') return { frameTree: { frame: { id: 'frame-1' } } };
            if (method === 'CSS.createStyleSheet') return { styleSheetId: 'sheet-1' };
            if (method === 'CSS.setStyleSheetText') {
              if (params?.styleSheetId !== 'sheet-1') throw new Error('no such style sheet');
              state.style = params.text ?? '';
            }
            return {};
          },
        },
        printToPDF: async (o: unknown) => {
          state.printed.push(o);
          // A print that neither ends nor fails, even once its window is destroyed.
          if (options.hangPrint) await new Promise(() => undefined);
          state.printedStyles.push(state.style);
          if (options.failPrint) throw new Error('printing failed');
          return Buffer.from(`%PDF ${body}`);
        },
      },
    } as unknown as BrowserWindow;
  };
  const fromPartition = (p: string) => {
    state.partitions.push(p);
    return session as unknown as Session;
  };
  return { state, createWindow, fromPartition };
}

describe('PDF printer', () => {
  it('prints the HTML in a hidden script-less window with the requested page and returns the bytes', async () => {
    const fake = fakeElectron();
    const print = createPdfPrinter(fake);
    const html = `<h1>${SEED_TITLES.ml}</h1>`;

    const pdf = await print(html, { pageSize: 'Letter', landscape: true });

    expect(fromUtf8(pdf)).toBe(`%PDF ${html}`);
    expect(fake.state.partitions).toEqual([PRINT_PARTITION]);
    expect(fake.state.windowOptions[0]?.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      partition: PRINT_PARTITION,
    });
    expect(fake.state.windowOptions[0]?.webPreferences?.preload).toBeUndefined();
    expect(fake.state.printed).toEqual([
      {
        pageSize: 'Letter',
        landscape: true,
        printBackground: true,
        preferCSSPageSize: true,
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      },
    ]);
    expect(fake.state.loaded[0]?.url).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(fake.state.loaded[0]?.csp).toBe(PRINT_CSP);
    expect(fake.state.destroyed).toBe(1);
    expect(fake.state.permission).toBe(false);
  });

  it('prints a custom page size (a poster) in inches, as given, never turned', async () => {
    const fake = fakeElectron();
    const print = createPdfPrinter(fake);
    await print('<p/>', { pageSize: { widthMm: 841, heightMm: 1189 }, landscape: true });
    expect(fake.state.printed[0]).toMatchObject({
      pageSize: { width: 841 / 25.4, height: 1189 / 25.4 },
      landscape: false,
      preferCSSPageSize: true,
    });
  });

  it('prints every PDF tagged, with a document outline', async () => {
    const fake = fakeElectron();
    const print = createPdfPrinter(fake);
    await print('<p/>', { pageSize: 'A4', landscape: false });
    expect(fake.state.printed).toMatchObject([{ generateTaggedPDF: true, generateDocumentOutline: true }]);
  });

  it('keeps one document loaded for several prints, changing only its added style sheet in between', async () => {
    const fake = fakeElectron();
    const print = createPdfPrinter(fake);
    const html = `<p>${SEED_TITLES.ta}</p>`;
    const pdfs = await print.open(html, { pageSize: 'A4', landscape: false }, async (doc) => {
      await doc.setStyle('[data-page-of]::after{content:"\\2007"}');
      const first = await doc.print();
      await doc.setStyle('');
      await doc.setStyle('[data-page-of="a"]::after{content:"3"}');
      return [first, await doc.print()];
    });
    // One window, one load, two prints.
    expect(fake.state.windowOptions).toHaveLength(1);
    expect(fake.state.loaded).toHaveLength(1);
    expect(pdfs.map(fromUtf8)).toEqual([`%PDF ${html}`, `%PDF ${html}`]);
    expect(fake.state.printed).toHaveLength(2);
    expect(fake.state.printedStyles).toEqual([
      '[data-page-of]::after{content:"\\2007"}',
      '[data-page-of="a"]::after{content:"3"}',
    ]);
    // One style sheet, made once, through the DevTools protocol (the page runs no script).
    expect(fake.state.commands.filter((c) => c === 'CSS.createStyleSheet')).toHaveLength(1);
    expect(fake.state.attached).toBe('1.3');
    expect(fake.state.destroyed).toBe(1);
  });

  it('destroys the kept window when a print of the loaded document fails', async () => {
    const fake = fakeElectron({ failPrint: true });
    const print = createPdfPrinter(fake);
    await expect(
      print.open('<p/>', { pageSize: 'A4', landscape: false }, async (doc) => {
        await doc.setStyle('p{}');
        return doc.print();
      }),
    ).rejects.toThrow('printing failed');
    expect(fake.state.destroyed).toBe(1);
  });

  it('blocks every request except the document being printed and data: URLs', async () => {
    const fake = fakeElectron();
    const print = createPdfPrinter(fake);
    await print('<p/>', { pageSize: 'A4', landscape: false });
    const decide = (url: string) => {
      let cancel: boolean | null = null;
      fake.state.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://tracker.example/pixel.png')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://waymark/index.html')).toBe(true);
    expect(decide('data:font/woff2;base64,AAAA')).toBe(false);
    // The printed document is forgotten once printing is done.
    expect(decide(fake.state.loaded[0]!.url)).toBe(true);
    expect(isAllowedPrintRequest('app://print/x.html', new Set(['app://print/x.html']))).toBe(true);
  });

  it('destroys the window when printing fails and reports the error', async () => {
    const fake = fakeElectron({ failPrint: true });
    const print = createPdfPrinter(fake);
    await expect(print('<p/>', { pageSize: 'A4', landscape: false })).rejects.toThrow('printing failed');
    expect(fake.state.destroyed).toBe(1);
  });

  it('prepares the session once for many prints', async () => {
    const fake = fakeElectron();
    const print = createPdfPrinter(fake);
    const results = await Promise.all([
      print('<p>1</p>', { pageSize: 'A4', landscape: false }),
      print('<p>2</p>', { pageSize: 'A4', landscape: false }),
    ]);
    expect(results.map(fromUtf8)).toEqual(['%PDF <p>1</p>', '%PDF <p>2</p>']);
    expect(fake.state.partitions).toHaveLength(1);
    expect(fake.state.destroyed).toBe(2);
  });

  it('stops a print when its signal aborts: the window is destroyed and the print rejects at once', async () => {
    const fake = fakeElectron({ hangPrint: true });
    const print = createPdfPrinter(fake);
    const stop = new AbortController();
    const printing = print('<p/>', { pageSize: 'A4', landscape: false, signal: stop.signal });
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.state.printed).toHaveLength(1);
    expect(fake.state.destroyed).toBe(0);
    stop.abort();
    await expect(printing).rejects.toThrow('The print was stopped.');
    expect(fake.state.destroyed).toBe(1);
    // The document is no longer served.
    let cancel: boolean | null = null;
    fake.state.beforeRequest!({ url: fake.state.loaded[0]!.url }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(true);
  });

  describe('time limits', () => {
    afterEach(() => vi.useRealTimers());

    it('give a document each whole megabyte’s worth more than a small one', () => {
      expect(printTimeoutFor(120_000, 500_000)).toBe(120_000);
      expect(printTimeoutFor(120_000, 21_000_000)).toBe(120_000 + 21 * PRINT_TIMEOUT_PER_MB_MS);
    });

    it('stop a hung print of a small document at the base limit, and give a large one its longer limit', async () => {
      vi.useFakeTimers();
      const fake = fakeElectron({ hangPrint: true });
      const print = createPdfPrinter({ ...fake, timeoutMs: 1_000 });
      const small = print('<p>small</p>', { pageSize: 'A4', landscape: false }).catch((e: Error) => e.message);
      const large = print(`<p>${'x'.repeat(3_000_000)}</p>`, { pageSize: 'A4', landscape: false }).catch(
        (e: Error) => e.message,
      );
      let largeDone = false;
      void large.then(() => (largeDone = true));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await small).toBe('Printing the report took longer than 1 s');
      expect(largeDone).toBe(false);
      await vi.advanceTimersByTimeAsync(3 * PRINT_TIMEOUT_PER_MB_MS);
      expect(await large).toBe(`Printing the report took longer than ${1 + 3 * (PRINT_TIMEOUT_PER_MB_MS / 1000)} s`);
      expect(fake.state.destroyed).toBe(2);
    });
  });

  it('opens no window for a print stopped before it starts', async () => {
    const fake = fakeElectron();
    const print = createPdfPrinter(fake);
    const stop = new AbortController();
    stop.abort();
    await expect(print('<p/>', { pageSize: 'A4', landscape: false, signal: stop.signal })).rejects.toThrow();
    expect(fake.state.windowOptions).toHaveLength(0);
  });

  it('unlessAborted: the work, or a rejection once stopped; what the stopped work does later fails unheard', async () => {
    expect(await unlessAborted(Promise.resolve(7), undefined)).toBe(7);
    expect(await unlessAborted(Promise.resolve(8), new AbortController().signal)).toBe(8);
    // Stopped before: rejected at once; the work failing afterwards is no unhandled rejection (vitest fails on one).
    const before = new AbortController();
    before.abort();
    let fail: (e: Error) => void = () => undefined;
    const late = new Promise<number>((_, reject) => (fail = reject));
    await expect(unlessAborted(late, before.signal)).rejects.toThrow('The print was stopped.');
    fail(new Error('Target page, context or browser has been closed'));
    // Stopped during: the same.
    const during = new AbortController();
    let failToo: (e: Error) => void = () => undefined;
    const running = unlessAborted(new Promise<number>((_, reject) => (failToo = reject)), during.signal);
    during.abort();
    await expect(running).rejects.toThrow('The print was stopped.');
    failToo(new Error('closed'));
    await new Promise((r) => setTimeout(r, 10));
  });
});
