/** `npm start` without Electron: the app on 127.0.0.1 and the same-origin live-session API. */
import { rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LiveSessionInfo } from '../../../../electron/common/live';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security/csp';
import { startWebServer, type WebServer } from '../../../../electron/web/serve';
import { SEED_TITLES } from '../helpers';
import { makeStaticDir, removeDir } from './helpers';

let staticDir = '';
let web: WebServer | null = null;
beforeAll(async () => {
  staticDir = await makeStaticDir();
});
afterAll(() => removeDir(staticDir));
afterEach(async () => {
  await web?.close();
  web = null;
});

const start = async (rootDir = staticDir) => {
  web = await startWebServer({
    rootDir,
    resumeDir: null,
    log: () => undefined,
    live: { port: 0, listenHost: '127.0.0.1' },
  });
  return web;
};

function call(
  server: WebServer,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; json: unknown; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = text;
        }
        resolve({ status: res.statusCode ?? 0, json, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const sameOrigin = (server: WebServer) => ({
  Origin: `http://127.0.0.1:${server.port}`,
  'Content-Type': 'application/json',
});
const REQUEST = { journeyId: 'journey:web', journeyTitle: SEED_TITLES.ml, requireApproval: false };

describe('web fallback server', () => {
  it('serves the app with the app policy and answers start → status → end from its own page', async () => {
    const server = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await call(server, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    expect((await call(server, 'GET', '/__waymark/live/status')).json).toEqual({ ok: true, value: null });
    const started = await call(server, 'POST', '/__waymark/live/start', {
      headers: sameOrigin(server),
      body: JSON.stringify(REQUEST),
    });
    expect(started.status).toBe(200);
    const info = (started.json as { ok: true; value: LiveSessionInfo }).value;
    expect(info).toMatchObject({ journeyId: 'journey:web', requireApproval: false, resumed: false });
    expect((await fetch(`http://127.0.0.1:${info.port}/`)).status).toBe(200);

    const status = await call(server, 'GET', '/__waymark/live/status', {
      headers: { Origin: `http://127.0.0.1:${server.port}` },
    });
    expect(status.json).toEqual({ ok: true, value: info });

    const ended = await call(server, 'POST', '/__waymark/live/end', { headers: sameOrigin(server), body: '' });
    expect(ended.json).toEqual({ ok: true, value: true });
    expect((await call(server, 'GET', '/__waymark/live/status')).json).toEqual({ ok: true, value: null });
    await expect(fetch(`http://127.0.0.1:${info.port}/`)).rejects.toThrow();
  });

  it('refuses control requests from other origins, without an Origin, or naming another host', async () => {
    const server = await start();
    const body = JSON.stringify(REQUEST);
    for (const headers of <Array<Record<string, string>>>[
      { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      { Origin: `http://localhost:${server.port}`, 'Content-Type': 'application/json' },
      { 'Content-Type': 'application/json' },
      { ...sameOrigin(server), Host: `evil.example:${server.port}` },
    ]) {
      const refused = await call(server, 'POST', '/__waymark/live/start', { headers, body });
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.json).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    }
    const foreignStatus = await call(server, 'GET', '/__waymark/live/status', {
      headers: { Origin: 'http://evil.example' },
    });
    expect(foreignStatus.status).toBe(403);
    expect(server.live.status()).toBeNull();
  });

  it('validates the start request and wants JSON', async () => {
    const server = await start();
    const plain = await call(server, 'POST', '/__waymark/live/start', {
      headers: { ...sameOrigin(server), 'Content-Type': 'text/plain' },
      body: JSON.stringify(REQUEST),
    });
    expect(plain.status).toBe(415);
    const tooLarge = await call(server, 'POST', '/__waymark/live/start', {
      headers: sameOrigin(server),
      body: JSON.stringify({ ...REQUEST, journeyTitle: 'x'.repeat(20_000) }),
    });
    expect(tooLarge.status).toBe(413);
    for (const body of ['{', '[]', JSON.stringify({ ...REQUEST, requireApproval: 'yes' })]) {
      const bad = await call(server, 'POST', '/__waymark/live/start', { headers: sameOrigin(server), body });
      expect(bad.status, body.slice(0, 20)).toBe(400);
      expect(bad.json).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    }
    expect((await call(server, 'DELETE', '/__waymark/live/start', { headers: sameOrigin(server) })).status).toBe(404);
    expect(server.live.status()).toBeNull();
  });

  it('serves the app as it is on disk now: a build made while it runs, a file gone, no hidden file', async () => {
    // A folder of its own: this test changes what is in it.
    const dir = await makeStaticDir();
    const server = await start(dir);
    expect((await call(server, 'GET', '/assets/app.js')).status).toBe(200);
    // The app built again under the running server: new hashed scripts, the old ones gone, a new page.
    await writeFile(path.join(dir, 'assets', 'app-2.js'), 'console.log("rebuilt");\n');
    await rm(path.join(dir, 'assets', 'app.js'));
    await writeFile(
      path.join(dir, 'index.html'),
      '<!doctype html><title>rebuilt</title><script src="./assets/app-2.js"></script>',
    );
    // The removed file is not found (before, the server opened it anyway, and its error ended the process).
    expect((await call(server, 'GET', '/assets/app.js')).status).toBe(404);
    expect((await call(server, 'GET', '/assets/app-2.js')).json).toBe('console.log("rebuilt");\n');
    expect((await call(server, 'GET', '/')).json).toContain('app-2.js');
    await writeFile(path.join(dir, '.secret'), 'not for the browser');
    expect((await call(server, 'GET', '/.secret')).status).toBe(404);
    expect((await call(server, 'GET', '/assets/.secret')).status).toBe(404);
    // Still answering.
    expect((await call(server, 'GET', '/__waymark/live/status')).json).toEqual({ ok: true, value: null });
    await removeDir(dir);
  });
});
