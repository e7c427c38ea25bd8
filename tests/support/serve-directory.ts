/**
 * A small static file server on 127.0.0.1 for built pages, with an optional
 * CSP header and a few in-memory files. Serves the app to the end-to-end
 * harness and both pages to the benchmark.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

export interface ServedFile {
  type: string;
  body: string | Uint8Array;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveDirectory(
  root: string,
  options: { csp?: string; files?: Readonly<Record<string, ServedFile>> } = {},
): Promise<Served> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
      if (options.csp) headers['Content-Security-Policy'] = options.csp;
      if (pathname === '/favicon.ico') {
        res.writeHead(204, headers).end();
        return;
      }
      const memory = options.files?.[pathname];
      if (memory) {
        res.writeHead(200, { ...headers, 'Content-Type': memory.type }).end(memory.body);
        return;
      }
      const file = path.normalize(path.join(base, pathname === '/' ? 'index.html' : pathname));
      if (!file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
