/**
 * Hostile files past the reader: a file that reads as a valid journey is
 * stored without harming what the library already holds.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TIMESTAMP, type BlobId, type JourneyDocument } from '../../../renderer/src/domain';
import { readJourneyFile } from '../../../renderer/src/files';
import { formatDateTime } from '../../../renderer/src/i18n/format';
import { i18n, setUiLanguage } from '../../../renderer/src/i18n';
import { createJourneyFromDocument, getJourneyDocument, importJourney, listBlobs } from '../../../renderer/src/storage';
import { heldByOthers } from '../../../renderer/src/storage/import';
import { CHILD_TABLES } from '../../../renderer/src/domain/tables';
import { journey } from '../../fixtures/journey-builder';
import { png } from '../../fixtures/images';
import { seedLine } from '../../fixtures/seed-text';
import { freshDb, rowsOfJourney } from '../storage/helpers';
import { buildZip, deflated, text } from './zip-tools';

const PHOTO = png(4, 4);
const hashOf = async (bytes: Uint8Array) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/** My journey B in the library, with a stage, two connected touchpoints, a persona with a photo and a note. */
async function libraryWithB() {
  const db = freshDb();
  const b = journey(seedLine('ta', 0));
  const stage = b.stage('Discover');
  b.chain(b.touchpoint(stage, { title: 'B first' }), b.touchpoint(stage, { title: 'B second' }));
  const persona = b.persona('Ana', true, { photoBlobId: 'blob:bphoto' as BlobId });
  b.note('B note');
  const doc = b.build();
  const blob = {
    id: persona.photoBlobId!,
    journeyId: doc.journey.id,
    type: 'image/png',
    hash: await hashOf(PHOTO),
    data: new Blob([PHOTO as BlobPart], { type: 'image/png' }),
  };
  await createJourneyFromDocument(db, doc, [blob]);
  return { db, b: doc, rowsBefore: await rowsOfJourney(db, doc.journey.id) };
}

/** A file of journey `title` (its own journey id) whose every row id is one of B's. */
function fileReusingIdsOf(b: JourneyDocument, title: string, journeyId?: string): JourneyDocument {
  const f = journey(title);
  const stage = f.stage(seedLine('hy', 1));
  const one = f.touchpoint(stage, { title: 'F first' });
  const two = f.touchpoint(stage, { title: 'F second' });
  f.connect(one, two);
  const persona = f.persona('File persona', true, { photoBlobId: 'blob:fphoto' as BlobId });
  two.personaEmotions = { [persona.id]: -2 };
  f.note('F note');
  let json = JSON.stringify(f.build());
  const swap = (mine: string, theirs: string) => (json = json.replaceAll(mine, theirs));
  const doc = f.build();
  swap(doc.stages[0]!.id, b.stages[0]!.id);
  doc.touchpoints.forEach((t, i) => swap(t.id, b.touchpoints[i]!.id));
  swap(doc.connections[0]!.id, b.connections[0]!.id);
  swap(persona.id, b.personas[0]!.id);
  swap('blob:fphoto', 'blob:bphoto');
  swap(doc.notes[0]!.id, b.notes[0]!.id);
  if (journeyId) swap(doc.journey.id, journeyId);
  return JSON.parse(json) as JourneyDocument;
}

const asset = async () => ({ blobId: 'blob:bphoto', hash: await hashOf(PHOTO), type: 'image/png', bytes: PHOTO });

