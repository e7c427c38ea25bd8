/**
 * A journey's rows in a Y.Doc, the shared document of a live session.
 *
 * - Each child table (`stages`, `touchpoints`, `connections`, `personas`,
 *   `notes`) is a root Y.Map: row id → nested Y.Map of field → plain JSON
 *   value, so two people editing different fields of one card both win.
 * - Prose fields (`PROSE_FIELDS`: titles, names, descriptions, thoughts, a
 *   note's text) are Y.Text, written as the one edit the person made, so two
 *   people typing in one field at once both keep their words (as plain values
 *   the last keystroke won, and each one's next key mixed into the other's text).
 * - List fields (`LIST_FIELDS`: pain points, opportunities, needs, tags…) are
 *   Y.Arrays of plain items, written as the one edit made (`listEdit`), so two
 *   people adding to one list both keep their items; read back with each item
 *   once (two people changing one item at once leave it twice: the first stays).
 * - `journey`: the journey row's fields except `workshop`; `workshop`: the
 *   workshop's fields except `votes` and `voters`; `votes`: vote id → Vote;
 *   `voters`: voter id → Voter.
 * - `room`: live-only state the host writes (presentation, timer, which voter
 *   each participant is); never stored in the journey.
 *
 * Everything read back is validated with the model's row schemas and its
 * journey id checked before it may reach a store; an invalid row is dropped
 * and reported with a one-line reason.
 */
import * as Y from 'yjs';
import { sameData } from '../../domain/equal';
import type { Journey } from '../../domain/model';
import { distinctItems, listEdit } from '../../domain/list-merge';
import { textEdit } from '../../domain/text-edit';
import {
  CHILD_TABLES,
  LIST_FIELDS,
  PROSE_FIELDS,
  ROW_KIND_CODES,
  ROW_LABELS,
  ROW_SCHEMAS,
  TABLE_NAMES,
  type ChildTable,
  type TableName,
} from '../../domain/tables';
import type { Vote, Voter, Workshop } from '../../domain/workshop-schema';
import type { UserMessage } from '../../domain/user-message';
import { getRow, type DocState, type RowChange, type RowTypes } from '../doc-state';

export const JOURNEY_MAP = 'journey';
export const WORKSHOP_MAP = 'workshop';
export const VOTES_MAP = 'votes';
export const VOTERS_MAP = 'voters';
export const ROOM_MAP = 'room';

type Json = unknown;
type FieldMap = Y.Map<Json>;

/**
 * Told about every row read from the shared document that could not be used,
 * in one line (English, for logs) and as a message for the interface to translate.
 */
export type InvalidRowHandler = (reason: string, text: UserMessage) => void;

export const tableMap = (doc: Y.Doc, table: ChildTable) => doc.getMap<FieldMap>(table);
export const journeyMap = (doc: Y.Doc) => doc.getMap<Json>(JOURNEY_MAP);
export const workshopMap = (doc: Y.Doc) => doc.getMap<Json>(WORKSHOP_MAP);
export const votesMap = (doc: Y.Doc) => doc.getMap<Json>(VOTES_MAP);
export const votersMap = (doc: Y.Doc) => doc.getMap<Json>(VOTERS_MAP);
export const roomMap = (doc: Y.Doc) => doc.getMap<Json>(ROOM_MAP);

/** Asks for every root map by name, so each is a Y.Map from the start (call before updates arrive). */
export function defineLayout(doc: Y.Doc): void {
  for (const table of CHILD_TABLES) tableMap(doc, table);
  for (const name of [JOURNEY_MAP, WORKSHOP_MAP, VOTES_MAP, VOTERS_MAP, ROOM_MAP]) doc.getMap(name);
}

/** Whether the shared document holds no journey yet (a fresh session). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return journeyMap(doc).size === 0 && CHILD_TABLES.every((t) => tableMap(doc, t).size === 0);
}

const NO_FIELDS: ReadonlySet<string> = new Set();

// ---------- writing ----------

/** A new shared text holding `value`. */
function sharedText(value: string): Y.Text {
  const text = new Y.Text();
  text.insert(0, value);
  return text;
}

/** Makes the shared text read `value` by the one edit between them, so what others typed meanwhile elsewhere in it stays. */
function editText(text: Y.Text, value: string): void {
  const edit = textEdit(text.toString(), value);
  if (!edit) return;
  if (edit.remove) text.delete(edit.index, edit.remove);
  if (edit.insert) text.insert(edit.index, edit.insert);
}

