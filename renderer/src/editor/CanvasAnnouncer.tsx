import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import type { DocState } from '../session/doc-state';
import { useEditorStore } from '../session/react';
import { useEditorUi } from './ui-store';
import { announcementText, describeCanvasChange } from './announce';
import { replacedRows } from './canvas/changed-rows';

/**
 * An edit that changed cards in place and nothing else the announcer speaks of (a key in a card's
 * title, an emotion): no card added, deleted or moved to another stage or lane, so there is nothing
 * to say, found by looking at the replaced cards alone instead of walking every card of the map.
 */
function onlyCardsEditedInPlace(before: DocState, after: DocState): boolean {
  if (before.stages !== after.stages || before.connections !== after.connections || before.notes !== after.notes)
    return false;
  const old = before.touchpoints;
  const replaced = replacedRows(old, after.touchpoints);
  return replaced?.every((t) => t.stageId === old[t.id]!.stageId && t.laneId === old[t.id]!.laneId) ?? false;
}

/** How long after a key press a document change still counts as made by keyboard. */
const KEYBOARD_WINDOW_MS = 1500;

/**
 * The editor's one polite live region: says what a keyboard edit changed on the
 * canvas ("Touchpoint “Pays online” added to Buy"). Changes made with the
 * pointer, or arriving from another window, are seen on screen and not spoken.
 */
export function CanvasAnnouncer() {
  const store = useEditorStore();
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const lastKey = useRef(0);

  useEffect(() => {
    const onKey = () => (lastKey.current = performance.now());
    const onPointer = () => (lastKey.current = 0);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);

  useEffect(() => {
    let awaitingTitle: ReadonlySet<string> = new Set();
    let clear = 0;
    const say = (text: string) => {
      // Empty first, so the same sentence twice in a row is spoken twice.
      setMessage('');
      window.clearTimeout(clear);
      clear = window.setTimeout(() => setMessage(text), 50);
    };
    const describe = (before: DocState, after: DocState) => {
      if (awaitingTitle.size === 0 && onlyCardsEditedInPlace(before, after)) return;
      const change = describeCanvasChange(before, after, {
        awaitingTitle,
        editingId: useEditorUi.getState().editingId,
      });
      awaitingTitle = change.awaitingTitle;
      const byKeyboard = performance.now() - lastKey.current < KEYBOARD_WINDOW_MS;
      if (byKeyboard && change.announcements.length > 0)
        say(announcementText(change.announcements, (key, options) => t(key, options)));
    };
    // After the current task's synchronous work: adding a card opens its title editor just after the
    // change lands, and a committed title closes the editor just before; both must be seen.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc !== previous.doc) queueMicrotask(() => describe(previous.doc, state.doc));
    });
    // A new card's title editor closed without a change (Escape): the card is announced as it is.
    const unsubscribeUi = useEditorUi.subscribe((ui, previous) => {
      if (ui.editingId !== previous.editingId && previous.editingId && awaitingTitle.has(previous.editingId))
        queueMicrotask(() => {
          const doc = store.getState().doc;
          if (awaitingTitle.has(previous.editingId!)) describe(doc, doc);
        });
    });
    return () => {
      unsubscribe();
      unsubscribeUi();
      window.clearTimeout(clear);
    };
  }, [store, t]);

  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="canvas-announcer">
      {message}
    </div>
  );
}
