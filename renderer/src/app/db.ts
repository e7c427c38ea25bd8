import { requestPersistentStorage, WaymarkDB } from '../storage';

/** The one database of this window. */
export const db = new WaymarkDB();

/**
 * Asked once as the window starts: persistent storage, so the browser never
 * evicts journeys to make room. Its answer is only informative.
 */
export const persistence = requestPersistentStorage();
