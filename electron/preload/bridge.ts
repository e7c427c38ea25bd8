/**
 * Builds the `window.waymark` object from the contract: one method per IPC
 * channel, plus three event subscriptions. Plain function over an injected
 * ipcRenderer-like port, so Node tests can check exactly what is exposed.
 */
import {
  IPC_CHANNELS,
  MenuCommandSchema,
  ipcName,
  type IpcChannel,
  type MenuCommand,
  type OpenedFile,
  type WaymarkBridge,
} from '../common/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
}

function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && (v.path === null || typeof v.path === 'string') && v.bytes instanceof Uint8Array;
}

export function buildBridge(ipc: IpcRendererPort): WaymarkBridge {
  const invokers = Object.fromEntries(
    IPC_CHANNELS.map((channel: IpcChannel) => [channel, (...args: unknown[]) => ipc.invoke(ipcName(channel), ...args)]),
  ) as Omit<WaymarkBridge, 'onMenuCommand' | 'onOpenFile' | 'onCloseRequest'>;

  // Files can arrive before the page has subscribed (double-clicked journey at
  // launch); hold them until the first listener arrives, then hand them over.
  const fileListeners = new Set<(file: OpenedFile) => void>();
  const heldFiles: OpenedFile[] = [];
  ipc.on(ipcName('openFile'), (_event, file) => {
    if (!isOpenedFile(file)) return;
    if (fileListeners.size === 0) heldFiles.push(file);
    else for (const listener of fileListeners) listener(file);
  });

  // A page that has not subscribed yet holds no edits (the editor subscribes
  // through the host), so main gets its "saved" at once instead of waiting.
  const closeListeners = new Set<(requestId: string) => void>();
  ipc.on(ipcName('closeRequest'), (_event, requestId) => {
    if (typeof requestId !== 'string') return;
    if (closeListeners.size === 0) void ipc.invoke(ipcName('closeReady'), requestId, { saved: true });
    else for (const listener of closeListeners) listener(requestId);
  });

  return {
    ...invokers,
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const handler: Listener = (_event, command) => {
        const parsed = MenuCommandSchema.safeParse(command);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(ipcName('menuCommand'), handler);
      return () => {
        ipc.removeListener(ipcName('menuCommand'), handler);
      };
    },
    onCloseRequest(listener: (requestId: string) => void) {
      closeListeners.add(listener);
      return () => {
        closeListeners.delete(listener);
      };
    },
    onOpenFile(listener: (file: OpenedFile) => void) {
      const wrapped = (file: OpenedFile) => listener(file);
      fileListeners.add(wrapped);
      if (heldFiles.length > 0) {
        const held = heldFiles.splice(0, heldFiles.length);
        queueMicrotask(() => {
          for (const file of held) wrapped(file);
        });
      }
      return () => {
        fileListeners.delete(wrapped);
      };
    },
  };
}
