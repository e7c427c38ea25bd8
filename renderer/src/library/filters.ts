/**
 * The library's filters on journey metadata: status, type, owner and a tag.
 * A null field lets every journey through. Owner and tag compare the way
 * search does (case folded, spaces collapsed), so "Ana " finds "ana".
 */
import type { Journey } from '../domain/model';
import { normaliseForSearch } from '../domain/search';
import type { JourneyStatus, JourneyType } from '../domain/vocabulary';
import type { JourneySummary } from '../storage';

export interface LibraryFilter {
  status: JourneyStatus | null;
  type: JourneyType | null;
  owner: string | null;
  tag: string | null;
}

export const NO_FILTER: LibraryFilter = { status: null, type: null, owner: null, tag: null };

export function isFilterEmpty(f: LibraryFilter): boolean {
  return f.status === null && f.type === null && f.owner === null && f.tag === null;
}

export function matchesFilter(j: Journey, f: LibraryFilter): boolean {
  if (f.status !== null && j.status !== f.status) return false;
  if (f.type !== null && j.type !== f.type) return false;
  if (f.owner !== null && normaliseForSearch(j.owner) !== normaliseForSearch(f.owner)) return false;
  if (f.tag !== null) {
    const tag = normaliseForSearch(f.tag);
    if (!j.tags.some((t) => normaliseForSearch(t) === tag)) return false;
  }
  return true;
}

/** The owners and tags found on the journeys, each once (first spelling wins), sorted: the filter's choices. */
export function filterChoices(list: readonly JourneySummary[]): { owners: string[]; tags: string[] } {
  const owners = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const { journey } of list) {
    const owner = journey.owner.trim();
    if (owner && !owners.has(normaliseForSearch(owner))) owners.set(normaliseForSearch(owner), owner);
    for (const tag of journey.tags) {
      const key = normaliseForSearch(tag);
      if (key && !tags.has(key)) tags.set(key, tag.trim());
    }
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return {
    owners: [...owners.values()].sort(collator.compare),
    tags: [...tags.values()].sort(collator.compare),
  };
}
