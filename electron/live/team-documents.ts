/**
 * Keeps a team server's documents in one SQLite database in its data folder
 * (`waymark.sqlite`), through @hocuspocus/extension-sqlite: one row per
 * document (`documents`: name → whole Yjs state), written after Hocuspocus's
 * debounce and when the last client leaves.
 *
 * - The database is opened and checked before the server starts: a file that
 *   is not a readable SQLite database, or whose `documents` table has another
 *   shape, stops the start with one sentence and is left untouched.
 * - Documents of the earlier file store (`<sha256 of the name>.yjs` files in
 *   the data folder) are imported once at start into `file_store_documents`
 *   (keyed by that hash, since the file names do not hold the document names),
 *   then the files are moved into a `file-store-imported-<time>` folder, never
 *   deleted. A document not yet in `documents` is read from there; its first
 *   store moves it into `documents`.
 * - A row that is not a Yjs state is moved to `unreadable_documents` (never
 *   deleted) and the document starts empty.
 *
 * better-sqlite3 is a native module: it is a dev dependency used only by the
 * team server (`npm run team-server`), never bundled into the desktop app.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { SQLite, schema as documentsSchema, selectQuery, upsertQuery } from '@hocuspocus/extension-sqlite';
import type { Extension } from '@hocuspocus/server';
import BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';

export const TEAM_DATABASE_FILE = 'waymark.sqlite';
/** A document file of the earlier file store: the SHA-256 of the document name, hex. */
const FILE_STORE_DOCUMENT = /^[0-9a-f]{64}\.yjs$/;
/** Everything the file store left: documents, files it had moved aside, unfinished temporary files. */
const FILE_STORE_LEFTOVER = /^[0-9a-f]{64}\.yjs(\.unreadable-\d+|\.[0-9a-f]{12}\.tmp)?$/;

const EXTRA_SCHEMA = `
CREATE TABLE IF NOT EXISTS "file_store_documents" (
  "hash" text PRIMARY KEY NOT NULL,
  "data" blob NOT NULL,
  "file" text NOT NULL
);
CREATE TABLE IF NOT EXISTS "unreadable_documents" (
  "name" text NOT NULL,
  "data" blob NOT NULL,
  "kept_at" integer NOT NULL
);`;

export interface TeamDocumentStore extends Extension {
  /** The database file. */
  file: string;
  /** How many file-store documents this start imported, and the folder their files were moved to. */
  imported: { count: number; folder: string | null };
  /** Resolves when every store started so far has finished. */
  idle(): Promise<void>;
  /** Closes the database (when the server could not start; otherwise stopping the server closes it). */
  close(): void;
}

/** The file store's name for a document, which the imported rows are keyed by. */
export const fileStoreHash = (documentName: string) => createHash('sha256').update(documentName, 'utf8').digest('hex');

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function isYjsState(bytes: Uint8Array): boolean {
  try {
    Y.applyUpdate(new Y.Doc(), bytes);
    return true;
  } catch {
    return false;
  }
}

/** Opens the database and checks it can be used; throws one sentence and leaves the file as it is when not. */
function openDatabase(file: string): BetterSqlite3.Database {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file);
    // Reads the header and every page: a damaged file fails here, before anything is written.
    const problems = (db.pragma('quick_check') as { quick_check: string }[])
      .flatMap((row) => row.quick_check.split('\n'))
      .filter((line) => line !== 'ok' && !line.startsWith('***'));
    if (problems.length > 0) throw new Error(`it is damaged: ${problems[0]}`);
    db.pragma('journal_mode = WAL');
    db.exec(documentsSchema);
    db.exec(EXTRA_SCHEMA);
    // A "documents" table made by something else, with other columns, fails here.
    db.prepare('SELECT "name", "data" FROM "documents" LIMIT 0').all();
    return db;
  } catch (error) {
    db?.close();
    throw new Error(
      `The team database ${file} could not be opened (${reasonOf(error)}), so the server did not start and left the file untouched; restore it from a backup, or move it out of the data folder to start with an empty one.`,
    );
  }
}

