/**
 * Where the app lives: the UI is served from `app://waymark/` (a privileged,
 * standard, secure custom scheme), never from `file://`. Pure, so tests and
 * every main module agree on one definition of "the app itself".
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'waymark';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The scheme's privileges, registered before the app is ready: standard (relative URLs, IndexedDB),
 * secure (a secure context), fetch, and V8's code cache, which Chromium gives http pages but a custom
 * scheme only when asked: without it the renderer compiled its 2.8 MB of script again at every start.
 * Never `bypassCSP`: the page's policy holds.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/** Parses a URL without throwing; null when it is not a URL at all. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` points inside the app (`app://waymark/...`).
 * Compared by scheme and host, because Node's URL reports `origin: "null"`
 * for schemes it does not know.
 */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
