import type { JourneyId } from '../domain/ids';
import type { AppServices } from '../services';
import { JOURNEY_TEMPLATES } from '../domain/templates';
import {
  createJourney,
  createJourneyFromDocument,
  duplicateJourney,
  emptyTrash,
  moveManyToTrash,
  purgeManyFromTrash,
  moveToTrash,
  purgeJourney,
  renameJourney,
  restoreFromTrash,
  restoreManyFromTrash,
  type JourneySummary,
  type WaymarkDB,
} from '../storage';
import { announceDeleted, announceJourneyRow } from '../session/persistence';
import { forgetOrphanedCopies, pageStorage } from '../session/unload-backup';
import { confirmAction } from '../ui/confirm';
import { errorMessage, toast, useToasts } from '../ui/toasts';
import { countParams, t } from '../i18n';
import { copyTitleIn, defaultStageNames } from '../i18n/vocabulary';
import { shownTitle } from './shown-title';
import { titleInSentence } from '../ui/title-in-sentence';
import { nameOnOpen } from '../editor/toolbar/JourneyTitle';
import { pushLibraryStep, undoLibrary, type LibraryStep } from './library-history';

/** Runs a library action; a failure becomes one toast with `failure` as its fallback text. */
async function run<T>(action: () => Promise<T>, failure: string): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    toast.error(errorMessage(error, failure));
    return undefined;
  }
}

export async function createBlankJourney({ db, navigate }: AppServices) {
  const journey = await run(
    () => createJourney(db, { title: t('library.untitled') }, { stageNames: defaultStageNames() }),
    t('library.createFailed'),
  );
  if (!journey) return;
  nameOnOpen(journey.id);
  navigate({ name: 'journey', journeyId: journey.id });
}

export async function createFromTemplate({ db, navigate }: AppServices, templateId: string) {
  const template = JOURNEY_TEMPLATES.find((t) => t.id === templateId);
  if (!template) return;
  const journey = await run(() => createJourneyFromDocument(db, template.build()), t('library.templateFailed'));
  if (journey) navigate({ name: 'journey', journeyId: journey.id });
}

/** What a "Moved … to the trash" toast is about, so that it can be retired. */
const trashToastAbout = (journeyId: JourneyId) => `trashed:${journeyId}`;

/**
 * Takes away the "Moved … to the trash" toasts of journeys that left the trash (restored, here
 * or in another window, or deleted forever), so that their Undo never acts on a stale state.
 */
export function retireTrashToasts(journeyIds: Iterable<JourneyId>) {
  useToasts.getState().retire(Array.from(journeyIds, trashToastAbout));
}

/**
 * Puts back in the trash, or takes out of it (`trashed` false), those of `ids` still where the step
 * left them; false when none is (restored or deleted since), nothing done.
 */
async function setTrashed(db: WaymarkDB, ids: readonly JourneyId[], trashed: boolean): Promise<boolean> {
  const stored = await run(
    () => db.journeys.bulkGet([...ids]),
    t(trashed ? 'library.trashFailed' : 'library.restoreFailed'),
  );
  const still = (stored ?? []).filter((j) => j !== undefined && (j.deletedAt === null) === trashed).map((j) => j!.id);
  if (still.length === 0) return stored === undefined;
  const done = await run(
    () => (trashed ? moveManyToTrash(db, still) : restoreManyFromTrash(db, still)),
    t(trashed ? 'library.trashManyFailed' : 'library.restoreManyFailed'),
  );
  if (!done) return true;
  if (!trashed) retireTrashToasts(still);
  for (const journey of done) announceJourneyRow(journey);
  return true;
}

let stepToasts = 0;

/**
 * Pushes `step` onto the library's history with a toast offering its Undo; undoing the step (by
 * Ctrl+Z or the menu) takes that toast away, so that its Undo never acts on a step already undone.
 */
function pushStepWithToast(step: LibraryStep, message: string, about = `library-step:${++stepToasts}`) {
  const undo = step.undo;
  const withToast: LibraryStep = {
    undo: async () => {
      useToasts.getState().retire([about]);
      return undo();
    },
    redo: step.redo,
  };
  pushLibraryStep(withToast);
  toast.info(message, { label: t('library.undo'), run: () => void undoLibrary(withToast) }, undefined, about);
}

/** A move to the trash as a step of the library's history (Ctrl+Z, or the toast's Undo). */
function trashStep(db: WaymarkDB, ids: readonly JourneyId[]): LibraryStep {
  return {
    undo: () => setTrashed(db, ids, false),
    redo: () => setTrashed(db, ids, true),
  };
}

/** Moves a journey to the trash, with Undo in the toast (and Ctrl+Z). */
export async function trashJourney(db: WaymarkDB, s: JourneySummary) {
  const done = await run(() => moveToTrash(db, s.journey.id), t('library.trashFailed'));
  if (done === undefined) return;
  announceJourneyRow(done);
  pushStepWithToast(
    trashStep(db, [s.journey.id]),
    t('library.movedToTrash', { title: titleInSentence(shownTitle(s.journey.title)) }),
    trashToastAbout(s.journey.id),
  );
}

