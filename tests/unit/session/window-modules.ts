/**
 * Two windows in one test: each has its own copy of the session and storage
 * modules (its own window id on the BroadcastChannel) over the same database.
 */
import { vi } from 'vitest';

/**
 * BroadcastChannel delivery between module copies takes a turn or two of the event loop: a pause for
 * steps that must not overtake one another. It proves nothing arrived; for what must arrive, `eventually`.
 */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Until `check` holds (10 s at most): what another window sent arrives after its message and a read of
 * the database, which on a loaded machine takes longer than any fixed pause (CI once saw 20 ms fall short).
 */
export const eventually = (check: () => unknown) => vi.waitFor(check, { timeout: 10_000, interval: 10 });

/** A fresh copy of the modules, as each window has its own. */
export async function windowModules() {
  vi.resetModules();
  const persistence = await import('../../../renderer/src/session/persistence');
  const storage = await import('../../../renderer/src/storage');
  const { createEditorStore } = await import('../../../renderer/src/session/store');
  return { persistence, storage, createEditorStore, db: new storage.WaymarkDB() };
}
