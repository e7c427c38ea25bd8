/**
 * What the app window may navigate to and which links leave for the OS
 * browser. Pure decisions; the window module applies them.
 */
import { isAppUrl, parseUrl } from '../app-url';

/**
 * Schemes handed to the OS (shell.openExternal): https only. Plain http would
 * leave the machine unencrypted, and mailto/file/custom schemes start other
 * programs with arguments the page chose. Everything else is refused.
 */
export const EXTERNAL_SCHEMES: readonly string[] = ['https:'];

/** True when `raw` is a well-formed https URL safe to give the OS. */
export function isAllowedExternalUrl(raw: string): boolean {
  if (raw.length > 2048) return false;
  const url = parseUrl(raw);
  if (url === null || !EXTERNAL_SCHEMES.includes(url.protocol)) return false;
  // Credentials in a link are a classic way to disguise the real host.
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}

/**
 * The only door to the OS browser: the allowlist first (https only, no
 * credentials), then `open`. Refusals are logged, never thrown.
 */
export function createExternalOpener(deps: {
  open(url: string): Promise<void>;
  log(message: string): void;
}): (url: string) => Promise<boolean> {
  return async (url) => {
    if (!isAllowedExternalUrl(url)) {
      deps.log(`Refused to open ${url.slice(0, 200)} outside the app.`);
      return false;
    }
    await deps.open(url);
    return true;
  };
}

export type NavigationDecision = { action: 'allow' } | { action: 'deny'; openExternal: string | null };

/**
 * The window only ever shows the app itself. A link to the web is denied in
 * the window and, when its scheme is allowed, opened in the OS browser.
 */
export function decideNavigation(raw: string): NavigationDecision {
  if (isAppUrl(raw)) return { action: 'allow' };
  return { action: 'deny', openExternal: isAllowedExternalUrl(raw) ? raw : null };
}

/**
 * New windows (window.open, target=_blank) are never created; allowed
 * external links go to the OS browser instead.
 */
export function decideWindowOpen(raw: string): { action: 'deny'; openExternal: string | null } {
  return { action: 'deny', openExternal: isAllowedExternalUrl(raw) ? raw : null };
}
