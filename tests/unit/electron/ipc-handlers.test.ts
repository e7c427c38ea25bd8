import { open, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IPC_CHANNELS,
  MAX_OPEN_BYTES,
  type CloseReply,
  type IpcChannel,
  type IpcResult,
} from '../../../electron/common/contract';
import { atomicWrite } from '../../../electron/main/files/atomic-write';
import { createRecentFilesStore } from '../../../electron/main/files/recent-files';
import { createIpcHandlers, type IpcDeps, type PdfOptions } from '../../../electron/main/ipc/handlers';
import { DEFAULT_MENU_LABELS } from '../../../electron/main/menu/template';
import type { SenderInfo } from '../../../electron/main/ipc/sender';
import { createLiveSessions } from '../../../electron/live/sessions';
import { createScriptedDialog } from '../../support/node-bridge';
import { APP_SENDER, SEED_TITLES, fromUtf8, seedText, utf8, withTempDir } from './helpers';

function harness(dir: string, overrides: Partial<IpcDeps> = {}) {
  const dialog = createScriptedDialog();
  const logs: string[] = [];
  const titles: string[] = [];
  const prints: Array<{ html: string; options: PdfOptions }> = [];
  const signals: Array<AbortSignal | undefined> = [];
  const closeReplies: Array<{ requestId: string; reply: CloseReply }> = [];
  let clock = 1_700_000_000_000;
  const recent = createRecentFilesStore({
    userDataDir: path.join(dir, 'userData'),
    now: () => clock++,
    log: (m) => logs.push(m),
  });
  const handlers = createIpcHandlers({
    fs: { open, writeFileAtomic: (p, b) => atomicWrite(p, b) },
    dialog,
    printHtmlToPdf: async (html, { signal, ...options }) => {
      prints.push({ html, options });
      signals.push(signal);
      return utf8(`%PDF-1.7 ${html}`);
    },
    setTitle: (t) => void titles.push(t),
    closeReady: (requestId, reply) => {
      closeReplies.push({ requestId, reply });
      return true;
    },
    appInfo: () => ({ name: 'Waymark', version: '0.1.0', platform: 'linux', electron: '45.4.1', chrome: '142' }),
    recent,
    live: createLiveSessions({
      staticDir: null,
      resumeDir: null,
      port: 0,
      listenHost: '127.0.0.1',
      log: (m) => logs.push(m),
    }),
    now: () => clock,
    log: (m) => logs.push(m),
    ...overrides,
  });
  const call = <C extends IpcChannel>(channel: C, ...args: unknown[]) => handlers[channel](APP_SENDER, args);
  return { handlers, call, dialog, logs, titles, prints, signals, recent, closeReplies };
}

const JOURNEY_FILTER = [{ name: 'Waymark journey', extensions: ['journey'] }];

/** One valid argument list per channel, so refusals are about the sender alone. */
const VALID_ARGS: Record<IpcChannel, unknown[]> = {
  appInfo: [],
  openFile: [{ filters: JOURNEY_FILTER }],
  saveFile: [{ suggestedName: 'a.journey', filters: JOURNEY_FILTER, bytes: utf8('{}') }],
  exportPdf: [{ html: '<p>x</p>', pageSize: 'A4', landscape: false, suggestedName: 'r.pdf' }],
  preparePdf: [{ html: '<p>x</p>', pageSize: 'A4', landscape: false }],
  recentFiles: [],
  openRecent: ['/tmp/a.journey'],
  setTitle: ['Title'],
  closeReady: ['8f0c5a3e-0d4b-4c59-9a43-1b7c1f2e6d10', { saved: true }],
  liveStart: [{ journeyId: 'journey:1', journeyTitle: 'Onboarding', requireApproval: false }],
  liveEnd: [],
  liveStatus: [],
  setLanguage: [{ language: 'ta', menu: DEFAULT_MENU_LABELS }],
};

