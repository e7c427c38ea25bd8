/**
 * Whole-document helpers: restore a loose document into a valid one (entity
 * by entity, dropping what cannot be saved, repairing dangling links in a
 * second pass), and copy a document with fresh ids.
 */
import type { z } from 'zod';
import { sameData } from './equal';
import { newId, type Id, type RecordKind } from './ids';
import { JourneyDocumentSchema, type Journey, type JourneyDocument, type Persona } from './model';
import { CHILD_TABLES } from './tables';
import { stageColumns, stageForPosition } from './layout';
import type { UserMessage, UserMessageCode } from './user-message';

/**
 * A journey's personas in the order people see them everywhere (the personas panel, the curve's legend, the
 * inspector, every export): those the journey covers in the order they were added (its `personaIds`), then the
 * others by name. Stored rows come back ordered by their random ids, which put a persona added second first
 * once the journey was opened again, and gave two copies of one template their personas in different orders.
 */
export function sortPersonas<T extends Pick<Persona, 'id' | 'name'>>(
  personas: readonly T[],
  coveredIds: readonly string[],
): T[] {
  const place = new Map(coveredIds.map((id, i) => [id, i]));
  const rank = (p: T) => place.get(p.id) ?? coveredIds.length;
  return [...personas].sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Whether two versions of a journey row say the same about the journey,
 * storage's bookkeeping (when it was created, last edited, put in the trash)
 * aside. Where the canvas was left is not in the row (see SavedViewportSchema).
 */
export function sameJourneyContent(a: Journey, b: Journey): boolean {
  const content = ({ updatedAt: _u, createdAt: _c, deletedAt: _d, ...rest }: Journey) => rest;
  return sameData(content(a), content(b));
}

/**
 * Whether two documents hold the same journey, row for row (in any order), storage's bookkeeping of the
 * journey row aside: a file opened again that is the copy already in the library.
 */
export function sameDocumentContent(a: JourneyDocument, b: JourneyDocument): boolean {
  if (!sameJourneyContent(a.journey, b.journey)) return false;
  for (const table of CHILD_TABLES) {
    const rows: readonly { id: string }[] = a[table];
    const others: readonly { id: string }[] = b[table];
    if (rows.length !== others.length) return false;
    const byId = new Map(others.map((r) => [r.id, r]));
    if (byId.size !== others.length || !rows.every((r) => sameData(r, byId.get(r.id)))) return false;
  }
  return true;
}

export interface RestoreIssue {
  path: string;
  message: string;
}

export interface RestoreResult {
  document: JourneyDocument;
  /** Entities dropped or links repaired, in human words (English, for logs and tests). */
  repairs: string[];
  /** The same repairs, in the same order, as messages for the interface to translate. */
  repairTexts: UserMessage[];
}

/** The code naming each kind of row a duplicate id may drop. */
const ROW_CODES = {
  stage: 'rowStage',
  lane: 'rowLane',
  persona: 'rowPersona',
  touchpoint: 'rowTouchpoint',
  connection: 'rowConnection',
  note: 'rowNote',
} as const satisfies Record<string, UserMessageCode>;

export function formatZodIssues(error: z.ZodError, max = 5): RestoreIssue[] {
  return error.issues.slice(0, max).map((i) => ({
    path: i.path.map(String).join('.') || '(root)',
    message: i.message,
  }));
}

/**
 * Strictly validate a migrated raw document. Returns the document or the first
 * few schema issues, each with its path.
 */
export function parseDocument(
  raw: unknown,
): { ok: true; document: JourneyDocument } | { ok: false; issues: RestoreIssue[] } {
  const r = JourneyDocumentSchema.safeParse(raw);
  return r.success ? { ok: true, document: r.data } : { ok: false, issues: formatZodIssues(r.error) };
}

/**
 * Second pass over a valid document: every record points at this journey,
 * ids are unique, and links that point nowhere are repaired (dropped), never
 * kept dangling.
 */
export function repairReferences(doc: JourneyDocument): RestoreResult {
  const repairs: string[] = [];
  const repairTexts: UserMessage[] = [];
  const repaired = (message: string, text: UserMessage) => {
    repairs.push(message);
    repairTexts.push(text);
  };
  const journeyId = doc.journey.id;
  const seen = new Set<string>();
  const unique = <T extends { id: string }>(items: T[], what: keyof typeof ROW_CODES): T[] =>
    items.filter((item) => {
      if (seen.has(item.id)) {
        repaired(`Dropped a ${what} with a duplicate id (${item.id}).`, {
          code: 'repairDuplicateId',
          params: { row: { code: ROW_CODES[what] }, id: item.id },
        });
        return false;
      }
      seen.add(item.id);
      return true;
    });
  const own = <T extends { journeyId: string }>(items: T[]): T[] => items.map((i) => ({ ...i, journeyId }));

  const stages = unique(own(doc.stages), 'stage');
  const stageIds = new Set<string>(stages.map((s) => s.id));
  const lanes = unique(own(doc.lanes), 'lane');
  const laneIds = new Set<string>(lanes.map((l) => l.id));
  const personas = unique(own(doc.personas), 'persona');
  const personaIds = new Set<string>(personas.map((p) => p.id));

  // A touchpoint whose stage is missing goes to the stage whose column it stands in (its content is kept); only
  // a journey with no stage at all has nowhere to put it.
  const columns = stageColumns(stages);
  const touchpoints = unique(own(doc.touchpoints), 'touchpoint')
    .flatMap((t) => {
      if (stageIds.has(t.stageId)) return [t];
      const stageId = stageForPosition(columns, t.position);
      const stage = stages.find((s) => s.id === stageId);
      if (!stage) {
        repaired(`Dropped touchpoint “${t.title}”: its stage does not exist.`, {
          code: 'repairTouchpointStage',
          params: { title: t.title },
        });
        return [];
      }
      repaired(`Moved touchpoint “${t.title}” to the stage “${stage.name}”: its own stage does not exist.`, {
        code: 'repairTouchpointStageMoved',
        params: { title: t.title, stage: stage.name },
      });
      return [{ ...t, stageId: stage.id }];
    })
    .map((t) => {
      const personaEmotions = Object.fromEntries(
        Object.entries(t.personaEmotions).filter(([pid]) => personaIds.has(pid)),
      ) as typeof t.personaEmotions;
      if (Object.keys(personaEmotions).length !== Object.keys(t.personaEmotions).length) {
        repaired(`Removed emotions of missing personas from touchpoint “${t.title}”.`, {
          code: 'repairPersonaEmotions',
          params: { title: t.title },
        });
      }
      if (t.laneId !== null && !laneIds.has(t.laneId)) {
        repaired(`Moved touchpoint “${t.title}” to the first lane: its lane does not exist.`, {
          code: 'repairTouchpointLane',
          params: { title: t.title },
        });
        return { ...t, personaEmotions, laneId: null };
      }
      return { ...t, personaEmotions };
    });
  const touchpointIds = new Set<string>(touchpoints.map((t) => t.id));

  const connections = unique(own(doc.connections), 'connection').filter((c) => {
    if (touchpointIds.has(c.source) && touchpointIds.has(c.target)) return true;
    repaired('Dropped a connection to a touchpoint that does not exist.', { code: 'repairConnection' });
    return false;
  });
  const notes = unique(own(doc.notes), 'note');
  const coveredIds = doc.journey.personaIds.filter((id) => personaIds.has(id));
  if (coveredIds.length !== doc.journey.personaIds.length)
    repaired('Removed missing personas from the journey’s personas.', { code: 'repairJourneyPersonas' });

  return {
    document: {
      journey: { ...doc.journey, personaIds: coveredIds },
      stages,
      lanes,
      touchpoints,
      connections,
      personas,
      notes,
    },
    repairs,
    repairTexts,
  };
}

/**
 * Copy a document with new ids throughout (duplicate, "keep both" on import,
 * future state). Links inside the document follow the new ids: stages,
 * lanes, persona emotions and the journey's personas, connections, photos,
 * and the workshop's voters, dots (their voter and what they are placed on:
 * a touchpoint, pain point or opportunity), clusters (and the notes grouped
 * in them) and parking lot. A dot on something the document no longer holds
 * keeps pointing at nothing, under a new id, so it still counts against its
 * voter's dots. Links to other journeys stay as they are: a sub-journey,
 * the journey a future state was made from, origins (current → future
 * state) and each persona's place in the persona library.
 * `keepOrigins` records each touchpoint's and pain point's source id as its originId.
 */
export function copyWithNewIds(
  doc: JourneyDocument,
  options: { keepOrigins?: boolean; now?: number } = {},
): { document: JourneyDocument; idMap: Map<string, string> } {
  const map = new Map<string, string>();
  const remap = <K extends RecordKind>(kind: K, id: Id<K>): Id<K> => {
    let next = map.get(id);
    if (!next) {
      next = newId(kind);
      map.set(id, next);
    }
    return next as Id<K>;
  };
  const now = options.now ?? Date.now();
  const journeyId = remap('journey', doc.journey.id);
  const { workshop } = doc.journey;
  const journey = {
    ...doc.journey,
    id: journeyId,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    personaIds: doc.journey.personaIds.map((id) => remap('persona', id)),
    workshop: {
      ...workshop,
      voters: workshop.voters.map((v) => ({ ...v, id: remap('voter', v.id) })),
      votes: workshop.votes.map((v) => ({
        ...v,
        id: remap('vote', v.id),
        voterId: remap('voter', v.voterId),
        // Target ids carry their kind ("pain:…"), so one map serves all three kinds.
        targetId: remap(v.targetKind, v.targetId as Id<typeof v.targetKind>),
      })),
      clusters: workshop.clusters.map((c) => ({ ...c, id: remap('cluster', c.id) })),
      parkingLot: workshop.parkingLot.map((p) => ({ ...p, id: remap('parking', p.id) })),
    },
  };
  const stages = doc.stages.map((s) => ({ ...s, id: remap('stage', s.id), journeyId }));
  const lanes = doc.lanes.map((l) => ({ ...l, id: remap('lane', l.id), journeyId }));
  const personas = doc.personas.map((p) => ({
    ...p,
    id: remap('persona', p.id),
    journeyId,
    // A copy of a journey uses the same library personas as the journey it was copied from.
    libraryId: p.libraryId ?? p.id,
    photoBlobId: p.photoBlobId ? remap('blob', p.photoBlobId) : null,
  }));
  const touchpoints = doc.touchpoints.map((t) => ({
    ...t,
    id: remap('touchpoint', t.id),
    journeyId,
    stageId: remap('stage', t.stageId),
    laneId: t.laneId ? remap('lane', t.laneId) : null,
    originId: options.keepOrigins ? t.id : t.originId,
    personaEmotions: Object.fromEntries(
      Object.entries(t.personaEmotions).map(([pid, v]) => [remap('persona', pid as Id<'persona'>), v]),
    ) as typeof t.personaEmotions,
    painPoints: t.painPoints.map((p) => ({
      ...p,
      id: remap('pain', p.id),
      originId: options.keepOrigins ? p.id : p.originId,
    })),
    opportunities: t.opportunities.map((o) => ({ ...o, id: remap('opportunity', o.id) })),
  }));
  const connections = doc.connections.map((c) => ({
    ...c,
    id: remap('connection', c.id),
    journeyId,
    source: remap('touchpoint', c.source),
    target: remap('touchpoint', c.target),
  }));
  const notes = doc.notes.map((n) => ({
    ...n,
    id: remap('note', n.id),
    journeyId,
    clusterId: n.clusterId ? remap('cluster', n.clusterId) : null,
  }));
  return { document: { journey, stages, lanes, touchpoints, connections, personas, notes }, idMap: map };
}

/**
 * The same document with new ids for the rows listed in `ids` (stages, lanes,
 * touchpoints, connections, personas, notes, photos), every link inside it
 * following; other ids, the journey's own and every field stay. For a file
 * whose rows reuse ids another stored journey holds: storing them as they are
 * would fail, or overwrite that journey's rows. A persona given a new id keeps
 * its place in the persona library (`libraryId`).
 */
export function withNewRowIds(
  doc: JourneyDocument,
  ids: ReadonlySet<string>,
): { document: JourneyDocument; idMap: Map<string, string> } {
  const map = new Map<string, string>();
  if (ids.size === 0) return { document: doc, idMap: map };
  const remap = <K extends RecordKind>(kind: K, id: Id<K>): Id<K> => {
    if (!ids.has(id)) return id;
    let next = map.get(id);
    if (!next) {
      next = newId(kind);
      map.set(id, next);
    }
    return next as Id<K>;
  };
  const { workshop } = doc.journey;
  const journey = {
    ...doc.journey,
    personaIds: doc.journey.personaIds.map((id) => remap('persona', id)),
    workshop: {
      ...workshop,
      votes: workshop.votes.map((v) =>
        v.targetKind === 'touchpoint' && ids.has(v.targetId)
          ? { ...v, targetId: remap('touchpoint', v.targetId as Id<'touchpoint'>) }
          : v,
      ),
    },
  };
  const stages = doc.stages.map((s) => ({ ...s, id: remap('stage', s.id) }));
  const lanes = doc.lanes.map((l) => ({ ...l, id: remap('lane', l.id) }));
  const personas = doc.personas.map((p) => {
    const id = remap('persona', p.id);
    const photoBlobId = p.photoBlobId ? remap('blob', p.photoBlobId) : null;
    return { ...p, id, libraryId: id === p.id ? p.libraryId : (p.libraryId ?? p.id), photoBlobId };
  });
  const touchpoints = doc.touchpoints.map((t) => ({
    ...t,
    id: remap('touchpoint', t.id),
    stageId: remap('stage', t.stageId),
    laneId: t.laneId ? remap('lane', t.laneId) : null,
    personaEmotions: Object.fromEntries(
      Object.entries(t.personaEmotions).map(([pid, v]) => [remap('persona', pid as Id<'persona'>), v]),
    ) as typeof t.personaEmotions,
  }));
  const connections = doc.connections.map((c) => ({
    ...c,
    id: remap('connection', c.id),
    source: remap('touchpoint', c.source),
    target: remap('touchpoint', c.target),
  }));
  const notes = doc.notes.map((n) => ({ ...n, id: remap('note', n.id) }));
  return { document: { journey, stages, lanes, touchpoints, connections, personas, notes }, idMap: map };
}
