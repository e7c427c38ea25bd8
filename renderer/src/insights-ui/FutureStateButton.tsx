import { CopyPlus, GitCompareArrows, LoaderCircle } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../services';
import { useEditor, useEditorStore } from '../session/react';
import { chooseAction } from '../ui/confirm';
import { toast } from '../ui/toasts';
import { handFocusTo, takeFocusHandOff } from '../ui/focus';
import { createFutureState, futureStateFocusKey, futureStatesOf } from './future-state';
import type { JourneyId } from '../domain/ids';
import { useTranslation } from '../i18n';

/**
 * Toolbar control: on a current-state journey, "Create future state" copies
 * it (origins kept) and opens the copy; on a future state, "Compare with
 * current" opens the comparison.
 */
export function FutureStateButton() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { db, navigate } = useServices();
  const journeyId = useEditor((s) => s.doc.journey.id);
  const futureStateOf = useEditor((s) => s.doc.journey.futureStateOf);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => void takeFocusHandOff(futureStateFocusKey(journeyId), button.current), [journeyId]);

  /** Opens a journey of this pair, whose own button then takes focus from the one that was pressed. */
  const openJourney = (id: JourneyId) => {
    handFocusTo(futureStateFocusKey(id));
    navigate({ name: 'journey', journeyId: id });
  };

  const flushed = async (): Promise<boolean> => {
    await store.getState().flush();
    if (store.getState().save.status === 'error') {
      toast.error(t('insights.future.notSaved'));
      return false;
    }
    return true;
  };

  if (futureStateOf !== null) {
    return (
      <button
        ref={button}
        type="button"
        className="btn"
        aria-label={t('insights.future.compareLabel')}
        title={t('insights.future.compareTitle')}
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
        {t('insights.future.compare')}
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
          title: t('insights.future.existsTitle'),
          message:
            existing.length > 1
              ? t('insights.future.existsMore', { title: latest.title, count: existing.length - 1 })
              : t('insights.future.exists', { title: latest.title }),
          choices: [
            { id: 'open', label: t('insights.future.open'), tone: 'primary' },
            { id: 'create', label: t('insights.future.createAnother') },
          ],
        });
        if (choice === null) return;
        if (choice === 'open') {
          openJourney(latest.id);
          return;
        }
      }
      const result = await createFutureState(db, journeyId);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      openJourney(result.journey.id);
      toast.success(t('insights.future.created', { title: result.journey.title }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      ref={button}
      type="button"
      className="btn icon-btn"
      aria-label={t('insights.future.createLabel')}
      title={t('insights.future.createTitle')}
      disabled={busy}
      onClick={() => void create()}
    >
      {busy ? <LoaderCircle size={16} className="spin" aria-hidden /> : <CopyPlus size={16} aria-hidden />}
    </button>
  );
}
