/** Small key–value settings kept with the journeys (e.g. the last opened journey). */
import { storageCall, type WaymarkDB } from './db';

export function getMeta(db: WaymarkDB, key: string): Promise<unknown> {
  return storageCall(db, async () => (await db.meta.get(key))?.value);
}

export function setMeta(db: WaymarkDB, key: string, value: unknown): Promise<void> {
  return storageCall(db, async () => {
    await db.meta.put({ key, value });
  });
}

export function deleteMeta(db: WaymarkDB, key: string): Promise<void> {
  return storageCall(db, () => db.meta.delete(key));
}
