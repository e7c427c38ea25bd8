import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import type { DocState } from '../session/doc-state';
import { useEditorStore } from '../session/react';
import { useEditorUi } from './ui-store';
import { announcementText, describeCanvasChange } from './announce';
import { replacedRows } from './canvas/changed-rows';
import { afterNextPaint } from '../ui/paint';

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
    const describe = (before: DocState, after: DocState, editingId: string | null) => {
      if (awaitingTitle.size === 0 && onlyCardsEditedInPlace(before, after)) return;
      const change = describeCanvasChange(before, after, { awaitingTitle, editingId });
      awaitingTitle = change.awaitingTitle;
      const byKeyboard = performance.now() - lastKey.current < KEYBOARD_WINDOW_MS;
      if (byKeyboard && change.announcements.length > 0)
        say(announcementText(change.announcements, (key, options) => t(key, options)));
    };
    // Each change is seen as it lands (with the card whose title is open then) and described after the
    // next paint, in order: walking a 2,000-card map's cards and connections (some 5 ms) is not done
    // between a key and the frame that shows what it did. A new card's title editor closed without a
    // change (Escape) is seen in its turn: the card is announced as it is.
    type Seen = { before: DocState; after: DocState; editingId: string | null; closed?: string };
    let seen: Seen[] = [];
    let cancelFlush: (() => void) | null = null;
    const flush = () => {
      cancelFlush = null;
      const batch = seen;
      seen = [];
      for (const s of batch)
        if (s.closed === undefined || awaitingTitle.has(s.closed)) describe(s.before, s.after, s.editingId);
    };
    const note = (s: Seen) => {
      seen.push(s);
      cancelFlush ??= afterNextPaint(flush);
    };
    // After the current task's synchronous work: adding a card opens its title editor just after the
    // change lands, and a committed title closes the editor just before; both must be seen.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc !== previous.doc)
        queueMicrotask(() =>
          note({ before: previous.doc, after: state.doc, editingId: useEditorUi.getState().editingId }),
        );
    });
    const unsubscribeUi = useEditorUi.subscribe((ui, previous) => {
      if (ui.editingId !== previous.editingId && previous.editingId)
        queueMicrotask(() => {
          const doc = store.getState().doc;
          note({ before: doc, after: doc, editingId: useEditorUi.getState().editingId, closed: previous.editingId! });
        });
    });
    return () => {
      unsubscribe();
      unsubscribeUi();
      cancelFlush?.();
      window.clearTimeout(clear);
    };
  }, [store, t]);

  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="canvas-announcer">
      {message}
    </div>
  );
}
