// @vitest-environment happy-dom
/**
 * Export PDF in `npm start`'s browser fallback: the serving process prints the report in this
 * machine's Chromium, as the desktop app prints it (the contents numbered, bookmarks), and the page
 * downloads it; where it cannot, the page opens the browser's print dialog as before. Real server,
 * real Chromium, the PDF read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createWebPdfService, findChromium, type WebPdfService } from '../../../electron/web/pdf-service';
import { PDF_API_PATH, startWebServer, type WebServer } from '../../../electron/web/serve';
import { HostError, type Host } from '../../../renderer/src/platform/host';
import { createWebHost } from '../../../renderer/src/platform/web-host';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { makeStaticDir, removeDir } from '../electron/live/helpers';
import { loadReportFontsNode } from '../reports/load-fonts';
import { reportOptions } from '../reports/fixture';
import { routeFetchTo } from './route-fetch';

const TIMEOUT = 90_000;
const dir = mkdtempSync(join(tmpdir(), 'waymark-web-pdf-'));
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function serve(pdf: WebPdfService | null): Promise<WebServer> {
  const root = await makeStaticDir();
  cleanups.push(() => removeDir(root));
  const server = await startWebServer({ rootDir: root, resumeDir: null, log: () => {}, pdf });
  cleanups.push(() => server.close());
  return server;
}

function chromiumService(): WebPdfService {
  const executablePath = findChromium();
  if (executablePath === null)
    throw new Error('Chromium is missing: install it (apt-get install chromium) or set CHROME_PATH.');
  return createWebPdfService({ executablePath, log: () => {} });
}

/** A report in the four seed scripts, long enough that its sections land on different pages. */
function reportHtml(): string {
  const b = journey(TAMIL[0]!.slice(0, 40));
  const scripts = [TAMIL, ARMENIAN, TELUGU, MALAYALAM];
  for (let s = 0; s < 4; s++) {
    const stage = b.stage(scripts[s]![1]!.split(' ').slice(0, 2).join(' '));
    for (let i = 0; i < 6; i++) {
      b.touchpoint(stage, { title: `${scripts[s]![i % 3]!.slice(0, 30)} ${i}`, emotion: (i % 5) - 2 });
    }
  }
  return buildReportHtml(b.build(), reportOptions({ logo: null }), { fonts: loadReportFontsNode(), personaPhotos: {} });
}

function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** A web host on the server's page, once it has learned that the server prints its PDFs. */
async function hostPrintingOn(server: WebServer): Promise<Host> {
  routeFetchTo(server);
  const host = createWebHost();
  await vi.waitFor(() => expect(host.pdfTarget()).toBe('file'));
  return host;
}

/** The browser's print dialog, as the page opens it: the print of the frame it prints from. */
function catchPrintDialog() {
  const printed = vi.fn();
  vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockReturnValue({
    focus: () => undefined,
    print: printed,
  } as unknown as Window);
  return printed;
}

/** What the page downloads: the bytes behind the object URL the download link was given. */
function catchDownloads(): Array<{ name: string; bytes: Promise<Uint8Array> }> {
  const downloads: Array<{ name: string; bytes: Promise<Uint8Array> }> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    downloads.push({ name: this.download, bytes: blob.arrayBuffer().then((b) => new Uint8Array(b)) });
  });
  return downloads;
}

