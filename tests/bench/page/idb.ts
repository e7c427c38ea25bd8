/**
 * Runs inside a page of Waymark's origin: writes rows straight into the app's
 * IndexedDB database (made by the app's own Dexie schema on first start).
 * Self-contained for Playwright's `evaluate`.
 */

/** Rows by table name, e.g. `{ journeys: [...], touchpoints: [...] }`. */
export type TableRows = Record<string, readonly unknown[]>;

export function putRows(args: { database: string; rows: TableRows }): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(args.database);
    open.onerror = () => reject(new Error(`The ${args.database} database could not be opened: ${open.error?.message}`));
    open.onsuccess = () => {
      const db = open.result;
      const tables = Object.keys(args.rows);
      const missing = tables.filter((t) => !db.objectStoreNames.contains(t));
      if (missing.length) {
        db.close();
        reject(new Error(`The ${args.database} database has no table ${missing.join(', ')}; did the app start?`));
        return;
      }
      const tx = db.transaction(tables, 'readwrite');
      let count = 0;
      for (const table of tables) {
        const store = tx.objectStore(table);
        for (const row of args.rows[table] ?? []) {
          store.put(row);
          count += 1;
        }
      }
      tx.oncomplete = () => {
        db.close();
        resolve(count);
      };
      tx.onerror = () => {
        db.close();
        reject(new Error(`Writing benchmark rows failed: ${tx.error?.message}`));
      };
    };
  });
}

/** Rows of one journey as stored: its stages, touchpoints and notes, and its journey row. */
export interface StoredJourney {
  journey: { workshop?: { votes?: unknown[] } } | null;
  stageIds: string[];
  touchpointIds: string[];
  notes: number;
}

/** Reads one journey's rows straight from the app's IndexedDB database (read-only). */
export function readJourneyRows(args: { database: string; journeyId: string }): Promise<StoredJourney> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(args.database);
    open.onerror = () => reject(new Error(`The ${args.database} database could not be opened: ${open.error?.message}`));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['journeys', 'stages', 'touchpoints', 'notes'], 'readonly');
      const out: StoredJourney = { journey: null, stageIds: [], touchpointIds: [], notes: 0 };
      const journey = tx.objectStore('journeys').get(args.journeyId);
      journey.onsuccess = () => (out.journey = (journey.result as StoredJourney['journey']) ?? null);
      const byJourney = (table: string, done: (rows: { id: string }[]) => void) => {
        const request = tx.objectStore(table).index('journeyId').getAll(args.journeyId);
        request.onsuccess = () => done(request.result as { id: string }[]);
      };
      byJourney('stages', (rows) => (out.stageIds = rows.map((r) => r.id)));
      byJourney('touchpoints', (rows) => (out.touchpointIds = rows.map((r) => r.id)));
      byJourney('notes', (rows) => (out.notes = rows.length));
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
      tx.onerror = () => {
        db.close();
        reject(new Error(`Reading the journey's rows failed: ${tx.error?.message}`));
      };
    };
  });
}
