/**
 * Live queries: observables that emit again whenever the rows they read
 * change, in this window or another. Subscribe directly, or pass the same
 * query function to `useLiveQuery` from dexie-react-hooks.
 */
import { liveQuery, type Observable } from 'dexie';
import type { JourneyId } from '../domain/ids';
import type { JourneyDocument } from '../domain/model';
import type { WaymarkDB } from './db';
import { getJourneyDocument, listJourneys, type JourneySummary, type ListJourneysOptions } from './journeys';
import { listSnapshots, type SnapshotSummary } from './snapshots';

export function liveJourneyList(db: WaymarkDB, options: ListJourneysOptions = {}): Observable<JourneySummary[]> {
  return liveQuery(() => listJourneys(db, options));
}

export function liveJourneyDocument(db: WaymarkDB, id: JourneyId): Observable<JourneyDocument | null> {
  return liveQuery(() => getJourneyDocument(db, id));
}

export function liveSnapshotList(db: WaymarkDB, journeyId: JourneyId): Observable<SnapshotSummary[]> {
  return liveQuery(() => listSnapshots(db, journeyId));
}
