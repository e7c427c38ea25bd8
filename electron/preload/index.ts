/**
 * Preload (sandboxed, bundled to CommonJS): publishes exactly one object,
 * `window.waymark`, built from the IPC contract. Nothing else is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../common/contract';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, buildBridge(ipcRenderer));
