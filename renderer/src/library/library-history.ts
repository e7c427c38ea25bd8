/**
 * Undo and redo in the library (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and Edit › Undo in the menu): a
 * rename and a move to the trash, one or many, are steps, as a toast's Undo already offered for
 * the trash. A step is undone only while the journeys are still as it left them: renamed again or
 * restored since (in this window or another), it is dropped with a word saying so, never set
 * back over the newer change.
 */
import { t } from '../i18n';
import { toast } from '../ui/toasts';

export interface LibraryStep {
  /** Sets the step back; false when the journeys changed since (nothing was done). */
  undo(): Promise<boolean>;
  /** Makes it again after an undo; false likewise. */
  redo(): Promise<boolean>;
}

/** How many steps are kept: the library's changes are few and each is one click to make again. */
const KEPT = 50;
let past: LibraryStep[] = [];
let future: LibraryStep[] = [];

/** A change just made in the library: the newest step, and nothing left to redo. */
export function pushLibraryStep(step: LibraryStep): void {
  past = [...past.slice(1 - KEPT), step];
  future = [];
}

/** Whether `step` is still the newest one done, or among those done (a toast's Undo of an older one). */
export const canUndoStep = (step: LibraryStep) => past.includes(step);

const stale = () => toast.info(t('library.undoStale'));

/** Undoes `step` (a toast's Undo), the newest one by default; false when there was none to undo. */
export async function undoLibrary(step: LibraryStep | undefined = past.at(-1)): Promise<boolean> {
  if (!step || !past.includes(step)) return false;
  past = past.filter((s) => s !== step);
  if (await step.undo()) future = [...future, step];
  else stale();
  return true;
}

/** Redoes the step undone last; false when there was none. */
export async function redoLibrary(): Promise<boolean> {
  const step = future.at(-1);
  if (!step) return false;
  future = future.slice(0, -1);
  if (await step.redo()) past = [...past, step];
  else stale();
  return true;
}

/** Forgets every step (tests; a window's library history lasts as long as the window). */
export function clearLibraryHistory(): void {
  past = [];
  future = [];
}