describe('a file whose row ids another journey of mine holds', () => {
  it('opens as a new journey: the rows get new ids, links follow, and my journey is untouched', async () => {
    const { db, b, rowsBefore } = await libraryWithB();
    const file = fileReusingIdsOf(b, 'File journey');

    const opened = await importJourney(db, file, [await asset()], 'new');

    const doc = (await getJourneyDocument(db, opened.id))!;
    expect(opened.id).toBe(file.journey.id);
    expect(doc.touchpoints.map((t) => t.title).sort()).toEqual(['F first', 'F second']);
    expect(doc.stages.map((s) => s.name)).toEqual([seedLine('hy', 1)]);
    expect(doc.notes.map((n) => n.text)).toEqual(['F note']);
    const mine = new Set<string>([
      b.journey.id,
      ...[...b.stages, ...b.touchpoints, ...b.connections, ...b.personas, ...b.notes].map((r) => r.id),
    ]);
    for (const row of [...doc.stages, ...doc.touchpoints, ...doc.connections, ...doc.personas, ...doc.notes]) {
      expect(mine.has(row.id)).toBe(false);
      expect(row.journeyId).toBe(opened.id);
    }
    const [first, second] = ['F first', 'F second'].map((title) => doc.touchpoints.find((t) => t.title === title)!);
    expect(first!.stageId).toBe(doc.stages[0]!.id);
    expect(doc.connections).toEqual([expect.objectContaining({ source: first!.id, target: second!.id })]);
    const persona = doc.personas[0]!;
    expect(persona.id).not.toBe(b.personas[0]!.id);
    expect(doc.journey.personaIds).toEqual([persona.id]);
    expect(second!.personaEmotions).toEqual({ [persona.id]: -2 });
    const photos = await listBlobs(db, opened.id);
    expect(photos.map((p) => p.id)).toEqual([persona.photoBlobId]);
    expect(persona.photoBlobId).not.toBe('blob:bphoto');

    expect(await rowsOfJourney(db, b.journey.id)).toEqual(rowsBefore);
  });

  it('replacing my copy of the file’s journey never puts the file’s rows over another journey’s', async () => {
    const { db, b, rowsBefore } = await libraryWithB();
    const j = journey('J');
    j.touchpoint(j.stage('J stage'), { title: 'J old' });
    const mineJ = j.build();
    await createJourneyFromDocument(db, mineJ);
    const file = fileReusingIdsOf(b, 'J from the file', mineJ.journey.id);

    await importJourney(db, file, [await asset()], 'replace');

    const doc = (await getJourneyDocument(db, mineJ.journey.id))!;
    expect(doc.journey.title).toBe('J from the file');
    expect(doc.touchpoints.map((t) => t.title).sort()).toEqual(['F first', 'F second']);
    expect(doc.connections).toHaveLength(1);
    expect((await listBlobs(db, mineJ.journey.id)).map((p) => p.id)).toEqual([doc.personas[0]!.photoBlobId]);
    expect(await rowsOfJourney(db, b.journey.id)).toEqual(rowsBefore);
    const bDoc = (await getJourneyDocument(db, b.journey.id))!;
    expect(bDoc.touchpoints.map((t) => t.title).sort()).toEqual(['B first', 'B second']);
  });
});

describe('finding the ids another journey holds', () => {
  it('gives the same ids reading the keys (a large file) as fetching each row (a small one), never the journey’s own', async () => {
    const { db, b } = await libraryWithB();
    const j = journey('J');
    j.touchpoint(j.stage('J stage'), { title: 'J old' });
    const mineJ = j.build();
    await createJourneyFromDocument(db, mineJ);
    const file = fileReusingIdsOf(b, 'J from the file', mineJ.journey.id);
    const ownIds = { stages: mineJ.stages.map((r) => r.id), touchpoints: mineJ.touchpoints.map((r) => r.id) };
    for (const table of CHILD_TABLES) {
      const ids = [...file[table].map((r) => r.id), ...((ownIds as Record<string, string[]>)[table] ?? [])];
      const held = (scanFrom: number) =>
        db.transaction('r', db.table(table), () => heldByOthers(db, table, ids, mineJ.journey.id, scanFrom));
      const byRows = await held(Infinity);
      const byKeys = await held(0);
      expect([...byKeys].sort()).toEqual([...byRows].sort());
      const bIds = new Set<string>(b[table].map((r) => r.id));
      expect([...byRows].sort()).toEqual(ids.filter((id) => bIds.has(id)).sort());
    }
    expect((await heldByOthers(db, 'touchpoints', [], mineJ.journey.id, 0)).size).toBe(0);
  });
});

