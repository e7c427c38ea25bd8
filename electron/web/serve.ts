/**
 * `npm start` without Electron: serves the built app (dist/renderer) to this
 * machine's browser on 127.0.0.1 and hosts live sessions the way the desktop
 * app's main process does, through a small same-origin JSON API:
 *
 *   POST /__waymark/live/start   body: LiveStartRequest   → IpcResult<LiveSessionInfo>
 *   POST /__waymark/live/end                              → IpcResult<true>
 *   GET  /__waymark/live/status                           → IpcResult<LiveSessionInfo | null>
 *   GET  /__waymark/pdf                                   → IpcResult<{ available: boolean }>
 *   POST /__waymark/pdf   body: { html, pageSize, landscape } → the PDF (application/pdf), or IpcResult<never>
 *
 * PDFs are printed in this machine's Chromium, as the desktop app prints them
 * (pdf-service.ts); `available` is false where there is none, and the page
 * opens the browser's print dialog instead.
 *
 * The API answers only this page: requests must name this server in Host (no
 * DNS rebinding), come from its own Origin when a browser sends one (always
 * for POST), and POST JSON (which a foreign page cannot send without a CORS
 * preflight, which is never answered).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  MAX_HTML_CHARS,
  PdfDocumentSchema,
  type HostErrorReason,
  type IpcErrorCode,
  type IpcResult,
} from '../common/contract';
import { LiveStartRequestSchema } from '../common/live';
import { createLiveSessions, LiveSessionError, type LiveSessions, type LiveSessionsOptions } from '../live/sessions';
import { createStaticSite } from '../live/static-site';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../main/security/csp';
import {
  createWebPdfService,
  findChromium,
  WebPdfBusyError,
  WebPdfUnavailableError,
  type WebPdfService,
} from './pdf-service';

export const LIVE_API_PREFIX = '/__waymark/live/';
export const PDF_API_PATH = '/__waymark/pdf';
const MAX_BODY_BYTES = 16 * 1024;
/** A report's HTML at the desktop app's limit, in JSON: up to 3 bytes a character (the seeds' scripts) and room. */
const MAX_PDF_BODY_BYTES = MAX_HTML_CHARS * 3 + 64 * 1024;

export interface WebServerOptions {
  /** The built app (dist/renderer). */
  rootDir: string;
  /** The port to try first; any free port when it is taken (and when left out or 0). */
  port?: number;
  /** Where live sessions remember their links for resuming; memory when null. */
  resumeDir: string | null;
  log?: (message: string) => void;
  /** Passed on to the live sessions (tests listen on loopback only). */
  live?: Omit<LiveSessionsOptions, 'staticDir' | 'resumeDir' | 'log'>;
  /** What prints PDFs; by default one in this machine's Chromium (findChromium), none (null) where there is none. */
  pdf?: WebPdfService | null;
}

export interface WebServer {
  url: string;
  port: number;
  live: LiveSessions;
  /** Ends any live session and stops serving. */
  close(): Promise<void>;
}

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost']);

function reply(response: ServerResponse, status: number, result: IpcResult<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

/** `reason` tells the page which sentence to say in the interface language. */
const failure = (code: IpcErrorCode, message: string, reason?: HostErrorReason): IpcResult<never> => ({
  ok: false,
  error: { code, message, ...(reason !== undefined ? { reason } : {}) },
});

/** The body as text; 'too-large' past `limit` bytes (the rest is drained unread). */
function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | 'too-large' | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(null));
  });
}

/**
 * The request's JSON body; undefined, with the refusal already answered, when it is not JSON, too
 * large or unreadable. `what` names the request in the answer.
 */
async function jsonBody(
  request: IncomingMessage,
  response: ServerResponse,
  what: string,
  limit = MAX_BODY_BYTES,
): Promise<unknown> {
  if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
    reply(response, 415, failure('bad-arguments', `The ${what} request was invalid (it must be JSON).`));
    return undefined;
  }
  const text = await readBody(request, limit);
  if (text === 'too-large') {
    reply(response, 413, failure('bad-arguments', `The ${what} request was invalid (its body is too large).`));
    return undefined;
  }
  let json: unknown;
  try {
    json = text === null ? undefined : JSON.parse(text === '' ? '{}' : text);
  } catch {
    json = undefined;
  }
  if (json === undefined)
    reply(response, 400, failure('bad-arguments', `The ${what} request was invalid (its body is not JSON).`));
  return json;
}

/** `json` as `schema` reads it; undefined, with the refusal already answered, when it does not fit (its first issue named). */
function checkedBody<T>(response: ServerResponse, what: string, schema: z.ZodType<T>, json: unknown): T | undefined {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined ? 'arguments' : `${issue.path.join('.') || 'body'}: ${issue.message}`;
  reply(response, 400, failure('bad-arguments', `The ${what} request was invalid (${where}).`));
  return undefined;
}

