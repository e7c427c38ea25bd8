import { useMemo } from 'react';
import { useEditor } from '../../session/react';
import { filtersActive, useEditorUi } from '../ui-store';
import { useTranslation } from '../../i18n';
import { channelName } from '../../i18n/vocabulary';
import { findMatches } from './match';
import { journeyOrder } from './order';

/** Ordered matching ids, or null when no search or filter is active. */
export function useSearchResults(): string[] | null {
  const filters = useEditorUi((s) => s.filters);
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  const notes = useEditor((s) => s.doc.notes);
  const stages = useEditor((s) => s.doc.stages);
  // The channel names in the interface language: a search runs again when the language changes.
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    if (!filtersActive(filters)) return null;
    return findMatches(journeyOrder(stages, touchpoints), Object.values(notes), filters, channelName);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- language: channelName reads the current one
  }, [filters, touchpoints, notes, stages, language]);
}

/** The set the canvas uses to highlight matches and dim the rest. */
export function useSearchMatches(): ReadonlySet<string> | null {
  const results = useSearchResults();
  return useMemo(() => (results ? new Set(results) : null), [results]);
}