/** Argument lists the contract must refuse, per channel. */
const BAD_ARGS: Record<IpcChannel, unknown[][]> = {
  appInfo: [['extra']],
  openFile: [[], [{ filters: 'journey' }], [{ filters: [{ name: 'x', extensions: ['../etc'] }] }]],
  saveFile: [
    [{ suggestedName: 'a.journey', filters: [], bytes: [1, 2, 3] }],
    [{ suggestedName: '', filters: [], bytes: utf8('x') }],
    [{ suggestedName: 'a', filters: [] }],
  ],
  exportPdf: [
    [{ html: '<p/>', pageSize: 'A4', landscape: 'yes', suggestedName: 'r.pdf' }],
    [{ html: '<p/>', pageSize: 'A3', landscape: false, suggestedName: 'r.pdf' }],
    [{ html: '<p/>', pageSize: { widthMm: 841, heightMm: 2001 }, landscape: false, suggestedName: 'r.pdf' }],
    [{ html: '<p/>', pageSize: { widthMm: 49, heightMm: 300 }, landscape: false, suggestedName: 'r.pdf' }],
    [{ html: '<p/>', pageSize: { widthMm: Number.NaN, heightMm: 300 }, landscape: false, suggestedName: 'r.pdf' }],
    [{ html: '<p/>', pageSize: { widthMm: 300, heightMm: 300, dpi: 2 }, landscape: false, suggestedName: 'r.pdf' }],
    [{ html: 42, pageSize: 'A4', landscape: false, suggestedName: 'r.pdf' }],
    [],
  ],
  preparePdf: [
    [],
    [undefined],
    [{ html: '<p/>', pageSize: 'A5', landscape: false }],
    [{ html: '<p/>', pageSize: 'A4' }],
    [{ html: 'x'.repeat(64 * 1024 * 1024 + 1), pageSize: 'A4', landscape: false }],
  ],
  recentFiles: [[1]],
  openRecent: [[''], [42], []],
  setTitle: [['x'.repeat(301)], [null]],
  closeReady: [
    ['not-a-uuid', { saved: true }],
    ['8f0c5a3e-0d4b-4c59-9a43-1b7c1f2e6d10', { saved: false }],
    ['8f0c5a3e-0d4b-4c59-9a43-1b7c1f2e6d10', { saved: false, what: 'x', copy: { suggestedName: 'a', bytes: [1] } }],
  ],
  liveStart: [
    [],
    [{ journeyId: '', journeyTitle: 'x', requireApproval: false }],
    [{ journeyId: 'journey:1', journeyTitle: 'x', requireApproval: 'yes' }],
    [{ journeyId: 'journey:1', journeyTitle: 'x'.repeat(501), requireApproval: false }],
    [{ journeyId: 'journey:1', journeyTitle: 'x' }],
  ],
  liveEnd: [['now']],
  liveStatus: [[1]],
  setLanguage: [
    [{ language: 'fr', menu: DEFAULT_MENU_LABELS }],
    [{ language: 'ta', menu: { ...DEFAULT_MENU_LABELS, file: '' } }],
    [{ language: 'ta', menu: { ...DEFAULT_MENU_LABELS, extra: 'x' } }],
    [{ language: 'ta' }],
    [],
  ],
};

const refusedSenders: Array<[string, SenderInfo]> = [
  ['a foreign origin', { frameUrl: 'https://evil.example/index.html', isMainFrame: true, isAppWindow: true }],
  ['a file:// page', { frameUrl: 'file:///tmp/index.html', isMainFrame: true, isAppWindow: true }],
  ['another app:// host', { frameUrl: 'app://print/x.html', isMainFrame: true, isAppWindow: true }],
  ['a subframe of the app', { frameUrl: 'app://waymark/index.html', isMainFrame: false, isAppWindow: true }],
  ['another window', { frameUrl: 'app://waymark/index.html', isMainFrame: true, isAppWindow: false }],
  ['a destroyed frame', { frameUrl: null, isMainFrame: false, isAppWindow: true }],
];

describe('sender check', () => {
  it.each(refusedSenders)('refuses %s on every channel, logs it, and does nothing', async (_label, sender) => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      for (const channel of IPC_CHANNELS) {
        const result = (await h.handlers[channel](sender, VALID_ARGS[channel])) as IpcResult<unknown>;
        expect(result.ok, channel).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('bad-sender');
      }
      expect(h.logs.filter((l) => l.includes('Refused'))).toHaveLength(IPC_CHANNELS.length);
      expect(h.dialog.requests).toHaveLength(0);
      expect(h.titles).toHaveLength(0);
    });
  });

  it('accepts the app window main frame on app://waymark', async () => {
    await withTempDir(async (dir) => {
      const result = await harness(dir).call('appInfo');
      expect(result).toEqual({
        ok: true,
        value: { name: 'Waymark', version: '0.1.0', platform: 'linux', electron: '45.4.1', chrome: '142' },
      });
    });
  });
});