/** Why a control request is refused, or null when it comes from this server's own page. */
export function refuseForeign(request: IncomingMessage, port: number): string | null {
  const host = request.headers.host ?? '';
  const hostname = host.replace(/:\d+$/, '');
  if (!LOOPBACK_HOSTNAMES.has(hostname) || host !== `${hostname}:${port}`) return 'it did not name this server';
  const origin = request.headers.origin;
  if (origin === undefined) return request.method === 'GET' ? null : 'it came without an Origin';
  if (origin !== `http://${host}`) return `it came from another origin (${origin.slice(0, 100)})`;
  return null;
}

/** A PDF printer in this machine's Chromium, or null (said once) where none is installed. */
function defaultPdfService(log: (message: string) => void): WebPdfService | null {
  const executablePath = findChromium();
  if (executablePath === null) {
    log('No Chromium or Chrome was found (set CHROME_PATH to one), so PDFs go through the browser’s print dialog.');
    return null;
  }
  return createWebPdfService({ executablePath, log });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const log = options.log ?? ((message: string) => console.warn(`[waymark] ${message}`));
  const live = createLiveSessions({ ...options.live, staticDir: options.rootDir, resumeDir: options.resumeDir, log });
  const site = createStaticSite({
    rootDir: options.rootDir,
    policyFor: () => ({ header: CONTENT_SECURITY_POLICY, meta: META_CONTENT_SECURITY_POLICY }),
  });
  let port = 0;

  /** Whether the request comes from this server's own page; refused (and said in the log) when not. */
  function fromOwnPage(request: IncomingMessage, response: ServerResponse, what: string): boolean {
    const foreign = refuseForeign(request, port);
    if (foreign === null) return true;
    log(`Refused a ${what} request because ${foreign}.`);
    reply(response, 403, failure('bad-sender', `Waymark refused this request because ${foreign}.`));
    return false;
  }

  async function control(request: IncomingMessage, response: ServerResponse, operation: string): Promise<void> {
    if (!fromOwnPage(request, response, 'live-session')) return;
    const route = `${request.method ?? ''} ${operation}`;
    if (route === 'GET status') {
      reply(response, 200, { ok: true, value: live.status() });
      return;
    }
    if (route !== 'POST start' && route !== 'POST end') {
      reply(response, 404, failure('not-found', 'There is no such live-session request.'));
      return;
    }
    const json = await jsonBody(request, response, 'live-session');
    if (json === undefined) return;
    if (operation === 'end') {
      await live.end();
      reply(response, 200, { ok: true, value: true });
      return;
    }
    const started = checkedBody(response, 'live-session', LiveStartRequestSchema, json);
    if (started === undefined) return;
    try {
      reply(response, 200, { ok: true, value: await live.start(started) });
    } catch (error) {
      if (error instanceof LiveSessionError) {
        const reason = error.code === 'busy' ? 'live-busy' : 'live-no-port';
        reply(response, error.code === 'busy' ? 409 : 503, failure(error.code, error.message, reason));
        return;
      }
      log(`Starting a live session failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      reply(response, 500, failure('internal', 'Something went wrong inside Waymark; please try again.'));
    }
  }

  const pdf = options.pdf !== undefined ? options.pdf : defaultPdfService(log);

  async function printPdf(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!fromOwnPage(request, response, 'PDF')) return;
    if (request.method === 'GET') {
      reply(response, 200, { ok: true, value: { available: pdf !== null && pdf.available() } });
      return;
    }
    if (request.method !== 'POST') {
      reply(response, 404, failure('not-found', 'There is no such PDF request.'));
      return;
    }
    if (pdf === null || !pdf.available()) {
      reply(
        response,
        503,
        failure(
          'print-failed',
          'No Chromium is installed here to print the PDF with; print from the browser instead.',
          'pdf-failed',
        ),
      );
      return;
    }
    const json = await jsonBody(request, response, 'PDF', MAX_PDF_BODY_BYTES);
    if (json === undefined) return;
    const document = checkedBody(response, 'PDF', PdfDocumentSchema.strict(), json);
    if (document === undefined) return;
    // The page gone (the tab closed, the request given up): the print stops, its page closed.
    const stop = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) stop.abort();
    });
    try {
      const bytes = await pdf.print(document, stop.signal);
      response.writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      if (error instanceof WebPdfBusyError) {
        reply(response, 409, failure('busy', error.message, 'pdf-busy'));
        return;
      }
      if (error instanceof WebPdfUnavailableError) {
        reply(response, 503, failure('print-failed', error.message, 'pdf-failed'));
        return;
      }
      if (stop.signal.aborted) return;
      log(`Printing a PDF failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      reply(
        response,
        500,
        failure(
          'print-failed',
          'The PDF could not be created; please try again, and check the report for unusually large images.',
          'pdf-failed',
        ),
      );
    }
  }

  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url.split('?', 1)[0] === PDF_API_PATH) {
      void printPdf(request, response);
      return;
    }
    if (url.startsWith(LIVE_API_PREFIX)) {
      void control(request, response, url.slice(LIVE_API_PREFIX.length).split('?', 1)[0] ?? '');
      return;
    }
    site(request, response);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  const listen = (at: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  // The preferred port when it is free, any free port otherwise.
  await listen(options.port ?? 0).catch(async (error: unknown) => {
    if (options.port === undefined || options.port === 0) throw error;
    await listen(0);
  });
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    live,
    close: async () => {
      await live.end();
      await pdf?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
