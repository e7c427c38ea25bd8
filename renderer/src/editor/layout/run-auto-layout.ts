import { errorMessage, toast } from '../../ui/toasts';
import { countText, t } from '../../i18n';
import { documentFrom, diffRows, type RowChange } from '../../session/doc-state';
import type { EditorStore } from '../../session/store';
import { computeAutoLayout } from './auto-layout';

/**
 * The most touchpoints auto layout takes on. The layout (ELK) runs on the page's own thread and its time
 * grows much faster than the map: on a 2-core machine 400 touchpoints took 4 s, 800 took 29 s, and a
 * 2,000-touchpoint map held the window for minutes with no way out.
 */
export const AUTO_LAYOUT_LIMIT = 500;

/** Lay out the open journey as one undoable step. */
export async function autoLayoutJourney(store: EditorStore): Promise<void> {
  const before = store.getState().revision;
  const count = Object.keys(store.getState().doc.touchpoints).length;
  if (count > AUTO_LAYOUT_LIMIT) {
    toast.error(t('editor.layoutTooLarge', { n: countText(count), limit: countText(AUTO_LAYOUT_LIMIT) }));
    return;
  }
  try {
    const result = await computeAutoLayout(documentFrom(store.getState().doc));
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
    toast.error(errorMessage(error, t('editor.layoutFailed')));
  }
}
