import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useCommandHandler, useServices } from '../services';
import { isEditableTarget, isTextEntry } from '../ui/dom';
import type { JourneyId } from '../domain/ids';
import type { JourneyDocument, Viewport } from '../domain/model';
import { getHost } from '../platform';
import { getJourneyForEditing, getViewport, saveViewport, StorageError } from '../storage';
import { errorMessage, storageErrorText, toast, useToasts } from '../ui/toasts';
import { createEditorActions, type EditorActions } from './actions';
import type { CanvasNode, ConnectionEdgeType } from './canvas/build-nodes';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { useCanvasMounted } from './canvas-mounted';
import { ContextMenu } from './ContextMenu';
import { useEditorShortcuts } from './keyboard';
import { onReloadJourney, reloadJourney } from '../session/reload';
import { createPersister, replacedText, saveErrorText, takeRemoteRows } from '../session/persistence';
import { flushDrafts } from '../session/inline-draft';
import {
  forgetUnsaved,
  hasUnsaved,
  keepUnsaved,
  pageStorage,
  writeBackUnsaved,
  type WrittenBack,
} from '../session/unload-backup';
import { editorCloseGuard } from './close-guard';
import { saveAsNewJourney, savedAsNewText, stopWhenDeleted } from './deleted-elsewhere';
import { watchPhotos } from './kept-photos';
import { ShortcutSheet } from './ShortcutSheet';
import { ConnectDialog } from './ConnectDialog';
import { CanvasAnnouncer } from './CanvasAnnouncer';
import { SidePanel } from './SidePanel';
import { createEditorStore, type EditorStore } from '../session/store';
import { emptyHistory } from '../session/history';
import { keepHistory, keptHistory } from '../session/histories';
import { EditorStoreContext, useEditor } from '../session/react';
import { Toolbar } from './Toolbar';
import { useEditorUi } from './ui-store';
import { EditorActionsContext } from './actions-context';
import { EditorSlotsProvider, useEditorSlots, type EditorSlots } from './slots';
import { JourneyLinksProvider } from './links/journey-links';
import { cancelAutoLayout } from './layout/run-auto-layout';
import { t, useTranslation } from '../i18n';
import { messageText } from '../i18n/messages';
import type { UserMessage } from '../domain/user-message';
import './editor.css';

type Load =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; doc: JourneyDocument; generation: number; viewport: Viewport | null };

export default function EditorScreen({ journeyId, slots }: { journeyId: JourneyId; slots: EditorSlots }) {
  const { db, navigate } = useServices();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  // Bumped to read the journey again in place (a restored version); the map shown stays until then.
  const [generation, setGeneration] = useState(0);
  useEffect(() => onReloadJourney(journeyId, () => setGeneration((g) => g + 1)), [journeyId]);
  useEffect(() => {
    let live = true;
    // Marks for profiling how long a journey takes to open (read them in the browser's performance tools).
    performance.mark('waymark:journey-read-start');
    // Where the canvas was left is view state: if it cannot be read, the map opens fitted.
    const viewport = getViewport(db, journeyId).catch(() => null);
    // Edits a page closed or reloaded right after making them could not write go in first.
    const storage = pageStorage();
    const writtenBack =
      storage && hasUnsaved(storage, journeyId)
        ? writeBackUnsaved(db, storage, journeyId).then(writtenBackNotice, (error: unknown) => {
            toast.error(t('editor.writeBackFailed', { reason: errorMessage(error, '') }).replace(/\s+/g, ' '));
          })
        : null;
    Promise.all([
      writtenBack ? writtenBack.then(() => getJourneyForEditing(db, journeyId)) : getJourneyForEditing(db, journeyId),
      viewport,
    ]).then(
      ([read, view]) =>
        performance.mark('waymark:journey-read') &&
        live &&
        setLoad(
          read && read.document.journey.deletedAt === null
            ? { status: 'ready', doc: read.document, generation: read.generation, viewport: view }
            : { status: 'missing' },
        ),
      (error: unknown) => live && setLoad({ status: 'error', message: errorMessage(error, t('editor.openFailed')) }),
    );
    return () => {
      live = false;
    };
  }, [db, journeyId, generation]);

  if (load.status === 'loading') return <div className="screen-loading">{t('editor.opening')}</div>;
  if (load.status !== 'ready') {
    return (
      <div className="fatal" role="alert">
        <h1>{load.status === 'missing' ? t('editor.notInLibrary') : t('editor.openFailedTitle')}</h1>
        <p>{load.status === 'missing' ? t('editor.maybeDeleted') : load.message}</p>
        <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'library' })}>
          {t('editor.backToLibrary')}
        </button>
      </div>
    );
  }
  return (
    <EditorSlotsProvider value={slots}>
      <LoadedEditor doc={load.doc} generation={load.generation} viewport={load.viewport} />
    </EditorSlotsProvider>
  );
}

