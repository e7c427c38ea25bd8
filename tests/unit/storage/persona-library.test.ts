import { describe, expect, it } from 'vitest';
import { personaKey, personaLibrary, sharedPersonaFields, type Persona } from '../../../renderer/src/domain';
import {
  applyRowChanges,
  createJourneyFromDocument,
  duplicateJourney,
  getJourneyDocument,
  listPersonaLibrary,
  moveToTrash,
  putBlob,
  type PersonaCopyChange,
} from '../../../renderer/src/storage';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';
import { freshDb } from './helpers';

/** Journey A with a persona, journey B using the same persona (its own row, same library key). */
async function twoJourneysSharingAPersona() {
  const db = freshDb();
  const a = journey('Customer lifecycle');
  const shopper = a.persona(seedLine('ta', 0), true, { role: 'Shopper', needs: ['Clear prices'] });
  const stage = a.stage('Buy');
  a.touchpoint(stage, { personaEmotions: { [shopper.id]: 2 } });
  const b = journey('Onboarding');
  const { name, ...shared } = sharedPersonaFields(shopper);
  const copy = b.persona(name, true, { ...shared, libraryId: shopper.id });
  await createJourneyFromDocument(db, a.build());
  await createJourneyFromDocument(db, b.build());
  return { db, a, b, shopper, copy };
}

describe('the shared persona library', () => {
  it('editing a persona in one journey updates it in every journey using it, in the same save', async () => {
    const { db, a, b, shopper, copy } = await twoJourneysSharingAPersona();
    const renamed: Persona = { ...shopper, name: seedLine('hy', 0), needs: ['Clear prices', 'A human on the phone'] };
    const copies: PersonaCopyChange[] = [];
    await applyRowChanges(db, a.journeyId, [{ table: 'personas', id: shopper.id, row: renamed }], 50_000, {
      copies,
    });

    const inB = (await getJourneyDocument(db, b.journeyId))!;
    expect(inB.personas).toHaveLength(1);
    expect(inB.personas[0]).toMatchObject({
      id: copy.id,
      journeyId: b.journeyId,
      libraryId: shopper.id,
      name: seedLine('hy', 0),
      needs: ['Clear prices', 'A human on the phone'],
      role: 'Shopper',
    });
    // B changed, so it counts as edited; and the window of B hears of exactly that row.
    expect(inB.journey.updatedAt).toBeGreaterThanOrEqual(50_000);
    expect(copies).toEqual([{ journeyId: b.journeyId, row: inB.personas[0] }]);
    // A's row is A's own: its id and journey did not move.
    expect((await getJourneyDocument(db, a.journeyId))!.personas[0]).toEqual(renamed);
  });

  it('an edit made in the copy updates the original too, and a journey with other personas is left alone', async () => {
    const { db, a, b, shopper, copy } = await twoJourneysSharingAPersona();
    const c = journey('Unrelated');
    c.persona('Someone else');
    await createJourneyFromDocument(db, c.build());
    const before = (await getJourneyDocument(db, c.journeyId))!;
    await applyRowChanges(db, b.journeyId, [{ table: 'personas', id: copy.id, row: { ...copy, colour: '#12b886' } }]);
    expect((await getJourneyDocument(db, a.journeyId))!.personas[0]).toEqual({ ...shopper, colour: '#12b886' });
    expect(await getJourneyDocument(db, c.journeyId)).toEqual(before);
  });

  it('a new photo reaches every journey as a blob of its own', async () => {
    const { db, a, b, shopper, copy } = await twoJourneysSharingAPersona();
    const photo = await putBlob(db, a.journeyId, new Blob([new Uint8Array([1, 2, 3])]), 'image/png');
    await applyRowChanges(db, a.journeyId, [
      { table: 'personas', id: shopper.id, row: { ...shopper, photoBlobId: photo.id } },
    ]);
    const inB = (await getJourneyDocument(db, b.journeyId))!.personas[0]!;
    expect(inB.id).toBe(copy.id);
    expect(inB.photoBlobId).not.toBeNull();
    expect(inB.photoBlobId).not.toBe(photo.id);
    const blob = (await db.blobs.get(inB.photoBlobId!))!;
    expect(blob.journeyId).toBe(b.journeyId);
    expect(blob.hash).toBe(photo.hash);
  });

  it('the library lists each persona once with the journeys using it; a duplicated journey uses the same persona', async () => {
    const { db, a, shopper } = await twoJourneysSharingAPersona();
    const dup = await duplicateJourney(db, a.journeyId);
    const dupPersona = (await getJourneyDocument(db, dup.id))!.personas[0]!;
    expect(personaKey(dupPersona)).toBe(shopper.id);
    await moveToTrash(db, dup.id);
    const read = await listPersonaLibrary(db);
    const library = personaLibrary(read.personas, read.journeys);
    expect(library).toHaveLength(1);
    expect(library[0]!.key).toBe(shopper.id);
    expect(library[0]!.persona.id).toBe(shopper.id);
    expect(library[0]!.journeys.map((j) => j.title)).toEqual(['Customer lifecycle', 'Onboarding']);
  });
});
