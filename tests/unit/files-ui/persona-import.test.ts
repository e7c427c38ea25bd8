import { describe, expect, it } from 'vitest';
import {
  personaKey,
  sharedPersonaFields,
  type JourneyDocument,
  type PersonaConflict,
  type PersonaImportChoice,
} from '../../../renderer/src/domain';
import { matchFilePersonas } from '../../../renderer/src/files-ui/open-files';
import {
  createJourneyFromDocument,
  getJourneyDocument,
  importJourney,
  updateLibraryFrom,
} from '../../../renderer/src/storage';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';
import { freshDb } from '../storage/helpers';

/** My library: a journey with a persona. The file: another journey carrying a copy of that persona, edited by a colleague. */
async function libraryAndFile(edit: (name: string) => string) {
  const db = freshDb();
  const mine = journey('Customer lifecycle');
  const ana = mine.persona(seedLine('ml', 0), true, { role: 'Student', goals: ['Enrol online'] });
  await createJourneyFromDocument(db, mine.build());
  const theirs = journey('Enrolment');
  const { name, ...shared } = sharedPersonaFields(ana);
  const copy = theirs.persona(edit(name), true, { ...shared, libraryId: ana.id });
  theirs.touchpoint(theirs.stage('Apply'), { personaEmotions: { [copy.id]: -2 } });
  return { db, mine, ana, file: theirs.build(), copy };
}

function answer(choice: PersonaImportChoice | null) {
  const asked: PersonaConflict[][] = [];
  const ask = async (conflicts: readonly PersonaConflict[]) => {
    asked.push([...conflicts]);
    return choice;
  };
  return { asked, ask };
}

async function open(db: ReturnType<typeof freshDb>, doc: JourneyDocument) {
  return (await getJourneyDocument(db, (await importJourney(db, doc, [], 'new')).id))!;
}

describe('opening a .journey file matches its personas to the library by id', () => {
  it('the same persona with the same content joins the library without a question', async () => {
    const { db, ana, file } = await libraryAndFile((name) => name);
    const { asked, ask } = answer(null);
    const matched = (await matchFilePersonas(db, file, 'new', ask))!;
    expect(asked).toEqual([]);
    const opened = await open(db, matched.document);
    expect(personaKey(opened.personas[0]!)).toBe(ana.id);
  });

  it('use mine: the opened journey shows my persona', async () => {
    const { db, mine, ana, file } = await libraryAndFile((name) => `${name} (edited)`);
    const { asked, ask } = answer('use-mine');
    const matched = (await matchFilePersonas(db, file, 'new', ask))!;
    expect(asked[0]!.map((c) => [c.file.name, c.mine.id])).toEqual([[`${ana.name} (edited)`, ana.id]]);
    const opened = await open(db, matched.document);
    expect(opened.personas[0]).toMatchObject({ name: ana.name, libraryId: ana.id });
    expect((await getJourneyDocument(db, mine.journeyId))!.personas[0]!.name).toBe(ana.name);
  });

  it('use the file’s: every journey using the persona shows the file’s content', async () => {
    const { db, mine, ana, file } = await libraryAndFile((name) => `${name} (edited)`);
    const { ask } = answer('use-file');
    const matched = (await matchFilePersonas(db, file, 'new', ask))!;
    const opened = await open(db, matched.document);
    const copies = await updateLibraryFrom(db, opened.personas);
    expect(copies.map((c) => c.journeyId)).toEqual([mine.journeyId]);
    const myRow = (await getJourneyDocument(db, mine.journeyId))!.personas[0]!;
    expect(myRow).toMatchObject({ id: ana.id, name: `${ana.name} (edited)`, goals: ['Enrol online'] });
  });

  it('keep both: the file’s persona becomes a persona of its own, its emotions following it', async () => {
    const { db, mine, ana, file, copy } = await libraryAndFile((name) => `${name} (edited)`);
    const { ask } = answer('keep-both');
    const matched = (await matchFilePersonas(db, file, 'new', ask))!;
    const opened = await open(db, matched.document);
    const kept = opened.personas[0]!;
    expect(kept.name).toBe(`${ana.name} (edited)`);
    expect(kept.id).not.toBe(copy.id);
    expect(personaKey(kept)).not.toBe(ana.id);
    expect(opened.journey.personaIds).toEqual([kept.id]);
    expect(opened.touchpoints[0]!.personaEmotions).toEqual({ [kept.id]: -2 });
    expect((await getJourneyDocument(db, mine.journeyId))!.personas[0]!.name).toBe(ana.name);
  });

  it('cancelling opens nothing', async () => {
    const { db, file } = await libraryAndFile((name) => `${name} (edited)`);
    const { ask } = answer(null);
    expect(await matchFilePersonas(db, file, 'new', ask)).toBeNull();
  });
});
