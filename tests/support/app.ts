/**
 * Launches Waymark for an end-to-end test, the same test code either way:
 * - in real Electron through Playwright's `_electron` where the Electron binary exists;
 * - otherwise in Chromium against the built renderer, with the preload
 *   contract answered by the real main-process handlers running in Node
 *   (`page.exposeBinding`).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  _electron,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Page,
} from 'playwright-core';
import { BRIDGE_GLOBAL, IPC_CHANNELS } from '../../electron/common/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import type { PdfOptions } from '../../electron/main/ipc/handlers';
import { chromiumDocumentPrinter } from './chromium-print';
import { pdfOptionsFor } from '../../electron/web/pdf-service';
import { createNodeBridge, createScriptedDialog, decodeBytes, encodeBytes, type ScriptedDialog } from './node-bridge';
import { CHROMIUM_ARGS, chromiumPath, electronBinaryPath, ROOT } from './paths';
import { startStaticServer } from './static-server';

export interface AppHandle {
  mode: 'electron' | 'chromium';
  /** The app window's page; a new one after `reopenWindow()`. */
  page: Page;
  /** Answers the next open/save dialogs. */
  dialog: ScriptedDialog;
  userDataDir: string;
  /**
   * Print windows main has opened since launch (each print, ahead or not, loads its document in one);
   * null where they cannot be counted (real Electron).
   */
  printWindows(): number | null;
  /** Sends an application-menu command, as the OS menu would. */
  menu(command: string): Promise<void>;
  /** Hands the app a file as the OS would on double-click. */
  openFileFromOs(filePath: string): Promise<void>;
  /**
   * Closes the app window the way the user does (close button, Cmd/Ctrl+Q):
   * through main's flush-before-close path, which may ask `dialog.nextUnsaved`.
   * 'stayed' when the window did not close (the question was cancelled).
   */
  closeWindow(): Promise<'closed' | 'stayed'>;
  /** Opens the app window again on the same storage (after `closeWindow`). */
  reopenWindow(): Promise<Page>;
  /**
   * Kills the browser with SIGKILL, as a power cut or crash would: nothing is
   * flushed or closed. Only for an app launched with `profileDir`.
   */
  kill(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /**
   * A browser profile kept on disk that the caller owns (not deleted on close):
   * launching again on the same directory finds the same IndexedDB. Always
   * Chromium (the engine Electron embeds), launched as a persistent context.
   */
  profileDir?: string;
}

/**
 * Offline means offline: every request any test's browser context makes must
 * stay on the machine. Requests elsewhere are collected here and fail the run
 * in `shutdown()` (each test file's afterAll).
 */
const offlineViolations: string[] = [];

/** app://, data:, blob:, about: and the local static server on 127.0.0.1 are local; nothing else is. */
export function isLocalRequest(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (['app:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1';
}

function watchOffline(context: BrowserContext): void {
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocalRequest(url)) offlineViolations.push(`${request.method()} ${url.slice(0, 300)}`);
  });
}

/** Requests that left the machine so far (for tests of the watch itself). */
export const requestsThatLeft = (): readonly string[] => offlineViolations;

let browser: Browser | null = null;
let server: { url: string; close: () => Promise<void> } | null = null;

async function sharedBrowser(): Promise<Browser> {
  if (!browser) {
    const executablePath = chromiumPath();
    if (!executablePath)
      throw new Error('Chromium is missing: install it (apt-get install chromium) or set CHROME_PATH.');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  }
  return browser;
}

/** Close the shared browser and server; call from afterAll. Fails when any request left the machine. */
export async function shutdown() {
  await browser?.close();
  browser = null;
  await server?.close();
  server = null;
  await webServer?.close();
  webServer = null;
  if (offlineViolations.length > 0) {
    const left = offlineViolations.splice(0, offlineViolations.length);
    throw new Error(`Waymark is offline, but these requests left the machine:\n${left.join('\n')}`);
  }
}

/** The print options of the desktop app's printer (electron/main/pdf.ts), as Playwright's pdf() takes them. */

/** Print windows opened by every app this process launched (AppHandle.printWindows counts its own from here). */
let printWindowsOpened = 0;

/** The desktop app's hidden print window: loads a document once and prints it as often as asked. */
const openPrintDocumentInChromium = chromiumDocumentPrinter<PdfOptions>({
  browser: sharedBrowser,
  pdfOptions: pdfOptionsFor,
  onContext: (context) => {
    printWindowsOpened++;
    watchOffline(context);
  },
  signalOf: (o) => o.signal,
  // As this harness always printed: without tags and outline, which the report tests check instead
  // (tests/unit/reports/report-navigation.test.ts) and which would double each final print here.
  tagged: false,
});

async function printHtmlToPdfInChromium(html: string, o: PdfOptions) {
  return openPrintDocumentInChromium(html, o, (doc) => doc.print());
}

