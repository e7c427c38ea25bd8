/**
 * The open journey's part in flush-before-close: the host asks it, before the
 * window closes or the app quits, to write what waits in the autosave delay.
 * When that fails (disk full, storage gone) it names what is unsaved and
 * hands over the in-memory journey as `.journey` bytes, so the user can save
 * a copy instead of losing the edit.
 */
import { journeyFileName, writeJourneyFile } from '../files';
import type { CloseGuard, CloseReply } from '../platform';
import { documentFrom } from '../session/doc-state';
import type { EditorStore } from '../session/store';
import { flushDrafts } from '../session/inline-draft';
import { journeyAssets, type WaymarkDB } from '../storage';
import { t } from '../i18n';

const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0';
const MAX_TITLE = 120;

export function editorCloseGuard(db: WaymarkDB, store: EditorStore): CloseGuard {
  return {
    // Text still being typed in a box on the canvas (a card's title before its pause) is put in the
    // store first: it is an unsaved edit too, which a reload or close right after typing dropped.
    hasUnsaved: () => {
      flushDrafts();
      return store.getState().save.status !== 'saved';
    },
    async flush(): Promise<CloseReply> {
      flushDrafts();
      await store.getState().flush();
      const state = store.getState();
      if (state.save.status === 'saved') return { saved: true };
      const document = documentFrom(state.doc);
      const title = document.journey.title.trim() || t('editor.untitledJourney');
      const shown = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE)}…` : title;
      const what = `${t('editor.notSaved', { title: shown })} ${state.save.message ?? ''}`.trim().slice(0, 500);
      let copy: { suggestedName: string; bytes: Uint8Array } | null = null;
      try {
        // Images are read back from storage; without them the copy still holds every edit.
        const assets = await journeyAssets(db, document).catch(() => []);
        const bytes = writeJourneyFile({ document, assets, appVersion: APP_VERSION, savedAt: new Date() });
        copy = { suggestedName: journeyFileName(title, 'journey'), bytes };
      } catch {
        copy = null;
      }
      return { saved: false, what, copy };
    },
  };
}
