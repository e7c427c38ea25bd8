/**
 * The `app://` protocol handler as a plain function of (request) → Response,
 * so tests can call it with a real folder. The entry registers it with
 * `protocol.handle(APP_SCHEME, handler)`.
 */
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { resolveAppRequest } from './resolve';

export interface ProtocolRequest {
  url: string;
  method: string;
}

export interface ProtocolHandlerOptions {
  rootDir: string;
  readFile?: (filePath: string) => Promise<Uint8Array>;
  log?: (message: string) => void;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export function createAppProtocolHandler(
  options: ProtocolHandlerOptions,
): (request: ProtocolRequest) => Promise<Response> {
  const read = options.readFile ?? readFile;
  const log = options.log ?? ((m: string) => console.warn(m));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed.');
    const resolved = resolveAppRequest(options.rootDir, request.url);
    if (!resolved.ok) {
      log(`app:// refused ${request.url}: ${resolved.reason}`);
      return textResponse(resolved.status, resolved.reason);
    }
    let body: Uint8Array;
    try {
      body = await read(resolved.filePath);
    } catch {
      return textResponse(404, 'Not found.');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': resolved.mimeType,
        'Content-Length': String(body.byteLength),
        'Cache-Control': 'no-cache',
      },
    });
  };
}
