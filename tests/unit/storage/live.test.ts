import { describe, expect, it } from 'vitest';
import { buildSaasTrialTemplate } from '../../../renderer/src/domain/templates';
import {
  createJourney,
  createJourneyFromDocument,
  liveJourneyList,
  liveSnapshotList,
  moveToTrash,
  saveSnapshot,
  type JourneySummary,
} from '../../../renderer/src/storage';
import type { Observable } from 'dexie';
import { seedLine } from '../../fixtures/seed-text';
import { freshDb } from './helpers';

/** Resolve with the first value the observable emits that passes the test. */
function nextMatching<T>(observable: Observable<T>, test: (value: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('No matching value within 2 s')), 2000);
    const subscription = observable.subscribe({
      next: (value) => {
        if (!test(value)) return;
        clearTimeout(timer);
        subscription.unsubscribe();
        resolve(value);
      },
      error: reject,
    });
  });
}

const ids = (list: JourneySummary[]) => list.map((s) => s.journey.id);

describe('live lists', () => {
  it('emits the journey list again after each change', async () => {
    const db = freshDb();
    const live = liveJourneyList(db);
    expect(await nextMatching(live, (l) => l.length === 0)).toEqual([]);

    const a = await createJourney(db, { title: seedLine('ml') });
    const afterCreate = await nextMatching(live, (l) => l.length === 1);
    expect(afterCreate[0]).toMatchObject({ journey: { title: seedLine('ml') }, stageCount: 6, touchpointCount: 0 });

    const b = await createJourneyFromDocument(db, buildSaasTrialTemplate());
    expect(ids(await nextMatching(live, (l) => l.length === 2))).toEqual([b.id, a.id]);

    await moveToTrash(db, b.id);
    expect(ids(await nextMatching(live, (l) => l.length === 1))).toEqual([a.id]);
    expect(ids(await nextMatching(liveJourneyList(db, { trashed: true }), (l) => l.length === 1))).toEqual([b.id]);
  });

  it('emits a journey’s snapshots as they are saved', async () => {
    const db = freshDb();
    const j = await createJourney(db);
    const live = liveSnapshotList(db, j.id);
    await nextMatching(live, (l) => l.length === 0);
    await saveSnapshot(db, j.id, seedLine('te'));
    const list = await nextMatching(live, (l) => l.length === 1);
    expect(list[0]?.name).toBe(seedLine('te'));
  });
});