describe('the Chromium the browser fallback prints in', () => {
  it('is CHROME_PATH when it exists, else the first usual place that does, else none', () => {
    const only =
      (...files: string[]) =>
      (file: string) =>
        files.includes(file);
    expect(findChromium({ CHROME_PATH: '/opt/c/chrome' }, 'linux', only('/opt/c/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/c/chrome',
    );
    expect(findChromium({ CHROME_PATH: '/gone' }, 'linux', only('/usr/bin/google-chrome'))).toBe(
      '/usr/bin/google-chrome',
    );
    expect(findChromium({}, 'linux', only())).toBeNull();
    expect(findChromium({}, 'darwin', only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium({ 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32', only(edge))).toBe(edge);
  });
});

describe('Export PDF in the browser fallback', () => {
  it(
    'is printed by the serving process with the contents numbered, and downloaded under its name',
    async () => {
      const server = await serve(chromiumService());
      const host = await hostPrintingOn(server);
      const downloads = catchDownloads();
      const html = reportHtml();
      const saved = await host.exportPdf({ html, pageSize: 'A4', landscape: false, suggestedName: 'Journey.pdf' });
      expect(saved).toEqual({ name: 'Journey.pdf', path: null });
      // No print dialog: the frame it prints from was never made.
      expect(document.querySelector('iframe')).toBeNull();
      expect(downloads.map((d) => d.name)).toEqual(['Journey.pdf']);
      const bytes = await downloads[0]!.bytes;
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      const text = pdfText(bytes, 'web.pdf');
      // The contents give each section a page number, written in after the print.
      const labels = REPORT_LABELS.en;
      expect(text).toMatch(new RegExp(`\\d\\d ${labels.sections.stages} \\d+`));
      expect(text).toContain(TAMIL[0]!.slice(0, 20));
    },
    TIMEOUT,
  );

  it(
    'prints the preview’s document ahead and saves it at once; a document changed since is printed anew',
    async () => {
      let prints = 0;
      const real = chromiumService();
      const counted: WebPdfService = {
        ...real,
        print: (request, signal) => {
          prints++;
          return real.print(request, signal);
        },
        close: () => real.close(),
      };
      const server = await serve(counted);
      routeFetchTo(server);
      const host = createWebHost();
      const downloads = catchDownloads();
      const first = { html: '<!doctype html><p>First</p>', pageSize: 'A4' as const, landscape: false };
      const second = { html: '<!doctype html><p>Second</p>', pageSize: 'A4' as const, landscape: false };
      await host.preparePdf(first);
      await vi.waitFor(() => expect(prints).toBe(1));
      expect(await host.exportPdf({ ...first, suggestedName: 'first.pdf' })).toEqual({ name: 'first.pdf', path: null });
      // Saved from the print ahead: not printed again.
      expect(prints).toBe(1);
      expect(pdfText(await downloads[0]!.bytes, 'first.pdf')).toContain('First');
      // Printing ahead, then another document exported: the print ahead is dropped, the server is free for it.
      await host.preparePdf(first);
      await vi.waitFor(() => expect(prints).toBe(2));
      expect(await host.exportPdf({ ...second, suggestedName: 'second.pdf' })).toEqual({
        name: 'second.pdf',
        path: null,
      });
      expect(downloads.map((d) => d.name)).toEqual(['first.pdf', 'second.pdf']);
      expect(pdfText(await downloads[1]!.bytes, 'second.pdf')).toContain('Second');
    },
    TIMEOUT,
  );

  it('opens the print dialog where the serving process cannot print (no Chromium), as before', async () => {
    const server = await serve(null);
    routeFetchTo(server);
    const host = createWebHost();
    host.pdfTarget();
    // The answer came: no Chromium.
    const answered = await new Promise<unknown>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port: server.port, path: PDF_API_PATH }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(JSON.parse(body)));
      });
      req.end();
    });
    expect(answered).toEqual({ ok: true, value: { available: false } });
    expect(host.pdfTarget()).toBe('print-dialog');
    const printed = catchPrintDialog();
    const saved = host.exportPdf({
      html: '<!doctype html><p>Hi</p>',
      pageSize: 'A4',
      landscape: false,
      suggestedName: 'x.pdf',
    });
    expect(await saved).toBeNull();
    expect(printed).toHaveBeenCalledTimes(1);
  });

  it('falls back to the print dialog when the Chromium found will not start, and says so from then on', async () => {
    const logged: string[] = [];
    const broken = createWebPdfService({ executablePath: join(dir, 'not-a-browser'), log: (m) => logged.push(m) });
    const server = await serve(broken);
    const host = await hostPrintingOn(server);
    const printed = catchPrintDialog();
    const saved = await host.exportPdf({ html: '<p>x</p>', pageSize: 'A4', landscape: false, suggestedName: 'x.pdf' });
    expect(saved).toBeNull();
    expect(printed).toHaveBeenCalledTimes(1);
    expect(host.pdfTarget()).toBe('print-dialog');
    expect(broken.available()).toBe(false);
    expect(logged.join('\n')).toMatch(/not-a-browser could not be started to print PDFs/);
  });

  it(
    'answers only its own page, checks the request, and prints one PDF at a time',
    async () => {
      const server = await serve(chromiumService());
      const post = (body: string, headers: Record<string, string>) =>
        new Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }>(
          (resolve, reject) => {
            const req = httpRequest(
              { host: '127.0.0.1', port: server.port, path: PDF_API_PATH, method: 'POST', headers },
              (res) => {
                const chunks: Buffer[] = [];
                res.on('data', (c: Buffer) => chunks.push(c));
                res.on('end', () => {
                  const text = Buffer.concat(chunks).toString('utf8');
                  resolve({
                    status: res.statusCode ?? 0,
                    json: text.startsWith('{') ? JSON.parse(text) : { ok: true },
                  });
                });
              },
            );
            req.on('error', reject);
            req.end(body);
          },
        );
      const own = { 'Content-Type': 'application/json', Origin: server.url.slice(0, -1) };
      const doc = JSON.stringify({ html: '<!doctype html><p>Hi</p>', pageSize: 'A4', landscape: false });
      expect((await post(doc, { ...own, Origin: 'http://evil.example' })).status).toBe(403);
      expect((await post(doc, { 'Content-Type': 'application/json' })).status).toBe(403);
      expect((await post(doc, { ...own, 'Content-Type': 'text/plain' })).status).toBe(415);
      const bad = await post(JSON.stringify({ html: 1, pageSize: 'A4', landscape: false }), own);
      expect(bad.status).toBe(400);
      expect(bad.json.error?.message).toMatch(/^The PDF request was invalid \(html: /);
      expect((await post(JSON.stringify({ html: '', pageSize: 'A9', landscape: false }), own)).status).toBe(400);
      expect((await post(JSON.stringify({ html: '', pageSize: 'A4', landscape: false, x: 1 }), own)).status).toBe(400);
      // Two at once: the second is told to wait, the first still prints.
      const [first, second] = await Promise.all([post(doc, own), post(doc, own)]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      expect([first, second].find((r) => r.status === 409)!.json.error?.code).toBe('busy');
    },
    TIMEOUT,
  );

  it(
    'stops a print whose page gave up, at whatever step it was, and is free for the next at once',
    async () => {
      const server = await serve(chromiumService());
      const host = await hostPrintingOn(server);
      const downloads = catchDownloads();
      const doc = { html: '<!doctype html><p>Again</p>', pageSize: 'A4' as const, landscape: false };
      // The browser started by a first print; then prints given up while the page opens, loads or prints.
      await host.exportPdf({ ...doc, suggestedName: 'warm.pdf' });
      for (const after of [5, 50, 150, 400]) {
        const stop = new AbortController();
        const given = fetch(PDF_API_PATH, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(doc),
          signal: stop.signal,
        }).catch(() => null);
        await new Promise((resolve) => setTimeout(resolve, after));
        stop.abort();
        await given;
        const started = performance.now();
        expect(await host.exportPdf({ ...doc, suggestedName: `after-${after}.pdf` })).not.toBeNull();
        // Printed within the time of one print, not after a print that never ends.
        expect(performance.now() - started).toBeLessThan(15_000);
      }
      expect(downloads).toHaveLength(5);
    },
    TIMEOUT,
  );

  it('turns a refusal of the serving process into the error the dialog shows', async () => {
    const failing: WebPdfService = {
      executablePath: '/usr/bin/chromium',
      available: () => true,
      print: async () => {
        throw new Error('Chromium crashed');
      },
      close: async () => undefined,
    };
    const server = await serve(failing);
    const host = await hostPrintingOn(server);
    const refused = await host
      .exportPdf({ html: '<p>x</p>', pageSize: 'A4', landscape: false, suggestedName: 'x.pdf' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HostError);
    expect(refused).toMatchObject({ code: 'print-failed', reason: 'pdf-failed' });
  });
});
