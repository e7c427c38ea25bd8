/**
 * Named library views: a saved search, filter and sort the user can apply
 * again with one click. Kept in the database's meta table (one list for the
 * profile), written as versioned JSON and read back entry by entry, so one
 * damaged entry is dropped alone and an unreadable list reads as empty.
 */
import { z } from 'zod';
import { randomHex } from '../domain/ids';
import { JOURNEY_STATUSES, JOURNEY_TYPES } from '../domain/vocabulary';
import { getMeta, setMeta, type WaymarkDB } from '../storage';
import type { LibraryFilter } from './filters';
import { SORTS, type SortKey } from './sort';

export const VIEWS_META_KEY = 'library:views';
export const VIEWS_VERSION = 1;
export const VIEW_NAME_MAX = 80;
export const VIEWS_MAX = 50;

export interface LibraryView {
  id: string;
  name: string;
  query: string;
  sort: SortKey;
  filter: LibraryFilter;
}

const text = z.string().max(1_000);
const ViewSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(VIEW_NAME_MAX),
  query: text.catch(''),
  sort: z.enum(Object.keys(SORTS) as [SortKey, ...SortKey[]]).catch('edited'),
  filter: z
    .object({
      status: z.enum(JOURNEY_STATUSES).nullable().catch(null),
      type: z.enum(JOURNEY_TYPES).nullable().catch(null),
      owner: text.nullable().catch(null),
      tag: text.nullable().catch(null),
    })
    .catch({ status: null, type: null, owner: null, tag: null }),
});

/** The views in a stored value; entries that do not read are dropped, never the whole list. */
export function parseViews(raw: unknown): LibraryView[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const { version, views } = raw as { version?: unknown; views?: unknown };
  if (version !== VIEWS_VERSION || !Array.isArray(views)) return [];
  const out: LibraryView[] = [];
  for (const entry of views.slice(0, VIEWS_MAX)) {
    const parsed = ViewSchema.safeParse(entry);
    if (parsed.success && !out.some((v) => v.id === parsed.data.id)) out.push(parsed.data);
  }
  return out;
}

/**
 * The list with a view of this name saved: a view of the same name (case
 * folded) is replaced in place, a new name is added at the end. A blank
 * name changes nothing.
 */
export function withView(
  views: readonly LibraryView[],
  name: string,
  state: Omit<LibraryView, 'id' | 'name'>,
): LibraryView[] {
  const trimmed = name.trim().slice(0, VIEW_NAME_MAX);
  if (!trimmed) return [...views];
  const key = trimmed.toLocaleLowerCase();
  const same = views.find((v) => v.name.toLocaleLowerCase() === key);
  const view: LibraryView = {
    id: same?.id ?? `view:${randomHex()}`,
    name: trimmed,
    ...state,
    filter: { ...state.filter },
  };
  return same ? views.map((v) => (v === same ? view : v)) : [...views, view].slice(-VIEWS_MAX);
}

export function withoutView(views: readonly LibraryView[], id: string): LibraryView[] {
  return views.filter((v) => v.id !== id);
}

export async function readViews(db: WaymarkDB): Promise<LibraryView[]> {
  return parseViews(await getMeta(db, VIEWS_META_KEY));
}

export function writeViews(db: WaymarkDB, views: readonly LibraryView[]): Promise<void> {
  return setMeta(db, VIEWS_META_KEY, { version: VIEWS_VERSION, views });
}