describe('argument validation', () => {
  it.each(IPC_CHANNELS)('%s refuses bad arguments with a typed error, never a throw', async (channel) => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      for (const args of [...BAD_ARGS[channel], 'not an array' as unknown as unknown[]]) {
        const result = (await h.handlers[channel](APP_SENDER, args)) as IpcResult<unknown>;
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('bad-arguments');
          expect(result.error.message).toMatch(new RegExp(`^The ${channel} request was invalid \\(.+\\)\\.$`));
        }
      }
      expect(h.dialog.requests).toHaveLength(0);
      expect(h.prints).toHaveLength(0);
    });
  });
});

describe('openFile', () => {
  it('returns the chosen files with their bytes and remembers journeys', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      const journey = path.join(dir, `${SEED_TITLES.te.slice(0, 20)}.journey`);
      const csv = path.join(dir, 'touchpoints.csv');
      await writeFile(journey, seedText('te-customer-loyalty-3.0.txt'));
      await writeFile(csv, `stage,touchpoint\n${SEED_TITLES.ml},x\n`);
      h.dialog.nextOpen([journey, csv]);

      const result = await h.call('openFile', { title: 'Open', filters: JOURNEY_FILTER, multiple: true });

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.map((f) => [f.name, f.path])).toEqual([
        [path.basename(journey), journey],
        ['touchpoints.csv', csv],
      ]);
      expect(fromUtf8(result.value[0]!.bytes)).toBe(seedText('te-customer-loyalty-3.0.txt'));
      expect(fromUtf8(result.value[1]!.bytes)).toContain(SEED_TITLES.ml);
      expect(h.dialog.requests[0]).toEqual({
        kind: 'open',
        request: { title: 'Open', filters: JOURNEY_FILTER, properties: ['openFile', 'multiSelections'] },
      });
      // Only the journey joins the recent list.
      expect((await h.recent.list()).map((f) => f.path)).toEqual([journey]);
    });
  });

  it('returns an empty list when the dialog is cancelled', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      expect(await h.call('openFile', { filters: JOURNEY_FILTER })).toEqual({ ok: true, value: [] });
      expect(h.dialog.requests[0]).toMatchObject({ request: { properties: ['openFile'] } });
    });
  });

  it('refuses a file larger than MAX_OPEN_BYTES before reading it, naming the limit', async () => {
    await withTempDir(async (dir) => {
      const big = path.join(dir, 'huge.journey');
      await writeFile(big, '');
      await truncate(big, MAX_OPEN_BYTES + 1); // sparse: no 64 MB written
      let reads = 0;
      const h = harness(dir, {
        fs: {
          open: async (p, flags) => {
            const handle = await open(p, flags);
            return {
              stat: () => handle.stat(),
              close: () => handle.close(),
              read: (buffer, offset, length, position) => {
                reads += 1;
                return handle.read(buffer, offset, length, position);
              },
            };
          },
          writeFileAtomic: (p, b) => atomicWrite(p, b),
        },
      });
      h.dialog.nextOpen([big]);
      const result = await h.call('openFile', { filters: JOURNEY_FILTER });
      expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
      if (!result.ok) {
        expect(result.error.message).toBe(
          'huge.journey could not be opened: the file is 64.1 MB, larger than the 64 MB Waymark can open.',
        );
      }
      expect(reads).toBe(0);
      expect(await h.recent.list()).toEqual([]);
    });
  });

  it('accepts a file of exactly MAX_OPEN_BYTES', async () => {
    await withTempDir(async (dir) => {
      const edge = path.join(dir, 'edge.journey');
      await writeFile(edge, '');
      await truncate(edge, MAX_OPEN_BYTES);
      const h = harness(dir);
      h.dialog.nextOpen([edge]);
      const result = await h.call('openFile', { filters: JOURNEY_FILTER });
      expect(result.ok && result.value[0]!.bytes.byteLength).toBe(MAX_OPEN_BYTES);
    });
  });

  it('reports a vanished file as not-found', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      h.dialog.nextOpen([path.join(dir, 'gone.journey')]);
      const result = await h.call('openFile', { filters: JOURNEY_FILTER });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'not-found',
          message: 'gone.journey could not be opened: the file no longer exists; it may have been moved or deleted.',
          reason: 'open-not-found',
          params: { name: 'gone.journey' },
        },
      });
    });
  });
});

