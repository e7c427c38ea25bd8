/**
 * The Content-Security-Policy sent with every response of the `app://`
 * protocol. Strict: nothing loads from outside the app bundle, no eval.
 *
 * `style-src` allows 'unsafe-inline' on purpose: React Flow positions nodes,
 * edges and the viewport with inline `style` attributes, and React's `style`
 * prop does the same. Inline styles cannot run code; scripts stay 'self' only.
 *
 * `connect-src` allows WebSockets (and only WebSockets) beyond the app: to
 * loopback for the live session the app hosts itself (electron/live) on its own
 * port, and `ws:`/`wss:` to the team server a user shares a journey to (its
 * address is typed by the user, so it cannot be listed here). Scripts stay
 * 'self' only, so nothing but the app's own code can open a socket, and no
 * fetch, image or frame may reach a remote origin.
 */

/** The host app's own live session server, on whatever port it got. */
export const LOOPBACK_WS = 'ws://127.0.0.1:*';
/** Team servers (session/live/team.ts), wherever the user's team runs one. */
export const TEAM_SERVER_WS = 'ws: wss:';

const APP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', `'self' data: blob: ${LOOPBACK_WS} ${TEAM_SERVER_WS}`],
  ['worker-src', "'self' blob:"],
  ['media-src', "'self' data: blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['child-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/**
 * Policy for the hidden print window: the report HTML is self-contained
 * (fonts and images as data: URLs) and JavaScript is off anyway.
 */
const PRINT_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['style-src', "'unsafe-inline'"],
  ['img-src', 'data: blob:'],
  ['font-src', 'data:'],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

const join = (directives: ReadonlyArray<readonly [string, string]>) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const CONTENT_SECURITY_POLICY = join(APP_DIRECTIVES);

/**
 * The same policy for a `<meta http-equiv>` tag in the built index.html, so
 * the web build (served by any static server) carries it too. Browsers ignore
 * `frame-ancestors` in a meta tag (and warn about it), so it is left out there;
 * the Electron protocol handler still sends it as a header.
 */
export const META_CONTENT_SECURITY_POLICY = join(APP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'));

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Puts the policy's meta tag first in `<head>` (before any script or stylesheet); idempotent. */
export function withCspMeta(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(META_CONTENT_SECURITY_POLICY)}" />`;
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const head = /<head[^>]*>/i.exec(html);
  if (head === null) throw new Error('index.html has no <head> to put the Content-Security-Policy in.');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}
export const PRINT_CSP = join(PRINT_DIRECTIVES);

/**
 * The app policy for pages a live session serves over plain http on the LAN:
 * `connect-src` also allows that session's own WebSocket origin (`ws://<host:port>`)
 * and no team servers: a participant's page talks to its session only.
 * `meta: true` leaves out `frame-ancestors`, as for the meta tag.
 */
export function liveSessionPolicy(wsOrigin: string | null, options: { meta: boolean }): string {
  return join(
    APP_DIRECTIVES.filter(([name]) => !options.meta || name !== 'frame-ancestors').map(([name, value]) =>
      name === 'connect-src' && wsOrigin !== null
        ? ([name, `${value.replace(` ${TEAM_SERVER_WS}`, '')} ${wsOrigin}`] as const)
        : ([name, value] as const),
    ),
  );
}
