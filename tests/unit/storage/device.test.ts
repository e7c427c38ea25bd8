/**
 * Durable writes and the browser's storage as a whole: every transaction is
 * opened with strict durability; persistent storage is asked for and its
 * absence tolerated; the library's storage line measures sizes in decimal units.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney, estimateStorage, requestPersistentStorage, storageSize } from '../../../renderer/src/storage';
import { seedLine } from '../../fixtures/seed-text';
import { freshDb } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('durable transactions', () => {
  it('opens every write transaction with strict durability, so a commit is on disk when it resolves', async () => {
    const db = freshDb();
    const durability: unknown[] = [];
    const original = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      durability.push(args[2]?.durability);
      return original.apply(this, args);
    });
    await db.open();
    durability.length = 0; // Dexie's own look at the schema while opening
    const journey = await createJourney(db, { title: seedLine('ta') });
    expect((await db.journeys.get(journey.id))?.title).toBe(seedLine('ta'));
    expect(durability.length).toBeGreaterThan(0);
    expect(durability.every((d) => d === 'strict')).toBe(true);
  });
});

describe('persistent storage', () => {
  it('asks once and reports the answer', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persist, persisted: async () => false })).toBe('persistent');
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistentStorage({ persist: async () => false })).toBe('best-effort');
  });

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persist, persisted: async () => true })).toBe('persistent');
    expect(persist).not.toHaveBeenCalled();
  });

  it('copes with a browser that has no storage manager or whose call fails', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('denied')) })).toBe('best-effort');
  });
});

describe('storage estimate', () => {
  it('reads used and available bytes', async () => {
    expect(await estimateStorage({ estimate: async () => ({ usage: 12_000_000, quota: 2_100_000_000 }) })).toEqual({
      used: 12_000_000,
      available: 2_100_000_000,
    });
  });

  it('is null when the browser cannot tell', async () => {
    expect(await estimateStorage(undefined)).toBeNull();
    expect(await estimateStorage({ estimate: async () => ({}) })).toBeNull();
    expect(await estimateStorage({ estimate: async () => ({ usage: 5, quota: 0 }) })).toBeNull();
    expect(await estimateStorage({ estimate: () => Promise.reject(new Error('no')) })).toBeNull();
  });

  it('measures a size in the largest decimal unit that keeps it at 1 or more, rounded as it is shown', () => {
    expect(storageSize(0)).toEqual({ value: 0, unit: 'bytes' });
    expect(storageSize(999)).toEqual({ value: 999, unit: 'bytes' });
    expect(storageSize(1_500)).toEqual({ value: 1.5, unit: 'KB' });
    expect(storageSize(143_000)).toEqual({ value: 143, unit: 'KB' });
    expect(storageSize(250_400_000)).toEqual({ value: 250, unit: 'MB' });
    expect(storageSize(2_140_000_000)).toEqual({ value: 2.1, unit: 'GB' });
    expect(storageSize(3_000_000_000_000_000)).toEqual({ value: 3000, unit: 'TB' });
    expect(storageSize(Number.NaN)).toEqual({ value: 0, unit: 'bytes' });
  });
});
