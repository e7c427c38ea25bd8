/**
 * Future state: a copy of a current-state journey whose touchpoints and pain
 * points remember what they were copied from, so the comparison can tell
 * what the future state removes, keeps and adds.
 */
import { copyWithNewIds } from '../domain/document';
import { newId, type BlobId, type JourneyId } from '../domain/ids';
import { LIMITS, type BlobRecord, type Journey, type JourneyDocument } from '../domain/model';
import {
  createJourneyFromDocument,
  getJourneyDocument,
  listBlobs,
  listJourneys,
  StorageError,
  type WaymarkDB,
} from '../storage';
import { t } from '../i18n';
import { storageErrorText } from '../ui/toasts';

/**
 * The focus hand-off key (ui/focus.ts) of a journey's future-state button: going between a current
 * state, its future state and their comparison replaces the whole screen, so the button on the
 * journey arrived at takes focus from the control that was pressed.
 */
export const futureStateFocusKey = (journeyId: string) => `future-state:${journeyId}`;

/** " (future state)" in the interface language, added to the copy's title when it is made. */
export function futureSuffix(): string {
  return t('insights.future.suffix');
}

/** "<title> (future state)", the title cut so the whole still fits the title limit. */
export function futureStateTitle(title: string): string {
  const suffix = futureSuffix();
  const base = [...title].slice(0, LIMITS.shortText - [...suffix].length).join('');
  return `${base}${suffix}`;
}

/**
 * The future-state document of a current journey: new ids throughout, origins
 * kept, titled "<title> (future state)" and pointing back at the current journey.
 */
export function futureStateDocument(
  current: JourneyDocument,
  now: number = Date.now(),
): { document: JourneyDocument; idMap: Map<string, string> } {
  const { document, idMap } = copyWithNewIds(current, { keepOrigins: true, now });
  return {
    document: {
      ...document,
      journey: {
        ...document.journey,
        title: futureStateTitle(current.journey.title),
        futureStateOf: current.journey.id,
        type: 'future-state',
        status: 'draft',
      },
    },
    idMap,
  };
}

/** The current journey's blobs (persona photos) under the ids the copy refers to. */
export function copyBlobs(
  blobs: readonly BlobRecord[],
  idMap: ReadonlyMap<string, string>,
  journeyId: JourneyId,
): BlobRecord[] {
  return blobs.map((b) => ({ ...b, id: (idMap.get(b.id) as BlobId | undefined) ?? newId('blob'), journeyId }));
}

export type FutureStateResult = { ok: true; journey: Journey } | { ok: false; message: string };

/**
 * Store the future state of a stored journey, its blobs copied, in one
 * transaction. Read from storage, so flush the editor first.
 */
export async function createFutureState(
  db: WaymarkDB,
  currentId: JourneyId,
  now: number = Date.now(),
): Promise<FutureStateResult> {
  try {
    const current = await getJourneyDocument(db, currentId);
    if (!current || current.journey.deletedAt !== null) {
      return {
        ok: false,
        message: t('insights.future.notStored'),
      };
    }
    if (current.journey.futureStateOf !== null) {
      return {
        ok: false,
        message: t('insights.future.alreadyFuture'),
      };
    }
    const { document, idMap } = futureStateDocument(current, now);
    const blobs = copyBlobs(await listBlobs(db, currentId), idMap, document.journey.id);
    const journey = await createJourneyFromDocument(db, document, blobs);
    return { ok: true, journey };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof StorageError ? storageErrorText(error) : t('insights.future.failed'),
    };
  }
}

/** Future states already made from a journey (not in the trash), newest first. */
export async function futureStatesOf(db: WaymarkDB, currentId: JourneyId): Promise<Journey[]> {
  const all = await listJourneys(db);
  return all.map((s) => s.journey).filter((j) => j.futureStateOf === currentId);
}
