/**
 * What a search marks on the canvas: the matching cards and notes are
 * outlined, everything else (other cards and notes, every stage, each
 * connection without both ends matching) is dimmed.
 *
 * The marks are not in the nodes and edges given to React Flow: a search
 * used to make every node and edge object anew (each carried `dimmed`), so
 * the first key of a search on a 2,000-card map had React Flow adopt and
 * redraw the whole map (most of a 0.4-0.7 s key). Instead the canvas puts
 * the match set in this small store and each card, note, stage and
 * connection reads its own mark from it, so a key re-renders only the items
 * whose mark changed and React Flow's nodes keep their identity.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface SearchMarks {
  /** When a search or filter is active: the ids that match (everything else is dimmed); null: none. */
  matches: ReadonlySet<string> | null;
}

export type SearchMarksStore = StoreApi<SearchMarks>;

export const createSearchMarks = (): SearchMarksStore => createStore<SearchMarks>(() => ({ matches: null }));

/** Outside a canvas (a card drawn alone), nothing is searched. */
export const SearchMarksContext = createContext<SearchMarksStore>(createSearchMarks());

/** An item is dimmed while a search is active and it does not match. */
export const isDimmed = (matches: ReadonlySet<string> | null, id: string): boolean =>
  matches !== null && !matches.has(id);

/** An item is outlined as a match while a search is active and it matches. */
export const isMatch = (matches: ReadonlySet<string> | null, id: string): boolean =>
  matches !== null && matches.has(id);

/** A connection is dimmed unless both its cards match. */
export const isConnectionDimmed = (matches: ReadonlySet<string> | null, source: string, target: string): boolean =>
  matches !== null && !(matches.has(source) && matches.has(target));

export type Mark = 'match' | 'dimmed' | null;

/** This card's or note's mark; the component re-renders only when it changes. */
export function useSearchMark(id: string): Mark {
  const store = useContext(SearchMarksContext);
  return useStore(store, (s) => (isMatch(s.matches, id) ? 'match' : isDimmed(s.matches, id) ? 'dimmed' : null));
}

export function useConnectionDimmed(source: string, target: string): boolean {
  const store = useContext(SearchMarksContext);
  return useStore(store, (s) => isConnectionDimmed(s.matches, source, target));
}
