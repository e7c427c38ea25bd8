/**
 * Keys for the rows of a list in the inspector that stay with the items they show when the list
 * changes elsewhere: someone in a live session, or another window, adds, removes or moves an item
 * above the one being typed in. Keyed by place, the box being typed in would be handed the next
 * item and the typing would go into it.
 *
 * Items with ids (pain points, opportunities) are keyed by id. A list of texts (quotes, needs) is
 * keyed by following the one edit between the list as it was and as it is (`listEdit`): rows
 * before and after the edit keep their keys, a row whose text changed in place keeps its key,
 * and rows added or removed take and give up theirs.
 */
import { useRef } from 'react';
import { itemKey, listEdit } from '../../domain/list-merge';

/** The keys of `items`, following `before` (with `keys`) through the one edit between them; `fresh` makes a new key. */
export function followKeys<T>(
  before: readonly T[],
  keys: readonly string[],
  items: readonly T[],
  fresh: () => string,
): string[] {
  const ids = items.map(itemKey);
  if (ids.every((k) => k !== null && k.startsWith('#')) && new Set(ids).size === ids.length) return ids as string[];
  if (keys.length !== before.length) return items.map(fresh);
  const edit = listEdit(before, items);
  if (!edit) return [...keys];
  const middle =
    edit.remove === edit.insert.length ? keys.slice(edit.index, edit.index + edit.remove) : edit.insert.map(fresh);
  return [...keys.slice(0, edit.index), ...middle, ...keys.slice(edit.index + edit.remove)];
}

/** Row keys for `items` that follow them from render to render (see `followKeys`). */
export function useRowKeys<T>(items: readonly T[]): readonly string[] {
  const held = useRef<{ items: readonly T[]; keys: string[]; made: number } | null>(null);
  if (held.current === null) held.current = { items: [], keys: [], made: 0 };
  const h = held.current;
  if (h.items !== items) {
    h.keys = followKeys(h.items, h.keys, items, () => `row-${h.made++}`);
    h.items = items;
  }
  return h.keys;
}
