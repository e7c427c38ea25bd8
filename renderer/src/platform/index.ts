import { BRIDGE_GLOBAL, type WaymarkBridge } from '../../../electron/common/contract';
import { createElectronHost } from './electron-host';
import type { Host } from './host';
import { createWebHost } from './web-host';

export * from './host';

let host: Host | null = null;

/** The host for this window: Electron when the preload bridge is present, the web host otherwise. */
export function getHost(): Host {
  if (!host) {
    const bridge = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as WaymarkBridge | undefined;
    host = bridge ? createElectronHost(bridge) : createWebHost();
  }
  return host;
}
