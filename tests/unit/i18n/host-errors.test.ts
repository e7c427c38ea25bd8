// @vitest-environment happy-dom
/**
 * Failures the host reports (main's IPC handlers, the web host, the process serving the web
 * build) are said in the interface language: main sends a code, which sentence it is and the
 * values it names, the renderer words it (ui/host-errors.ts). The cases come from the real
 * handlers, so in English the interface says exactly main's sentence.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_ERROR_REASONS, MAX_OPEN_BYTES, type IpcError, type IpcResult } from '../../../electron/common/contract';
import { LiveSessionError } from '../../../electron/live/sessions';
import { createIpcHandlers, type IpcDeps } from '../../../electron/main/ipc/handlers';
import type { SenderInfo } from '../../../electron/main/ipc/sender';
import { buildBridge } from '../../../electron/preload/bridge';
import { CATALOGUES, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { createElectronHost } from '../../../renderer/src/platform/electron-host';
import { HostError, hostErrorFrom } from '../../../renderer/src/platform/host';
import { createWebHost, readBrowserFile } from '../../../renderer/src/platform/web-host';
import { HOST_ERROR_CODE_KEYS, HOST_ERROR_KEYS, hostErrorText } from '../../../renderer/src/ui/host-errors';
import { errorMessage } from '../../../renderer/src/ui/toasts';
import { TAMIL } from '../../fixtures/seed-text';

const APP: SenderInfo = { frameUrl: 'app://waymark/index.html', isMainFrame: true, isAppWindow: true };
const FOREIGN: SenderInfo = { frameUrl: 'https://elsewhere.example/', isMainFrame: true, isAppWindow: true };
const unused = () => Promise.reject(new Error('not used here'));
const REQUEST = { journeyId: 'journey:host-errors', journeyTitle: 'Host errors', requireApproval: false };
/** A file name in Tamil, as a user names a journey. */
const NAME = `${TAMIL[0]!.slice(0, 16).trim()}.journey`;

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: the system says no`), { code });
}

/** A file handle whose size and reads are made up. */
function handle(size: number, options: { isFile?: boolean; grows?: boolean } = {}) {
  return {
    stat: async () => ({ size, isFile: () => options.isFile ?? true }),
    read: async (_buffer: Uint8Array, _offset: number, length: number) => ({
      bytesRead: options.grows ? length : 0,
    }),
    close: async () => undefined,
  };
}

function handlers(deps: Partial<IpcDeps>) {
  return createIpcHandlers({
    fs: { open: unused, writeFileAtomic: unused },
    dialog: { showOpenDialog: unused, showSaveDialog: unused, confirmReplace: unused },
    printHtmlToPdf: unused,
    setTitle: () => undefined,
    closeReady: () => false,
    appInfo: () => ({ name: 'Waymark', version: '0', platform: 'linux', electron: null, chrome: null }),
    recent: {
      list: async () => {
        throw new Error('the recent list is unreadable');
      },
      add: async () => [],
      has: async () => true,
      remove: async () => [],
      clear: async () => undefined,
      onChange: () => () => undefined,
    },
    now: Date.now,
    log: () => undefined,
    ...deps,
  });
}

function failure<T>(result: IpcResult<T>): IpcError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

/** Opening a recent file whose reading fails in one way. */
async function openRecentFailure(open: () => Promise<ReturnType<typeof handle>>): Promise<IpcError> {
  return failure(await handlers({ fs: { open, writeFileAtomic: unused } }).openRecent(APP, [`/maps/${NAME}`]));
}

let mainCache: Promise<IpcError[]> | null = null;
/** Every failure main's handlers report, from the real handlers (made once: a file that grows takes a while). */
function mainFailures(): Promise<IpcError[]> {
  mainCache ??= collectMainFailures();
  return mainCache;
}

async function collectMainFailures(): Promise<IpcError[]> {
  const saveDialog = {
    showOpenDialog: unused,
    showSaveDialog: async () => ({ canceled: false, filePath: `/maps/${NAME}` }),
    confirmReplace: async () => true,
  };
  let release = () => undefined as void;
  const printing = handlers({
    dialog: saveDialog,
    fs: { open: unused, writeFileAtomic: async () => ({ ok: true }), exists: async () => false },
    printHtmlToPdf: () =>
      new Promise<Uint8Array>((resolve) => {
        release = () => resolve(new Uint8Array([37, 80, 68, 70]));
      }),
  });
  const pdf = { html: '<p>x</p>', pageSize: 'A4', landscape: false, suggestedName: 'map.pdf' };
  const first = printing.exportPdf(APP, [pdf]);
  await new Promise((r) => setTimeout(r, 10));
  const busy = failure(await printing.exportPdf(APP, [pdf]));
  release();
  await first;
  const liveThrowing = (error: Error) =>
    handlers({ live: { start: () => Promise.reject(error), end: async () => undefined, status: () => null } });
  return [
    await openRecentFailure(() => Promise.reject(systemError('ENOENT'))),
    await openRecentFailure(async () => handle(10, { isFile: false })),
    await openRecentFailure(async () => handle(MAX_OPEN_BYTES + 1)),
    // Exactly at the limit by its size, then a byte more while read: one copy, not one per megabyte.
    await openRecentFailure(async () => handle(MAX_OPEN_BYTES, { grows: true })),
    await openRecentFailure(() => Promise.reject(systemError('EACCES'))),
    await openRecentFailure(() => Promise.reject(new Error('no code at all'))),
    failure(
      await handlers({
        dialog: saveDialog,
        fs: {
          open: unused,
          writeFileAtomic: async () => ({ ok: false, step: 'open', message: 'EACCES: permission denied' }),
          exists: async () => false,
        },
      }).saveFile(APP, [{ suggestedName: NAME, filters: [], bytes: new Uint8Array([1]) }]),
    ),
    busy,
    failure(
      await handlers({
        dialog: saveDialog,
        fs: { open: unused, writeFileAtomic: unused, exists: async () => false },
        printHtmlToPdf: () => Promise.reject(new Error('the printer caught fire')),
      }).exportPdf(APP, [pdf]),
    ),
    failure(
      await handlers({
        recent: {
          list: unused,
          add: unused,
          has: async () => false,
          remove: unused,
          clear: unused,
          onChange: () => () => undefined,
        },
      }).openRecent(APP, ['/maps/elsewhere.journey']),
    ),
    failure(await handlers({}).liveStart(APP, [REQUEST])),
    failure(
      await liveThrowing(
        new LiveSessionError(
          'busy',
          'A live session is already running for another journey; end it first, then start this one.',
        ),
      ).liveStart(APP, [REQUEST]),
    ),
    failure(
      await liveThrowing(
        new LiveSessionError(
          'live-failed',
          'The live session could not start because no network port could be opened; check that a firewall or another program is not blocking Waymark, then try again.',
        ),
      ).liveStart(APP, [REQUEST]),
    ),
    failure(await handlers({}).appInfo(FOREIGN, [])),
    failure(await handlers({}).openRecent(APP, [''])),
    failure(await handlers({}).recentFiles(APP, [])),
  ];
}

/** The web host's own failures. */
async function webFailures(): Promise<HostError[]> {
  const caught = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error as HostError,
    );
  const host = createWebHost();
  const huge = { name: NAME, size: MAX_OPEN_BYTES + 5 * 1024 * 1024 } as File;
  const failures = [await caught(readBrowserFile(huge)), await caught(host.openRecent('/maps/x.journey'))];
  vi.stubGlobal('fetch', async () => new Response('<!doctype html><html></html>', { status: 200 }));
  failures.push(await caught(host.live.start(REQUEST)));
  vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
  failures.push(await caught(host.live.start(REQUEST)));
  vi.unstubAllGlobals();
  return failures;
}

function lookup(language: string, key: string): unknown {
  const catalogue = CATALOGUES[language as keyof typeof CATALOGUES];
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogue);
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await setUiLanguage('en');
});

describe('host errors in the interface language', () => {
  it('every reason and generic code has its sentence in all five languages', () => {
    const keys = [...HOST_ERROR_REASONS.map((r) => HOST_ERROR_KEYS[r]), ...Object.values(HOST_ERROR_CODE_KEYS)];
    expect(keys).toHaveLength(HOST_ERROR_REASONS.length + 3);
    for (const key of keys) {
      for (const language of UI_LANGUAGES) {
        const text = lookup(language, key);
        expect(typeof text === 'string' && text.trim() !== '', `${language} ${key}`).toBe(true);
      }
    }
  });

  it('main and the web host give each failure a reason, and in English the interface says their sentence', async () => {
    const main = await mainFailures();
    const web = await webFailures();
    const reasons = new Set([...main, ...web].map((e) => e.reason).filter(Boolean));
    // Every reason but the browser's print failure (its iframe needs a real browser) comes from the real code.
    expect([...HOST_ERROR_REASONS].filter((r) => !reasons.has(r))).toEqual(['print-failed']);
    for (const error of [...main, ...web].filter((e) => e.reason !== undefined)) {
      expect(hostErrorText(error)).toBe(error.message);
    }
    expect(main.filter((e) => e.reason === undefined).map((e) => e.code)).toEqual([
      'bad-sender',
      'bad-arguments',
      'internal',
    ]);
    // Programming errors are said without Waymark's internals (channel names, zod paths, sender URLs).
    expect(hostErrorText(main.find((e) => e.code === 'bad-sender')!)).toBe(
      'Waymark refused this request; restart Waymark and try again.',
    );
    expect(hostErrorText(main.find((e) => e.code === 'bad-arguments')!)).not.toMatch(/openRecent|argument/);
  }, 30_000);

  it('the other languages say every failure, numbers in their own writing, with no English left', async () => {
    const all = [...(await mainFailures()), ...(await webFailures())];
    all.push(
      new HostError('print-failed', 'The browser could not print the report: Error: x', 'print-failed', {
        detail: 'Error: x',
      }),
    );
    for (const language of UI_LANGUAGES.filter((l) => l !== 'en')) {
      await setUiLanguage(language);
      for (const error of all) {
        const text = hostErrorText(error);
        expect(text, `${language}: ${error.message}`).not.toBe(error.message);
        expect(text).not.toMatch(/\{\{|messages\.|\bundefined\b/);
        const withoutValues = text
          .replace(NAME, '')
          .replace(/EACCES: permission denied|EACCES|Error: x|`npm start`/g, '')
          .replace(/\b(Waymark|PDF)\b/g, '');
        expect(withoutValues, `${language}: ${error.message}`).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
    await setUiLanguage('hy');
    const tooLarge = all.find((e) => e.reason === 'open-too-large' && e.params?.size === MAX_OPEN_BYTES + 1)!;
    // 64 MB and one byte is never shown as 64: Armenian writes the decimal with a comma.
    expect(hostErrorText(tooLarge)).toContain('64,1 ՄԲ');
  }, 30_000);

  it('a failure from the Electron host and one from the web host read in Tamil in a toast', async () => {
    const main = handlers({ fs: { open: () => Promise.reject(systemError('ENOENT')), writeFileAtomic: unused } });
    const bridge = buildBridge({
      invoke: (channel, ...args) => {
        const name = channel.replace(/^waymark:/, '') as keyof typeof main;
        return (main[name] as (s: SenderInfo, a: unknown) => Promise<unknown>)(APP, args);
      },
      on: () => undefined,
      removeListener: () => undefined,
    });
    const electron = await createElectronHost(bridge)
      .openRecent(`/maps/${NAME}`)
      .catch((e: unknown) => e);
    const web = await readBrowserFile({ name: NAME, size: MAX_OPEN_BYTES * 2 } as File).catch((e: unknown) => e);
    expect(electron).toBeInstanceOf(HostError);
    expect(web).toBeInstanceOf(HostError);
    expect(errorMessage(electron)).toBe(
      `${NAME} could not be opened: the file no longer exists; it may have been moved or deleted.`,
    );
    await setUiLanguage('ta');
    expect(errorMessage(electron)).toBe(
      `${NAME} ஐத் திறக்க முடியவில்லை: அந்தக் கோப்பு இப்போது இல்லை; அது நகர்த்தப்பட்டிருக்கலாம் அல்லது நீக்கப்பட்டிருக்கலாம்.`,
    );
    expect(errorMessage(web)).toBe(
      `${NAME} ஐத் திறக்க முடியவில்லை: கோப்பு 128 மெ.பை., இது Waymark திறக்கக்கூடிய 64 மெ.பை.-ஐ விடப் பெரியது.`,
    );
  });

  it('a reason or values outside the contract are dropped, and the English sentence is shown', async () => {
    const odd = hostErrorFrom({
      code: 'read-failed',
      message: 'Something odd.',
      reason: 'made-up',
      params: { name: 1 },
    });
    expect(odd.reason).toBeUndefined();
    expect(odd.params).toBeUndefined();
    await setUiLanguage('ta');
    expect(errorMessage(odd)).toBe('Something odd.');
  });
});
