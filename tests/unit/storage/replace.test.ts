/**
 * Replacing a whole journey (a file's "Replace mine", a restored version)
 * bumps its generation; a window that read the old generation has its next
 * autosave refused, writing nothing, so it never puts its old rows over the
 * new content. The file-replace path fails with the storage layer's own
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import {
  importJourney,
  applyRowChanges,
  createJourneyFromDocument,
  getJourneyDocument,
  getJourneyForEditing,
  restoreSnapshot,
  saveSnapshot,
  STORAGE_ERROR_MESSAGES,
  StorageError,
  type RowChange,
} from '../../../renderer/src/storage';
import { seedLine } from '../../fixtures/seed-text';
import { dumpAll, freshDb } from './helpers';

async function storedJourney() {
  const db = freshDb();
  const doc = buildOnlineOrderTemplate(1000);
  await createJourneyFromDocument(db, doc);
  const read = await getJourneyForEditing(db, doc.journey.id);
  return { db, doc, generation: read!.generation };
}

/** The same journey (same ids) as a colleague's file would carry it, with other texts. */
function fileVersionOf(doc: ReturnType<typeof buildOnlineOrderTemplate>) {
  return {
    ...doc,
    journey: { ...doc.journey, title: seedLine('hy') },
    touchpoints: doc.touchpoints.map((t, i) => ({ ...t, title: seedLine('te', i % 3) })),
  };
}

describe('a journey replaced as a whole', () => {
  it('reads the document and its generation together, 0 for a journey never replaced', async () => {
    const { db, doc, generation } = await storedJourney();
    expect(generation).toBe(0);
    expect((await getJourneyForEditing(db, doc.journey.id))?.document).toEqual(
      await getJourneyDocument(db, doc.journey.id),
    );
  });

  it('refuses a stale window’s save after a file replaced the journey, and keeps the file’s rows', async () => {
    const { db, doc, generation } = await storedJourney();
    await importJourney(db, fileVersionOf(doc), [], 'replace', 2000);
    const afterReplace = await dumpAll(db);
    const newer = await getJourneyForEditing(db, doc.journey.id);
    expect(newer!.generation).toBe(generation + 1);

    // The old window still shows the old titles and saves one of its touchpoints.
    const stale = { ...doc.touchpoints[0]!, title: seedLine('ta') };
    const change: RowChange = { table: 'touchpoints', id: stale.id, row: stale };
    const attempt = applyRowChanges(db, doc.journey.id, [change], 3000, { generation });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ code: 'replaced', message: STORAGE_ERROR_MESSAGES.replaced });
    expect(await dumpAll(db)).toEqual(afterReplace);

    // A window that read the new generation saves as usual.
    await applyRowChanges(db, doc.journey.id, [change], 3000, { generation: newer!.generation });
    expect((await db.touchpoints.get(stale.id))?.title).toBe(seedLine('ta'));
  });

  it('refuses a stale window’s save after a saved version was restored', async () => {
    const { db, doc, generation } = await storedJourney();
    const version = await saveSnapshot(db, doc.journey.id, seedLine('ml'), 1500);
    await restoreSnapshot(db, version.id, 2500);
    const stale = { ...doc.touchpoints[1]!, title: seedLine('ta', 2) };
    await expect(
      applyRowChanges(db, doc.journey.id, [{ table: 'touchpoints', id: stale.id, row: stale }], 3000, { generation }),
    ).rejects.toMatchObject({ code: 'replaced' });
    expect((await db.touchpoints.get(stale.id))?.title).toBe(doc.touchpoints[1]!.title);
  });

  it('fails a file replacement with the storage layer’s sentence', async () => {
    const { db, doc } = await storedJourney();
    // Storage that went away mid-way reads as every other write's failure does.
    db.close({ disableAutoOpen: true });
    const closed = importJourney(db, fileVersionOf(doc), [], 'replace', 2000);
    await expect(closed).rejects.toBeInstanceOf(StorageError);
    await expect(closed).rejects.toMatchObject({ code: 'unavailable', message: STORAGE_ERROR_MESSAGES.unavailable });
  });
});
