import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAGE_NAMES,
  newId,
  type JourneyDocument,
  type JourneyId,
  type Persona,
} from '../../../renderer/src/domain';
import { buildOnlineOrderTemplate, buildSaasTrialTemplate } from '../../../renderer/src/domain/templates';
import { JourneySchema, LIMITS } from '../../../renderer/src/domain/model';
import { createPersona } from '../../../renderer/src/domain/factories';
import {
  createJourney,
  createJourneyFromDocument,
  duplicateJourney,
  emptyTrash,
  fitCopyTitle,
  getJourneyDocument,
  importJourney,
  listJourneys,
  moveManyToTrash,
  moveToTrash,
  purgeJourney,
  purgeManyFromTrash,
  putBlob,
  renameJourney,
  replaceJourneyDocument,
  restoreFromTrash,
  restoreManyFromTrash,
  saveSnapshot,
  StorageError,
  updateJourney,
} from '../../../renderer/src/storage';
import { liveVotes } from '../../../renderer/src/domain/workshop/votes';
import { idsIn, linkedJourney, type OutsideLinks } from '../../fixtures/linked-journey';
import { seedLine } from '../../fixtures/seed-text';
import { dumpAll, freshDb, rowsOfJourney } from './helpers';

function allIds(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^[a-z]+:[A-Za-z0-9_-]+$/.test(value)) out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => allIds(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      allIds(k, out);
      allIds(v, out);
    }
  }
  return out;
}

/** A value with every id replaced by a placeholder: what a faithful copy keeps. */
function content(value: unknown): unknown {
  if (typeof value === 'string') return /^[a-z]+:[A-Za-z0-9_-]+$/.test(value) ? '<id>' : value;
  if (Array.isArray(value)) return value.map(content);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [/^[a-z]+:/.test(k) ? '<id>' : k, content(v)]));
  }
  return value;
}

