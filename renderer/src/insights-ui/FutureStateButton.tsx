import { CopyPlus, GitCompareArrows, LoaderCircle } from 'lucide-react';
import { useState } from 'react';
import { useServices } from '../services';
import { useEditor, useEditorStore } from '../session/react';
import { chooseAction } from '../ui/confirm';
import { toast } from '../ui/toasts';
import { createFutureState, futureStatesOf } from './future-state';

const NOT_SAVED =
  'Your latest changes are not saved yet, so the journey cannot be copied now; wait until it says “Saved” and try again.';

/**
 * Toolbar control: on a current-state journey, "Create future state" copies
 * it (origins kept) and opens the copy; on a future state, "Compare with
 * current" opens the comparison.
 */
export function FutureStateButton() {
  const store = useEditorStore();
  const { db, navigate } = useServices();
  const journeyId = useEditor((s) => s.doc.journey.id);
  const futureStateOf = useEditor((s) => s.doc.journey.futureStateOf);
  const [busy, setBusy] = useState(false);

  const flushed = async (): Promise<boolean> => {
    await store.getState().flush();
    if (store.getState().save.status === 'error') {
      toast.error(NOT_SAVED);
      return false;
    }
    return true;
  };

  if (futureStateOf !== null) {
    return (
      <button
        type="button"
        className="btn"
        aria-label="Compare with current"
        title="Compare this future state with the current state"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            if (await flushed()) navigate({ name: 'compare', journeyId });
          } finally {
            setBusy(false);
          }
        }}
      >
        <GitCompareArrows size={16} aria-hidden />
        Compare
      </button>
    );
  }

  const create = async () => {
    setBusy(true);
    try {
      if (!(await flushed())) return;
      const existing = await futureStatesOf(db, journeyId).catch(() => []);
      const latest = existing[0];
      if (latest) {
        const choice = await chooseAction({
          title: 'This journey already has a future state',
          message: `“${latest.title}” was made from it${existing.length > 1 ? `, with ${existing.length - 1} more` : ''}. Open it, or make another copy of the journey as it is now?`,
          choices: [
            { id: 'open', label: 'Open the future state', tone: 'primary' },
            { id: 'create', label: 'Create another' },
          ],
        });
        if (choice === null) return;
        if (choice === 'open') {
          navigate({ name: 'journey', journeyId: latest.id });
          return;
        }
      }
      const result = await createFutureState(db, journeyId);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      navigate({ name: 'journey', journeyId: result.journey.id });
      toast.success(
        `Created “${result.journey.title}”. Change it into the journey you want, then use “Compare” to see the difference.`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="btn icon-btn"
      aria-label="Create future state"
      title="Create future state: a copy to redesign, comparable with this journey"
      disabled={busy}
      onClick={() => void create()}
    >
      {busy ? <LoaderCircle size={16} className="spin" aria-hidden /> : <CopyPlus size={16} aria-hidden />}
    </button>
  );
}