describe('saveFile', () => {
  it('writes the bytes atomically where the user chose and returns the name', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      const target = path.join(dir, 'Հաճախորդ.journey');
      await writeFile(target, 'old contents');
      h.dialog.nextSave(target);
      const text = seedText('hy-loyalty-six-questions.txt');

      const result = await h.call('saveFile', {
        suggestedName: 'Հաճախորդ.journey',
        filters: JOURNEY_FILTER,
        bytes: utf8(text),
      });

      expect(result).toEqual({ ok: true, value: { name: 'Հաճախորդ.journey', path: target } });
      expect(await readFile(target, 'utf8')).toBe(text);
      expect(await readdir(dir)).toEqual(expect.arrayContaining(['Հաճախորդ.journey']));
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect((await h.recent.list())[0]?.path).toBe(target);
    });
  });

  it('suggests only a clean file name and adds the filter extension when the chooser did not', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      h.dialog.nextSave(path.join(dir, 'report'));
      const result = await h.call('saveFile', {
        suggestedName: '../../etc/pass:wd?.journey',
        filters: JOURNEY_FILTER,
        bytes: utf8('{}'),
      });
      expect(h.dialog.requests[0]).toMatchObject({
        kind: 'save',
        request: { defaultPath: 'pass_wd_.journey', properties: ['showOverwriteConfirmation', 'createDirectory'] },
      });
      expect(result).toEqual({ ok: true, value: { name: 'report.journey', path: path.join(dir, 'report.journey') } });
    });
  });

  it('returns null when cancelled and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      h.dialog.nextSave(null);
      expect(
        await h.call('saveFile', { suggestedName: 'a.journey', filters: JOURNEY_FILTER, bytes: utf8('x') }),
      ).toEqual({
        ok: true,
        value: null,
      });
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('reports write-failed and keeps the old file when the write fails', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'keep.journey');
      await writeFile(target, 'original');
      const h = harness(dir, {
        fs: { open, writeFileAtomic: async () => ({ ok: false, step: 'fsync', message: 'EIO: i/o error' }) },
      });
      h.dialog.nextSave(target);
      const result = await h.call('saveFile', {
        suggestedName: 'keep.journey',
        filters: JOURNEY_FILTER,
        bytes: utf8('new'),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
      if (!result.ok) expect(result.error.message).toContain('Waymark could not save keep.journey (EIO: i/o error)');
      expect(await readFile(target, 'utf8')).toBe('original');
    });
  });
});

