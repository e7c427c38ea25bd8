import { useMemo } from 'react';
import { useEditor } from '../../session/react';
import { filtersActive, useEditorUi } from '../ui-store';
import { findMatches } from './match';
import { journeyOrder } from './order';

/** Ordered matching ids, or null when no search or filter is active. */
export function useSearchResults(): string[] | null {
  const filters = useEditorUi((s) => s.filters);
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const notes = useEditor((s) => s.doc.notes);
  const stages = useEditor((s) => s.doc.stages);
  return useMemo(() => {
    if (!filtersActive(filters)) return null;
    return findMatches(journeyOrder(stages, touchpoints), Object.values(notes), filters);
  }, [filters, touchpoints, notes, stages]);
}

/** The set the canvas uses to highlight matches and dim the rest. */
export function useSearchMatches(): ReadonlySet<string> | null {
  const results = useSearchResults();
  return useMemo(() => (results ? new Set(results) : null), [results]);
}
