/**
 * Lists edited in two places at once (a touchpoint's pain points, a persona's
 * needs, tags): merged item by item instead of one whole list winning.
 *
 * An item is told apart by its `id` (pain points, opportunities, votes) or,
 * for a list of texts, by its text (needs, quotes, tags, pillars). Two
 * windows' saves of one row are merged with `mergeLists`; a live session
 * keeps such a field as a shared list and writes each change as the one edit
 * `listEdit` finds, then reads it back through `distinctItems`.
 */
import { sameData } from './equal';

export interface Merged {
  value: unknown;
  /** Both changed one item, differently (this side's value is kept). */
  conflict: boolean;
}

/** Merges one item both sides hold (the caller's own field-by-field merge). */
export type ItemMerge = (mine: unknown, base: unknown, theirs: unknown) => Merged;

const hasId = (item: unknown): item is { id: string } =>
  typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string';

/** What tells an item apart from the others of its list: its id, or the text it is; null for anything else. */
export function itemKey(item: unknown): string | null {
  if (typeof item === 'string') return `=${item}`;
  return hasId(item) ? `#${item.id}` : null;
}

/** Each item once (the first of those told apart as the same), in order; items without a key are all kept. */
export function distinctItems<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = itemKey(item);
    if (key === null) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** key → item; null when an item has no key, or two items of the list have the same. */
function byKey(items: readonly unknown[]): Map<string, unknown> | null {
  const out = new Map<string, unknown>();
  for (const item of items) {
    const key = itemKey(item);
    if (key === null || out.has(key)) return null;
    out.set(key, item);
  }
  return out;
}

/**
 * The list this side edited (`mine`, from `base`) merged with the other side's (`theirs`, from the
 * same `base`): items either side added are both there, items either side removed are gone unless
 * the other side changed them (an edit is never dropped by a delete), an item both kept is merged
 * by `mergeItem`. This side's order, the other side's new items after the item they follow there.
 * Null when a list is not one of distinct items (the caller merges it as one value).
 */
export function mergeLists(
  mine: readonly unknown[],
  base: readonly unknown[],
  theirs: readonly unknown[],
  mergeItem: ItemMerge,
): Merged | null {
  const [m, b, t] = [byKey(mine), byKey(base), byKey(theirs)];
  if (!m || !b || !t) return null;
  let conflict = false;
  const out: Array<[string, unknown]> = [];
  for (const [key, item] of m) {
    if (!b.has(key)) {
      out.push([key, item]); // added here
    } else if (!t.has(key)) {
      if (!sameData(item, b.get(key))) out.push([key, item]); // removed there, changed here: kept
    } else {
      const merged = mergeItem(item, b.get(key), t.get(key));
      conflict ||= merged.conflict;
      out.push([key, merged.value]);
    }
  }
  // Their new items, and items removed here that they changed, after the item they follow there.
  let after: string | null = null;
  for (const [key, item] of t) {
    const placed = out.findIndex(([k]) => k === key);
    if (placed >= 0) {
      after = key;
      continue;
    }
    const theirsOnly = !b.has(key) && !m.has(key);
    const changedThere = b.has(key) && !m.has(key) && !sameData(item, b.get(key));
    if (theirsOnly || changedThere) {
      const at = after === null ? 0 : out.findIndex(([k]) => k === after) + 1;
      out.splice(at, 0, [key, item]);
      after = key;
    }
  }
  return { value: out.map(([, item]) => item), conflict };
}

/** The one edit that turns one list into another: the items between a common start and a common end replaced. */
export interface ListEdit<T> {
  index: number;
  remove: number;
  insert: T[];
}

/** The edit from `before` to `after` (items compared by value); null when they are the same. */
export function listEdit<T>(before: readonly T[], after: readonly T[]): ListEdit<T> | null {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && sameData(before[start], after[start])) start++;
  if (start === before.length && start === after.length) return null;
  let end = 0;
  while (end < shortest - start && sameData(before[before.length - 1 - end], after[after.length - 1 - end])) end++;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}
