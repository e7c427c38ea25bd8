/**
 * The two other ways a copy of a journey is made keep its persona photos too: Duplicate in the
 * library, and Keep both when a `.journey` file of a journey already stored is opened. Each copy's
 * personas point at photos of the copy (new ids, the copy's journey id) holding the same bytes,
 * and the original's photos stay as they were.
 */
import { describe, expect, it } from 'vitest';
import type { JourneyId } from '../../../renderer/src/domain/ids';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { readJourneyFile, writeJourneyFile } from '../../../renderer/src/files';
import { duplicateJourneyOf } from '../../../renderer/src/library/actions';
import {
  createJourneyFromDocument,
  getBlob,
  getJourneyDocument,
  importJourney,
  journeyAssets,
  listBlobs,
  listJourneys,
  putBlob,
  type WaymarkDB,
} from '../../../renderer/src/storage';
import { png } from '../../fixtures/images';
import { journey } from '../../fixtures/journey-builder';
import { freshDb } from './helpers';

const WIDE = png(3, 1);
const TALL = png(1, 4);

/** "Clinic visit" with Meera (a wide photo) and Tomas (a tall one), stored. */
async function storedWithPhotos(db: WaymarkDB): Promise<JourneyDocument> {
  const b = journey('Clinic visit');
  b.stages('Book', 'Attend');
  b.persona('Meera');
  b.persona('Tomas');
  const doc = b.build();
  await createJourneyFromDocument(db, doc);
  for (const [i, bytes] of [WIDE, TALL].entries()) {
    const photo = await putBlob(db, doc.journey.id, new Blob([bytes as BlobPart]), 'image/png');
    await db.personas.update(doc.personas[i]!.id, { photoBlobId: photo.id });
  }
  return (await getJourneyDocument(db, doc.journey.id))!;
}

/** Each persona's name with its photo's bytes, checking the photo belongs to the journey. */
async function photosByName(db: WaymarkDB, id: JourneyId) {
  const doc = (await getJourneyDocument(db, id))!;
  const out: Record<string, { blobId: string; bytes: Uint8Array }> = {};
  for (const p of doc.personas) {
    const blob = (await getBlob(db, p.photoBlobId!))!;
    expect(blob.journeyId).toBe(id);
    out[p.name] = { blobId: blob.id, bytes: new Uint8Array(await blob.data.arrayBuffer()) };
  }
  return out;
}

async function expectCopiedPhotos(db: WaymarkDB, original: JourneyDocument, copyId: JourneyId) {
  expect(copyId).not.toBe(original.journey.id);
  const before = await photosByName(db, original.journey.id);
  const copied = await photosByName(db, copyId);
  expect(Object.keys(copied).sort()).toEqual(['Meera', 'Tomas']);
  expect(copied.Meera!.bytes).toEqual(WIDE);
  expect(copied.Tomas!.bytes).toEqual(TALL);
  for (const name of ['Meera', 'Tomas']) expect(copied[name]!.blobId).not.toBe(before[name]!.blobId);
  // The original keeps its own two photos.
  expect(before.Meera!.bytes).toEqual(WIDE);
  expect(before.Tomas!.bytes).toEqual(TALL);
  expect(await listBlobs(db, original.journey.id)).toHaveLength(2);
  expect(await listBlobs(db, copyId)).toHaveLength(2);
}

describe('persona photos of a copied journey', () => {
  it('Duplicate in the library copies them', async () => {
    const db = freshDb();
    const original = await storedWithPhotos(db);
    const summary = (await listJourneys(db))[0]!;
    await duplicateJourneyOf(db, summary);
    const copy = (await listJourneys(db)).find((s) => s.journey.id !== original.journey.id)!;
    await expectCopiedPhotos(db, original, copy.journey.id);
  });

  it('Keep both, opening a .journey file of the same journey, stores the file’s photos as the copy’s', async () => {
    const db = freshDb();
    const original = await storedWithPhotos(db);
    const bytes = writeJourneyFile({
      document: original,
      assets: await journeyAssets(db, original),
      appVersion: '1.0.0',
      savedAt: new Date(9_000),
    });
    const read = await readJourneyFile(bytes);
    if (!read.ok) throw new Error('the file written here should read back');
    expect(read.assets).toHaveLength(2);
    const kept = await importJourney(db, read.document, read.assets, 'keep-both', 10_000);
    await expectCopiedPhotos(db, original, kept.id);
  });
});
