import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { newId } from '../../../renderer/src/domain';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import {
  applyRowChanges,
  createJourney,
  createJourneyFromDocument,
  deleteSnapshot,
  getBlob,
  getJourneyDocument,
  getSnapshot,
  listBlobs,
  listSnapshots,
  putBlob,
  restoreSnapshot,
  saveSnapshot,
} from '../../../renderer/src/storage';
import { seedLine } from '../../fixtures/seed-text';
import { freshDb } from './helpers';

async function stored() {
  const db = freshDb();
  const doc = buildOnlineOrderTemplate(1000);
  await createJourneyFromDocument(db, doc);
  return { db, doc };
}

describe('snapshots', () => {
  it('saves the whole document under a name and lists newest first with counts', async () => {
    const { db, doc } = await stored();
    const first = await saveSnapshot(db, doc.journey.id, seedLine('ta'), 5000);
    expect(first.document).toEqual(await getJourneyDocument(db, doc.journey.id));
    await applyRowChanges(db, doc.journey.id, [{ table: 'touchpoints', id: doc.touchpoints[0]!.id, row: null }]);
    const second = await saveSnapshot(db, doc.journey.id, `  ${seedLine('hy')} `, 5000);

    const list = await listSnapshots(db, doc.journey.id);
    expect(list.map((s) => s.name)).toEqual([seedLine('hy'), seedLine('ta')]);
    expect(list[0]).toMatchObject({ id: second.id, stageCount: 6, touchpointCount: 12 });
    expect(list[1]).toMatchObject({ id: first.id, stageCount: 6, touchpointCount: 13 });
    expect(second.createdAt).toBeGreaterThan(first.createdAt);
    expect(list[0]).not.toHaveProperty('document');
    expect(await getSnapshot(db, first.id)).toEqual(first);
    expect(await getSnapshot(db, newId('snapshot'))).toBeNull();
  });

  it('names a blank snapshot by its time', async () => {
    const { db, doc } = await stored();
    const s = await saveSnapshot(db, doc.journey.id, '   ', Date.UTC(2025, 2, 14, 9, 30));
    expect(s.name).toBe('Version of 2025-03-14 09:30');
  });

  it('restores a snapshot after saving the current state as “Before restoring …”', async () => {
    const { db, doc } = await stored();
    const snap = await saveSnapshot(db, doc.journey.id, seedLine('te'));
    const original = await getJourneyDocument(db, doc.journey.id);

    const t = doc.touchpoints[0]!;
    await applyRowChanges(db, doc.journey.id, [
      { table: 'touchpoints', id: t.id, row: { ...t, title: seedLine('ml') } },
      { table: 'connections', id: doc.connections[0]!.id, row: null },
      { table: 'notes', id: doc.notes[0]!.id, row: null },
    ]);
    const edited = await getJourneyDocument(db, doc.journey.id);

    const { journey, before } = await restoreSnapshot(db, snap.id);
    expect(before.name).toBe(`Before restoring “${seedLine('te')}”`);
    expect(before.document).toEqual(edited);

    const restored = await getJourneyDocument(db, doc.journey.id);
    expect({ ...restored, journey: null }).toEqual({ ...original, journey: null });
    expect(restored?.journey).toEqual({ ...original!.journey, updatedAt: journey.updatedAt });
    expect(journey.updatedAt).toBeGreaterThan(edited!.journey.updatedAt);

    const names = (await listSnapshots(db, doc.journey.id)).map((s) => s.name);
    expect(names).toEqual([`Before restoring “${seedLine('te')}”`, seedLine('te')]);
  });

  it('deletes a snapshot; unknown ids are not-found', async () => {
    const { db, doc } = await stored();
    const s = await saveSnapshot(db, doc.journey.id, 'x');
    await deleteSnapshot(db, s.id);
    expect(await listSnapshots(db, doc.journey.id)).toEqual([]);
    await expect(deleteSnapshot(db, s.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(restoreSnapshot(db, s.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(saveSnapshot(db, newId('journey'), 'x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps snapshots of different journeys apart', async () => {
    const { db, doc } = await stored();
    const other = await createJourney(db);
    await saveSnapshot(db, doc.journey.id, 'mine');
    await saveSnapshot(db, other.id, 'theirs');
    expect((await listSnapshots(db, doc.journey.id)).map((s) => s.name)).toEqual(['mine']);
    expect((await listSnapshots(db, other.id)).map((s) => s.name)).toEqual(['theirs']);
  });
});

describe('blobs', () => {
  it('stores bytes with their SHA-256 and reads them back', async () => {
    const db = freshDb();
    const j = await createJourney(db);
    const bytes = new TextEncoder().encode(seedLine('ta'));
    const record = await putBlob(db, j.id, new Blob([bytes]), 'image/png');
    expect(record.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(record).toMatchObject({ journeyId: j.id, type: 'image/png' });
    const back = await getBlob(db, record.id);
    expect(back?.data.type).toBe('image/png');
    expect(new Uint8Array(await back!.data.arrayBuffer())).toEqual(bytes);
    expect(await getBlob(db, newId('blob'))).toBeNull();
  });

  it('reuses the row for the same bytes in the same journey, not across journeys', async () => {
    const db = freshDb();
    const a = await createJourney(db);
    const b = await createJourney(db);
    const first = await putBlob(db, a.id, new Blob(['same photo']), 'image/jpeg');
    const again = await putBlob(db, a.id, new Blob(['same photo']), 'image/jpeg');
    const elsewhere = await putBlob(db, b.id, new Blob(['same photo']), 'image/jpeg');
    const different = await putBlob(db, a.id, new Blob(['another photo']), 'image/jpeg');
    expect(again.id).toBe(first.id);
    expect(elsewhere.id).not.toBe(first.id);
    expect(different.id).not.toBe(first.id);
    expect((await listBlobs(db, a.id)).map((r) => r.id).sort()).toEqual([first.id, different.id].sort());
    expect(await db.blobs.count()).toBe(3);
  });

  it('refuses a bad type and an unknown journey', async () => {
    const db = freshDb();
    const j = await createJourney(db);
    await expect(putBlob(db, j.id, new Blob(['x']), 'not a type')).rejects.toMatchObject({ code: 'constraint' });
    await expect(putBlob(db, newId('journey'), new Blob(['x']), 'image/png')).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await db.blobs.count()).toBe(0);
  });
});
