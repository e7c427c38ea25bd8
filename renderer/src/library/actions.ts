import type { JourneyId } from '../domain/ids';
import type { AppServices } from '../services';
import { JOURNEY_TEMPLATES } from '../domain/templates';
import {
  createJourney,
  createJourneyFromDocument,
  duplicateJourney,
  emptyTrash,
  moveToTrash,
  purgeJourney,
  renameJourney,
  restoreFromTrash,
  type JourneySummary,
  type WaymarkDB,
} from '../storage';
import { confirmAction } from '../ui/confirm';
import { errorMessage, toast } from '../ui/toasts';

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
    () => createJourney(db, { title: 'Untitled journey' }),
    'The journey could not be created.',
  );
  if (journey) navigate({ name: 'journey', journeyId: journey.id });
}

export async function createFromTemplate({ db, navigate }: AppServices, templateId: string) {
  const template = JOURNEY_TEMPLATES.find((t) => t.id === templateId);
  if (!template) return;
  const journey = await run(
    () => createJourneyFromDocument(db, template.build()),
    'The template could not be created.',
  );
  if (journey) navigate({ name: 'journey', journeyId: journey.id });
}

/** Moves a journey to the trash, with Undo in the toast. */
export async function trashJourney(db: WaymarkDB, s: JourneySummary) {
  const done = await run(() => moveToTrash(db, s.journey.id), 'The journey could not be moved to the trash.');
  if (done === undefined) return;
  toast.info(`Moved “${s.journey.title}” to the trash.`, {
    label: 'Undo',
    run: () => void restoreJourney(db, s.journey.id),
  });
}

export async function restoreJourney(db: WaymarkDB, journeyId: JourneyId) {
  await run(() => restoreFromTrash(db, journeyId), 'The journey could not be restored.');
}

/** Renames when the trimmed title is new and not empty; otherwise leaves the journey alone. */
export async function renameJourneyTo(db: WaymarkDB, s: JourneySummary, title: string | null) {
  const next = title?.trim();
  if (next && next !== s.journey.title) {
    await run(() => renameJourney(db, s.journey.id, next), 'The journey could not be renamed.');
  }
}

export async function duplicateJourneyOf(db: WaymarkDB, s: JourneySummary) {
  await run(async () => {
    await duplicateJourney(db, s.journey.id);
    toast.success(`Duplicated “${s.journey.title}”.`);
  }, 'The journey could not be duplicated.');
}

/** Deletes a trashed journey for good, after the user confirms. */
export async function purgeJourneyAfterConfirm(db: WaymarkDB, s: JourneySummary) {
  const ok = await confirmAction({
    title: 'Delete this journey forever?',
    message: `“${s.journey.title}” and its ${s.touchpointCount} touchpoints will be deleted permanently. This cannot be undone.`,
    confirmLabel: 'Delete forever',
    danger: true,
  });
  if (ok) await run(() => purgeJourney(db, s.journey.id), 'The journey could not be deleted.');
}

/** Empties the trash of its `count` journeys, after the user confirms. */
export async function emptyTrashAfterConfirm(db: WaymarkDB, count: number) {
  const ok = await confirmAction({
    title: 'Empty the trash?',
    message: `${count} ${count === 1 ? 'journey' : 'journeys'} will be deleted permanently. This cannot be undone.`,
    confirmLabel: 'Empty trash',
    danger: true,
  });
  if (ok) await run(() => emptyTrash(db), 'The trash could not be emptied.');
}
