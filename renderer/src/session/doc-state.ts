/**
 * The open journey as normalised maps, and edits as data: a change names a
 * row by table and id with its value before and after. Applying changes
 * copies only the touched maps and rows, so everything else keeps its
 * identity and memoised components skip re-rendering.
 */
import type { Connection, Journey, JourneyDocument, Lane, Note, Persona, Stage, Touchpoint } from '../domain/model';
import { sameData } from '../domain/equal';
import { sortStages } from '../domain/layout';
import { CHILD_TABLES, type ChildTable, type RowByTable, type TableName } from '../domain/tables';

/** The row type of each journey table: the same tables the storage layer writes. */
export type RowTypes = RowByTable;
export type { TableName };
export type MapTable = Exclude<TableName, 'journeys'>;

export type RowChange = {
  [T in TableName]: { table: T; id: string; before: RowTypes[T] | null; after: RowTypes[T] | null };
}[TableName];

export interface DocState {
  journey: Journey;
  stages: Record<string, Stage>;
  lanes: Record<string, Lane>;
  touchpoints: Record<string, Touchpoint>;
  connections: Record<string, Connection>;
  personas: Record<string, Persona>;
  notes: Record<string, Note>;
}

const byId = <T extends { id: string }>(rows: readonly T[]): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const r of rows) out[r.id] = r;
  return out;
};

export function docStateFrom(doc: JourneyDocument): DocState {
  const maps = Object.fromEntries(CHILD_TABLES.map((table) => [table, byId<{ id: string }>(doc[table])]));
  return { journey: doc.journey, ...(maps as Pick<DocState, ChildTable>) };
}

export function documentFrom(state: DocState): JourneyDocument {
  const lists = Object.fromEntries(CHILD_TABLES.map((table) => [table, Object.values(state[table])]));
  const children = lists as Pick<JourneyDocument, ChildTable>;
  return { journey: state.journey, ...children, stages: sortStages(children.stages) };
}

/** Apply changes forward (to `after`) or backward (to `before`). Pure: returns a new state. */
export function applyChanges(
  state: DocState,
  changes: readonly RowChange[],
  direction: 'forward' | 'backward',
): DocState {
  if (changes.length === 0) return state;
  const copy = workingCopy(state);
  copy.apply(changes, direction);
  return copy.state;
}

/**
 * A working copy of a state, for a command that makes many changes one after another, each reading what
 * the ones before left (a paste of thousands of rows): each table is copied on its first change and
 * changed in place after that, where `applyChanges` at every step would copy the table again (quadratic).
 * `state` is the copy itself, changed by later calls: it must not leave the command that made it.
 */
export function workingCopy(state: DocState): {
  readonly state: DocState;
  apply(changes: readonly RowChange[], direction?: 'forward' | 'backward'): void;
} {
  const next: DocState = { ...state };
  const copied = new Set<TableName>();
  const maps = next as unknown as Record<MapTable, Record<string, unknown>>;
  return {
    state: next,
    apply(changes, direction = 'forward') {
      const ordered = direction === 'forward' ? changes : [...changes].reverse();
      for (const change of ordered) {
        const value = direction === 'forward' ? change.after : change.before;
        if (change.table === 'journeys') {
          if (value) next.journey = value as Journey;
          continue;
        }
        const table = change.table;
        if (!copied.has(table)) {
          maps[table] = { ...next[table] };
          copied.add(table);
        }
        if (value) maps[table][change.id] = value;
        else delete maps[table][change.id];
      }
    },
  };
}

/** Current value of a row. */
export function getRow<T extends TableName>(state: DocState, table: T, id: string): RowTypes[T] | null {
  if (table === 'journeys') return (state.journey.id === id ? state.journey : null) as RowTypes[T] | null;
  return ((state[table as MapTable] as Record<string, unknown>)[id] ?? null) as RowTypes[T] | null;
}

/** Changes that turn rows into `after`, computed against the current state (no-ops dropped). */
export function diffRows<T extends TableName>(
  state: DocState,
  table: T,
  rows: ReadonlyArray<{ id: string; after: RowTypes[T] | null }>,
): RowChange[] {
  const out: RowChange[] = [];
  for (const { id, after } of rows) {
    const before = getRow(state, table, id);
    if (before === after || (before === null && after === null)) continue;
    out.push({ table, id, before, after } as RowChange);
  }
  return out;
}

/**
 * The changes that turn the document `from` into `to`, row by row (rows equal in both left out): a whole
 * journey replaced (a saved version restored) as one step the history can take back.
 */
export function documentChanges(from: JourneyDocument, to: JourneyDocument): RowChange[] {
  const out: RowChange[] = [];
  if (!sameData(from.journey, to.journey))
    out.push({ table: 'journeys', id: to.journey.id, before: from.journey, after: to.journey });
  for (const table of CHILD_TABLES) {
    const was = new Map<string, unknown>(from[table].map((r) => [r.id, r]));
    for (const row of to[table]) {
      const before = was.get(row.id) ?? null;
      was.delete(row.id);
      if (!sameData(before, row)) out.push({ table, id: row.id, before, after: row } as RowChange);
    }
    for (const [id, before] of was) out.push({ table, id, before, after: null } as RowChange);
  }
  return out;
}

/** What an item is called, for a sentence about it (empty for a connection). */
export function itemName(row: unknown): string {
  const r = row as { title?: unknown; name?: unknown; text?: unknown };
  const name = [r.title, r.name, r.text].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (!name) return '';
  const flat = name.trim().replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
