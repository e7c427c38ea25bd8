import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, ipcName, type MenuCommand, type OpenedFile } from '../../../electron/common/contract';
import { buildBridge, type IpcRendererPort } from '../../../electron/preload/bridge';
import { SEED_TITLES, utf8 } from './helpers';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const invoked: Array<[string, unknown[]]> = [];
  const listeners = new Map<string, Set<Listener>>();
  const port: IpcRendererPort = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, args]);
      return { ok: true, value: channel };
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, ...args));
  return { port, invoked, emit, listeners };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('preload bridge', () => {
  it('exposes exactly the contract channels plus the three subscriptions', () => {
    const bridge = buildBridge(fakeIpc().port);
    expect(Object.keys(bridge).sort()).toEqual(
      [...IPC_CHANNELS, 'onMenuCommand', 'onOpenFile', 'onCloseRequest'].sort(),
    );
    for (const key of Object.keys(bridge)) expect(typeof (bridge as Record<string, unknown>)[key]).toBe('function');
  });

  it('each method invokes its namespaced channel with the arguments as given', async () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc.port);
    const bytes = utf8(SEED_TITLES.te);
    await bridge.saveFile({ suggestedName: 'a.journey', filters: [], bytes });
    await bridge.openRecent('/maps/a.journey');
    await bridge.appInfo();
    expect(ipc.invoked).toEqual([
      ['waymark:saveFile', [{ suggestedName: 'a.journey', filters: [], bytes }]],
      ['waymark:openRecent', ['/maps/a.journey']],
      ['waymark:appInfo', []],
    ]);
  });

  it('onMenuCommand passes only valid commands, never the IPC event, and unsubscribes', () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc.port);
    const got: unknown[][] = [];
    const off = bridge.onMenuCommand((...args: unknown[]) => got.push(args));
    ipc.emit(ipcName('menuCommand'), 'undo');
    ipc.emit(ipcName('menuCommand'), 'rm -rf');
    ipc.emit(ipcName('menuCommand'), { command: 'undo' });
    ipc.emit(ipcName('menuCommand'), 'export-pdf');
    expect(got).toEqual([['undo'], ['export-pdf']]);
    off();
    ipc.emit(ipcName('menuCommand'), 'redo');
    expect(got).toHaveLength(2);
    expect(ipc.listeners.get(ipcName('menuCommand'))?.size).toBe(0);
  });

  it('onOpenFile delivers well-formed files, and holds files that arrive before anyone listens', async () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc.port);
    const early: OpenedFile = { name: 'early.journey', path: '/maps/early.journey', bytes: utf8(SEED_TITLES.ta) };
    ipc.emit(ipcName('openFile'), early);
    ipc.emit(ipcName('openFile'), { name: 'bad', path: 3, bytes: 'x' });

    const got: OpenedFile[] = [];
    const off = bridge.onOpenFile((f) => got.push(f));
    await flush();
    expect(got).toEqual([early]);

    const later: OpenedFile = { name: 'later.journey', path: null, bytes: utf8('{}') };
    ipc.emit(ipcName('openFile'), later);
    expect(got).toEqual([early, later]);
    off();
    ipc.emit(ipcName('openFile'), later);
    expect(got).toHaveLength(2);
  });

  it('onCloseRequest passes the request id to the listener; with no listener the bridge answers "saved" itself', () => {
    const ipc = fakeIpc();
    const bridge = buildBridge(ipc.port);
    const id = '8f0c5a3e-0d4b-4c59-9a43-1b7c1f2e6d10';
    ipc.emit(ipcName('closeRequest'), id);
    expect(ipc.invoked).toEqual([['waymark:closeReady', [id, { saved: true }]]]);

    const got: string[] = [];
    const off = bridge.onCloseRequest((requestId) => got.push(requestId));
    ipc.emit(ipcName('closeRequest'), id);
    ipc.emit(ipcName('closeRequest'), { id });
    expect(got).toEqual([id]);
    expect(ipc.invoked).toHaveLength(1);
    off();
    ipc.emit(ipcName('closeRequest'), id);
    expect(got).toHaveLength(1);
    expect(ipc.invoked).toHaveLength(2);
  });

  it('menu commands cover the menu the main process builds', () => {
    const commands: MenuCommand[] = ['undo', 'redo', 'zoom-in', 'fit-view'];
    const ipc = fakeIpc();
    const got: MenuCommand[] = [];
    buildBridge(ipc.port).onMenuCommand((c) => got.push(c));
    for (const c of commands) ipc.emit(ipcName('menuCommand'), c);
    expect(got).toEqual(commands);
  });
});
