import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/main/app-url';
import { createAppProtocolHandler } from '../../../electron/main/protocol/handler';
import { mimeTypeFor } from '../../../electron/main/protocol/mime';
import { resolveAppRequest } from '../../../electron/main/protocol/resolve';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { SEED_TITLES, withTempDir } from './helpers';

const ROOT = path.resolve('/srv/waymark/dist/renderer');

describe('the app scheme', () => {
  it('is standard and secure, keeps compiled script between starts, and never bypasses the page policy', () => {
    // Electron enables V8's code cache for a custom scheme only when it is standard too.
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true, codeCache: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
  });
});

describe('resolveAppRequest', () => {
  it('maps app://waymark/ paths into the renderer folder', () => {
    expect(resolveAppRequest(ROOT, 'app://waymark/')).toEqual({
      ok: true,
      filePath: path.join(ROOT, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest(ROOT, 'app://waymark/assets/index-abc.js?v=1#x')).toMatchObject({
      ok: true,
      filePath: path.join(ROOT, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest(ROOT, 'app://waymark/assets/noto%20sans.woff2')).toMatchObject({
      ok: true,
      filePath: path.join(ROOT, 'assets', 'noto sans.woff2'),
    });
  });

  it.each([
    'app://waymark/..%2f..%2fetc%2fpasswd',
    'app://waymark/assets/..%2F..%2F..%2Fetc/passwd',
    'app://waymark/%2e%2e%2f%2e%2e%2fsecret',
    'app://waymark/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    'app://waymark/..%5c..%5cwindows%5cwin.ini',
    'app://waymark/index.html%00.png',
  ])('refuses traversal: %s', (url) => {
    const result = resolveAppRequest(ROOT, url);
    if (result.ok) {
      // The URL parser may fold plain dot segments away; then the path must still be inside the root.
      expect(result.filePath.startsWith(ROOT + path.sep)).toBe(true);
    } else {
      expect(result.status).toBe(403);
    }
  });

  it('refuses percent-encoded traversal outright', () => {
    expect(resolveAppRequest(ROOT, 'app://waymark/..%2f..%2fetc%2fpasswd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest(ROOT, 'app://waymark/a%5c..%5c..%5cb')).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses other hosts, other schemes and broken encodings', () => {
    expect(resolveAppRequest(ROOT, 'app://evil/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppRequest(ROOT, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest(ROOT, 'app://waymark/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['chunk.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['noto-sans-tamil.woff2', 'font/woff2'],
    ['noto.woff', 'font/woff'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['elk.wasm', 'application/wasm'],
    ['index.js.map', 'application/json; charset=utf-8'],
    ['LICENSE', 'application/octet-stream'],
    ['archive.bin', 'application/octet-stream'],
  ])('%s → %s', (name, mime) => expect(mimeTypeFor(name)).toBe(mime));
});

describe('app:// protocol handler', () => {
  it('serves real files with their MIME type and the CSP header', async () => {
    await withTempDir(async (tmp) => {
      const dir = path.join(tmp, 'renderer');
      const html = `<!doctype html><title>${SEED_TITLES.te}</title>`;
      await mkdir(path.join(dir, 'assets'), { recursive: true });
      await writeFile(path.join(dir, 'index.html'), html);
      await writeFile(path.join(dir, 'assets', 'app.css'), 'body{margin:0}');
      await writeFile(path.join(tmp, 'secret.txt'), 'secret');
      const handle = createAppProtocolHandler({ rootDir: dir, log: () => undefined });

      const page = await handle({ url: 'app://waymark/', method: 'GET' });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await page.text()).toBe(html);

      const css = await handle({ url: 'app://waymark/assets/app.css', method: 'GET' });
      expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect(await css.text()).toBe('body{margin:0}');

      const escape = await handle({ url: 'app://waymark/..%2fsecret.txt', method: 'GET' });
      expect(escape.status).toBe(403);
      expect(await escape.text()).not.toContain('secret');

      expect((await handle({ url: 'app://waymark/missing.js', method: 'GET' })).status).toBe(404);
      expect((await handle({ url: 'app://waymark/', method: 'POST' })).status).toBe(405);
      const head = await handle({ url: 'app://waymark/index.html', method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
    });
  });
});
