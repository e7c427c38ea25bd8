/**
 * Maps an `app://waymark/<path>` request to a file inside the renderer
 * build folder. Anything that would leave that folder is refused.
 */
import path from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from '../app-url';
import { mimeTypeFor } from './mime';

export type ResolvedRequest =
  { ok: true; filePath: string; mimeType: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * @param rootDir absolute path of `dist/renderer`
 * @param rawUrl  the request URL as Chromium sends it
 */
export function resolveAppRequest(rootDir: string, rawUrl: string): ResolvedRequest {
  const url = parseUrl(rawUrl);
  if (url === null || url.protocol !== `${APP_SCHEME}:`) return { ok: false, status: 400, reason: 'Not an app URL.' };
  if (url.host !== APP_HOST) return { ok: false, status: 404, reason: `Unknown host "${url.host}".` };

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'The path is not valid percent-encoding.' };
  }
  // Backslashes and NUL never appear in our build output; on Windows a
  // backslash is a separator and could smuggle a `..` segment past the URL parser.
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403, reason: 'Forbidden path.' };

  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.'))
    return { ok: false, status: 403, reason: 'Path traversal refused.' };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { ok: false, status: 403, reason: 'Path traversal refused.' };
  }
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}