/** Imports the file store's documents once, then moves its files aside. */
function importFileStore(
  db: BetterSqlite3.Database,
  dataDir: string,
  log: (message: string) => void,
): TeamDocumentStore['imported'] {
  const leftovers = readdirSync(dataDir).filter((name) => FILE_STORE_LEFTOVER.test(name));
  if (leftovers.length === 0) return { count: 0, folder: null };
  const insert = db.prepare(
    'INSERT OR REPLACE INTO "file_store_documents" ("hash", "data", "file") VALUES ($hash, $data, $file)',
  );
  let count = 0;
  db.transaction(() => {
    for (const name of leftovers.filter((n) => FILE_STORE_DOCUMENT.test(n))) {
      const bytes = readFileSync(path.join(dataDir, name));
      if (!isYjsState(bytes)) {
        log(`${name} is not a Yjs document, so it was not imported; it is kept with the other file-store files.`);
        continue;
      }
      insert.run({ hash: name.slice(0, 64), data: bytes, file: name });
      count += 1;
    }
  })();
  // Only after the rows are committed: a crash before this point imports the same files again, harmlessly.
  const folder = path.join(dataDir, `file-store-imported-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(folder, { recursive: true });
  for (const name of leftovers) renameSync(path.join(dataDir, name), path.join(folder, name));
  log(`Imported ${count} document(s) of the earlier file store into the database; its files were moved to ${folder}.`);
  return { count, folder };
}

/**
 * Opens (or creates) the team database in `dataDir`, imports the file store's
 * documents, and returns the persistence extension for the server.
 */
export function openTeamDocuments(dataDir: string, log: (message: string) => void): TeamDocumentStore {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, TEAM_DATABASE_FILE);
  const db = openDatabase(file);
  let imported: TeamDocumentStore['imported'];
  try {
    imported = importFileStore(db, dataDir, log);
  } catch (error) {
    db.close();
    throw new Error(
      `The earlier file store's documents in ${dataDir} could not be imported (${reasonOf(error)}), so the server did not start; their files are where they were.`,
    );
  }

  const selectNamed = db.prepare(selectQuery);
  const upsertNamed = db.prepare(upsertQuery);
  const selectImported = db.prepare('SELECT "data" FROM "file_store_documents" WHERE "hash" = $hash');
  const deleteImported = db.prepare('DELETE FROM "file_store_documents" WHERE "hash" = $hash');
  const keepUnreadable = db.prepare(
    'INSERT INTO "unreadable_documents" ("name", "data", "kept_at") VALUES ($name, $data, $at)',
  );
  const deleteNamed = db.prepare('DELETE FROM "documents" WHERE "name" = $name');

  const setAside = db.transaction((name: string, data: Buffer) => {
    keepUnreadable.run({ name, data, at: Date.now() });
    deleteNamed.run({ name });
  });
  const storeNamed = db.transaction((name: string, data: Buffer) => {
    upsertNamed.run({ name, data });
    // The stored state holds the imported one (it was loaded from it), so the imported row has done its job.
    deleteImported.run({ hash: fileStoreHash(name) });
  });

  const extension = new SQLite({
    database: file,
    fetch: async ({ documentName }) => {
      const row = selectNamed.get({ name: documentName }) as { data: Buffer } | undefined;
      if (row === undefined) {
        const old = selectImported.get({ hash: fileStoreHash(documentName) }) as { data: Buffer } | undefined;
        return old === undefined ? null : new Uint8Array(old.data);
      }
      if (isYjsState(row.data)) return new Uint8Array(row.data);
      setAside(documentName, row.data);
      log(
        `${documentName} could not be read from the database; its row was kept in unreadable_documents and the document starts empty.`,
      );
      return null;
    },
    store: async ({ documentName, state }) => {
      if (!db.open) throw new Error('the database is already closed');
      storeNamed(documentName, state);
    },
  });
  // Already opened and checked above; the extension would otherwise open a second connection.
  extension.db = db;
  extension.onConfigure = async () => undefined;

  const stores = new Set<Promise<unknown>>();
  const idle = async () => {
    while (stores.size > 0) await Promise.allSettled([...stores]);
  };

  return {
    file,
    imported,
    idle,
    close: () => {
      if (db.open) db.close();
    },
    onConfigure: () => extension.onConfigure(),
    onLoadDocument: (payload) => extension.onLoadDocument(payload),
    async onStoreDocument(payload) {
      const store = extension.onStoreDocument(payload);
      stores.add(store);
      try {
        await store;
      } catch (error) {
        log(`${payload.documentName} could not be saved: ${reasonOf(error)}`);
        // Rejecting makes Hocuspocus keep the document in memory instead of unloading it.
        throw error;
      } finally {
        stores.delete(store);
      }
    },
    async onDestroy() {
      // Stores the server flushed just before stopping reach this extension within the same turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      await idle();
      if (db.open) db.close();
    },
  };
}