/** A new shared list holding `items`. */
function sharedList(items: readonly unknown[]): Y.Array<Json> {
  const list = new Y.Array<Json>();
  list.insert(0, [...items]);
  return list;
}

/** Makes the shared list hold `items` by the one edit between them, so what others added meanwhile elsewhere in it stays. */
function editList(list: Y.Array<Json>, items: readonly unknown[]): void {
  const edit = listEdit(list.toArray(), items);
  if (!edit) return;
  if (edit.remove) list.delete(edit.index, edit.remove);
  if (edit.insert.length) list.insert(edit.index, edit.insert);
}

/** Which fields of a map are shared texts and which shared lists. */
interface SharedFields {
  texts: ReadonlySet<string>;
  lists: ReadonlySet<string>;
}
const SHARED_FIELDS = Object.fromEntries(
  TABLE_NAMES.map((table) => [table, { texts: PROSE_FIELDS[table], lists: LIST_FIELDS[table] }]),
) as Record<TableName, SharedFields>;
const NOT_SHARED: SharedFields = { texts: NO_FIELDS, lists: NO_FIELDS };

/**
 * Sets the map's keys to the object's fields: unchanged values are left alone, so nothing echoes.
 * A field named in `texts` is a Y.Text, one in `lists` a Y.Array, edited in place; one still held
 * as a plain value (a session saved before fields were shared) becomes one when it changes.
 */
function writeFields(map: Y.Map<Json>, fields: Record<string, unknown>, { texts, lists }: SharedFields): void {
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const held = map.get(name);
    if (typeof value === 'string' && texts.has(name)) {
      if (held instanceof Y.Text) editText(held, value);
      else if (held !== value) map.set(name, sharedText(value));
      continue;
    }
    if (Array.isArray(value) && lists.has(name)) {
      if (held instanceof Y.Array) editList(held, value);
      else if (!sameData(held, value)) map.set(name, sharedList(value));
      continue;
    }
    if (!map.has(name) || !sameData(held, value)) map.set(name, value);
  }
  for (const name of [...map.keys()]) if (fields[name] === undefined) map.delete(name);
}

/**
 * Turns the prose and list fields the document still holds as plain values into shared texts and
 * lists (a session saved by an earlier version), so that no two people turn one field into two
 * at once. The host does this when it takes the session up, before anyone else writes.
 */
export function upgradeFields(doc: Y.Doc, origin?: unknown): void {
  const upgrade = (map: Y.Map<Json>, { texts, lists }: SharedFields) => {
    for (const name of texts) {
      const held = map.get(name);
      if (typeof held === 'string') map.set(name, sharedText(held));
    }
    for (const name of lists) {
      const held = map.get(name);
      if (Array.isArray(held)) map.set(name, sharedList(held));
    }
  };
  doc.transact(() => {
    upgrade(journeyMap(doc), SHARED_FIELDS.journeys);
    for (const table of CHILD_TABLES)
      for (const fields of tableMap(doc, table).values())
        if (fields instanceof Y.Map) upgrade(fields, SHARED_FIELDS[table]);
  }, origin);
}

/** Writes a list keyed by id: only added, changed and removed entries are touched. */
function writeById<T extends { id: string }>(map: Y.Map<Json>, items: readonly T[]): void {
  const ids = new Set<string>();
  for (const item of items) {
    ids.add(item.id);
    if (!sameData(map.get(item.id), item)) map.set(item.id, item);
  }
  for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
}

function writeJourney(doc: Y.Doc, journey: Journey): void {
  const { workshop, ...fields } = journey;
  const { votes, voters, ...workshopFields } = workshop;
  writeFields(journeyMap(doc), fields, SHARED_FIELDS.journeys);
  writeFields(workshopMap(doc), workshopFields, NOT_SHARED);
  writeById(votesMap(doc), votes);
  writeById(votersMap(doc), voters);
}

function writeRow(doc: Y.Doc, table: ChildTable, id: string, row: Record<string, unknown> | null): void {
  const rows = tableMap(doc, table);
  if (row === null) {
    if (rows.has(id)) rows.delete(id);
    return;
  }
  let fields = rows.get(id);
  if (!(fields instanceof Y.Map)) {
    fields = new Y.Map<Json>();
    rows.set(id, fields);
  }
  writeFields(fields, row, SHARED_FIELDS[table]);
}

