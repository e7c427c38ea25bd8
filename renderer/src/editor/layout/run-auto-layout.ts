import { errorMessage, toast } from '../../ui/toasts';
import { t } from '../../i18n';
import { documentFrom, diffRows, type RowChange } from '../../session/doc-state';
import type { EditorStore } from '../../session/store';
import { computeAutoLayout } from './auto-layout';

/** Lay out the open journey as one undoable step. */
export async function autoLayoutJourney(store: EditorStore): Promise<void> {
  const before = store.getState().revision;
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
