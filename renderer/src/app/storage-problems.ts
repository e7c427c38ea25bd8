/**
 * Storage problems no single call returns (another window holds an older
 * version open, the journeys are from a newer Waymark, another window
 * closed the database) as one piece of state the window shows as a banner.
 * A blocked upgrade clears itself once the database opens.
 */
import { create } from 'zustand';
import { i18n } from '../i18n';
import type { StorageError, StorageErrorCode, WaymarkDB } from '../storage';

export interface StorageProblemState {
  problem: StorageError | null;
}

export const useStorageProblem = create<StorageProblemState>(() => ({ problem: null }));

/** Start showing the problems of `db`; returns a function that stops. */
export function watchStorageProblems(db: WaymarkDB): () => void {
  const off = db.onProblem((problem) => useStorageProblem.setState({ problem }));
  const onReady = () => {
    if (useStorageProblem.getState().problem?.code === 'blocked') useStorageProblem.setState({ problem: null });
  };
  db.on('ready', onReady, true);
  return () => {
    off();
    db.on('ready').unsubscribe(onReady);
  };
}

/** The banner's heading for a problem; its text is the problem's own sentence. */
export function storageProblemTitle(code: StorageErrorCode): string {
  switch (code) {
    case 'blocked':
      return i18n.t('app.storageBlockedTitle');
    case 'version-too-new':
      return i18n.t('app.storageTooNewTitle');
    default:
      return i18n.t('app.storageUnreachableTitle');
  }
}