describe('exportPdf', () => {
  /** An export whose save dialog the scripted dialog cancels (no path queued). */
  const CANCELLED_PDF = { html: '<p/>', pageSize: 'A4', landscape: false, suggestedName: 'r.pdf' } as const;

  it('passes page size and orientation to the printer and writes its bytes', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      const html = `<h1>${SEED_TITLES.ta}</h1>`;
      const target = path.join(dir, 'tamil.pdf');
      h.dialog.nextSave(target);
      const result = await h.call('exportPdf', { html, pageSize: 'Letter', landscape: true, suggestedName: 'a.pdf' });
      expect(result).toEqual({ ok: true, value: { name: 'tamil.pdf', path: target } });
      expect(await readFile(target, 'utf8')).toBe(`%PDF-1.7 ${html}`);
      expect(h.prints).toEqual([{ html, options: { pageSize: 'Letter', landscape: true } }]);
    });
  });

  it('passes a custom poster size (mm) to the printer', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      h.dialog.nextSave(path.join(dir, 'poster.pdf'));
      const pageSize = { widthMm: 1189, heightMm: 841 };
      const result = await h.call('exportPdf', { html: '<p/>', pageSize, landscape: false, suggestedName: 'p.pdf' });
      expect(result).toMatchObject({ ok: true });
      expect(h.prints).toEqual([{ html: '<p/>', options: { pageSize, landscape: false } }]);
    });
  });

  it('a printing failure becomes print-failed and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir, { printHtmlToPdf: () => Promise.reject(new Error('renderer crashed')) });
      const target = path.join(dir, 'r.pdf');
      h.dialog.nextSave(target);
      const result = await h.call('exportPdf', {
        html: '<p/>',
        pageSize: 'A4',
        landscape: false,
        suggestedName: 'r.pdf',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'print-failed' } });
      expect(h.logs.some((l) => l.includes('renderer crashed'))).toBe(true);
      expect(await readdir(dir)).not.toContain('r.pdf');
    });
  });

  it('runs one print job at a time: a second request while one prints is refused as busy, then works again', async () => {
    await withTempDir(async (dir) => {
      let release: () => void = () => undefined;
      let started = 0;
      const h = harness(dir, {
        printHtmlToPdf: async (html) => {
          started++;
          if (started === 1) await new Promise<void>((resolve) => (release = resolve));
          return utf8(`%PDF-1.7 ${html}`);
        },
      });
      const first = path.join(dir, 'first.pdf');
      h.dialog.nextSave(first);
      const running = h.call('exportPdf', {
        html: '<p>1</p>',
        pageSize: 'A4',
        landscape: false,
        suggestedName: 'a.pdf',
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(started).toBe(1);

      const second = await h.call('exportPdf', {
        html: '<p>2</p>',
        pageSize: 'A4',
        landscape: false,
        suggestedName: 'b.pdf',
      });
      expect(second).toEqual({
        ok: false,
        error: {
          code: 'busy',
          message: 'Waymark is already creating a PDF; wait for it to finish, then try again.',
          reason: 'pdf-busy',
        },
      });
      expect(started).toBe(1);
      // The refused request did not even ask for a path.
      expect(h.dialog.requests).toHaveLength(1);

      release();
      expect(await running).toEqual({ ok: true, value: { name: 'first.pdf', path: first } });
      const third = path.join(dir, 'third.pdf');
      h.dialog.nextSave(third);
      const again = await h.call('exportPdf', {
        html: '<p>3</p>',
        pageSize: 'A4',
        landscape: false,
        suggestedName: 'c.pdf',
      });
      expect(again).toEqual({ ok: true, value: { name: 'third.pdf', path: third } });
      expect(started).toBe(2);
    });
  });

  it('exportPdf prints while the save dialog is open, then writes the PDF to the chosen path', async () => {
    await withTempDir(async (dir) => {
      const order: string[] = [];
      let release: () => void = () => undefined;
      const h = harness(dir, {
        printHtmlToPdf: async (html) => {
          order.push('print started');
          await new Promise<void>((resolve) => (release = resolve));
          order.push('print done');
          return utf8(`%PDF-1.7 ${html}`);
        },
      });
      const target = path.join(dir, 'report.pdf');
      const answer = { resolve: (_: { canceled: boolean; filePath?: string }) => undefined as void };
      h.dialog.showSaveDialog = async (request) => {
        h.dialog.requests.push({ kind: 'save', request });
        order.push('dialog open');
        return new Promise((resolve) => (answer.resolve = resolve));
      };
      const result = h.call('exportPdf', {
        html: '<p>ok</p>',
        pageSize: 'A4',
        landscape: false,
        suggestedName: 'report.pdf',
      });
      await new Promise((r) => setTimeout(r, 20));
      // The print is under way while the user is still choosing.
      expect(order).toEqual(['print started', 'dialog open']);
      release();
      await new Promise((r) => setTimeout(r, 20));
      expect(order).toEqual(['print started', 'dialog open', 'print done']);
      answer.resolve({ canceled: false, filePath: target });
      expect(await result).toEqual({ ok: true, value: { name: 'report.pdf', path: target } });
      expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 <p>ok</p>');
      expect(h.dialog.requests[0]).toMatchObject({
        request: { filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
      });
      expect(await h.recent.list()).toEqual([]);
    });
  });

  it('exportPdf stops the print when the save dialog is cancelled, writes nothing, and is ready again at once', async () => {
    await withTempDir(async (dir) => {
      let stopped = 0;
      const h = harness(dir, {
        // A print that only ends when it is stopped (a printer that heeds the signal, as the print window does).
        printHtmlToPdf: (_html, { signal }) =>
          new Promise((_, reject) => {
            signal?.addEventListener('abort', () => {
              stopped++;
              reject(new Error('window destroyed'));
            });
          }),
      });
      const result = await h.call('exportPdf', CANCELLED_PDF);
      expect(result).toEqual({ ok: true, value: null });
      expect(stopped).toBe(1);
      expect(await readdir(dir)).not.toContain('r.pdf');
      // A stopped print is not a failure to log.
      expect(h.logs.filter((l) => l.includes('printing a PDF failed'))).toEqual([]);

      // Not refused as busy: the next export asks again (and is cancelled again).
      const second = await h.call('exportPdf', CANCELLED_PDF);
      expect(second).toEqual({ ok: true, value: null });
      expect(stopped).toBe(2);
    });
  });

  it('exportPdf does not wait for a print that ignores the stop when the dialog is cancelled', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir, { printHtmlToPdf: () => new Promise<Uint8Array>(() => undefined) });
      const result = await h.call('exportPdf', CANCELLED_PDF);
      expect(result).toEqual({ ok: true, value: null });
      // And the next export is not refused as busy.
      const next = await h.call('exportPdf', CANCELLED_PDF);
      expect(next).toEqual({ ok: true, value: null });
    });
  });
});

