/**
 * The window's storage banner: problems no call returns (an older window
 * blocking the upgrade, journeys from a newer Waymark) are detected on a real
 * (fake-indexeddb) database and shown with what to do; a blocked upgrade's
 * banner goes away once the other window lets go.
 */
import Dexie from 'dexie';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageProblemBannerView } from '../../../renderer/src/app/StorageProblemBanner';
import { useStorageProblem, watchStorageProblems } from '../../../renderer/src/app/storage-problems';
import {
  listJourneys,
  STORAGE_ERROR_MESSAGES,
  STORAGE_VERSIONS,
  StorageError,
  storageCall,
  WaymarkDB,
} from '../../../renderer/src/storage';

const ALL_STORES = STORAGE_VERSIONS.reduce<Record<string, string>>((acc, v) => ({ ...acc, ...v.up.stores }), {});
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  useStorageProblem.setState({ problem: null });
});

function banner(): string {
  return renderToStaticMarkup(<StorageProblemBannerView problem={useStorageProblem.getState().problem} />);
}

describe('storage problem banner', () => {
  it('shows nothing while storage is fine', () => {
    expect(banner()).toBe('');
  });

  it('says to update Waymark when the journeys were saved by a newer version', async () => {
    const name = `banner-newer-${crypto.randomUUID()}`;
    const newer = new Dexie(name);
    newer.version(50).stores({ ...ALL_STORES, comments: 'id, journeyId' });
    await newer.open();
    newer.close();

    const db = new WaymarkDB(name);
    stops.push(watchStorageProblems(db));
    await expect(listJourneys(db)).rejects.toMatchObject({ code: 'version-too-new' });

    expect(useStorageProblem.getState().problem?.code).toBe('version-too-new');
    const html = banner();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Your journeys are from a newer Waymark');
    expect(html).toContain('Update Waymark to its latest version');
    expect(html).toContain(STORAGE_ERROR_MESSAGES['version-too-new']);
    await Dexie.delete(name);
  });

  it('says to close the other window while an older one blocks the upgrade, and clears once it is closed', async () => {
    const name = `banner-blocked-${crypto.randomUUID()}`;
    // An old window holding version 1 open and ignoring requests to close.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onupgradeneeded = () => req.result.createObjectStore('journeys', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });

    const db = new WaymarkDB(name);
    stops.push(watchStorageProblems(db));
    const opening = db.open();
    for (let i = 0; i < 50 && !useStorageProblem.getState().problem; i++) await new Promise((r) => setTimeout(r, 10));
    expect(useStorageProblem.getState().problem?.code).toBe('blocked');
    const html = banner();
    expect(html).toContain('Waiting for another Waymark window');
    expect(html).toContain('Close the other Waymark windows');

    old.close();
    await opening;
    expect(useStorageProblem.getState().problem).toBeNull();
    expect(banner()).toBe('');
    db.close();
    await Dexie.delete(name);
  });

  it('shows the sentence of any other problem under a heading of its own', () => {
    useStorageProblem.setState({ problem: new StorageError('unavailable') });
    const html = banner();
    expect(html).toContain('Waymark cannot reach your journeys');
    expect(html).toContain('Close and reopen Waymark');
  });
});

describe('a version error met by any call', () => {
  it('is reported to the banner once, and later failures give the same reason', async () => {
    const db = new WaymarkDB(`banner-version-${crypto.randomUUID()}`);
    stops.push(watchStorageProblems(db));
    const versionError = Object.assign(new Error('The requested version is less than the existing version.'), {
      name: 'VersionError',
    });
    await expect(storageCall(db, () => Promise.reject(versionError))).rejects.toMatchObject({
      code: 'version-too-new',
    });
    expect(useStorageProblem.getState().problem?.code).toBe('version-too-new');
    expect(banner()).toContain('Update Waymark to its latest version');

    const reported: string[] = [];
    db.onProblem((p) => reported.push(p.code));
    await expect(storageCall(db, () => Promise.reject(new Dexie.DatabaseClosedError()))).rejects.toMatchObject({
      code: 'version-too-new',
    });
    expect(reported).toEqual([]);
    db.close();
  });
});
