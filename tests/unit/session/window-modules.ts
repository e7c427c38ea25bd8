/**
 * Two windows in one test: each has its own copy of the session and storage
 * modules (its own window id on the BroadcastChannel) over the same database.
 */
import { vi } from 'vitest';

/** BroadcastChannel delivery between module copies takes a turn or two of the event loop. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A fresh copy of the modules, as each window has its own. */
export async function windowModules() {
  vi.resetModules();
  const persistence = await import('../../../renderer/src/session/persistence');
  const storage = await import('../../../renderer/src/storage');
  const { createEditorStore } = await import('../../../renderer/src/session/store');
  return { persistence, storage, createEditorStore, db: new storage.WaymarkDB() };
}