/** The main process (not a renderer, GPU or zygote helper) of the Chromium running on this profile. */
async function browserPid(profileDir: string): Promise<number> {
  const flag = `--user-data-dir=${profileDir}`;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').then(
      (text) => text.split('\0'),
      () => [] as string[],
    );
    if (args.includes(flag) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`No browser process runs on the profile ${profileDir}.`);
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  const viewport = options.viewport ?? { width: 1440, height: 900 };
  const profileDir = options.profileDir;
  // A kept profile keeps the main-process side (recent files, settings) beside it.
  const userDataDir = profileDir
    ? path.join(profileDir, 'main-process')
    : await mkdtemp(path.join(os.tmpdir(), 'waymark-e2e-'));
  const electronPath = profileDir ? null : electronBinaryPath();
  if (electronPath) return launchElectron(electronPath, userDataDir);

  server ??= await startStaticServer(CONTENT_SECURITY_POLICY);
  const dialog = createScriptedDialog();
  const printWindowsAtLaunch = printWindowsOpened;
  const bridge = createNodeBridge({
    userDataDir,
    dialog,
    printHtmlToPdf: printHtmlToPdfInChromium,
    openPrintDocument: openPrintDocumentInChromium,
  });
  let context: BrowserContext;
  if (profileDir) {
    const executablePath = chromiumPath();
    if (!executablePath)
      throw new Error('Chromium is missing: install it (apt-get install chromium) or set CHROME_PATH.');
    await mkdir(userDataDir, { recursive: true });
    context = await chromium.launchPersistentContext(path.join(profileDir, 'browser'), {
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport,
      acceptDownloads: true,
    });
  } else {
    const b = await sharedBrowser();
    context = await b.newContext({ viewport, acceptDownloads: true });
  }
  watchOffline(context);
  await context.exposeBinding('__waymarkInvoke', async (_source, channel: string, args: unknown[]) =>
    encodeBytes(await bridge.invoke(channel, decodeBytes(args) as unknown[])),
  );
  await context.addInitScript(
    ({ channels, globalName }) => {
      type Listener = (value: unknown) => void;
      const listeners: Record<string, Set<Listener>> = {
        menuCommand: new Set(),
        openFile: new Set(),
        closeRequest: new Set(),
      };
      const toBase64 = (bytes: Uint8Array) => {
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      };
      const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const encode = (v: unknown): unknown => {
        if (v instanceof Uint8Array) return { __bytes: toBase64(v) };
        if (Array.isArray(v)) return v.map(encode);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
        return v;
      };
      const decode = (v: unknown): unknown => {
        if (v && typeof v === 'object' && '__bytes' in v) return fromBase64((v as { __bytes: string }).__bytes);
        if (Array.isArray(v)) return v.map(decode);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
        return v;
      };
      const invoke = (window as unknown as { __waymarkInvoke: (c: string, a: unknown) => Promise<unknown> })
        .__waymarkInvoke;
      const api: Record<string, unknown> = {};
      for (const channel of channels) {
        api[channel] = async (...args: unknown[]) => decode(await invoke(channel, encode(args)));
      }
      api.onMenuCommand = (l: Listener) => {
        listeners.menuCommand!.add(l);
        return () => listeners.menuCommand!.delete(l);
      };
      api.onOpenFile = (l: Listener) => {
        listeners.openFile!.add(l);
        return () => listeners.openFile!.delete(l);
      };
      api.onCloseRequest = (l: Listener) => {
        listeners.closeRequest!.add(l);
        return () => listeners.closeRequest!.delete(l);
      };
      Object.defineProperty(window, globalName, { value: Object.freeze(api), writable: false });
      Object.defineProperty(window, '__waymarkEmit', {
        value: (event: string, payload: unknown) => {
          // As the preload does: a page nobody subscribed in holds no edits, so it answers "saved".
          if (event === 'closeRequest' && listeners.closeRequest!.size === 0) {
            void invoke('closeReady', encode([payload, { saved: true }]));
            return;
          }
          listeners[event]?.forEach((l) => l(decode(payload)));
        },
      });
    },
    { channels: IPC_CHANNELS as string[], globalName: BRIDGE_GLOBAL },
  );
  const url = server.url;
  // A persistent context starts with a blank page of its own; the first window uses it.
  let firstPage: Page | undefined = context.pages()[0];
  const openWindow = async () => {
    const opened = firstPage ?? (await context.newPage());
    firstPage = undefined;
    opened.on('pageerror', (e) => console.error('[page error]', e.message));
    await opened.goto(url);
    return opened;
  };
  const emit = (event: string, payload: unknown) =>
    handle.page.evaluate(
      ([e, p]) => (window as unknown as { __waymarkEmit: (e: string, p: unknown) => void }).__waymarkEmit(e, p),
      [event, payload] as const,
    );
  const handle: AppHandle = {
    mode: 'chromium',
    printWindows: () => printWindowsOpened - printWindowsAtLaunch,
    page: await openWindow(),
    dialog,
    userDataDir,
    closeWindow: async () => {
      const decision = await bridge.confirmClose((requestId) => emit('closeRequest', requestId));
      if (decision === 'stay') return 'stayed';
      await handle.page.close();
      return 'closed';
    },
    reopenWindow: async () => {
      handle.page = await openWindow();
      return handle.page;
    },
    menu: async (command) => {
      await handle.page.evaluate(
        (c) =>
          (window as unknown as { __waymarkEmit: (e: string, p: unknown) => void }).__waymarkEmit('menuCommand', c),
        command,
      );
    },
    openFileFromOs: async (filePath) => {
      const bytes = new Uint8Array(await readFile(filePath));
      const payload = encodeBytes({ name: path.basename(filePath), path: filePath, bytes });
      await emit('openFile', payload);
    },
    kill: async () => {
      if (!profileDir) throw new Error('kill() needs an app launched with a profileDir.');
      const pid = await browserPid(path.join(profileDir, 'browser'));
      process.kill(pid, 'SIGKILL');
      // Wait until it is gone, so the next launch does not meet it holding the profile.
      for (let i = 0; i < 100; i++) {
        if (
          !(await stat(`/proc/${pid}`).then(
            () => true,
            () => false,
          ))
        )
          break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await Promise.race([context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    },
    close: async () => {
      await context.close();
      if (!profileDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

let webServer: { url: string; close: () => Promise<void> } | null = null;

/**
 * The web build as a browser tab: no bridge (so the web host), served without
 * a CSP header so only the policy in the built index.html applies.
 */
/** The web build in a tab: served by a plain static server, or from `url` (e.g. `npm start`'s own server). */
export async function launchWebApp(url?: string): Promise<{ page: Page; close(): Promise<void> }> {
  const b = await sharedBrowser();
  if (url === undefined) webServer ??= await startStaticServer();
  const context = await b.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  watchOffline(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await page.goto(url ?? webServer!.url);
  return { page, close: () => context.close() };
}

async function launchElectron(executablePath: string, userDataDir: string): Promise<AppHandle> {
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [ROOT, `--user-data-dir=${userDataDir}`],
    env: { ...process.env, WAYMARK_E2E: 'electron' },
  });
  const page = await app.firstWindow();
  const queue: { open: string[][]; save: (string | null)[] } = { open: [], save: [] };
  const dialog = {
    requests: [],
    nextOpen: (paths: string[]) => void queue.open.push(paths),
    nextSave: (p: string | null) => void queue.save.push(p),
    pending: () => queue.open.length + queue.save.length,
  } as unknown as ScriptedDialog;
  const sync = async () => {
    await app.evaluate(({ dialog: d }, q) => {
      const open = q.open.shift();
      const save = q.save.shift();
      if (open) d.showOpenDialog = (async () => ({ canceled: open.length === 0, filePaths: open })) as never;
      if (save !== undefined)
        d.showSaveDialog = (async () => ({ canceled: save === null, filePath: save ?? '' })) as never;
    }, queue);
  };
  const origOpen = dialog.nextOpen;
  const origSave = dialog.nextSave;
  dialog.nextOpen = (paths) => {
    origOpen(paths);
    void sync();
  };
  dialog.nextSave = (p) => {
    origSave(p);
    void sync();
  };
  return {
    mode: 'electron',
    printWindows: () => null,
    page,
    dialog,
    userDataDir,
    menu: async (command) => {
      await app.evaluate(
        ({ BrowserWindow }, c) => BrowserWindow.getAllWindows()[0]?.webContents.send('waymark:menuCommand', c),
        command,
      );
    },
    openFileFromOs: async (filePath) => {
      await app.evaluate(({ app: a }, p) => a.emit('open-file', { preventDefault() {} }, p), filePath);
    },
    closeWindow: async () => {
      // The real window's close event runs main's flush-before-close path.
      const closed = page.waitForEvent('close', { timeout: 15_000 }).then(
        () => 'closed' as const,
        () => 'stayed' as const,
      );
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      return closed;
    },
    reopenWindow: () => {
      throw new Error(
        'Reopening a window is only scripted in the Chromium harness: Electron quits with its last window.',
      );
    },
    kill: async () => {
      throw new Error('kill() is for Chromium launched with a profileDir.');
    },
    close: async () => {
      await app.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface ParticipantOptions {
  viewport?: { width: number; height: number };
  /** A phone: touch events, the mobile viewport meta tag, a device scale factor of 3. */
  phone?: boolean;
}

export interface ParticipantHandle {
  context: BrowserContext;
  page: Page;
  /** Launched as a phone (touch): tap rather than click. */
  phone: boolean;
  close(): Promise<void>;
}

/**
 * A live-session participant: a browser of its own (no bridge, no shared
 * storage with the app window, no secure-context APIs) opening a join link,
 * as a phone or laptop in the room would.
 */
export async function launchParticipant(url: string, options: ParticipantOptions = {}): Promise<ParticipantHandle> {
  const b = await sharedBrowser();
  const context = await b.newContext({
    viewport: options.viewport ?? (options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 }),
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {}),
  });
  watchOffline(context);
  // Join links are plain http on a LAN address, not a secure context; the session under test is on
  // 127.0.0.1, which browsers treat as secure, so what a secure context adds is taken away here.
  await context.addInitScript(() => {
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined, configurable: true });
    Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[participant page error]', e.message));
  await page.goto(url);
  return { context, page, phone: options.phone ?? false, close: () => context.close() };
}
