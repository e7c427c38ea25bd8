import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useCommandHandler, useServices } from '../services';
import { hierarchyTree, journeyIndex, parentsOf, type JourneyRef } from '../domain/links';
import type { JourneyId } from '../domain/ids';
import { listJourneyLinks, listJourneys, type JourneySummary } from '../storage';
import {
  createBlankJourney,
  createFromTemplate,
  duplicateJourneyOf,
  emptyTrashAfterConfirm,
  forgetStaleCopies,
  purgeJourneyAfterConfirm,
  purgeJourneysAfterConfirm,
  renameJourneyTo,
  restoreJourney,
  restoreJourneys,
  retireTrashToasts,
  trashJourney,
  trashJourneys,
} from './actions';
import { filterChoices, NO_FILTER, type LibraryFilter } from './filters';
import { filterAndSort, type SortKey } from './sort';
import { useLibraryViews } from './use-views';
import { isUiLanguage, useTranslation } from '../i18n';
import { isUndoKey } from '../editor/keyboard';
import { isTextEntry } from '../ui/dom';
import { redoLibrary, undoLibrary } from './library-history';

/** What the files feature lends the library: opening files, and the list of recent ones. */
export interface LibraryFileSlots {
  openFiles: () => void;
  recentFiles: ReactNode;
}

/**
 * The library's state and actions: the journeys (or trashed ones) live from
 * the database, the search and sort, the card being renamed, and the app
 * commands the library answers (new journey, open, find).
 */
export function useLibrary(view: 'library' | 'trash', files: LibraryFileSlots) {
  const services = useServices();
  const { db } = services;
  const trashed = view === 'trash';
  const summaries = useLiveQuery(() => listJourneys(db, { trashed }), [trashed]);
  const trashedIds = useLiveQuery(async () => (await listJourneys(db, { trashed: true })).map((s) => s.journey.id), []);
  const trashCount = trashedIds?.length;
  useRetiredTrashToasts(trashedIds);
  // Copies of unsaved edits of journeys deleted for good (in another window, say) are forgotten.
  useEffect(() => void forgetStaleCopies(db), [db]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('edited');
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [renaming, setRenaming] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const { i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'en';
  const visible = useMemo(
    () => filterAndSort(summaries ?? [], query, sort, trashed ? NO_FILTER : filter, language),
    [summaries, query, sort, language, filter, trashed],
  );
  const choices = useMemo(() => filterChoices(summaries ?? []), [summaries]);
  // The cards ticked for an action on them all; only those still shown count (a search or filter hides the rest).
  const [ticked, setTicked] = useState<ReadonlySet<JourneyId>>(new Set());
  const selected = useMemo(
    () => visible.flatMap((s) => (ticked.has(s.journey.id) ? [s.journey.id] : [])),
    [visible, ticked],
  );
  useEffect(() => setTicked(new Set()), [trashed]);
  const views = useLibraryViews(db, { query, sort, filter }, (v) => {
    setQuery(v.query);
    setSort(v.sort);
    setFilter(v.filter);
  });
  // Links between journeys: each card's parents, and the tree view.
  const journeyLinks = useLiveQuery(() => (trashed ? null : listJourneyLinks(db)), [trashed]);
  const [layout, setLayout] = useState<'cards' | 'tree'>('cards');
  const parents = useMemo(() => {
    const byId = new Map<JourneyId, JourneyRef[]>();
    if (!journeyLinks) return byId;
    const index = journeyIndex(journeyLinks.journeys);
    for (const s of visible) byId.set(s.journey.id, parentsOf(s.journey.id, journeyLinks.links, index));
    return byId;
  }, [journeyLinks, visible]);
  const tree = useMemo(
    () =>
      layout === 'tree'
        ? hierarchyTree(
            visible.map((s) => s.journey),
            journeyLinks?.links ?? [],
          )
        : [],
    [layout, visible, journeyLinks],
  );

  useCommandHandler((command) => {
    if (command === 'new-journey') {
      void createBlankJourney(services);
      return true;
    }
    if (command === 'open') {
      files.openFiles();
      return true;
    }
    if (command === 'find') {
      searchRef.current?.focus();
      return true;
    }
    if (command === 'undo' || command === 'redo') {
      // A text field (the search box, a title being renamed) undoes its own typing.
      if (isTextEntry(document.activeElement)) return false;
      void (command === 'undo' ? undoLibrary() : redoLibrary());
      return true;
    }
    return false;
  });
  useLibraryHistoryKeys();

  const actions = {
    openFiles: () => files.openFiles(),
    newJourney: () => void createBlankJourney(services),
    newFromTemplate: (templateId: string) => void createFromTemplate(services, templateId),
    open: (s: JourneySummary) => services.navigate({ name: 'journey', journeyId: s.journey.id }),
    openJourney: (journeyId: JourneyId) => services.navigate({ name: 'journey', journeyId }),
    startRename: (s: JourneySummary) => setRenaming(s.journey.id),
    endRename: async (s: JourneySummary, title: string | null) => {
      setRenaming(null);
      await renameJourneyTo(db, s, title);
    },
    duplicate: (s: JourneySummary) => void duplicateJourneyOf(db, s),
    trash: (s: JourneySummary) => void trashJourney(db, s),
    restore: (s: JourneySummary) => void restoreJourney(db, s.journey.id),
    purge: (s: JourneySummary) => void purgeJourneyAfterConfirm(db, s),
    emptyTrash: () => void emptyTrashAfterConfirm(db, summaries?.length ?? 0),
    select: (id: JourneyId, on: boolean) =>
      setTicked((now) => {
        const next = new Set(now);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    selectAll: () => setTicked(new Set(visible.map((s) => s.journey.id))),
    clearSelection: () => setTicked(new Set()),
    trashSelected: async () => {
      if (await trashJourneys(db, selected)) setTicked(new Set());
    },
    restoreSelected: async () => {
      if (await restoreJourneys(db, selected)) setTicked(new Set());
    },
    purgeSelected: async () => {
      if (await purgeJourneysAfterConfirm(db, selected)) setTicked(new Set());
    },
  };

  return {
    trashed,
    summaries,
    trashCount,
    visible,
    query,
    setQuery,
    sort,
    setSort,
    filter,
    setFilter,
    choices,
    views,
    renaming,
    searchRef,
    selected,
    actions,
    layout,
    setLayout,
    parents,
    tree,
  };
}

/** Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo the library's renames and moves to the trash. */
function useLibraryHistoryKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const history = isUndoKey(e);
      if (!history || e.defaultPrevented || isTextEntry(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void (history === 'undo' ? undoLibrary() : redoLibrary());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Journeys that left the trash since the last look (restored or deleted forever, in this
 * window or another) take their "Moved … to the trash" toasts with them.
 */
function useRetiredTrashToasts(trashedIds: readonly JourneyId[] | undefined) {
  const seen = useRef<ReadonlySet<JourneyId>>(new Set());
  useEffect(() => {
    if (!trashedIds) return;
    const now = new Set(trashedIds);
    const left = [...seen.current].filter((id) => !now.has(id));
    seen.current = now;
    if (left.length > 0) retireTrashToasts(left);
  }, [trashedIds]);
}

export type LibraryActions = ReturnType<typeof useLibrary>['actions'];
