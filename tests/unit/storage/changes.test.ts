import { describe, expect, it } from 'vitest';
import { createNote, createTouchpoint, newId, type Touchpoint } from '../../../renderer/src/domain';
import { buildOnlineOrderTemplate, buildSaasTrialTemplate } from '../../../renderer/src/domain/templates';
import {
  applyRowChanges,
  createJourneyFromDocument,
  getJourneyDocument,
  getViewport,
  moveToTrash,
  purgeJourney,
  saveViewport,
  type RowChange,
} from '../../../renderer/src/storage';
import { seedLine } from '../../fixtures/seed-text';
import { dumpAll, freshDb } from './helpers';

async function twoJourneys() {
  const db = freshDb();
  const doc = buildOnlineOrderTemplate(1000);
  const other = buildSaasTrialTemplate(1000);
  await createJourneyFromDocument(db, doc);
  await createJourneyFromDocument(db, other);
  return { db, doc, other };
}

describe('applyRowChanges', () => {
  it('writes exactly the given rows; every other row keeps its contents', async () => {
    const { db, doc } = await twoJourneys();
    const before = await dumpAll(db);
    const [t0, t1] = doc.touchpoints as [Touchpoint, Touchpoint];
    const renamed = { ...t0, title: seedLine('ta'), thoughts: seedLine('te') };
    const moved = { ...t1, position: { x: t1.position.x, y: t1.position.y + 140 }, emotionLabel: seedLine('ml') };
    const added = createNote({ journeyId: doc.journey.id, text: seedLine('hy') });
    const removed = doc.connections[0]!;
    const changes: RowChange[] = [
      { table: 'touchpoints', id: renamed.id, row: renamed },
      { table: 'touchpoints', id: moved.id, row: moved },
      { table: 'notes', id: added.id, row: added },
      { table: 'connections', id: removed.id, row: null },
    ];

    const updatedAt = await applyRowChanges(db, doc.journey.id, changes, 5000);
    expect(updatedAt).toBe(5000);

    const after = await dumpAll(db);
    expect(await db.touchpoints.get(renamed.id)).toEqual(renamed);
    expect(await db.touchpoints.get(moved.id)).toEqual(moved);
    expect(await db.notes.get(added.id)).toEqual(added);
    expect(await db.connections.get(removed.id)).toBeUndefined();
    expect((await db.journeys.get(doc.journey.id))?.updatedAt).toBe(5000);

    // Everything else is exactly as it was, object by object.
    const touched = new Set<string>([renamed.id, moved.id, added.id, removed.id, doc.journey.id]);
    for (const [table, rows] of Object.entries(before)) {
      const untouchedBefore = (rows as { id?: string; key?: string }[]).filter((r) => !touched.has(r.id ?? ''));
      const untouchedAfter = (after[table] as { id?: string }[]).filter((r) => !touched.has(r.id ?? ''));
      expect(untouchedAfter, table).toEqual(untouchedBefore);
    }
  });

  it('updates the journey row itself, keeping its creation time and trash state', async () => {
    const { db, doc } = await twoJourneys();
    await moveToTrash(db, doc.journey.id, 7000);
    const edited = {
      ...doc.journey,
      title: seedLine('te'),
      createdAt: 1,
      deletedAt: null,
    };
    // A row of the old shape, still carrying where the canvas was: the view is not stored in the row.
    const oldShape = { ...edited, viewport: { x: 10, y: 20, zoom: 1.5 } };
    await applyRowChanges(db, doc.journey.id, [{ table: 'journeys', id: edited.id, row: oldShape }], 8000);
    const stored = await db.journeys.get(doc.journey.id);
    expect(stored).toMatchObject({
      title: seedLine('te'),
      createdAt: 1000,
      deletedAt: 7000,
    });
    expect(stored).not.toHaveProperty('viewport');
    expect(stored?.updatedAt).toBe(8000);
  });

  it('saves where the canvas was left beside the journey row, never in it, and not as an edit', async () => {
    const { db, doc } = await twoJourneys();
    const stored = (await db.journeys.get(doc.journey.id))!;
    expect(await getViewport(db, doc.journey.id)).toBeNull();
    await saveViewport(db, doc.journey.id, { x: -120, y: 40, zoom: 0.5 });
    expect(await getViewport(db, doc.journey.id)).toEqual({ x: -120, y: 40, zoom: 0.5 });
    expect(await db.viewports.get(doc.journey.id)).toEqual({
      journeyId: doc.journey.id,
      viewport: { x: -120, y: 40, zoom: 0.5 },
    });
    // The journey row is untouched: same content, same "last edited".
    expect(await db.journeys.get(doc.journey.id)).toEqual(stored);
    // Per journey: the other journey has none.
    const others = (await db.journeys.toArray()).filter((j) => j.id !== doc.journey.id);
    for (const other of others) expect(await getViewport(db, other.id)).toBeNull();

    // A bad position is refused in one sentence and the saved one kept.
    await expect(saveViewport(db, doc.journey.id, { x: Number.NaN, y: 0, zoom: 1 })).rejects.toMatchObject({
      code: 'constraint',
    });
    expect(await getViewport(db, doc.journey.id)).toEqual({ x: -120, y: 40, zoom: 0.5 });

    // A journey row saved unchanged is no edit; a changed one is.
    expect(await applyRowChanges(db, doc.journey.id, [{ table: 'journeys', id: stored.id, row: stored }], 9000)).toBe(
      stored.updatedAt,
    );
    const retitled = { ...stored, title: seedLine('hy') };
    expect(await applyRowChanges(db, doc.journey.id, [{ table: 'journeys', id: stored.id, row: retitled }], 9000)).toBe(
      9000,
    );
    const t = doc.touchpoints[0]!;
    const both: RowChange[] = [
      { table: 'journeys', id: stored.id, row: { ...retitled, updatedAt: 9000 } },
      { table: 'touchpoints', id: t.id, row: { ...t, title: seedLine('te') } },
    ];
    expect(await applyRowChanges(db, doc.journey.id, both, 9500)).toBe(9500);

    // Purging the journey purges its viewport too.
    await purgeJourney(db, doc.journey.id);
    expect(await db.viewports.get(doc.journey.id)).toBeUndefined();
  });

  it('merges a row another writer stored since the base it was edited from; a delete of a row edited since is not made', async () => {
    const { db, doc } = await twoJourneys();
    const [t0, t1] = doc.touchpoints as [Touchpoint, Touchpoint];
    const title = seedLine('ta');
    // Another window: a title, a word added at the end of the thoughts, and an edit of t1.
    const theirs = { ...t0, title, thoughts: `${t0.thoughts} ${seedLine('hy')}` };
    const edited = { ...t1, emotionLabel: seedLine('ml') };
    await applyRowChanges(db, doc.journey.id, [
      { table: 'touchpoints', id: t0.id, row: theirs },
      { table: 'touchpoints', id: t1.id, row: edited },
    ]);
    // This window, from the rows as they were: words put before the thoughts, the emotion, t1 deleted.
    const mine = { ...t0, thoughts: `${seedLine('te')} ${t0.thoughts}`, emotion: -2 as const };
    const written: RowChange[] = [];
    const savedAt = await applyRowChanges(
      db,
      doc.journey.id,
      [
        { table: 'touchpoints', id: t0.id, row: mine, base: t0 },
        { table: 'touchpoints', id: t1.id, row: null, base: t1 },
      ],
      Date.now(),
      { written },
    );
    const both = { ...t0, title, emotion: -2, thoughts: `${seedLine('te')} ${t0.thoughts} ${seedLine('hy')}` };
    expect(await db.touchpoints.get(t0.id)).toEqual(both);
    expect(await db.touchpoints.get(t1.id)).toEqual(edited);
    // What was stored, for the writer to show; the journey's updatedAt orders the writes.
    expect(written).toEqual([
      { table: 'touchpoints', id: t0.id, row: both },
      { table: 'touchpoints', id: t1.id, row: edited },
    ]);
    expect((await db.journeys.get(doc.journey.id))?.updatedAt).toBe(savedAt);
    // A base that is what is stored: written as it is, and a delete is made.
    await applyRowChanges(db, doc.journey.id, [{ table: 'touchpoints', id: t1.id, row: null, base: edited }]);
    expect(await db.touchpoints.get(t1.id)).toBeUndefined();
  });

  it('never moves updatedAt backwards', async () => {
    const { db, doc } = await twoJourneys();
    const t = doc.touchpoints[0]!;
    const first = await applyRowChanges(db, doc.journey.id, [{ table: 'touchpoints', id: t.id, row: t }], 9000);
    const second = await applyRowChanges(db, doc.journey.id, [{ table: 'touchpoints', id: t.id, row: t }], 9000);
    expect(second).toBeGreaterThan(first);
  });

  it('the last change of a row wins', async () => {
    const { db, doc } = await twoJourneys();
    const t = doc.touchpoints[0]!;
    await applyRowChanges(db, doc.journey.id, [
      { table: 'touchpoints', id: t.id, row: { ...t, title: 'first' } },
      { table: 'touchpoints', id: t.id, row: null },
    ]);
    expect(await db.touchpoints.get(t.id)).toBeUndefined();
    await applyRowChanges(db, doc.journey.id, [
      { table: 'touchpoints', id: t.id, row: null },
      { table: 'touchpoints', id: t.id, row: { ...t, title: seedLine('hy') } },
    ]);
    expect((await db.touchpoints.get(t.id))?.title).toBe(seedLine('hy'));
  });

  it('refuses, writing nothing, rows of another journey, mismatched ids, invalid rows and unknown tables', async () => {
    const { db, doc, other } = await twoJourneys();
    const before = await dumpAll(db);
    const mine = doc.touchpoints[0]!;
    const theirs = other.touchpoints[0]!;
    const good: RowChange = { table: 'touchpoints', id: mine.id, row: { ...mine, title: 'changed' } };
    const bad: RowChange[][] = [
      [good, { table: 'touchpoints', id: theirs.id, row: { ...theirs, title: 'hijack' } }],
      [good, { table: 'touchpoints', id: theirs.id, row: { ...theirs, journeyId: doc.journey.id } }],
      [good, { table: 'touchpoints', id: theirs.id, row: null }],
      [good, { table: 'touchpoints', id: newId('touchpoint'), row: mine }],
      [good, { table: 'touchpoints', id: mine.id, row: { ...mine, emotion: 9 } }],
      [good, { table: 'journeys', id: doc.journey.id, row: null }],
      [good, { table: 'blobs', id: mine.id, row: mine } as unknown as RowChange],
    ];
    for (const changes of bad) {
      await expect(applyRowChanges(db, doc.journey.id, changes)).rejects.toMatchObject({ code: 'constraint' });
      expect(await dumpAll(db)).toEqual(before);
    }
  });

  it('is not-found for a journey that is not stored', async () => {
    const db = freshDb();
    const journeyId = newId('journey');
    const t = createTouchpoint({ journeyId, stageId: newId('stage') });
    await expect(applyRowChanges(db, journeyId, [{ table: 'touchpoints', id: t.id, row: t }])).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await db.touchpoints.count()).toBe(0);
  });

  it('round-trips titles in Tamil, Armenian, Telugu and Malayalam exactly', async () => {
    const { db, doc } = await twoJourneys();
    const langs = ['ta', 'hy', 'te', 'ml'] as const;
    const changes: RowChange[] = doc.touchpoints.slice(0, 4).map((t, i) => ({
      table: 'touchpoints',
      id: t.id,
      row: { ...t, title: seedLine(langs[i]!, 1), quotes: [seedLine(langs[i]!, 2)] },
    }));
    await applyRowChanges(db, doc.journey.id, changes);
    const back = await getJourneyDocument(db, doc.journey.id);
    for (const [i, t] of doc.touchpoints.slice(0, 4).entries()) {
      const stored = back?.touchpoints.find((x) => x.id === t.id);
      expect(stored?.title).toBe(seedLine(langs[i]!, 1));
      expect(stored?.quotes).toEqual([seedLine(langs[i]!, 2)]);
    }
  });
});
