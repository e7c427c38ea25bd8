/** What the session's http side serves: the app with its CSP, nothing outside it, GET and HEAD only. */
import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOOPBACK_WS } from '../../../../electron/main/security/csp';
import { cleanUp, makeStaticDir, opened, rawSocket, removeDir, startTestServer } from './helpers';

let staticDir = '';
beforeAll(async () => {
  staticDir = await makeStaticDir();
});
afterAll(() => removeDir(staticDir));
afterEach(cleanUp);

/** A request sent exactly as written (fetch would normalise `/../`). */
function rawGet(port: number, path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const connectSrc = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src')
    ?.slice(1);

describe('live server: the served app', () => {
  it('serves index.html for app routes with the CSP as a header and as the meta tag, both allowing its own ws://', async () => {
    const server = await startTestServer({ staticDir });
    const origin = `127.0.0.1:${server.info.port}`;
    for (const path of ['/', '/index.html', '/join', '/some/route?x=1']) {
      const page = await rawGet(server.info.port, path);
      expect(page.status, path).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const header = String(page.headers['content-security-policy']);
      expect(connectSrc(header)).toEqual(["'self'", 'data:', 'blob:', LOOPBACK_WS, `ws://${origin}`]);
      expect(header).toContain("frame-ancestors 'none'");
      const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page.body)?.[1] ?? '';
      expect(connectSrc(meta)).toEqual(["'self'", 'data:', 'blob:', LOOPBACK_WS, `ws://${origin}`]);
      expect(meta).not.toContain('frame-ancestors');
      expect(page.body.match(/Content-Security-Policy/g)).toHaveLength(1);
      expect(page.body).toContain('/assets/app.js');
    }
    const asset = await rawGet(server.info.port, '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log("waymark");\n');
    expect(asset.headers['content-security-policy']).toContain('connect-src');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawGet(server.info.port, '/assets/missing.js')).status).toBe(404);
  });

  it('refuses paths that leave the folder', async () => {
    const server = await startTestServer({ staticDir });
    for (const path of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/assets/%2E%2E/%2E%2E/etc/passwd',
      '/..%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '//etc/passwd',
    ]) {
      const response = await rawGet(server.info.port, path);
      expect(response.status, path).toBe(400);
      expect(response.body).not.toContain('"name"');
    }
  });

  it('answers only GET and HEAD', async () => {
    const server = await startTestServer({ staticDir });
    const head = await rawGet(server.info.port, '/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await rawGet(server.info.port, '/', method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });

  it('says the app is not built when there is no index.html, or no folder at all', async () => {
    for (const dir of [null, `${staticDir}-missing`]) {
      const server = await startTestServer({ staticDir: dir });
      const response = await rawGet(server.info.port, '/');
      expect(response.status).toBe(503);
      expect(response.body).toMatch(/npm run build/);
      expect((await rawGet(server.info.port, '/assets/app.js')).status).toBe(404);
    }
  });

  it('refuses WebSocket upgrades on other paths and from foreign origins', async () => {
    const server = await startTestServer({ staticDir });
    const port = server.info.port;
    const upgrade = (path: string, origin?: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          path,
          headers: {
            Connection: 'Upgrade',
            Upgrade: 'websocket',
            'Sec-WebSocket-Version': '13',
            'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
            ...(origin !== undefined ? { Origin: origin } : {}),
          },
        });
        req.on('upgrade', (res, socket) => {
          socket.destroy();
          resolve(res.statusCode ?? 0);
        });
        req.on('response', (res) => resolve(res.statusCode ?? 0));
        req.on('error', reject);
        req.end();
      });
    expect(await upgrade('/other')).toBe(404);
    expect(await upgrade('/')).toBe(404);
    expect(await upgrade('/live', 'http://evil.example')).toBe(403);
    expect(await upgrade('/live', 'null')).toBe(403);
    expect(await upgrade('/live', 'file://')).toBe(403);
    expect(await upgrade('/live')).toBe(101);
    expect(await upgrade('/live?x=1', `http://127.0.0.1:${port}`)).toBe(101);
    expect(await upgrade('/live', 'http://localhost:5173')).toBe(101);
    expect(await upgrade('/live', 'app://waymark')).toBe(101);
    await opened(rawSocket(server.info, { Origin: `http://127.0.0.1:${port}` }));
  });
});
