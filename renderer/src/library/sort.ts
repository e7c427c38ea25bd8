import { matchesQuery } from '../domain/search';
import { compareText, type UiLanguage } from '../i18n';
import type { JourneySummary } from '../storage';

/** Each sort's name (catalogue key). */
export const SORTS = {
  edited: 'library.sortEdited',
  title: 'library.sortTitle',
  created: 'library.sortCreated',
} as const;
export type SortKey = keyof typeof SORTS;

/** The journeys matching the query, in the sort's order; titles compare as the interface language orders them. */
export function filterAndSort(
  list: readonly JourneySummary[],
  query: string,
  sort: SortKey,
  language: UiLanguage = 'en',
): JourneySummary[] {
  const compare = compareText(language);
  const found = list.filter((s) => matchesQuery(`${s.journey.title} ${s.journey.client}`, query));
  return found.sort((a, b) => {
    if (sort === 'title') return compare(a.journey.title, b.journey.title);
    if (sort === 'created') return b.journey.createdAt - a.journey.createdAt;
    return b.journey.updatedAt - a.journey.updatedAt;
  });
}
