// @vitest-environment happy-dom
/** Host.live, both hosts, all the way down to a real session server. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcName } from '../../../electron/common/contract';
import { createLiveSessions } from '../../../electron/live/sessions';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import { buildBridge } from '../../../electron/preload/bridge';
import { startWebServer } from '../../../electron/web/serve';
import { createElectronHost } from '../../../renderer/src/platform/electron-host';
import { HostError } from '../../../renderer/src/platform/host';
import { createWebHost } from '../../../renderer/src/platform/web-host';
import type { SenderInfo } from '../../../electron/main/ipc/sender';
import { makeStaticDir, removeDir } from '../electron/live/helpers';
import { routeFetchTo } from './route-fetch';

const APP_SENDER: SenderInfo = { frameUrl: 'app://waymark/index.html', isMainFrame: true, isAppWindow: true };
const unused = () => Promise.reject(new Error('not used here'));
const REQUEST = { journeyId: 'journey:host-api', journeyTitle: 'Host API', requireApproval: true };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Host.live in the Electron host', () => {
  it('starts, reports and ends the session through the preload bridge and the real handlers', async () => {
    const live = createLiveSessions({
      staticDir: null,
      resumeDir: null,
      port: 0,
      listenHost: '127.0.0.1',
      log: () => {},
    });
    cleanups.push(() => live.end());
    const handlers = createIpcHandlers({
      fs: { open: unused, writeFileAtomic: unused },
      dialog: { showOpenDialog: unused, showSaveDialog: unused, confirmReplace: unused },
      printHtmlToPdf: unused,
      setTitle: () => undefined,
      closeReady: () => false,
      appInfo: () => ({ name: 'Waymark', version: '0', platform: 'linux', electron: null, chrome: null }),
      recent: {
        list: unused,
        add: unused,
        has: unused,
        remove: unused,
        clear: unused,
        onChange: () => () => undefined,
      },
      live,
      now: Date.now,
      log: () => undefined,
    });
    const bridge = buildBridge({
      invoke: (channel, ...args) => {
        const name = channel.replace(/^waymark:/, '') as keyof typeof handlers;
        expect(ipcName(name)).toBe(channel);
        return (handlers[name] as (s: typeof APP_SENDER, a: unknown) => Promise<unknown>)(APP_SENDER, args);
      },
      on: () => undefined,
      removeListener: () => undefined,
    });
    const host = createElectronHost(bridge);
    expect(await host.live.status()).toBeNull();
    const info = await host.live.start(REQUEST);
    expect(info).toMatchObject({ journeyId: REQUEST.journeyId, requireApproval: true });
    expect(await host.live.status()).toEqual(info);
    const busy = await host.live.start({ ...REQUEST, journeyId: 'journey:other' }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(HostError);
    expect(busy).toMatchObject({ code: 'busy' });
    await host.live.end();
    expect(await host.live.status()).toBeNull();
  });
});

describe('Host.live in the web host', () => {
  it('starts, reports and ends the session through the serving process', async () => {
    const dir = await makeStaticDir();
    cleanups.push(() => removeDir(dir));
    const server = await startWebServer({
      rootDir: dir,
      resumeDir: null,
      log: () => {},
      live: { port: 0, listenHost: '127.0.0.1' },
    });
    cleanups.push(() => server.close());
    routeFetchTo(server);
    const host = createWebHost();
    expect(await host.live.status()).toBeNull();
    const info = await host.live.start(REQUEST);
    expect(info.documentName).toBe('journey/journey:host-api');
    expect(await host.live.status()).toEqual(info);
    await expect(host.live.start({ ...REQUEST, journeyTitle: 'x'.repeat(501) })).rejects.toMatchObject({
      code: 'bad-arguments',
    });
    await host.live.end();
    expect(await host.live.status()).toBeNull();
    expect(server.live.status()).toBeNull();
  });

  it('says live sessions need the desktop app or npm start when the page is served without the API', async () => {
    vi.stubGlobal('fetch', async () => new Response('<!doctype html><html></html>', { status: 200 }));
    const host = createWebHost();
    expect(await host.live.status()).toBeNull();
    const refused = await host.live.start(REQUEST).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HostError);
    expect((refused as HostError).message).toMatch(/^Live sessions need the desktop app or `npm start`.+\.$/);
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(host.live.start(REQUEST)).rejects.toMatchObject({ code: 'live-failed' });
  });
});
