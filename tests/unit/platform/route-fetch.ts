/** Page-relative fetches of a web-host test, sent to the real web server as from its own page. */
import { request as httpRequest } from 'node:http';
import { vi } from 'vitest';
import type { WebServer } from '../../../electron/web/serve';

/**
 * Stubs `fetch` so that the page's requests reach `server` with its Origin, as the browser sends them;
 * the answer keeps its status, Content-Type and bytes. Node's own http client: the environment's
 * fetch is happy-dom's, which has no page origin to send.
 */
export function routeFetchTo(server: WebServer): void {
  vi.stubGlobal(
    'fetch',
    (input: string, init: RequestInit = {}) =>
      new Promise<Response>((resolve, reject) => {
        const url = new URL(input, server.url);
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: server.port,
            path: url.pathname,
            method: init.method ?? 'GET',
            headers: { ...(init.headers as Record<string, string>), Origin: server.url.slice(0, -1) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const type = res.headers['content-type'];
              resolve(
                new Response(Buffer.concat(chunks), {
                  status: res.statusCode ?? 0,
                  headers: type ? { 'Content-Type': type } : {},
                }),
              );
            });
          },
        );
        req.on('error', reject);
        // A fetch given up closes its connection, as the browser's does.
        init.signal?.addEventListener(
          'abort',
          () => {
            req.destroy(new DOMException('Aborted', 'AbortError'));
          },
          { once: true },
        );
        req.end(typeof init.body === 'string' ? init.body : undefined);
      }),
  );
}
