import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { sameItems } from '../../domain/equal';
import { useEditor, useEditorStore } from '../../session/react';
import type { DocState } from '../../session/doc-state';
import { filtersActive, useEditorUi, type SearchFilters } from '../ui-store';
import { useTranslation } from '../../i18n';
import { channelName } from '../../i18n/vocabulary';
import { findMatches, prepareSearchText } from './match';
import { journeyOrder } from './order';

/**
 * The last search, for the canvas and the search panel, which both ask for it in the same render: the
 * second is given the first's answer instead of searching the whole map again.
 */
let lastSearch: { inputs: readonly unknown[]; results: string[] } | null = null;

function searchOnce(inputs: readonly unknown[], search: () => string[]): string[] {
  if (lastSearch && sameItems(lastSearch.inputs, inputs)) return lastSearch.results;
  const found = search();
  // The same matches as the last search (a key that finds what the one before found, or nothing again):
  // the same list, so the canvas's marks and far map are not made again for nothing.
  const results = lastSearch && sameItems(lastSearch.results, found) ? lastSearch.results : found;
  lastSearch = { inputs, results };
  return results;
}

/** The ids matching `filters` in journey order, or null when no search or filter is active. */
function searchFor(
  filters: SearchFilters,
  touchpoints: DocState['touchpoints'],
  notes: DocState['notes'],
  stages: DocState['stages'],
  language: string,
): string[] | null {
  if (!filtersActive(filters)) {
    // Nothing searched: the last search's journey is not kept alive for it.
    lastSearch = null;
    return null;
  }
  return searchOnce([filters, touchpoints, notes, stages, language], () =>
    findMatches(journeyOrder(stages, touchpoints), Object.values(notes), filters, channelName),
  );
}

/**
 * Ordered matching ids, or null when no search or filter is active. The search follows the filters one
 * render behind (React's deferred value): a key typed in the search box is painted in the box at once,
 * and the map searched and its cards marked in the render after, which the next key can interrupt. On a
 * 2,000-card map the search and the marks of every card held a key's frame up to 120 ms.
 */
export function useSearchResults(): string[] | null {
  const filters = useDeferredValue(useEditorUi((s) => s.filters));
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const notes = useEditor((s) => s.doc.notes);
  const stages = useEditor((s) => s.doc.stages);
  // The channel names in the interface language: a search runs again when the language changes.
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => searchFor(filters, touchpoints, notes, stages, language),
    [filters, touchpoints, notes, stages, language],
  );
}

/**
 * The results for the filters as they are now, not a render behind: for Enter pressed in the search box
 * right after a key, which must go to a match of what was typed. The search is shared with the render
 * that follows (the last search is kept).
 */
export function useSearchNow(): () => string[] | null {
  const store = useEditorStore();
  const { i18n } = useTranslation();
  return useCallback(() => {
    const { touchpoints, notes, stages } = store.getState().doc;
    return searchFor(useEditorUi.getState().filters, touchpoints, notes, stages, i18n.language);
  }, [store, i18n]);
}

/** Milliseconds of each slice of search text made ahead, between which keys and frames go first. */
const PREPARE_SLICE_MS = 4;

/**
 * While the search panel is open, the cards' search text is made ahead in short slices (search text is
 * kept per card, match.ts), so the first key typed does not normalise the text of the whole map: on a
 * 2,000-card map that was 30-70 ms of the first key, on top of the search.
 */
function usePreparedSearchText(): void {
  const open = useEditorUi((s) => s.panel === 'search');
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    if (!open) return;
    const cards = Object.values(touchpoints);
    let done = 0;
    let timer = 0;
    const slice = () => {
      done = prepareSearchText(cards, done, performance.now() + PREPARE_SLICE_MS, channelName);
      if (done < cards.length) timer = window.setTimeout(slice);
    };
    timer = window.setTimeout(slice);
    return () => window.clearTimeout(timer);
  }, [open, touchpoints, language]);
}

/** The set the canvas uses to highlight matches and dim the rest. */
export function useSearchMatches(): ReadonlySet<string> | null {
  usePreparedSearchText();
  const results = useSearchResults();
  return useMemo(() => (results ? new Set(results) : null), [results]);
}
