/**
 * The connections table without React: one row per connection (in the
 * reading order of their touchpoints), the text of each cell, and the row
 * changes an edit makes, so a keyboard or screen-reader user builds the
 * graph as the canvas does (the same edits, one undo step each).
 */
import { readingOrder } from '../domain/layout';
import type { Connection, Touchpoint } from '../domain/model';
import { CONNECTION_KINDS, type ConnectionKind } from '../domain/vocabulary';
import { addConnection, deleteItems, updateConnection } from '../session/edits';
import type { DocState, RowChange } from '../session/doc-state';
import { parseNumber, type CellError } from './cells';

export type ConnectionColumnKey = 'source' | 'target' | 'kind' | 'label' | 'share';

export interface ConnectionColumn {
  key: ConnectionColumnKey;
  /** Catalogue key of the header. */
  label: string;
  /** Chosen from a list (touchpoints, kinds) rather than typed. */
  choice: boolean;
}

export const CONNECTION_COLUMNS: readonly ConnectionColumn[] = [
  { key: 'source', label: 'table.connections.source', choice: true },
  { key: 'target', label: 'table.connections.target', choice: true },
  { key: 'kind', label: 'table.connections.kind', choice: true },
  { key: 'label', label: 'table.connections.label', choice: false },
  { key: 'share', label: 'table.connections.share', choice: false },
];

const values = <T>(map: Record<string, T>) => Object.values(map);

/** Touchpoints in reading order (stage by stage, top to bottom): the choices of the From and To cells. */
export function touchpointChoices(doc: DocState): Touchpoint[] {
  return readingOrder(values(doc.stages), values(doc.touchpoints));
}

/** Connections in the reading order of their source, then of their target. */
export function connectionRows(doc: DocState): Connection[] {
  const rank = new Map(touchpointChoices(doc).map((t, i) => [t.id as string, i]));
  return values(doc.connections).sort(
    (a, b) =>
      (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) ||
      (rank.get(a.target) ?? 0) - (rank.get(b.target) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A cell's value as edited: touchpoint ids for From and To, the kind's name, the label, the share with %. */
export function readConnectionCell(c: Connection, key: ConnectionColumnKey): string {
  switch (key) {
    case 'source':
      return c.source;
    case 'target':
      return c.target;
    case 'kind':
      return c.kind;
    case 'label':
      return c.label;
    case 'share':
      return c.share === null ? '' : `${c.share}%`;
  }
}

export type ConnectionWrite = { ok: true; changes: RowChange[] } | { ok: false; error: CellError };

const duplicateOf = (doc: DocState, c: Connection) =>
  values(doc.connections).some(
    (o) => o.id !== c.id && o.source === c.source && o.target === c.target && o.kind === c.kind,
  );

/** The changes that set a connection's cell; a connection to itself or a second identical one is refused. */
export function writeConnectionCell(
  doc: DocState,
  id: string,
  key: ConnectionColumnKey,
  text: string,
): ConnectionWrite {
  const c = doc.connections[id];
  if (!c || text === readConnectionCell(c, key)) return { ok: true, changes: [] };
  let next: Connection;
  switch (key) {
    case 'source':
    case 'target': {
      const t = doc.touchpoints[text];
      if (!t) return { ok: false, error: { key: 'table.errors.touchpoint' } };
      next = { ...c, [key]: t.id };
      if (next.source === next.target) return { ok: false, error: { key: 'table.errors.selfConnection' } };
      break;
    }
    case 'kind': {
      const kind = CONNECTION_KINDS.find((k) => k === text.trim().toLowerCase());
      if (!kind)
        return { ok: false, error: { key: 'table.errors.kind', values: { kinds: CONNECTION_KINDS.join(', ') } } };
      next = { ...c, kind };
      break;
    }
    case 'label':
      next = { ...c, label: text.replace(/[\r\n]+/g, ' ').trim() };
      break;
    case 'share': {
      if (text.trim() === '') {
        next = { ...c, share: null };
        break;
      }
      const n = parseNumber(text);
      if (n === null || n < 0 || n > 100) return { ok: false, error: { key: 'table.errors.share' } };
      next = { ...c, share: n };
      break;
    }
  }
  if (duplicateOf(doc, next)) return { ok: false, error: { key: 'table.errors.duplicateConnection' } };
  const { id: _id, journeyId: _journeyId, ...patch } = next;
  return { ok: true, changes: updateConnection(doc, id, patch) };
}

/**
 * A new main connection from a touchpoint (the selected one, else the first)
 * to the next touchpoint in reading order that it does not lead to yet.
 * Null when the journey has fewer than two touchpoints, or no pair is free.
 */
export function newConnection(
  doc: DocState,
  fromId: string | null,
  kind: ConnectionKind = 'main',
): { changes: RowChange[]; id: string } | null {
  const order = touchpointChoices(doc);
  if (order.length < 2) return null;
  const start = Math.max(
    0,
    order.findIndex((t) => t.id === fromId),
  );
  for (let s = 0; s < order.length; s += 1) {
    const source = order[(start + s) % order.length]!;
    const from = order.indexOf(source);
    for (let step = 1; step < order.length; step += 1) {
      const target = order[(from + step) % order.length]!;
      const { changes, connection } = addConnection(doc, source.id, target.id, kind);
      if (connection) return { changes, id: connection.id };
    }
  }
  return null;
}

export function deleteConnection(doc: DocState, id: string): RowChange[] {
  return deleteItems(doc, [id]);
}
