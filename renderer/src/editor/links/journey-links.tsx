/**
 * What the editor knows of other journeys, for links to sub-journeys: every
 * journey's title and trash state (live from the database, so a journey
 * trashed or renamed in another window shows at once), the links into the
 * open journey (read when it opens, for the breadcrumbs), and opening one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { sameData } from '../../domain/equal';
import type { JourneyId } from '../../domain/ids';
import { journeyIndex, resolveLink, type JourneyLink, type JourneyRef, type LinkTarget } from '../../domain/links';
import { useServices } from '../../services';
import { useEditorStore } from '../../session/react';
import { listJourneyLinks } from '../../storage';

/** The journey each journey was last opened from by a link (child → parent), for the breadcrumbs. */
const cameFrom = new Map<JourneyId, JourneyId>();
export const openedFrom = (child: JourneyId) => cameFrom.get(child);

export interface JourneyLinksValue {
  journeyId: JourneyId;
  /** Every stored journey (trash included); null while loading. */
  journeys: ReadonlyMap<JourneyId, JourneyRef> | null;
  /** Links between journeys as stored when this journey opened (for the breadcrumbs). */
  links: readonly JourneyLink[];
  /** Open another journey (a sub-journey or a parent); `viaLink` remembers where it was opened from. */
  open: (target: JourneyId, viaLink?: boolean) => void;
}

const JourneyLinksContext = createContext<JourneyLinksValue | null>(null);

export function JourneyLinksProvider({ journeyId, children }: { journeyId: JourneyId; children: ReactNode }) {
  const { db, navigate } = useServices();
  const store = useEditorStore();
  // Every save of the open journey rewrites its row (its updatedAt), which runs the query again: the
  // same titles and trash states give back the list already shown, so what shows them (the table's
  // sub-journey column, the link markers) does not render again at each autosave.
  const [last] = useState<{ refs: JourneyRef[] | null }>(() => ({ refs: null }));
  const refs = useLiveQuery(async () => {
    const read = (await db.journeys.toArray()).map((j): JourneyRef => ({
      id: j.id,
      title: j.title,
      deletedAt: j.deletedAt,
    }));
    if (last.refs === null || !sameData(last.refs, read)) last.refs = read;
    return last.refs;
  }, [db, last]);
  const [links, setLinks] = useState<readonly JourneyLink[]>([]);
  useEffect(() => {
    let live = true;
    // The breadcrumbs are a convenience: if the links cannot be read, there are none.
    listJourneyLinks(db).then(
      (read) => live && setLinks(read.links),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, journeyId]);
  const value = useMemo<JourneyLinksValue>(
    () => ({
      journeyId,
      journeys: refs ? journeyIndex(refs) : null,
      links,
      open: (target, viaLink = false) => {
        if (viaLink) cameFrom.set(target, journeyId);
        // Saved first, so the journey opening reads the link just made (its breadcrumbs lead back).
        const go = () => navigate({ name: 'journey', journeyId: target });
        store.getState().flush().then(go, go);
      },
    }),
    [journeyId, refs, links, navigate, store],
  );
  return <JourneyLinksContext.Provider value={value}>{children}</JourneyLinksContext.Provider>;
}

/** The journey links of the open editor; null outside one (a live session's shared editor has none). */
export function useJourneyLinks(): JourneyLinksValue | null {
  return useContext(JourneyLinksContext);
}

/** Where a link leads; null while the journeys load or outside the editor. */
export function useLinkTarget(target: JourneyId | null): LinkTarget | null {
  const links = useJourneyLinks();
  if (!target || !links?.journeys) return null;
  return resolveLink(target, links.journeys);
}
