/**
 * Canonical JSON for files: object keys sorted recursively, arrays in their
 * order, the document's record arrays sorted by id, two-space indent and a
 * final newline. Two saves of the same map are byte-identical, and a diff of
 * two saves shows only what changed.
 */
import type { JourneyDocument } from '../../domain/model';
import { CHILD_TABLES, type ChildTable } from '../../domain/tables';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    // No prototype, so a key named "__proto__" stays an ordinary key.
    const out = Object.create(null) as { [key: string]: Json };
    for (const key of Object.keys(value).sort(byCodeUnits)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value as Json;
}

/** JSON text with sorted keys and two-space indent, ending in a newline. */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => byCodeUnits(a.id, b.id));

/** The document with each record array sorted by id: the order files store. */
export function canonicalDocument(doc: JourneyDocument): JourneyDocument {
  const lists = Object.fromEntries(CHILD_TABLES.map((table) => [table, byId<{ id: string }>(doc[table])]));
  return { journey: doc.journey, ...(lists as Pick<JourneyDocument, ChildTable>) };
}