describe('a PDF printed ahead (preparePdf)', () => {
  const REPORT = { html: `<h1>${SEED_TITLES.ml}</h1>`, pageSize: 'A4', landscape: false } as const;

  /** A printer whose prints end when the test says so, or stop when their window is destroyed. */
  function heldPrinter() {
    const held: Array<{ html: string; signal: AbortSignal | undefined; finish: () => void }> = [];
    const printHtmlToPdf: IpcDeps['printHtmlToPdf'] = (html, { signal }) =>
      new Promise((resolve, reject) => {
        held.push({ html, signal, finish: () => resolve(utf8(`%PDF-1.7 ${html}`)) });
        signal?.addEventListener('abort', () => reject(new Error('window destroyed')));
      });
    return { held, printHtmlToPdf };
  }
  const tick = () => new Promise((r) => setTimeout(r, 10));

  it('Export saves the document printed ahead without printing it again', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      expect(await h.call('preparePdf', REPORT)).toEqual({ ok: true, value: true });
      expect(h.prints).toHaveLength(1);
      const target = path.join(dir, 'report.pdf');
      h.dialog.nextSave(target);
      const saved = await h.call('exportPdf', { ...REPORT, suggestedName: 'report.pdf' });
      expect(saved).toEqual({ ok: true, value: { name: 'report.pdf', path: target } });
      expect(await readFile(target, 'utf8')).toBe(`%PDF-1.7 ${REPORT.html}`);
      // One print in all: the one ahead.
      expect(h.prints).toHaveLength(1);
      // Asking again for the same document prints nothing more.
      expect(await h.call('preparePdf', REPORT)).toEqual({ ok: true, value: true });
      expect(h.prints).toHaveLength(1);
    });
  });

  it('Export clicked while the print ahead still runs waits for that print instead of starting another', async () => {
    await withTempDir(async (dir) => {
      const printer = heldPrinter();
      const h = harness(dir, { printHtmlToPdf: printer.printHtmlToPdf });
      const ahead = h.call('preparePdf', REPORT);
      await tick();
      const target = path.join(dir, 'report.pdf');
      h.dialog.nextSave(target);
      const saved = h.call('exportPdf', { ...REPORT, suggestedName: 'report.pdf' });
      await tick();
      expect(printer.held).toHaveLength(1);
      printer.held[0]!.finish();
      expect(await saved).toEqual({ ok: true, value: { name: 'report.pdf', path: target } });
      expect(await ahead).toEqual({ ok: true, value: true });
      expect(await readFile(target, 'utf8')).toBe(`%PDF-1.7 ${REPORT.html}`);
      expect(printer.held).toHaveLength(1);
    });
  });

  it('another document stops the print ahead: a changed report prints anew, and so does its export', async () => {
    await withTempDir(async (dir) => {
      const printer = heldPrinter();
      const h = harness(dir, { printHtmlToPdf: printer.printHtmlToPdf });
      const first = h.call('preparePdf', REPORT);
      await tick();
      // The same HTML on other paper is another document.
      const landscape = h.call('preparePdf', { ...REPORT, landscape: true });
      expect(await first).toEqual({ ok: true, value: false });
      expect(printer.held[0]!.signal?.aborted).toBe(true);
      await tick();
      expect(printer.held).toHaveLength(2);

      // Export of yet another document: the print ahead gives way, not "busy".
      const target = path.join(dir, 'changed.pdf');
      h.dialog.nextSave(target);
      const changed = `<h1>${SEED_TITLES.hy}</h1>`;
      const saved = h.call('exportPdf', { ...REPORT, html: changed, suggestedName: 'changed.pdf' });
      expect(await landscape).toEqual({ ok: true, value: false });
      await tick();
      expect(printer.held).toHaveLength(3);
      printer.held[2]!.finish();
      expect(await saved).toEqual({ ok: true, value: { name: 'changed.pdf', path: target } });
      expect(await readFile(target, 'utf8')).toBe(`%PDF-1.7 ${changed}`);
      // A stopped print ahead is not a failure to log.
      expect(h.logs.filter((l) => l.includes('printing a PDF failed'))).toEqual([]);
    });
  });

  it('null lets the print ahead go: it stops, and a later export prints the document itself', async () => {
    await withTempDir(async (dir) => {
      const printer = heldPrinter();
      const h = harness(dir, { printHtmlToPdf: printer.printHtmlToPdf });
      const ahead = h.call('preparePdf', REPORT);
      await tick();
      expect(await h.call('preparePdf', null)).toEqual({ ok: true, value: false });
      expect(await ahead).toEqual({ ok: true, value: false });
      expect(printer.held[0]!.signal?.aborted).toBe(true);

      const target = path.join(dir, 'report.pdf');
      h.dialog.nextSave(target);
      const saved = h.call('exportPdf', { ...REPORT, suggestedName: 'report.pdf' });
      await tick();
      expect(printer.held).toHaveLength(2);
      printer.held[1]!.finish();
      expect(await saved).toMatchObject({ ok: true, value: { path: target } });
    });
  });

  it('a cancelled save dialog keeps the PDF printed ahead for the next try', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      await h.call('preparePdf', REPORT);
      // No path queued: the scripted dialog is cancelled.
      expect(await h.call('exportPdf', { ...REPORT, suggestedName: 'r.pdf' })).toEqual({ ok: true, value: null });
      expect(h.signals[0]?.aborted).toBe(false);
      const target = path.join(dir, 'second.pdf');
      h.dialog.nextSave(target);
      expect(await h.call('exportPdf', { ...REPORT, suggestedName: 'r.pdf' })).toMatchObject({ ok: true });
      expect(h.prints).toHaveLength(1);
      expect(await readFile(target, 'utf8')).toBe(`%PDF-1.7 ${REPORT.html}`);
    });
  });

  it('a print ahead that failed is printed again on Export, and a failure again is reported', async () => {
    await withTempDir(async (dir) => {
      let calls = 0;
      const h = harness(dir, {
        printHtmlToPdf: async (html) => {
          calls++;
          if (calls === 1) throw new Error('renderer crashed');
          return utf8(`%PDF-1.7 ${html}`);
        },
      });
      expect(await h.call('preparePdf', REPORT)).toEqual({ ok: true, value: false });
      const target = path.join(dir, 'report.pdf');
      h.dialog.nextSave(target);
      expect(await h.call('exportPdf', { ...REPORT, suggestedName: 'report.pdf' })).toMatchObject({ ok: true });
      expect(calls).toBe(2);
      expect(await readFile(target, 'utf8')).toBe(`%PDF-1.7 ${REPORT.html}`);
    });
  });

  it('is refused while an export prints, and that export is not disturbed', async () => {
    await withTempDir(async (dir) => {
      const printer = heldPrinter();
      const h = harness(dir, { printHtmlToPdf: printer.printHtmlToPdf });
      const target = path.join(dir, 'report.pdf');
      h.dialog.nextSave(target);
      const saved = h.call('exportPdf', { ...REPORT, suggestedName: 'report.pdf' });
      await tick();
      expect(await h.call('preparePdf', { ...REPORT, landscape: true })).toEqual({ ok: true, value: false });
      expect(printer.held).toHaveLength(1);
      expect(printer.held[0]!.signal?.aborted).toBe(false);
      printer.held[0]!.finish();
      expect(await saved).toMatchObject({ ok: true, value: { path: target } });
    });
  });
});