describe('times no date can show', () => {
  const MANIFEST = { format: 'waymark-journey', formatVersion: 1, appVersion: 't', createdAt: '', savedAt: '' };
  const fileOf = (doc: unknown) =>
    buildZip([
      deflated('manifest.json', text(JSON.stringify(MANIFEST))),
      deflated('journey.json', text(JSON.stringify(doc))),
    ]);

  it('a journey edited “after” the year 275760 is refused, naming the field, before the library tries to show it', async () => {
    const doc = journey('Far future').build();
    // 9e15 is a whole, safe number, but later than any Date: the library's “edited” line would throw.
    expect(() => formatDateTime(9e15, 'en')).toThrow(RangeError);
    for (const patch of [
      { journey: { ...doc.journey, updatedAt: 9e15 } },
      { journey: { ...doc.journey, createdAt: MAX_TIMESTAMP + 1 } },
    ]) {
      const r = await readJourneyFile(fileOf({ ...doc, ...patch }));
      if (r.ok) throw new Error('expected a refusal');
      expect(r.error.code).toBe('schema');
      expect(r.error.details?.[0]).toMatch(
        /^journey\.(updatedAt|createdAt): Expected a time no later than the year 9999$/,
      );
    }
    const latest = await readJourneyFile(fileOf({ ...doc, journey: { ...doc.journey, updatedAt: MAX_TIMESTAMP } }));
    expect(latest.ok).toBe(true);
    expect(formatDateTime(MAX_TIMESTAMP, 'en')).toMatch(/9999/);
  });
});

describe('invisible characters in names and titles', () => {
  it('a name or title quoted in a sentence cannot turn the sentence around: bidi and control characters show as �', () => {
    const opened = (title: string, name: string) => i18n.t('files.opened', { title, name });
    expect(opened('Invoice \u202Egnp.exe', 'report\u202Egnp.journey')).toBe(
      'Opened “Invoice \uFFFDgnp.exe” from report\uFFFDgnp.journey.',
    );
    expect(opened('a\u2066b\u2069c\u202Ad\u202Ce\u0007', 'x.journey')).toBe(
      'Opened “a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD” from x.journey.',
    );
    // Text in any script, and the marks right-to-left text needs, are quoted as they are.
    const armenian = seedLine('hy', 0);
    expect(opened(armenian, 'שלום\u200F.journey')).toBe(`Opened “${armenian}” from שלום\u200F.journey.`);
    setUiLanguage('ta');
    try {
      const tamil = opened('Invoice \u202Egnp.exe', 'report\u202Egnp.journey');
      expect(tamil).not.toMatch(/[\u202A-\u202E]/);
      expect(tamil).toContain('report\uFFFDgnp.journey');
    } finally {
      setUiLanguage('en');
    }
  });
});

describe('cards placed far beyond the map', () => {
  it('a touchpoint at 1e300 and a note at -1e300 are moved back onto the map, each named as a repair', async () => {
    const b = journey('Far away');
    const stage = b.stage('Discover');
    const near = b.touchpoint(stage, { title: 'Near' });
    b.touchpoint(stage, { title: seedLine('te', 0).slice(0, 30), position: { x: 1e300, y: 5 } });
    b.note('Lost note', { position: { x: 0, y: -1e300 } });
    b.touchpoint(stage, { title: 'Wide map', position: { x: 4_000_000, y: 200 } });
    const MANIFEST = { format: 'waymark-journey', formatVersion: 1, appVersion: 't', createdAt: '', savedAt: '' };
    const r = await readJourneyFile(
      buildZip([
        deflated('manifest.json', text(JSON.stringify(MANIFEST))),
        deflated('journey.json', text(JSON.stringify(b.build()))),
      ]),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.repairs).toEqual([
      `Moved “${seedLine('te', 0).slice(0, 30)}”, placed far outside the map, back onto it.`,
      'Moved “Lost note”, placed far outside the map, back onto it.',
    ]);
    expect(r.repairTexts[0]).toEqual({ code: 'repairFarAway', params: { name: seedLine('te', 0).slice(0, 30) } });
    const back = r.document.touchpoints.find((t) => t.title === seedLine('te', 0).slice(0, 30))!;
    // In its stage's column (the first one, from x = 0), below the cards already there.
    expect(back.position.x).toBeGreaterThanOrEqual(0);
    expect(back.position.x).toBeLessThan(stage.width);
    expect(back.position.y).toBeGreaterThan(near.position.y);
    expect(back.position.y).toBeGreaterThan(200);
    expect(r.document.notes[0]!.position).toEqual({ x: 0, y: 0 });
    // A wide map's far column is no stray: it stays where it is.
    expect(r.document.touchpoints.find((t) => t.title === 'Wide map')!.position).toEqual({ x: 4_000_000, y: 200 });
  });
});