describe('createJourney', () => {
  it('stores a journey with the default stages in order', async () => {
    const db = freshDb();
    const title = seedLine('ta');
    const journey = await createJourney(db, { title, client: seedLine('hy') }, { now: 1000 });
    expect(journey.title).toBe(title);
    expect(await db.journeys.get(journey.id)).toEqual(journey);
    const doc = await getJourneyDocument(db, journey.id);
    expect(doc?.stages.map((s) => s.name)).toEqual([...DEFAULT_STAGE_NAMES]);
    expect(doc?.stages.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(doc?.journey.client).toBe(seedLine('hy'));
  });

  it('can start with no stages or with named ones', async () => {
    const db = freshDb();
    const empty = await createJourney(db, {}, { stageNames: [] });
    const named = await createJourney(db, {}, { stageNames: [seedLine('te'), seedLine('ml')] });
    expect(await db.stages.where('journeyId').equals(empty.id).count()).toBe(0);
    expect((await getJourneyDocument(db, named.id))?.stages.map((s) => s.name)).toEqual([
      seedLine('te'),
      seedLine('ml'),
    ]);
  });
});

describe('createJourneyFromDocument', () => {
  it('writes a whole document and its blobs; reading it back gives the same document', async () => {
    const db = freshDb();
    const doc = buildOnlineOrderTemplate(5000);
    const blob = {
      id: newId('blob'),
      journeyId: doc.journey.id,
      type: 'image/png',
      data: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
      hash: 'abc',
    };
    await createJourneyFromDocument(db, doc, [blob]);
    const back = await getJourneyDocument(db, doc.journey.id);
    expect(back?.journey).toEqual(doc.journey);
    expect(back?.stages).toEqual(doc.stages);
    const byId = <T extends { id: string }>(a: T[]) => [...a].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(back!.touchpoints)).toEqual(byId(doc.touchpoints));
    expect(byId(back!.connections)).toEqual(byId(doc.connections));
    expect(byId(back!.personas)).toEqual(byId(doc.personas));
    expect(byId(back!.notes)).toEqual(byId(doc.notes));
    const storedBlob = await db.blobs.get(blob.id);
    expect(new Uint8Array(await storedBlob!.data.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
  });

  it('refuses a document whose ids are already stored and writes nothing', async () => {
    const db = freshDb();
    const doc = buildSaasTrialTemplate(1);
    await createJourneyFromDocument(db, doc);
    const edited = { ...doc, journey: { ...doc.journey, title: 'Replaced?' } };
    const before = await dumpAll(db);
    await expect(createJourneyFromDocument(db, edited)).rejects.toMatchObject({ code: 'constraint' });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses rows that belong to another journey', async () => {
    const db = freshDb();
    const doc = buildSaasTrialTemplate(1);
    const stray = { ...doc, stages: doc.stages.map((s, i) => (i === 0 ? { ...s, journeyId: newId('journey') } : s)) };
    await expect(createJourneyFromDocument(db, stray)).rejects.toMatchObject({ code: 'constraint' });
    expect(await db.journeys.count()).toBe(0);
  });
});

describe('replaceJourneyDocument', () => {
  it('replaces the rows of a stored journey, dropping rows the new document lacks', async () => {
    const db = freshDb();
    const doc = buildOnlineOrderTemplate(1);
    await createJourneyFromDocument(db, doc);
    const smaller = { ...doc, touchpoints: doc.touchpoints.slice(0, 2), connections: [], notes: [] };
    await replaceJourneyDocument(db, smaller);
    const back = await getJourneyDocument(db, doc.journey.id);
    expect(back?.touchpoints.map((t) => t.id).sort()).toEqual(smaller.touchpoints.map((t) => t.id).sort());
    expect(back?.connections).toEqual([]);
    expect(back?.notes).toEqual([]);
  });

  it('is not-found for a journey that is not stored', async () => {
    const db = freshDb();
    await expect(replaceJourneyDocument(db, buildSaasTrialTemplate())).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('listJourneys', () => {
  it('lists newest first with counts, trash apart', async () => {
    const db = freshDb();
    const a = await createJourney(db, { title: seedLine('ta') }, { now: 1000 });
    const b = await createJourneyFromDocument(db, buildOnlineOrderTemplate(2000));
    const c = await createJourney(db, { title: seedLine('ml') }, { now: 3000, stageNames: [] });
    await moveToTrash(db, c.id);

    const live = await listJourneys(db);
    expect(live.map((s) => s.journey.id)).toEqual([b.id, a.id]);
    expect(live[0]).toMatchObject({ stageCount: 6, touchpointCount: 13 });
    expect(live[1]).toMatchObject({ stageCount: 6, touchpointCount: 0 });

    const trash = await listJourneys(db, { trashed: true });
    expect(trash.map((s) => s.journey.id)).toEqual([c.id]);

    await updateJourney(db, a.id, { description: 'edited' });
    expect((await listJourneys(db)).map((s) => s.journey.id)).toEqual([a.id, b.id]);
  });
});

describe('getJourneyDocument', () => {
  it('returns stages sorted by order whatever order they were stored in', async () => {
    const db = freshDb();
    const doc = buildSaasTrialTemplate(1);
    const shuffled = { ...doc, stages: [...doc.stages].reverse() };
    await createJourneyFromDocument(db, shuffled);
    expect((await getJourneyDocument(db, doc.journey.id))?.stages.map((s) => s.name)).toEqual([
      'Discover',
      'Sign up',
      'Onboard',
      'Trial',
      'Convert',
      'Renew',
    ]);
  });

  it('returns the personas the journey covers in the order they were added, then the others by name', async () => {
    const db = freshDb();
    const doc = buildSaasTrialTemplate(1);
    const journeyId = doc.journey.id;
    // Ids that sort against the order the personas were added in, as random ids do half the time.
    const persona = (id: string, name: string) => ({ ...createPersona({ journeyId, name }), id: id as Persona['id'] });
    const second = persona('persona:aaaa', 'Second added');
    const first = persona('persona:zzzz', 'First added');
    const other = persona('persona:mmmm', 'Ünal, not covered');
    const another = persona('persona:bbbb', 'Ana, not covered');
    await createJourneyFromDocument(db, {
      ...doc,
      journey: { ...doc.journey, personaIds: [first.id, second.id] },
      personas: [second, other, first, another],
      touchpoints: doc.touchpoints.map((t) => ({ ...t, personaEmotions: {} })),
    });
    const back = await getJourneyDocument(db, journeyId);
    expect(back?.personas.map((p) => p.name)).toEqual([
      'First added',
      'Second added',
      'Ana, not covered',
      'Ünal, not covered',
    ]);
  });

  it('is null for an unknown id', async () => {
    expect(await getJourneyDocument(freshDb(), newId('journey'))).toBeNull();
  });
});

describe('updateJourney and renameJourney', () => {
  it('changes fields, bumps updatedAt and keeps the rest', async () => {
    const db = freshDb();
    const j = await createJourney(db, { title: 'Old' }, { now: 1000 });
    const updated = await updateJourney(db, j.id, { description: seedLine('te'), tags: ['workshop'] });
    expect(updated.updatedAt).toBeGreaterThan(j.updatedAt);
    expect(await db.journeys.get(j.id)).toEqual({
      ...j,
      description: seedLine('te'),
      tags: ['workshop'],
      updatedAt: updated.updatedAt,
    });
  });

  it('renames with trimmed text in any script; blank becomes Untitled journey', async () => {
    const db = freshDb();
    const j = await createJourney(db);
    await renameJourney(db, j.id, `  ${seedLine('hy')}  `);
    expect((await db.journeys.get(j.id))?.title).toBe(seedLine('hy'));
    await renameJourney(db, j.id, '   ');
    expect((await db.journeys.get(j.id))?.title).toBe('Untitled journey');
  });

  it('refuses a change that does not fit the schema, and an unknown journey', async () => {
    const db = freshDb();
    const j = await createJourney(db);
    await expect(updateJourney(db, j.id, { title: 'x'.repeat(5000) })).rejects.toMatchObject({ code: 'constraint' });
    expect((await db.journeys.get(j.id))?.title).toBe(j.title);
    const missing = updateJourney(db, newId('journey'), { title: 'x' });
    await expect(missing).rejects.toBeInstanceOf(StorageError);
    await expect(missing).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('duplicateJourney', () => {
  it('copies every row with new ids and the same content, blobs too', async () => {
    const db = freshDb();
    const doc = buildOnlineOrderTemplate(1000);
    doc.journey.title = seedLine('ml');
    await createJourneyFromDocument(db, doc);
    const photo = await putBlob(db, doc.journey.id, new Blob([new Uint8Array([1, 2, 3, 4])]), 'image/jpeg');
    await db.personas.update(doc.personas[0]!.id, { photoBlobId: photo.id });

    const copy = await duplicateJourney(db, doc.journey.id, 9000);
    expect(copy.title).toBe(`${seedLine('ml')} (copy)`);

    const original = (await getJourneyDocument(db, doc.journey.id))!;
    const duplicate = (await getJourneyDocument(db, copy.id))!;
    const originalRows = await rowsOfJourney(db, original.journey.id);
    const copyRows = await rowsOfJourney(db, copy.id);
    expect(copyRows.length).toBe(originalRows.length);

    // The copy uses the same personas of the shared library (persona-library.ts): each of its personas
    // names the original's persona as its libraryId, and no other id is shared.
    const withoutLibraryIds = copyRows.map((r) => {
      if (!r || typeof r !== 'object' || !('libraryId' in r)) return r;
      const { libraryId: _libraryId, ...rest } = r as Record<string, unknown>;
      return rest;
    });
    const shared = [...allIds(withoutLibraryIds)].filter((id) => allIds(originalRows).has(id));
    expect(shared).toEqual([]);
    expect(duplicate.personas.map((p) => p.libraryId).sort()).toEqual(original.personas.map((p) => p.id).sort());

    const sortBy = <T>(a: T[]) =>
      [...a].sort((x, y) => JSON.stringify(content(x)).localeCompare(JSON.stringify(content(y))));
    expect(content(duplicate.stages)).toEqual(content(original.stages));
    expect(sortBy(duplicate.touchpoints).map(content)).toEqual(sortBy(original.touchpoints).map(content));
    expect(sortBy(duplicate.connections).map(content)).toEqual(sortBy(original.connections).map(content));
    // Same content; the library key is checked above (the copy names the original persona).
    const ownFields = (personas: Persona[]) => personas.map(({ libraryId: _libraryId, ...p }) => p);
    expect(content(ownFields(duplicate.personas))).toEqual(content(ownFields(original.personas)));

    const copiedPhoto = await db.blobs.get(duplicate.personas[0]!.photoBlobId!);
    expect(copiedPhoto?.journeyId).toBe(copy.id);
    expect(copiedPhoto?.hash).toBe(photo.hash);
    expect(new Uint8Array(await copiedPhoto!.data.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4]));
    // Connections of the copy join touchpoints of the copy.
    const copyTouchpointIds = new Set(duplicate.touchpoints.map((t) => t.id));
    expect(duplicate.connections.every((c) => copyTouchpointIds.has(c.source) && copyTouchpointIds.has(c.target))).toBe(
      true,
    );
  });

  it('is not-found for an unknown journey and writes nothing', async () => {
    const db = freshDb();
    await createJourney(db);
    const before = await dumpAll(db);
    await expect(duplicateJourney(db, newId('journey'))).rejects.toMatchObject({ code: 'not-found' });
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('a stored copy keeps its votes, clusters and every other link inside itself', () => {
  /** The stored copy's ids shared with the original, links to other journeys (kept on purpose) aside. */
  function sharedIds(original: JourneyDocument, copy: JourneyDocument, outside: OutsideLinks): string[] {
    const before = idsIn(original);
    const allowed = new Set([...Object.values(outside), ...original.personas.map((p) => p.id)]);
    return [...idsIn(copy)].filter((id) => before.has(id) && !allowed.has(id));
  }

  const check = (original: JourneyDocument, copy: JourneyDocument, outside: OutsideLinks) => {
    expect(copy.journey.id).not.toBe(original.journey.id);
    expect(sharedIds(original, copy, outside)).toEqual([]);
    // The copy's dots sit on the copy's own touchpoints, pain points and opportunities.
    expect(liveVotes(copy)).toHaveLength(4);
    const voters = new Set(copy.journey.workshop.voters.map((v) => v.id));
    expect(copy.journey.workshop.votes.every((v) => voters.has(v.voterId))).toBe(true);
    const clusters = new Set(copy.journey.workshop.clusters.map((c) => c.id));
    expect(copy.notes.filter((n) => n.clusterId !== null && clusters.has(n.clusterId))).toHaveLength(2);
  };

  it('duplicating a journey', async () => {
    const db = freshDb();
    const { doc, outside } = linkedJourney();
    await createJourneyFromDocument(db, doc);
    const copy = await duplicateJourney(db, doc.journey.id, 9000);
    const original = (await getJourneyDocument(db, doc.journey.id))!;
    check(original, (await getJourneyDocument(db, copy.id))!, outside);
    // The original is as it was.
    expect(liveVotes(original)).toHaveLength(4);
    expect(original.journey.workshop).toEqual(doc.journey.workshop);
  });

  it('Keep both, opening a file of a journey already stored', async () => {
    const db = freshDb();
    const { doc, outside } = linkedJourney();
    await createJourneyFromDocument(db, doc);
    const kept = await importJourney(db, structuredClone(doc), [], 'keep-both', 9000);
    const original = (await getJourneyDocument(db, doc.journey.id))!;
    check(original, (await getJourneyDocument(db, kept.id))!, outside);
    expect(original.journey.workshop).toEqual(doc.journey.workshop);
  });
});

describe('copy titles', () => {
  const tamil = (title: string) => `${title} (நகல்)`;

  it('title a duplicate and a kept-both copy in the words given (the interface language), bidi marks kept', async () => {
    const db = freshDb();
    const doc = buildOnlineOrderTemplate(1000);
    doc.journey.title = `${seedLine('hy')} \u200f!`;
    await createJourneyFromDocument(db, doc);
    const copy = await duplicateJourney(db, doc.journey.id, 9000, tamil);
    expect(copy.title).toBe(`${seedLine('hy')} \u200f! (நகல்)`);
    const kept = await importJourney(db, structuredClone(doc), [], 'keep-both', 9000, tamil);
    expect(kept.title).toBe(copy.title);
    expect((await db.journeys.get(kept.id))?.title).toBe(copy.title);
  });

  it("shortens a long original by whole characters so the copy's title stays within the limit", () => {
    const long = seedLine('ta').repeat(100);
    const fitted = fitCopyTitle(long, tamil);
    expect(fitted.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(fitted.length).toBeGreaterThan(LIMITS.shortText - 3);
    // Cut between characters: an emoji (two UTF-16 units) at the cut is left out whole.
    expect(fitCopyTitle('😀'.repeat(600))).toBe(`${'😀'.repeat(496)} (copy)`);
    expect(fitted.endsWith(' (நகல்)')).toBe(true);
    expect(long.startsWith(fitted.slice(0, -' (நகல்)'.length))).toBe(true);
    expect(fitCopyTitle('Short')).toBe('Short (copy)');
  });
});

describe('opening a file', () => {
  it('never brings a journey in as trashed: a file saved while another window had trashed it opens in the library', async () => {
    const db = freshDb();
    const doc = buildOnlineOrderTemplate(1000);
    doc.journey.deletedAt = 5000;
    for (const mode of ['new', 'keep-both'] as const) {
      const opened = await importJourney(db, structuredClone(doc), [], mode, 9000);
      expect(opened.deletedAt).toBeNull();
      expect((await db.journeys.get(opened.id))?.deletedAt).toBeNull();
    }
  });

  it('Replace mine keeps the replaced copy in the trash, titled in the words given and within the length limit', async () => {
    const db = freshDb();
    const doc = buildOnlineOrderTemplate(1000);
    doc.journey.title = seedLine('hy').repeat(200).slice(0, LIMITS.shortText);
    await createJourneyFromDocument(db, doc);
    const file = structuredClone(doc);
    file.journey.title = seedLine('ml').slice(0, 40);
    file.journey.deletedAt = 5000;
    const replacedIn = (title: string) => `${title} (փոխարինված)`;
    const opened = await importJourney(db, file, [], 'replace', 9000, undefined, replacedIn);
    expect(opened).toMatchObject({ id: doc.journey.id, title: file.journey.title, deletedAt: null });
    const [old] = (await db.journeys.toArray()).filter((j) => j.id !== doc.journey.id);
    expect(old!.deletedAt).toBe(9000);
    expect(old!.title.endsWith(' (փոխարինված)')).toBe(true);
    expect(old!.title.length).toBeLessThanOrEqual(LIMITS.shortText);
    // Stored as the schema allows, so it reads back (and saves to a file that opens) as it is.
    expect(JourneySchema.parse(old).title).toBe(old!.title);
  });
});

describe('trash', () => {
  it('moves to the trash and restores', async () => {
    const db = freshDb();
    const j = await createJourney(db);
    const trashed = await moveToTrash(db, j.id, 4242);
    expect(trashed.deletedAt).toBe(4242);
    expect((await db.journeys.get(j.id))?.deletedAt).toBe(4242);
    expect(await listJourneys(db)).toEqual([]);
    await restoreFromTrash(db, j.id);
    expect((await db.journeys.get(j.id))?.deletedAt).toBeNull();
    expect((await listJourneys(db)).map((s) => s.journey.id)).toEqual([j.id]);
  });

  it('moves several journeys to the trash at once and restores them, leaving out one deleted meanwhile', async () => {
    const db = freshDb();
    const [a, b, c] = [await createJourney(db), await createJourney(db), await createJourney(db)];
    await purgeJourney(db, b.id);
    const trashed = await moveManyToTrash(db, [a.id, b.id, c.id], 4242);
    expect(trashed.map((j) => [j.id, j.deletedAt])).toEqual([
      [a.id, 4242],
      [c.id, 4242],
    ]);
    expect(await listJourneys(db)).toEqual([]);
    expect((await listJourneys(db, { trashed: true })).map((s) => s.journey.id).sort()).toEqual([a.id, c.id].sort());
    const restored = await restoreManyFromTrash(db, [a.id, c.id]);
    expect(restored.every((j) => j.deletedAt === null)).toBe(true);
    expect((await listJourneys(db)).map((s) => s.journey.id).sort()).toEqual([a.id, c.id].sort());
  });

  it('deletes several trashed journeys for good at once, leaving one restored meanwhile and one not trashed', async () => {
    const db = freshDb();
    const docs = [1, 2, 3, 4].map((i) => buildOnlineOrderTemplate(i));
    for (const d of docs) await createJourneyFromDocument(db, d);
    const [a, b, c, d] = docs.map((x) => x.journey.id) as [JourneyId, JourneyId, JourneyId, JourneyId];
    await moveManyToTrash(db, [a, b, c]);
    // Restored in another window before the purge arrives: kept, as is d, never trashed.
    await restoreFromTrash(db, c);
    expect(await purgeManyFromTrash(db, [a, b, c, d])).toEqual([a, b]);
    expect(await rowsOfJourney(db, a)).toEqual([]);
    expect(await rowsOfJourney(db, b)).toEqual([]);
    for (const kept of [c, d]) expect((await getJourneyDocument(db, kept))?.touchpoints.length).toBeGreaterThan(0);
    expect((await listJourneys(db)).map((s) => s.journey.id).sort()).toEqual([c, d].sort());
  });

  it('purge leaves no row of the journey in any table and keeps other journeys whole', async () => {
    const db = freshDb();
    const doomed = buildOnlineOrderTemplate(1);
    const kept = buildSaasTrialTemplate(1);
    await createJourneyFromDocument(db, doomed);
    await createJourneyFromDocument(db, kept);
    await putBlob(db, doomed.journey.id, new Blob(['photo']), 'image/png');
    await putBlob(db, kept.journey.id, new Blob(['other photo']), 'image/png');
    await saveSnapshot(db, doomed.journey.id, 'Workshop 1');
    await saveSnapshot(db, kept.journey.id, 'Workshop 1');
    const keptBefore = await rowsOfJourney(db, kept.journey.id);

    await purgeJourney(db, doomed.journey.id);

    expect(await rowsOfJourney(db, doomed.journey.id)).toEqual([]);
    for (const table of db.tables) {
      if (table.name === 'meta') continue;
      const rows = (await table.toArray()) as { journeyId?: string; id: string }[];
      expect(rows.filter((r) => r.journeyId === doomed.journey.id || r.id === doomed.journey.id)).toEqual([]);
    }
    expect(await rowsOfJourney(db, kept.journey.id)).toEqual(keptBefore);
    await expect(purgeJourney(db, doomed.journey.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('empties the trash and only the trash', async () => {
    const db = freshDb();
    const a = await createJourneyFromDocument(db, buildOnlineOrderTemplate(1));
    const b = await createJourneyFromDocument(db, buildSaasTrialTemplate(1));
    const c = await createJourney(db, { title: seedLine('te') });
    await moveToTrash(db, a.id);
    await moveToTrash(db, c.id);
    expect(await emptyTrash(db)).toBe(2);
    expect(await rowsOfJourney(db, a.id)).toEqual([]);
    expect(await rowsOfJourney(db, c.id)).toEqual([]);
    expect((await listJourneys(db)).map((s) => s.journey.id)).toEqual([b.id]);
    expect(await emptyTrash(db)).toBe(0);
  });

  it('moving an unknown journey is not-found', async () => {
    await expect(moveToTrash(freshDb(), newId('journey') as JourneyId)).rejects.toMatchObject({ code: 'not-found' });
  });
});
