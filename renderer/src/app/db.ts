import { requestPersistentStorage, WaymarkDB } from '../storage';
import { watchStorageProblems } from './storage-problems';

/** The one database of this window. */
export const db = new WaymarkDB();

// Before anything opens it: a blocked or too-new database shows the window's banner.
watchStorageProblems(db);

/**
 * Asked once as the window starts: persistent storage, so the browser never
 * evicts journeys to make room. Its answer is only informative.
 */
export const persistence = requestPersistentStorage();
