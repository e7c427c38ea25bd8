import { errorMessage, toast, useToasts } from '../../ui/toasts';
import { runOffThread } from '../../ui/off-thread';
import { countText, t } from '../../i18n';
import type { JourneyDocument } from '../../domain/model';
import { documentFrom, diffRows, type RowChange } from '../../session/doc-state';
import type { EditorStore } from '../../session/store';
import { computeAutoLayout, type LayoutResult } from './auto-layout';

/**
 * The most touchpoints auto layout takes on. The layout (ELK) runs in a Web Worker, so the window stays
 * free and Cancel is heard, but its time grows much faster than the map: past this a team would wait
 * minutes for it.
 */
export const AUTO_LAYOUT_LIMIT = 1000;

/** How long a layout runs before its progress (with Cancel) shows: a small map is laid out before that. */
export const LAYOUT_PROGRESS_DELAY_MS = 400;

/** The layouts under way, one per open journey (its store). */
const running = new Map<EditorStore, AbortController>();

const cancelled = () => new DOMException('Auto layout was cancelled.', 'AbortError');

/** The map's layout, computed off the window's thread (or here, where no worker can run). */
function layoutOffThread(doc: JourneyDocument, signal: AbortSignal): Promise<LayoutResult> {
  return runOffThread<JourneyDocument, LayoutResult>({
    start: () => new Worker(new URL('./auto-layout.worker.ts', import.meta.url), { type: 'module' }),
    request: doc,
    here: (d) => computeAutoLayout(d),
    signal,
    aborted: cancelled,
  });
}

/** Stops the journey's layout under way, if any (its journey is closing): nothing is changed. */
export function cancelAutoLayout(store: EditorStore): void {
  running.get(store)?.abort();
}

/** Whether a layout of this journey is under way. */
export function autoLayoutRunning(store: EditorStore): boolean {
  return running.has(store);
}

/** Lay out the open journey as one undoable step. */
export async function autoLayoutJourney(store: EditorStore): Promise<void> {
  if (running.has(store)) {
    toast.info(t('editor.layoutBusy'));
    return;
  }
  const before = store.getState().revision;
  const count = Object.keys(store.getState().doc.touchpoints).length;
  if (count > AUTO_LAYOUT_LIMIT) {
    toast.error(t('editor.layoutTooLarge', { n: countText(count), limit: countText(AUTO_LAYOUT_LIMIT) }));
    return;
  }
  const controller = new AbortController();
  running.set(store, controller);
  // A layout that takes a while says so, with a way out; the map stays usable meanwhile.
  let progress: number | null = null;
  const showProgress = setTimeout(() => {
    progress = useToasts.getState().push(
      {
        message: t('editor.layingOut', { n: countText(count) }),
        tone: 'info',
        action: { label: t('dialogs.cancel'), run: () => controller.abort() },
      },
      0,
    );
  }, LAYOUT_PROGRESS_DELAY_MS);
  try {
    const result = await layoutOffThread(documentFrom(store.getState().doc), controller.signal);
    const s = store.getState();
    if (s.revision !== before) {
      toast.info(t('editor.layoutStale'));
      return;
    }
    const changes: RowChange[] = [
      ...diffRows(
        s.doc,
        'stages',
        [...result.stageWidths].flatMap(([id, width]) =>
          s.doc.stages[id] ? [{ id, after: { ...s.doc.stages[id]!, width } }] : [],
        ),
      ),
      ...diffRows(
        s.doc,
        'lanes',
        [...result.laneHeights].flatMap(([id, height]) =>
          s.doc.lanes[id] ? [{ id, after: { ...s.doc.lanes[id]!, height } }] : [],
        ),
      ),
      ...diffRows(
        s.doc,
        'touchpoints',
        [...result.positions].flatMap(([id, position]) =>
          s.doc.touchpoints[id] ? [{ id, after: { ...s.doc.touchpoints[id]!, position } }] : [],
        ),
      ),
    ];
    s.run('Auto layout', changes);
    toast.info(t('editor.laidOut'), { label: t('editor.undo'), run: () => void store.getState().undo() });
  } catch (error) {
    if (controller.signal.aborted) toast.info(t('editor.layoutCancelled'));
    else toast.error(errorMessage(error, t('editor.layoutFailed')));
  } finally {
    clearTimeout(showProgress);
    if (progress !== null) useToasts.getState().dismiss(progress);
    running.delete(store);
  }
}
