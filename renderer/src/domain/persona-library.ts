/**
 * The shared persona library. A persona is stored once per journey that
 * uses it: each journey keeps its own row (so a journey's document, its
 * snapshots, files and undo stay whole), and rows that are the same persona
 * share one library key, `libraryId ?? id`. Editing one row updates every
 * other row with the same key (storage/persona-library.ts), so every journey
 * using the persona shows the change. A `.journey` file carries its rows;
 * opening it matches them to the library by key.
 */
import { sameData } from './equal';
import { newId, type JourneyId, type PersonaId } from './ids';
import type { JourneyRef } from './links';
import type { JourneyDocument, Persona } from './model';

/** The persona's identity in the library, the same in every journey using it. */
export const personaKey = (p: Pick<Persona, 'id' | 'libraryId'>): PersonaId => p.libraryId ?? p.id;

/** Fields that are the persona's own, the same in every journey (not its row id, journey, key or photo blob). */
export type SharedPersonaFields = Omit<Persona, 'id' | 'journeyId' | 'libraryId' | 'photoBlobId'>;

export function sharedPersonaFields(p: Persona): SharedPersonaFields {
  const { id: _id, journeyId: _journeyId, libraryId: _libraryId, photoBlobId: _photo, ...shared } = p;
  return shared;
}

/** Whether two rows say the same about the persona (name, role, needs, colour…). */
export function samePersonaContent(a: Persona, b: Persona): boolean {
  return sameData(sharedPersonaFields(a), sharedPersonaFields(b));
}

/** A journey's copy of `from` updated with `from`'s content; its id, journey, key and photo stay. */
export function withSharedFields(copy: Persona, from: Persona): Persona {
  return { ...copy, ...sharedPersonaFields(from) };
}

/** A new row of the library persona `p` for another journey (its photo blob is the caller's to copy). */
export function copyPersonaFor(p: Persona, journeyId: JourneyId, photoBlobId: Persona['photoBlobId'] = null): Persona {
  return { ...p, id: newId('persona'), journeyId, libraryId: personaKey(p), photoBlobId };
}

/** One persona of the library, with the journeys using it. */
export interface LibraryPersona {
  key: PersonaId;
  /** The row shown for it: the library persona's own row when stored, else the first copy. */
  persona: Persona;
  /** The journeys (not in the trash) using it, by title. */
  journeys: JourneyRef[];
}

/**
 * The library: every persona of the journeys not in the trash, once per key,
 * by name. `journeys` are every stored journey (rows of others are ignored).
 */
export function personaLibrary(personas: readonly Persona[], journeys: readonly JourneyRef[]): LibraryPersona[] {
  const live = new Map(journeys.filter((j) => j.deletedAt === null).map((j) => [j.id, j]));
  const byKey = new Map<PersonaId, LibraryPersona>();
  for (const p of personas) {
    const journey = live.get(p.journeyId);
    if (!journey) continue;
    const key = personaKey(p);
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { key, persona: p, journeys: [journey] });
    else {
      if (p.id === key) entry.persona = p;
      if (!entry.journeys.some((j) => j.id === journey.id)) entry.journeys.push(journey);
    }
  }
  const entries = [...byKey.values()];
  for (const e of entries) e.journeys.sort((a, b) => a.title.localeCompare(b.title));
  return entries.sort((a, b) => a.persona.name.localeCompare(b.persona.name) || a.key.localeCompare(b.key));
}

/** A persona of a file that the library already holds with other content. */
export interface PersonaConflict {
  file: Persona;
  mine: Persona;
}

/** What to do with personas of a file that the library holds with other content (as journeys get on import). */
export type PersonaImportChoice = 'keep-both' | 'use-mine' | 'use-file';

/**
 * The file's personas whose key the library holds (`library`: rows of other
 * journeys) with different content. Same content is no conflict: the file's
 * persona simply joins the library persona.
 */
export function personaConflicts(filePersonas: readonly Persona[], library: readonly Persona[]): PersonaConflict[] {
  const mine = new Map<PersonaId, Persona>();
  for (const p of library) {
    const key = personaKey(p);
    if (!mine.has(key) || p.id === key) mine.set(key, p);
  }
  return filePersonas.flatMap((file) => {
    const stored = mine.get(personaKey(file));
    return stored && !samePersonaContent(stored, file) ? [{ file, mine: stored }] : [];
  });
}

/**
 * The file's personas after the user's choice for the conflicting ones:
 * `use-mine` takes the library's content; `use-file` keeps the file's (the
 * caller then updates the library's other copies); `keep-both` makes each a
 * persona of its own (a new key: `renamed` maps old row ids to new ones, for
 * the touchpoints' per-persona emotions and the journey's persona list).
 */
export function resolvePersonaConflicts(
  filePersonas: readonly Persona[],
  conflicts: readonly PersonaConflict[],
  choice: PersonaImportChoice,
): { personas: Persona[]; renamed: Map<PersonaId, PersonaId> } {
  const byId = new Map(conflicts.map((c) => [c.file.id, c]));
  const renamed = new Map<PersonaId, PersonaId>();
  const personas = filePersonas.map((p) => {
    const conflict = byId.get(p.id);
    if (!conflict || choice === 'use-file') return p;
    if (choice === 'use-mine') return withSharedFields(p, conflict.mine);
    const id = newId('persona');
    renamed.set(p.id, id);
    return { ...p, id, libraryId: null };
  });
  return { personas, renamed };
}

/** A document with its personas resolved (see resolvePersonaConflicts), references following renamed rows. */
export function applyPersonaChoice(
  doc: JourneyDocument,
  conflicts: readonly PersonaConflict[],
  choice: PersonaImportChoice,
): JourneyDocument {
  const { personas, renamed } = resolvePersonaConflicts(doc.personas, conflicts, choice);
  if (renamed.size === 0) return { ...doc, personas };
  const rename = (id: PersonaId) => renamed.get(id) ?? id;
  return {
    ...doc,
    journey: { ...doc.journey, personaIds: doc.journey.personaIds.map(rename) },
    personas,
    touchpoints: doc.touchpoints.map((t) => ({
      ...t,
      personaEmotions: Object.fromEntries(
        Object.entries(t.personaEmotions).map(([id, v]) => [rename(id as PersonaId), v]),
      ) as typeof t.personaEmotions,
    })),
  };
}
