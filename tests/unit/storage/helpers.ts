import { afterEach } from 'vitest';
import { WaymarkDB } from '../../../renderer/src/storage';

const opened: WaymarkDB[] = [];

/** A database with a name of its own, deleted after the test. */
export function freshDb(): WaymarkDB {
  const db = new WaymarkDB(`waymark-test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete().catch(() => undefined);
  }
});

/** Every row of every table, by table name, in key order: for "nothing changed" comparisons. */
export async function dumpAll(db: WaymarkDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** Every row of every table that belongs to a journey (journeyId or id). */
export async function rowsOfJourney(db: WaymarkDB, journeyId: string): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (const table of db.tables) {
    if (table.name === 'meta') continue;
    const all = (await table.toArray()) as Record<string, unknown>[];
    rows.push(...all.filter((r) => r.journeyId === journeyId || r.id === journeyId));
  }
  return rows;
}
