/**
 * Applied to every webContents the app creates (app window and print
 * window): the page can never navigate away from the app, open a window,
 * attach a <webview>, or get a permission. Links to the web go to the OS
 * browser after the scheme allowlist.
 */
import type { Session, WebContents } from 'electron';
import { decideNavigation, decideWindowOpen } from '../security/navigation';
import { decidePermission } from '../security/permissions';

export interface HardenDeps {
  openExternal(url: string): void;
  log(message: string): void;
}

export function hardenWebContents(contents: WebContents, deps: HardenDeps): void {
  const guardNavigation = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.openExternal !== null) deps.openExternal(decision.openExternal);
    else deps.log(`Blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event, url) => guardNavigation(event, url));
  contents.on('will-frame-navigate', (event) => {
    if (decideNavigation(event.url).action !== 'allow') {
      event.preventDefault();
      deps.log(`Blocked frame navigation to ${event.url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url).action !== 'allow') {
      event.preventDefault();
      deps.log(`Blocked redirect to ${url}`);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternal !== null) deps.openExternal(decision.openExternal);
    else deps.log(`Blocked a new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('Blocked a <webview>.');
  });
}

/** Waymark needs no camera, notifications, clipboard-read, geolocation…: deny all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * The app window's session: fullscreen and clipboard writes for the app's own
 * main frame (security/permissions.ts), everything else denied.
 */
export function allowAppPermissionsOnly(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
  isAppWebContents: (webContentsId: number) => boolean,
): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(
      decidePermission({
        permission,
        requestingUrl: details.requestingUrl ?? null,
        isMainFrame: details.isMainFrame,
        isAppWindow: isAppWebContents(contents.id),
      }),
    ),
  );
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    decidePermission({
      permission,
      requestingUrl: details.requestingUrl ?? requestingOrigin,
      isMainFrame: details.isMainFrame,
      isAppWindow: contents !== null && isAppWebContents(contents.id),
    }),
  );
  session.setDevicePermissionHandler(() => false);
}
