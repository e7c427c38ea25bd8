import { describe, expect, it } from 'vitest';
import { compareStates } from '../../../renderer/src/domain/insights';
import { LIMITS } from '../../../renderer/src/domain/model';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import {
  createFutureState,
  futureStateDocument,
  futureStatesOf,
  futureStateTitle,
} from '../../../renderer/src/insights-ui/future-state';
import {
  createJourneyFromDocument,
  getJourneyDocument,
  listBlobs,
  moveToTrash,
  putBlob,
} from '../../../renderer/src/storage';
import { sampleJourney } from '../../fixtures/sample-journey';
import { TAMIL } from '../../fixtures/seed-text';
import { freshDb } from '../storage/helpers';

describe('future state document', () => {
  it('is a copy with new ids, origins kept, titled and pointing back', () => {
    const current = sampleJourney();
    const { document: future } = futureStateDocument(current, 5000);
    expect(future.journey.title).toBe(`${TAMIL[0]} (future state)`);
    expect(future.journey.futureStateOf).toBe(current.journey.id);
    expect(future.journey.id).not.toBe(current.journey.id);
    expect(future.journey.createdAt).toBe(5000);
    for (const [i, t] of future.touchpoints.entries()) {
      expect(t.originId).toBe(current.touchpoints[i]!.id);
      expect(t.id).not.toBe(current.touchpoints[i]!.id);
      expect(t.title).toBe(current.touchpoints[i]!.title);
    }
    const pains = compareStates(current, future).pain;
    expect(pains.removed).toEqual([]);
    expect(pains.added).toEqual([]);
    expect(pains.kept).toHaveLength(1);
  });

  it('is typed as a future state and starts as a draft, whatever the current journey was', () => {
    const current = sampleJourney();
    const finalCurrent = { ...current, journey: { ...current.journey, status: 'final' as const, owner: 'Ana' } };
    const { document: future } = futureStateDocument(finalCurrent, 5000);
    expect([future.journey.type, future.journey.status, future.journey.owner]).toEqual([
      'future-state',
      'draft',
      'Ana',
    ]);
  });

  it('keeps the title within the limit', () => {
    const title = futureStateTitle('x'.repeat(LIMITS.shortText));
    expect(title.length).toBe(LIMITS.shortText);
    expect(title.endsWith(' (future state)')).toBe(true);
  });
});

describe('createFutureState', () => {
  it('stores the copy with its persona photo in one go', async () => {
    const db = freshDb();
    const current = sampleJourney();
    await createJourneyFromDocument(db, current);
    const photo = await putBlob(db, current.journey.id, new Blob([new Uint8Array([7, 7, 7])]), 'image/png');
    await db.personas.update(current.personas[0]!.id, { photoBlobId: photo.id });

    const result = await createFutureState(db, current.journey.id, 7000);
    if (!result.ok) throw new Error(result.message);
    const stored = (await getJourneyDocument(db, result.journey.id))!;
    expect(stored.journey).toMatchObject({ futureStateOf: current.journey.id, title: `${TAMIL[0]} (future state)` });
    expect(stored.touchpoints).toHaveLength(current.touchpoints.length);
    expect(stored.touchpoints.every((t) => t.originId !== null)).toBe(true);
    const blobs = await listBlobs(db, result.journey.id);
    expect(blobs).toHaveLength(1);
    expect(stored.personas[0]!.photoBlobId).toBe(blobs[0]!.id);
    expect(blobs[0]!.id).not.toBe(photo.id);
    expect((await futureStatesOf(db, current.journey.id)).map((j) => j.id)).toEqual([result.journey.id]);
    // The current journey is untouched.
    expect((await getJourneyDocument(db, current.journey.id))!.journey.futureStateOf).toBeNull();
  });

  it('refuses a missing or trashed journey and a future state, with a sentence', async () => {
    const db = freshDb();
    const doc = buildOnlineOrderTemplate(0);
    await createJourneyFromDocument(db, doc);
    const made = await createFutureState(db, doc.journey.id);
    if (!made.ok) throw new Error(made.message);
    const again = await createFutureState(db, made.journey.id);
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/already a future state/) });
    await moveToTrash(db, doc.journey.id);
    const trashed = await createFutureState(db, doc.journey.id);
    expect(trashed).toEqual({ ok: false, message: expect.stringMatching(/no longer stored/) });
    expect(await db.journeys.count()).toBe(2);
  });
});