function LoadedEditor({
  doc,
  generation,
  viewport,
}: {
  doc: JourneyDocument;
  generation: number;
  viewport: Viewport | null;
}) {
  const { db, navigate } = useServices();
  const journeyId = doc.journey.id;
  const [store, setStore] = useState<EditorStore | null>(null);

  // The store, its autosave and its channel to other windows live exactly as
  // long as this effect (so React's development double-mount gets a fresh pair).
  useEffect(() => {
    useEditorUi.getState().reset();
    const persister = createPersister(db, journeyId, generation, doc);
    const created = createEditorStore(doc, {
      persist: persister.persist,
      describeError: (error) => sessionText(saveErrorText(error)),
      history: keptHistory(journeyId),
      notify: (_message, text) => toast.info(messageText(text)),
      viewport,
      saveViewport: (v) => saveViewport(db, journeyId, v),
    });
    setStore(created);
    // The photos this journey's personas use, held so that "Save as new journey" can keep them.
    const photos = watchPhotos(db, created);
    // Another window restored a saved version or opened a file over the journey: what this window
    // has not saved belongs to the map that was replaced, so it is dropped (never written over the
    // new one), and the map is read again.
    const offReplaced = persister.onReplaced((reason) => {
      created.discardPending();
      created.setState({ history: emptyHistory(), selection: new Set() });
      toast.info(sessionText(replacedText(reason)));
      // Read again once the write under way is done: a write of the new map (this window had read it
      // already, and the word of the replacement came late) read past would be missing from the map.
      void created.idle().then(() => reloadJourney(journeyId));
    });
    // Another window deleted the journey for good (or a save found it gone): saving stops, and the
    // map as shown here, unsaved edits included, can be kept as a new journey (closing the window
    // offers a .journey copy too, see close-guard.ts).
    const keepAsNew = async () => {
      try {
        const saved = await saveAsNewJourney(db, created);
        // Photos it could not keep are said in the same sentence, as information rather than success.
        (saved.photosLost > 0 ? toast.info : toast.success)(savedAsNewText(saved));
        navigate({ name: 'journey', journeyId: saved.journey.id });
      } catch (error) {
        toast.error(errorMessage(error, t('editor.saveAsNewFailed')), {
          label: t('editor.saveAsNew'),
          run: () => void keepAsNew(),
        });
      }
    };
    const offDeleted = stopWhenDeleted(
      created,
      persister.onDeleted,
      () => t('editor.deletedElsewhere'),
      () =>
        // Stays until dismissed: the edits here are kept only in this window.
        useToasts.getState().push(
          {
            message: t('editor.deletedElsewhere'),
            tone: 'error',
            action: { label: t('editor.saveAsNew'), run: () => void keepAsNew() },
            // Takes the place of a "moved to the trash" toast, whose advice no longer holds.
            kind: ELSEWHERE_TOAST,
          },
          0,
        ),
    );
    // The "moved to the trash in another window" notice, taken away once the journey is restored.
    let trashedNotice: number | null = null;
    const offRemote = persister.onRemote((rows, savedAt) => {
      const { kept, trashed, untrashed, restored, deleted } = takeRemoteRows(created, rows, savedAt);
      if (kept.length) toast.info(t('editor.remoteKept'));
      if (trashed) trashedNotice = toast.info(t('editor.trashedElsewhere'), undefined, ELSEWHERE_TOAST);
      if (untrashed && trashedNotice !== null) {
        useToasts.getState().dismiss(trashedNotice);
        trashedNotice = null;
      }
      for (const name of restored) toast.info(t('editor.restoredElsewhere', { name }));
      for (const name of deleted) toast.info(t('editor.selectedDeletedElsewhere', { name }));
    });
    // Text still being typed in a box on the canvas goes in the same save (flushDrafts). The page
    // may be going away, and its write with it: what is unsaved is copied too, and the copy is
    // forgotten once everything is written (session/unload-backup.ts).
    const storage = pageStorage();
    let copied = false;
    const flush = () => {
      flushDrafts();
      void created.getState().flush();
      // A save that failed (a full disk) has its own question on close and warning on reload; a
      // copy would bring back edits the user chose to quit without.
      if (!storage || created.getState().save.status === 'error') return;
      copied = keepUnsaved(storage, journeyId, generation, created.unsaved()) || copied;
    };
    const offCopy = created.subscribe((state) => {
      if (!copied || !storage || state.save.status !== 'saved') return;
      forgetUnsaved(storage, journeyId);
      copied = false;
    });
    // Closing the window or quitting waits for this journey's autosave (see platform/close-guards.ts).
    const offCloseGuard = getHost().guardClose(editorCloseGuard(db, created));
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      keepHistory(journeyId, created.getState().history);
      cancelAutoLayout(created);
      photos.stop();
      offCloseGuard();
      offRemote();
      offCopy();
      offReplaced();
      offDeleted();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      void created
        .getState()
        .flush()
        .finally(() => {
          created.dispose();
          persister.close();
        });
    };
  }, [db, navigate, doc, generation, viewport, journeyId]);

  if (!store) return <div className="screen-loading">{t('editor.opening')}</div>;
  return (
    <EditorStoreContext.Provider value={store}>
      <JourneyLinksProvider journeyId={journeyId}>
        <ReactFlowProvider>
          <EditorLayout store={store} />
        </ReactFlowProvider>
      </JourneyLinksProvider>
    </EditorStoreContext.Provider>
  );
}

