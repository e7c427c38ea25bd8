import { matchesQuery } from '../domain/search';
import type { JourneySummary } from '../storage';

export const SORTS = {
  edited: 'Last edited',
  title: 'Title A–Z',
  created: 'Date created',
} as const;
export type SortKey = keyof typeof SORTS;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function filterAndSort(list: readonly JourneySummary[], query: string, sort: SortKey): JourneySummary[] {
  const found = list.filter((s) => matchesQuery(`${s.journey.title} ${s.journey.client}`, query));
  return found.sort((a, b) => {
    if (sort === 'title') return collator.compare(a.journey.title, b.journey.title);
    if (sort === 'created') return b.journey.createdAt - a.journey.createdAt;
    return b.journey.updatedAt - a.journey.updatedAt;
  });
}