/** Writes a whole journey into a shared document (in one transaction). */
export function writeDocState(doc: Y.Doc, state: DocState, origin?: unknown): void {
  doc.transact(() => {
    writeJourney(doc, state.journey);
    for (const table of CHILD_TABLES)
      for (const [id, row] of Object.entries(state[table])) writeRow(doc, table, id, row as Record<string, unknown>);
  }, origin);
}

/**
 * Applies row changes to the shared document in one transaction, field by
 * field: a field already holding the value is not written again, so a change
 * that came from the document does not echo back into it.
 */
export function applyRowChanges(doc: Y.Doc, changes: readonly RowChange[], origin?: unknown): void {
  if (changes.length === 0) return;
  doc.transact(() => {
    for (const change of changes) {
      if (change.table === 'journeys') {
        if (change.after) writeJourney(doc, change.after);
        continue;
      }
      writeRow(doc, change.table, change.id, change.after as Record<string, unknown> | null);
    }
  }, origin);
}

// ---------- reading ----------

/** A map's fields as plain values: a shared text as its string, a shared list as its items (each once). */
const plain = (map: Y.Map<Json>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [name, value] of map.entries())
    out[name] =
      value instanceof Y.Text ? value.toString() : value instanceof Y.Array ? distinctItems(value.toArray()) : value;
  return out;
};

/** Items of an id-keyed map, in the order `previous` had them, new ones after by `order`. */
function ordered<T extends { id: string }>(
  map: Y.Map<Json>,
  previous: readonly T[],
  order: (a: T, b: T) => number,
): unknown[] {
  const items = [...map.values()] as T[];
  const rank = new Map(previous.map((item, i) => [item.id, i]));
  const known = items.filter((item) => rank.has(item?.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const added = items.filter((item) => !rank.has(item?.id)).sort(order);
  return [...known, ...added];
}

/**
 * The journey row as the shared document holds it, unvalidated. Votes and
 * voters keep the order `previous` gave them; new ones follow (votes by when
 * they were cast).
 */
export function readRawJourney(doc: Y.Doc, previous: Journey | null): Record<string, unknown> | null {
  const fields = journeyMap(doc);
  if (fields.size === 0) return null;
  const workshop: Record<string, unknown> = {
    ...plain(workshopMap(doc)),
    votes: ordered<Vote>(
      votesMap(doc),
      previous?.workshop.votes ?? [],
      (a, b) => a.castAt - b.castAt || (a.id < b.id ? -1 : 1),
    ),
    voters: ordered<Voter>(votersMap(doc), previous?.workshop.voters ?? [], (a, b) => (a.id < b.id ? -1 : 1)),
  };
  return { ...plain(fields), workshop };
}

/** A child row as the shared document holds it, unvalidated; null when it has none. */
export function readRawRow(doc: Y.Doc, table: ChildTable, id: string): Record<string, unknown> | null {
  const fields = tableMap(doc, table).get(id);
  return fields instanceof Y.Map ? plain(fields) : null;
}

/** Validates one row read from the shared document: its schema, its id, its journey. */
export function validateRow<T extends TableName>(
  table: T,
  id: string,
  raw: unknown,
  journeyId: string,
): { ok: true; row: RowTypes[T] } | { ok: false; reason: string; text: UserMessage } {
  const label = ROW_LABELS[table];
  const kind = { code: ROW_KIND_CODES[table] } as const;
  const parsed = ROW_SCHEMAS[table].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]?.message ?? 'invalid';
    const path = parsed.error.issues[0]?.path ?? [];
    const where = path.length ? ` (${path.join('.')})` : '';
    return {
      ok: false,
      reason: `A shared ${label} was refused: ${issue}${where}.`,
      text: { code: 'sharedRowInvalid', params: { row: kind, issue, where } },
    };
  }
  const row = parsed.data as RowTypes[T] & { id: string; journeyId?: string };
  if (row.id !== id)
    return {
      ok: false,
      reason: `A shared ${label} was refused: its id does not match its key.`,
      text: { code: 'sharedRowIdMismatch', params: { row: kind } },
    };
  const rowJourney = table === 'journeys' ? row.id : row.journeyId;
  if (rowJourney !== journeyId)
    return {
      ok: false,
      reason: `A shared ${label} was refused: it belongs to another journey.`,
      text: { code: 'sharedRowOtherJourney', params: { row: kind } },
    };
  return { ok: true, row };
}

/**
 * The whole journey as the shared document holds it, every row validated;
 * null when the document has no valid journey row. `previous` keeps the order
 * of votes and voters.
 */