/**
 * The editor on a store made elsewhere: a live session's editor participant
 * edits the shared journey, which the facilitator's app saves (nothing is read
 * from or written to this device's library).
 */
/** A sentence from the session in the interface language: storage's own error, or a message code. */
function sessionText(text: StorageError | UserMessage): string {
  return text instanceof StorageError ? storageErrorText(text) : messageText(text);
}

/** The toasts about this journey's fate in another window (moved to the trash, deleted for good): the latest one stands. */
const ELSEWHERE_TOAST = 'journey-elsewhere';

export function EditorOnStore({ store, slots }: { store: EditorStore; slots: EditorSlots }) {
  return (
    <EditorSlotsProvider value={slots}>
      <EditorStoreContext.Provider value={store}>
        <ReactFlowProvider>
          <EditorLayout store={store} />
        </ReactFlowProvider>
      </EditorStoreContext.Provider>
    </EditorSlotsProvider>
  );
}

function EditorLayout({ store }: { store: EditorStore }) {
  const slots = useEditorSlots();
  const flow = useReactFlow<CanvasNode, ConnectionEdgeType>();
  const actions: EditorActions = useMemo(() => createEditorActions(store, flow), [store, flow]);
  const title = useEditor((s) => s.doc.journey.title);
  const { t, i18n } = useTranslation();
  const mainView = useEditorUi((s) => s.mainView);
  const MainView = slots.views.find((v) => v.id === mainView)?.Component;
  const canvasMounted = useCanvasMounted(!MainView);
  const openSearch = useCallback(() => {
    useEditorUi.getState().set({ panel: 'search' });
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('#search-text')?.focus());
  }, []);
  useEditorShortcuts(store, actions, openSearch);

  useEffect(() => {
    getHost().setTitle(t('editor.windowTitle', { title: title || t('editor.untitledJourney') }));
  }, [title, t, i18n.language]);

  useCommandHandler((command) => {
    const s = store.getState();
    switch (command) {
      case 'undo':
      case 'redo': {
        // As the keyboard does (keyboard.ts): a plain text field undoes its own typing; an
        // inspector field is committed, then the journey's history steps back or forward.
        const field = document.activeElement;
        if (isTextEntry(field)) {
          if (!(field as HTMLElement).closest('[data-history-field]')) {
            document.execCommand(command);
            return true;
          }
          (field as HTMLElement).blur();
        }
        s[command]();
        return true;
      }
      case 'select-all':
        // In a text field, its text; on the map, every touchpoint and note.
        if (isEditableTarget(document.activeElement)) document.execCommand('selectAll');
        else actions.selectAll();
        return true;
      case 'find':
        openSearch();
        return true;
      case 'fit-view':
        actions.fitView();
        return true;
      case 'zoom-in':
        actions.zoomIn();
        return true;
      case 'zoom-out':
        actions.zoomOut();
        return true;
      case 'zoom-reset':
        actions.zoomReset();
        return true;
      case 'shortcuts':
        useEditorUi.getState().set({ showShortcuts: true });
        return true;
      case 'new-journey':
      case 'open':
        return false;
      default:
        // Imports and exports belong to the files feature (its layer handles them).
        return false;
    }
  });

  return (
    <EditorActionsContext.Provider value={actions}>
      <div className="editor">
        <Toolbar />
        <div className="editor-body">
          <div className="editor-main">
            {MainView && <MainView />}
            {canvasMounted && (
              <div className={MainView ? 'editor-canvas is-leaving' : 'editor-canvas'}>
                <JourneyCanvas />
              </div>
            )}
          </div>
          <SidePanel />
        </div>
        <ContextMenu />
        <ShortcutSheet />
        <ConnectDialog />
        <CanvasAnnouncer />
        {slots.layers.map((Layer, i) => (
          <Layer key={i} />
        ))}
      </div>
    </EditorActionsContext.Provider>
  );
}

/** Says what became of the edits a closed or reloaded page had not written (nothing when there were none). */
function writtenBackNotice(result: WrittenBack | null): void {
  if (!result) return;
  if (result.overtaken > 0) toast.info(t('editor.writtenBackOvertaken'));
  else toast.success(t('editor.writtenBack'));
}
