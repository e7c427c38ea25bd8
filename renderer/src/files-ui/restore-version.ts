/**
 * Restoring a saved version into the open journey. The editor's unsaved
 * edits are saved first; storage then saves the current map as “Before
 * restoring …” and writes the version, all in one transaction; the editor
 * (here, and in any other window showing the journey) reads it again from
 * storage. Here its undo history is then the restore alone, as one step (the
 * rows it changed), so Ctrl+Z takes the map back to what it was; the older
 * steps describe a map that no longer exists. Other windows start with a
 * fresh history. A toast offers to undo the restore too.
 */
import type { JourneyId, SnapshotId } from '../domain/ids';
import { reloadJourney } from '../session/reload';
import { announceReplaced } from '../session/persistence';
import { emptyHistory } from '../session/history';
import { documentChanges, documentFrom } from '../session/doc-state';
import { getJourneyDocument, restoreSnapshot, type WaymarkDB } from '../storage';
import { errorMessage, toast } from '../ui/toasts';
import { openEditorOf } from './editor-link';
import { i18n } from '../i18n';

/** Restore a version of the journey open in the editor; false (with a toast) when it could not be restored. */
export async function restoreVersion(
  db: WaymarkDB,
  journeyId: JourneyId,
  snapshotId: SnapshotId,
  name: string,
): Promise<boolean> {
  const store = openEditorOf(journeyId);
  if (!store) {
    toast.error(i18n.t('files.restoreNeedsJourney'));
    return false;
  }
  try {
    await store.getState().flush();
    if (store.getState().save.status === 'error') {
      toast.error(i18n.t('files.restoreUnsaved'));
      return false;
    }
    const was = documentFrom(store.getState().doc);
    const { before } = await restoreSnapshot(db, snapshotId);
    // The restore as one undo step: the rows as they were, and as the version wrote them.
    const now = await getJourneyDocument(db, journeyId).catch(() => null);
    const changes = now ? documentChanges(was, now) : [];
    const step = { label: 'Restore version', changes, coalesceKey: null, at: Date.now() };
    store.setState({ history: changes.length ? { past: [step], future: [] } : emptyHistory(), selection: new Set() });
    // This window reads the journey again in place; other windows showing it are told to.
    announceReplaced(journeyId);
    reloadJourney(journeyId);
    toast.success(i18n.t('files.restored', { name, before: before.name }), {
      label: i18n.t('files.undo'),
      run: () => void restoreVersion(db, journeyId, before.id, before.name),
    });
    return true;
  } catch (error) {
    toast.error(errorMessage(error, i18n.t('files.restoreFailed')));
    return false;
  }
}
