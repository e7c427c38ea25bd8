/**
 * Replacing a journey that may be open, here or in another window, as a
 * restored version does: this window's editor saves first (and the
 * replacement waits, writing nothing, while a save is failing); storage
 * replaces the rows in one transaction and bumps the journey's generation,
 * so a window still holding the old rows has its next save refused instead
 * of written over the new content; every window is told and reads the
 * journey again, with a fresh undo history.
 */
import type { JourneyId } from '../domain/ids';
import { reloadJourney } from '../session/reload';
import { announceReplaced, type ReplaceReason } from '../session/persistence';
import { emptyHistory } from '../session/history';
import { openEditorOf } from './editor-link';
import { StorageError } from '../storage';
import { i18n } from '../i18n';

export async function replaceOpenJourney<T>(
  journeyId: JourneyId,
  reason: ReplaceReason,
  replace: () => Promise<T>,
): Promise<T> {
  const store = openEditorOf(journeyId);
  if (store) {
    await store.getState().flush();
    if (store.getState().save.status === 'error')
      throw new StorageError('unknown', i18n.t('files.unsavedBeforeReplace'));
  }
  const result = await replace();
  // Edits made here while the replacement was written belong to the old map.
  store?.discardPending();
  store?.setState({ history: emptyHistory(), selection: new Set() });
  announceReplaced(journeyId, reason);
  reloadJourney(journeyId);
  return result;
}