describe('recent files over IPC', () => {
  it('openRecent reopens a listed file and refuses any other path', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      const listed = path.join(dir, 'listed.journey');
      const secret = path.join(dir, 'secret.journey');
      await writeFile(listed, SEED_TITLES.ml);
      await writeFile(secret, 'not for the renderer');
      h.dialog.nextOpen([listed]);
      await h.call('openFile', { filters: JOURNEY_FILTER });

      const reopened = await h.call('openRecent', listed);
      expect(reopened.ok && fromUtf8(reopened.value.bytes)).toBe(SEED_TITLES.ml);

      const refused = await h.call('openRecent', secret);
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'not-allowed',
          message: 'That file is not in the recent list; open it with File › Open… instead.',
          reason: 'recent-not-listed',
        },
      });
      const traversal = await h.call('openRecent', `${dir}/sub/../secret.journey`);
      expect(traversal).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    });
  });

  it('a listed file that was deleted is reported and dropped from the list', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      const file = path.join(dir, 'soon-gone.journey');
      await writeFile(file, '{}');
      h.dialog.nextOpen([file]);
      await h.call('openFile', { filters: JOURNEY_FILTER });
      const { rm } = await import('node:fs/promises');
      await rm(file);
      expect(await h.call('openRecent', file)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await h.call('recentFiles')).toEqual({ ok: true, value: [] });
    });
  });
});

