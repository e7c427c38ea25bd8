/**
 * The record kinds a journey is made of, listed once: storage keeps one table
 * per kind, the document (`JourneyDocument`) holds one list per child kind
 * under the same name, and files, snapshots and the editor walk the same list.
 * Add a kind here (and a storage version) rather than in each place.
 */
import type { z } from 'zod';
import {
  ConnectionSchema,
  JourneySchema,
  LaneSchema,
  NoteSchema,
  PersonaSchema,
  StageSchema,
  TouchpointSchema,
  type Connection,
  type Journey,
  type Lane,
  type JourneyDocument,
  type Note,
  type Persona,
  type Stage,
  type Touchpoint,
} from './model';
import type { UserMessageCode } from './user-message';

export interface RowByTable {
  journeys: Journey;
  stages: Stage;
  lanes: Lane;
  touchpoints: Touchpoint;
  connections: Connection;
  personas: Persona;
  notes: Note;
}
export type TableName = keyof RowByTable;

/** The tables of a journey's rows other than the journey row: each is a list of the document. */
export const CHILD_TABLES = ['stages', 'lanes', 'touchpoints', 'connections', 'personas', 'notes'] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];

/** Every table of a journey's document rows, the journey row first. */
export const TABLE_NAMES: readonly TableName[] = ['journeys', ...CHILD_TABLES];

/** The strict schema of each table's rows. */
export const ROW_SCHEMAS: { [T in TableName]: z.ZodType<RowByTable[T]> } = {
  journeys: JourneySchema,
  stages: StageSchema,
  lanes: LaneSchema,
  touchpoints: TouchpointSchema,
  connections: ConnectionSchema,
  personas: PersonaSchema,
  notes: NoteSchema,
};

/**
 * The fields of each table that people type prose into (titles, names, descriptions, thoughts, a
 * note's text): two people's edits of one of them are merged as text (live sessions, two windows).
 * Names and ids that are picked, not typed, are not: a merge of two of them would be neither.
 */
export const PROSE_FIELDS: { readonly [T in TableName]: ReadonlySet<keyof RowByTable[T] & string> } = {
  journeys: new Set(['title', 'description', 'client', 'author', 'owner']),
  stages: new Set(['name', 'description', 'customerGoal']),
  lanes: new Set(['name']),
  touchpoints: new Set(['title', 'description', 'owner', 'emotionLabel', 'thoughts']),
  connections: new Set(['label']),
  personas: new Set(['name', 'role', 'quote']),
  notes: new Set(['text']),
};

/**
 * The fields of each table that are lists of texts or of items with ids (pain points, needs,
 * tags): a live session keeps each as a shared list, so two people adding to one both keep their
 * items (see list-merge.ts).
 */
export const LIST_FIELDS: { readonly [T in TableName]: ReadonlySet<keyof RowByTable[T] & string> } = {
  journeys: new Set(['tags', 'personaIds']),
  stages: new Set(),
  lanes: new Set(),
  touchpoints: new Set(['quotes', 'painPoints', 'opportunities', 'tags', 'loyaltyQuestions', 'pillars']),
  connections: new Set(),
  personas: new Set(['needs', 'fears', 'goals', 'desires', 'challenges']),
  notes: new Set(),
};

/** One row of each table, in words, for messages. */
export const ROW_LABELS: Record<TableName, string> = {
  journeys: 'journey',
  stages: 'stage',
  lanes: 'lane',
  touchpoints: 'touchpoint',
  connections: 'connection',
  personas: 'persona',
  notes: 'note',
};

/** The kind of row of each table as a message, for sentences that name one (its English is `ROW_LABELS`). */
export const ROW_KIND_CODES: Record<TableName, UserMessageCode> = {
  journeys: 'rowJourney',
  stages: 'rowStage',
  lanes: 'rowLane',
  touchpoints: 'rowTouchpoint',
  connections: 'rowConnection',
  personas: 'rowPersona',
  notes: 'rowNote',
};

/** Every child row of a document, all tables together. */
export function childRows(doc: JourneyDocument): RowByTable[ChildTable][] {
  return CHILD_TABLES.flatMap((table) => doc[table] as RowByTable[ChildTable][]);
}