/** Moves the selected journeys to the trash at once, with one Undo for them all; true when they went. */
export async function trashJourneys(db: WaymarkDB, ids: readonly JourneyId[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const done = await run(() => moveManyToTrash(db, ids), t('library.trashManyFailed'));
  if (done === undefined) return false;
  for (const journey of done) announceJourneyRow(journey);
  const moved = done.map((j) => j.id);
  pushStepWithToast(trashStep(db, moved), t('library.movedManyToTrash', countParams(moved.length)));
  return true;
}

/** Takes several journeys out of the trash at once; true when they came back. */
export async function restoreJourneys(db: WaymarkDB, ids: readonly JourneyId[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const done = await run(() => restoreManyFromTrash(db, ids), t('library.restoreManyFailed'));
  if (!done) return false;
  retireTrashToasts(ids);
  for (const journey of done) announceJourneyRow(journey);
  return true;
}

export async function restoreJourney(db: WaymarkDB, journeyId: JourneyId) {
  const done = await run(() => restoreFromTrash(db, journeyId), t('library.restoreFailed'));
  if (!done) return;
  retireTrashToasts([journeyId]);
  announceJourneyRow(done);
}

/** Renames a journey from `from` to `to`; false when its title is no longer `from` (renamed since), nothing done. */
async function retitle(db: WaymarkDB, id: JourneyId, from: string, to: string): Promise<boolean> {
  const stored = await run(() => db.journeys.get(id), t('library.renameFailed'));
  if (stored === undefined || stored.title !== from) return false;
  const done = await run(() => renameJourney(db, id, to), t('library.renameFailed'));
  if (done) announceJourneyRow(done);
  return true;
}

/**
 * Renames when the trimmed title is new and not empty; otherwise leaves the journey alone. The
 * rename is a step of the library's history: the toast's Undo, or Ctrl+Z, puts the old title back.
 */
export async function renameJourneyTo(db: WaymarkDB, s: JourneySummary, title: string | null) {
  const next = title?.trim();
  if (!next || next === s.journey.title) return;
  const done = await run(() => renameJourney(db, s.journey.id, next), t('library.renameFailed'));
  if (!done) return;
  announceJourneyRow(done);
  const before = s.journey.title;
  pushStepWithToast(
    {
      undo: () => retitle(db, done.id, done.title, before),
      redo: () => retitle(db, done.id, before, done.title),
    },
    t('library.renamed', { title: titleInSentence(shownTitle(done.title)) }),
  );
}

export async function duplicateJourneyOf(db: WaymarkDB, s: JourneySummary) {
  await run(async () => {
    await duplicateJourney(db, s.journey.id, Date.now(), copyTitleIn);
    toast.success(t('library.duplicated', { title: titleInSentence(shownTitle(s.journey.title)) }));
  }, t('library.duplicateFailed'));
}

/** Deletes a trashed journey for good, after the user confirms. */
export async function purgeJourneyAfterConfirm(db: WaymarkDB, s: JourneySummary) {
  const ok = await confirmAction({
    title: t('library.purgeTitle'),
    message: t('library.purgeText', {
      title: titleInSentence(shownTitle(s.journey.title)),
      ...countParams(s.touchpointCount),
    }),
    confirmLabel: t('library.deleteForever'),
    danger: true,
  });
  if (!ok) return;
  const done = await run(async () => {
    await purgeJourney(db, s.journey.id);
    return true;
  }, t('library.purgeFailed'));
  if (!done) return;
  retireTrashToasts([s.journey.id]);
  // A window still showing it stops saving and offers to keep its map as a new journey.
  announceDeleted([s.journey.id]);
  await forgetStaleCopies(db);
}

/** Deletes the selected trashed journeys for good, after the user confirms; true when they went. */
export async function purgeJourneysAfterConfirm(db: WaymarkDB, ids: readonly JourneyId[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const ok = await confirmAction({
    title: t('library.purgeManyTitle', countParams(ids.length)),
    message: t('library.emptyText', countParams(ids.length)),
    confirmLabel: t('library.deleteForever'),
    danger: true,
  });
  if (!ok) return false;
  const purged = await run(() => purgeManyFromTrash(db, ids), t('library.purgeManyFailed'));
  if (purged === undefined) return false;
  retireTrashToasts(purged);
  announceDeleted(purged);
  await forgetStaleCopies(db);
  return true;
}

/** Empties the trash of its `count` journeys, after the user confirms. */
export async function emptyTrashAfterConfirm(db: WaymarkDB, count: number) {
  const ok = await confirmAction({
    title: t('library.emptyTitle'),
    message: t('library.emptyText', countParams(count)),
    confirmLabel: t('library.emptyTrash'),
    danger: true,
  });
  if (!ok) return;
  const purged: JourneyId[] = [];
  const emptied = await run(() => emptyTrash(db, { purged }), t('library.emptyFailed'));
  if (emptied === undefined) return;
  retireTrashToasts(purged);
  announceDeleted(purged);
  await forgetStaleCopies(db);
}

/**
 * Forgets the copies of unsaved edits (session/unload-backup.ts) kept for journeys deleted for good:
 * after a purge here, and when the library opens (for a purge in another window, or an older version).
 */
export async function forgetStaleCopies(db: WaymarkDB): Promise<void> {
  const storage = pageStorage();
  if (storage) await forgetOrphanedCopies(db, storage);
}