export function readDocState(
  doc: Y.Doc,
  journeyId: string,
  onInvalid: InvalidRowHandler = () => undefined,
  previous: Journey | null = null,
): DocState | null {
  const raw = readRawJourney(doc, previous);
  if (!raw) return null;
  const journey = validateRow('journeys', journeyId, raw, journeyId);
  if (!journey.ok) {
    onInvalid(journey.reason, journey.text);
    return null;
  }
  const state = { journey: journey.row } as DocState;
  for (const table of CHILD_TABLES) {
    const rows: Record<string, unknown> = {};
    for (const id of tableMap(doc, table).keys()) {
      const checked = validateRow(table, id, readRawRow(doc, table, id), journeyId);
      if (checked.ok) rows[id] = checked.row;
      else onInvalid(checked.reason, checked.text);
    }
    (state as unknown as Record<ChildTable, Record<string, unknown>>)[table] = rows;
  }
  return state;
}

/** The rows a transaction touched: table → row ids (the journey row under `journeys`). */
export function touchedRows(doc: Y.Doc, transaction: Y.Transaction): Map<TableName, Set<string>> {
  const out = new Map<TableName, Set<string>>();
  const add = (table: TableName, id: string) => {
    let ids = out.get(table);
    if (!ids) out.set(table, (ids = new Set()));
    ids.add(id);
  };
  // A root type is named by the document's share. (A root no one has asked for by name yet is a
  // plain AbstractType there, replaced by a Y.Map when first asked for: so no getMap here.)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types of any content
  type AnyType = Y.AbstractType<any>;
  const names = new Map<AnyType, string>();
  for (const [name, type] of doc.share) names.set(type, name);
  const tables = new Set<string>(CHILD_TABLES);
  const journeyParts = new Set([JOURNEY_MAP, WORKSHOP_MAP, VOTES_MAP, VOTERS_MAP]);
  for (const [type, keys] of transaction.changed) {
    // Up to the root type: `key` ends as the key, in the root, of what holds the change (a row's id).
    let root: AnyType = type;
    let key: string | null = null;
    while (root._item !== null) {
      const parent = root._item.parent;
      if (!(parent instanceof Y.AbstractType)) break;
      key = root._item.parentSub;
      root = parent;
    }
    const name = root._item === null ? names.get(root) : undefined;
    if (name === undefined) continue;
    if (journeyParts.has(name)) {
      add('journeys', '');
    } else if (tables.has(name)) {
      // A table's own keys are row ids; deeper down, a row's field map or one of its shared texts.
      if (root !== type) {
        if (key) add(name as ChildTable, key);
      } else {
        for (const id of keys) if (id !== null) add(name as ChildTable, id);
      }
    }
  }
  return out;
}

/**
 * The row changes a transaction on the shared document makes to `state`:
 * rows it touched, read back and validated, as changes against `state`
 * (rows equal to what `state` holds are left out). Rows that fail validation
 * are dropped and reported.
 */
export function readChanges(
  doc: Y.Doc,
  transaction: Y.Transaction,
  state: DocState,
  onInvalid: InvalidRowHandler,
): { changes: RowChange[]; refused: Array<{ table: TableName; id: string }> } {
  const journeyId = state.journey.id;
  const changes: RowChange[] = [];
  const refused: Array<{ table: TableName; id: string }> = [];
  for (const [table, ids] of touchedRows(doc, transaction)) {
    for (const key of ids) {
      const id = table === 'journeys' ? journeyId : key;
      const raw = table === 'journeys' ? readRawJourney(doc, state.journey) : readRawRow(doc, table, id);
      const before = getRow(state, table, id);
      if (raw === null) {
        // The journey row is never deleted through the session.
        if (table !== 'journeys' && before !== null) changes.push({ table, id, before, after: null } as RowChange);
        if (table === 'journeys') refused.push({ table, id });
        continue;
      }
      const checked = validateRow(table, id, raw, journeyId);
      if (!checked.ok) {
        onInvalid(checked.reason, checked.text);
        refused.push({ table, id });
        continue;
      }
      if (before !== null && sameData(before, checked.row)) continue;
      changes.push({ table, id, before, after: checked.row } as RowChange);
    }
  }
  return { changes, refused };
}

/** The workshop fields kept in the `workshop` map (the rest of the workshop is votes and voters). */
export type SharedWorkshopFields = Omit<Workshop, 'votes' | 'voters'>;
