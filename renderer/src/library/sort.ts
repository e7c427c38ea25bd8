import { matchesQuery, normaliseForSearch } from '../domain/search';
import { JOURNEY_STATUSES } from '../domain/vocabulary';
import { compareText, type UiLanguage } from '../i18n';
import type { JourneySummary } from '../storage';
import { matchesFilter, NO_FILTER, type LibraryFilter } from './filters';

/** Each sort's name (catalogue key). */
export const SORTS = {
  edited: 'library.sortEdited',
  title: 'library.sortTitle',
  created: 'library.sortCreated',
  status: 'library.sortStatus',
  owner: 'library.sortOwner',
} as const;
export type SortKey = keyof typeof SORTS;

/** Owner, title, client and tags: what the library's search box looks through. */
function searchText(s: JourneySummary): string {
  const j = s.journey;
  return [j.title, j.client, j.owner, ...j.tags].join(' ');
}

/**
 * The journeys the library shows: those matching the search and the filter,
 * in the chosen order; titles and owners compare as the interface language
 * orders them. Status sorts draft → in review → final; owner sorts A–Z with
 * journeys without an owner last; ties fall back to last edited.
 */
export function filterAndSort(
  list: readonly JourneySummary[],
  query: string,
  sort: SortKey,
  filter: LibraryFilter = NO_FILTER,
  language: UiLanguage = 'en',
): JourneySummary[] {
  const compare = compareText(language);
  const found = list.filter((s) => matchesQuery(searchText(s), query) && matchesFilter(s.journey, filter));
  const byEdit = (a: JourneySummary, b: JourneySummary) => b.journey.updatedAt - a.journey.updatedAt;
  return found.sort((a, b) => {
    if (sort === 'title') return compare(a.journey.title, b.journey.title);
    if (sort === 'created') return b.journey.createdAt - a.journey.createdAt;
    if (sort === 'status') {
      const d = JOURNEY_STATUSES.indexOf(a.journey.status) - JOURNEY_STATUSES.indexOf(b.journey.status);
      return d || byEdit(a, b);
    }
    if (sort === 'owner') {
      const [oa, ob] = [normaliseForSearch(a.journey.owner), normaliseForSearch(b.journey.owner)];
      if (!oa !== !ob) return oa ? -1 : 1;
      return compare(oa, ob) || byEdit(a, b);
    }
    return byEdit(a, b);
  });
}