describe('setTitle', () => {
  it('sets the title without control characters', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      await h.call('setTitle', `${SEED_TITLES.hy}\n— Waymark`);
      expect(h.titles).toEqual([`${SEED_TITLES.hy} — Waymark`]);
    });
  });
});

describe('unexpected failures', () => {
  it('become one internal error and are logged, never thrown', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir, {
        appInfo: () => {
          throw new Error('boom');
        },
      });
      const result = await h.call('appInfo');
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(h.logs.some((l) => l.includes('boom'))).toBe(true);
    });
  });
});

describe('closeReady', () => {
  it("hands the window's reply, with the copy's bytes, to the waiting close request", async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      const id = '8f0c5a3e-0d4b-4c59-9a43-1b7c1f2e6d10';
      const copy = {
        suggestedName: `${SEED_TITLES.hy}.journey`,
        bytes: utf8(seedText('hy-loyalty-six-questions.txt')),
      };
      const reply = { saved: false, what: `Changes to “${SEED_TITLES.hy}” are not saved.`, copy };
      expect(await h.call('closeReady', id, reply)).toEqual({ ok: true, value: true });
      expect(h.closeReplies).toHaveLength(1);
      expect(h.closeReplies[0]!.requestId).toBe(id);
      expect(h.closeReplies[0]!.reply).toMatchObject({ saved: false, what: reply.what });
      const got = h.closeReplies[0]!.reply;
      expect(!got.saved && got.copy !== null && fromUtf8(got.copy.bytes)).toBe(
        seedText('hy-loyalty-six-questions.txt'),
      );
    });
  });
});

describe('live sessions over IPC', () => {
  it('starts one session, reports it, refuses another journey meanwhile, and ends it (the port closes)', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir);
      expect(await h.call('liveStatus')).toEqual({ ok: true, value: null });
      const request = { journeyId: 'journey:ta', journeyTitle: SEED_TITLES.ta, requireApproval: true };
      const started = await h.call('liveStart', request);
      if (!started.ok) throw new Error(started.error.message);
      const info = started.value;
      expect(info).toMatchObject({
        journeyId: 'journey:ta',
        documentName: 'journey/journey:ta',
        requireApproval: true,
      });
      expect(info.hostWsUrl).toBe(`ws://127.0.0.1:${info.port}/live`);
      expect(await h.call('liveStatus')).toEqual({ ok: true, value: info });
      // The same journey again: the running session, not a second one.
      expect(await h.call('liveStart', request)).toEqual({ ok: true, value: info });
      expect(
        await h.call('liveStart', { journeyId: 'journey:other', journeyTitle: 'Other', requireApproval: false }),
      ).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/end it first/) } });

      expect(await h.call('liveEnd')).toEqual({ ok: true, value: true });
      expect(await h.call('liveStatus')).toEqual({ ok: true, value: null });
      await expect(fetch(`http://127.0.0.1:${info.port}/`)).rejects.toThrow();
      expect(await h.call('liveEnd')).toEqual({ ok: true, value: true });
    });
  });

  it('refuses to start where no live session can run, in one sentence', async () => {
    await withTempDir(async (dir) => {
      const h = harness(dir, { live: undefined });
      expect(
        await h.call('liveStart', { journeyId: 'journey:1', journeyTitle: 'x', requireApproval: false }),
      ).toMatchObject({ ok: false, error: { code: 'not-allowed', message: expect.stringMatching(/^This copy.+\.$/) } });
      expect(await h.call('liveStatus')).toEqual({ ok: true, value: null });
    });
  });
});
