/**
 * Serves the built app (dist/renderer) over plain http: GET and HEAD only,
 * files through sirv, every path without a file extension answered with
 * index.html (the app routes by its hash), the app's CSP as a header and in
 * index.html's meta tag (both with the same `connect-src`, since a browser
 * enforces both). Paths that try to leave the folder are refused.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticSiteOptions {
  /** The built app; null serves nothing but a sentence saying so. */
  rootDir: string | null;
  /** The policy for a request: as a header, and for index.html's meta tag. */
  policyFor(request: IncomingMessage): { header: string; meta: string };
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** index.html with its CSP meta tag set to `policy` (added first in <head> when missing). */
export function withPolicyMeta(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  if (CSP_META.test(html)) return html.replace(CSP_META, () => tag);
  const head = /<head[^>]*>/i.exec(html);
  if (head === null) return `${tag}${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}

/** The `ws://` origin of the server the request reached, from a well-formed Host header; null otherwise. */
export function wsOriginOf(request: IncomingMessage): string | null {
  const host = request.headers.host ?? '';
  return /^([A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(:\d{1,5})?$/.test(host) ? `ws://${host}` : null;
}

/** True when a raw request path would leave the served folder or is not a plain path. */
export function isUnsafePath(rawUrl: string): boolean {
  if (!rawUrl.startsWith('/') || rawUrl.startsWith('//')) return true;
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return true;
  return decoded.split('/').some((segment) => segment === '..' || segment === '.');
}

function send(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(text);
}

export function createStaticSite(options: StaticSiteOptions): RequestHandler {
  // Each request looks its file up (sirv's `dev` mode) rather than in a listing made at start: a
  // listing goes stale when the app is built again under a running `npm start`, and a listed file
  // that is gone made sirv open a missing file with no error handler, which ended the process. The
  // page is read per request for the same reason (it names the build's hashed scripts).
  const files =
    options.rootDir === null || !existsSync(options.rootDir)
      ? null
      : sirv(options.rootDir, { dev: true, etag: true, single: false, dotfiles: false, extensions: [] });
  const readIndex = (): Promise<string | null> =>
    options.rootDir === null
      ? Promise.resolve(null)
      : readFile(path.join(options.rootDir, 'index.html'), 'utf8').catch(() => null);

  return (request, response) => {
    const policy = options.policyFor(request);
    response.setHeader('Content-Security-Policy', policy.header);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Frame-Options', 'DENY');

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Only GET and HEAD are answered here.\n', { Allow: 'GET, HEAD' });
      return;
    }
    const rawUrl = request.url ?? '/';
    if (isUnsafePath(rawUrl)) {
      send(response, 400, 'That path is not part of Waymark.\n');
      return;
    }
    const pathname = decodeURIComponent(rawUrl.split(/[?#]/, 1)[0] ?? '/');
    const last = pathname.slice(pathname.lastIndexOf('/') + 1);
    if (last === '' || last === 'index.html' || !last.includes('.')) {
      void readIndex().then((html) => {
        if (html === null) {
          send(
            response,
            503,
            'The Waymark app is not built here; run `npm run build`, then start the session again.\n',
          );
          return;
        }
        const body = Buffer.from(withPolicyMeta(html, policy.meta), 'utf8');
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Length': String(body.byteLength),
          'Cache-Control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
      return;
    }
    // Hidden files are never part of the app (the listing used to leave them out).
    if (files === null || pathname.split('/').some((segment) => segment.startsWith('.'))) {
      send(response, 404, 'Not found.\n');
      return;
    }
    files(request, response, () => send(response, 404, 'Not found.\n'));
  };
}
