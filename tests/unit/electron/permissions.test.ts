import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_PERMISSIONS, decidePermission } from '../../../electron/main/security/permissions';
import { allowAppPermissionsOnly } from '../../../electron/main/window/harden';

const APP = 'app://waymark/index.html#/journey/1';
const app = (permission: string) => ({ permission, requestingUrl: APP, isMainFrame: true, isAppWindow: true });

describe('decidePermission', () => {
  it.each(['fullscreen', 'clipboard-sanitized-write'])('allows %s to the app main frame', (permission) => {
    expect(decidePermission(app(permission))).toBe(true);
  });

  it.each(['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'pointerLock', 'unknown'])(
    'denies %s even to the app main frame',
    (permission) => expect(decidePermission(app(permission))).toBe(false),
  );

  it.each(APP_PERMISSIONS)('denies %s to another origin, a subframe, another window or an unknown frame', (p) => {
    expect(decidePermission({ ...app(p), requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(decidePermission({ ...app(p), requestingUrl: 'app://print/x.html' })).toBe(false);
    expect(decidePermission({ ...app(p), requestingUrl: 'file:///tmp/index.html' })).toBe(false);
    expect(decidePermission({ ...app(p), isMainFrame: false })).toBe(false);
    expect(decidePermission({ ...app(p), isAppWindow: false })).toBe(false);
    expect(decidePermission({ ...app(p), requestingUrl: null })).toBe(false);
  });
});

describe('allowAppPermissionsOnly on a session', () => {
  type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
  type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
  function fakeSession() {
    const installed: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => void (installed.request = h),
      setPermissionCheckHandler: (h: CheckHandler) => void (installed.check = h),
      setDevicePermissionHandler: (h: () => boolean) => void (installed.device = h),
    } as unknown as Session;
    return { session, installed };
  }
  const contents = (id: number) => ({ id }) as Electron.WebContents;
  const ask = (handler: RequestHandler, id: number, permission: string, url: string, isMainFrame: boolean) =>
    new Promise<boolean>((resolve) =>
      handler!(contents(id), permission as never, resolve, { requestingUrl: url, isMainFrame } as never),
    );

  it('answers requests and checks: app window main frame yes, other origin, subframe or window no', async () => {
    const { session, installed } = fakeSession();
    allowAppPermissionsOnly(session, (id) => id === 1);
    const request = installed.request!;
    expect(await ask(request, 1, 'fullscreen', APP, true)).toBe(true);
    expect(await ask(request, 1, 'clipboard-sanitized-write', APP, true)).toBe(true);
    expect(await ask(request, 1, 'fullscreen', 'https://evil.example/', true)).toBe(false);
    expect(await ask(request, 1, 'fullscreen', APP, false)).toBe(false);
    expect(await ask(request, 2, 'fullscreen', APP, true)).toBe(false);
    expect(await ask(request, 1, 'media', APP, true)).toBe(false);

    const check = installed.check!;
    const details = (requestingUrl: string | undefined, isMainFrame: boolean) =>
      ({ requestingUrl, isMainFrame }) as never;
    expect(check(contents(1), 'clipboard-sanitized-write' as never, 'app://waymark', details(APP, true))).toBe(true);
    expect(check(contents(1), 'clipboard-sanitized-write' as never, 'app://waymark', details(undefined, true))).toBe(
      true,
    );
    expect(
      check(contents(1), 'clipboard-sanitized-write' as never, 'https://x.example', details(undefined, true)),
    ).toBe(false);
    expect(check(contents(1), 'clipboard-sanitized-write' as never, 'app://waymark', details(APP, false))).toBe(false);
    expect(check(null, 'clipboard-sanitized-write' as never, 'app://waymark', details(APP, true))).toBe(false);
    expect(check(contents(1), 'clipboard-read' as never, 'app://waymark', details(APP, true))).toBe(false);
    expect(installed.device!()).toBe(false);
  });
});
