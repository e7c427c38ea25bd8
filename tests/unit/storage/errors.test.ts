import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  createJourney,
  listJourneys,
  STORAGE_ERROR_MESSAGES,
  StorageError,
  toStorageError,
  WaymarkDB,
  type StorageError as StorageErrorType,
} from '../../../renderer/src/storage';
import { LATEST_STORAGE_VERSION, STORAGE_VERSIONS } from '../../../renderer/src/storage/schema';
import { seedLine } from '../../fixtures/seed-text';

const ALL_STORES = Object.assign({}, ...STORAGE_VERSIONS.map((v) => v.up.stores)) as Record<string, string>;

describe('toStorageError', () => {
  it('maps a quota error, bare or inside an AbortError, to the disk-full sentence', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    for (const error of [quota, wrapped, new Dexie.QuotaExceededError('full')]) {
      const mapped = toStorageError(error);
      expect(mapped).toBeInstanceOf(StorageError);
      expect(mapped.code).toBe('quota');
      expect(mapped.message).toBe(
        'Your disk is full, so the last change could not be saved. Free some space; your edit is kept in this window until then.',
      );
      expect(mapped.cause).toBe(error);
    }
  });

  it('maps version errors, also when wrapped by an open failure', () => {
    const version = new DOMException(
      'The requested version (20) is less than the existing version (30).',
      'VersionError',
    );
    for (const error of [
      version,
      new Dexie.OpenFailedError(version),
      new Dexie.DatabaseClosedError(version),
      new Dexie.VersionChangeError('Database version changed by other database connection'),
    ]) {
      const mapped = toStorageError(error);
      expect(mapped.code).toBe('version-too-new');
      expect(mapped.message).toBe(STORAGE_ERROR_MESSAGES['version-too-new']);
    }
  });

  it('maps constraint, unavailable and unknown failures', () => {
    expect(toStorageError(new DOMException('Key already exists', 'ConstraintError')).code).toBe('constraint');
    expect(toStorageError(new Dexie.DataError('bad key')).code).toBe('constraint');
    expect(toStorageError(new Dexie.MissingAPIError('indexedDB API missing')).code).toBe('unavailable');
    expect(toStorageError(new Dexie.DatabaseClosedError('closed')).code).toBe('unavailable');
    const unknown = toStorageError(new Error('boom'));
    expect(unknown.code).toBe('unknown');
    expect(unknown.message).not.toContain('boom');
    expect(toStorageError('a string').code).toBe('unknown');
  });

  it('passes our own StorageError through, even when Dexie wraps it', () => {
    const own = new StorageError('not-found');
    expect(toStorageError(own)).toBe(own);
    expect(toStorageError(new Dexie.DatabaseClosedError(own))).toBe(own);
  });

  it('every code has one human sentence or two, with no technical words', () => {
    for (const message of Object.values(STORAGE_ERROR_MESSAGES)) {
      expect(message).toMatch(/^[A-Z].*\.$/);
      expect(message).not.toMatch(/IndexedDB|Dexie|Error|exception/);
    }
  });
});

describe('another window and newer versions', () => {
  it('refuses to open a database written by a newer Waymark', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    const newer = new Dexie(name);
    newer.version(LATEST_STORAGE_VERSION + 1).stores({ ...ALL_STORES, comments: 'id, journeyId' });
    await newer.open();
    newer.close();

    const db = new WaymarkDB(name);
    const problems: StorageErrorType[] = [];
    db.onProblem((p) => problems.push(p));
    const attempt = listJourneys(db);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ code: 'version-too-new' });
    expect(problems.map((p) => p.code)).toEqual(['version-too-new']);
    await Dexie.delete(name);
  });

  it('closes and reports when another window upgrades the database', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    const db = new WaymarkDB(name);
    const problems: StorageErrorType[] = [];
    db.onProblem((p) => problems.push(p));
    await createJourney(db, { title: seedLine('hy') });

    const newer = new Dexie(name);
    newer.version(LATEST_STORAGE_VERSION + 1).stores({ ...ALL_STORES, comments: 'id, journeyId' });
    await newer.open(); // would hang if this window kept the database open
    expect(problems.map((p) => p.code)).toEqual(['version-too-new']);
    expect(db.isOpen()).toBe(false);
    await expect(createJourney(db)).rejects.toMatchObject({ code: 'version-too-new' });
    // The newer window has the data.
    expect((await newer.table('journeys').toArray()).map((j: { title: string }) => j.title)).toEqual([seedLine('hy')]);
    newer.close();
    await Dexie.delete(name);
  });

  it('reports a blocked upgrade, then opens once the other window lets go', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    // An old window holding version 1 open and ignoring requests to close.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onupgradeneeded = () => req.result.createObjectStore('journeys', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });

    const db = new WaymarkDB(name);
    const problems: StorageErrorType[] = [];
    const blocked = new Promise<void>((resolve) =>
      db.onProblem((p) => {
        problems.push(p);
        resolve();
      }),
    );
    const opening = db.open();
    await blocked;
    expect(problems.map((p) => p.code)).toEqual(['blocked']);
    expect(problems[0]!.message).toBe(STORAGE_ERROR_MESSAGES.blocked);

    old.close();
    await opening;
    expect(db.verno).toBe(LATEST_STORAGE_VERSION);
    db.close();
    await Dexie.delete(name);
  });
});
