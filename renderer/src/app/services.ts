import { createCommandBus, type AppServices } from '../services';
import { requestPersistentStorage, WaymarkDB } from '../storage';
import { watchStorageProblems } from './storage-problems';
import { navigate } from './router';

/** The services of this window: one database, the hash router and the command bus. */
export function createAppServices(): AppServices {
  const db = new WaymarkDB();
  // Before anything opens it: a blocked or too-new database shows the window's banner.
  watchStorageProblems(db);
  // Persistent storage, so the browser never evicts journeys to make room; its answer is only informative.
  void requestPersistentStorage();
  return { db, navigate, commands: createCommandBus() };
}
