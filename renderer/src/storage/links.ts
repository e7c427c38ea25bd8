/**
 * The links between journeys as the library and the editor read them: every
 * journey (trash included, so a link into the trash reads as such) and every
 * stage or touchpoint that opens a sub-journey. One read transaction.
 */
import type { JourneyId } from '../domain/ids';
import type { JourneyLink, JourneyRef } from '../domain/links';
import { storageCall, type WaymarkDB } from './db';

export interface JourneyLinks {
  journeys: JourneyRef[];
  links: JourneyLink[];
}

/**
 * Every journey's id, title and trash state, and every link from a stage or
 * touchpoint of a journey to another. Links from journeys in the trash are
 * left out: a trashed journey is nobody's parent.
 */
export function listJourneyLinks(db: WaymarkDB): Promise<JourneyLinks> {
  return storageCall(db, () =>
    db.transaction('r', [db.journeys, db.stages, db.touchpoints], async () => {
      const journeys: JourneyRef[] = (await db.journeys.toArray()).map((j) => ({
        id: j.id,
        title: j.title,
        deletedAt: j.deletedAt,
      }));
      const live = new Set<JourneyId>(journeys.filter((j) => j.deletedAt === null).map((j) => j.id));
      const links: JourneyLink[] = [];
      const stages = await db.stages.filter((s) => s.linkedJourneyId != null).toArray();
      for (const s of stages) {
        if (s.linkedJourneyId && s.linkedJourneyId !== s.journeyId && live.has(s.journeyId))
          links.push({ from: s.journeyId, to: s.linkedJourneyId, kind: 'stage', itemId: s.id, itemName: s.name });
      }
      const touchpoints = await db.touchpoints.filter((t) => t.linkedJourneyId != null).toArray();
      for (const t of touchpoints) {
        if (t.linkedJourneyId && t.linkedJourneyId !== t.journeyId && live.has(t.journeyId))
          links.push({
            from: t.journeyId,
            to: t.linkedJourneyId,
            kind: 'touchpoint',
            itemId: t.id,
            itemName: t.title,
          });
      }
      return { journeys, links };
    }),
  );
}
