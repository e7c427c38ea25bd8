/**
 * Two windows typing in the same text field at the same time, key by key, each key written at
 * once (as the app writes them): the writes and the other window's messages cross in every
 * order. Whatever the order, each window's words end up once, in the order typed, in both
 * windows and in storage (QA saw one window's " BBB" stored four times and spaces lost).
 */
import { describe, expect, it } from 'vitest';
import { positionAfter, textEdit } from '../../../renderer/src/domain/text-edit';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import type { PersistRow } from '../../../renderer/src/session/store';
import { TAMIL } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';
import { eventually, settle, windowModules } from './window-modules';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A window with a text box on one touchpoint's thoughts, its caret kept through others' text. */
async function openTypingWindow(journeyId: string, touchpointId: string, slowWrites: boolean) {
  const { persistence, storage, createEditorStore, db } = await windowModules();
  const read = await storage.getJourneyForEditing(db, journeyId as never);
  if (!read) throw new Error('journey missing');
  const persister = persistence.createPersister(db, read.document.journey.id, read.generation, read.document);
  // A busy window: its writes take a while, so the other window's messages arrive in the middle.
  const persist = async (rows: PersistRow[]) => {
    if (slowWrites) await pause(7);
    return persister.persist(rows);
  };
  const store = createEditorStore(read.document, { persist });
  const off = persister.onRemote((rows, savedAt) => persistence.takeRemoteRows(store, rows, savedAt));
  const text = () => store.getState().doc.touchpoints[touchpointId]!.thoughts;
  // The box: what it last showed, and its caret in that text.
  let shown = text();
  let caret = shown.length;
  const follow = () => {
    const now = text();
    const edit = textEdit(shown, now);
    if (edit) caret = positionAfter(caret, edit);
    shown = now;
  };
  const offFollow = store.subscribe(follow);
  return {
    store,
    text,
    /** One key at the caret, as the inspector's box sends it: the whole new text. */
    type(char: string) {
      follow();
      const next = shown.slice(0, caret) + char + shown.slice(caret);
      caret += char.length;
      shown = next;
      const s = store.getState();
      s.run('Thoughts', updateTouchpoint(s.doc, touchpointId as never, { thoughts: next }), {
        coalesceKey: `thoughts:${touchpointId}`,
      });
    },
    stored: async () =>
      (await storage.getJourneyDocument(db, journeyId as never))!.touchpoints.find((t) => t.id === touchpointId)!
        .thoughts,
    close() {
      offFollow();
      off();
      store.dispose();
      persister.close();
      db.close();
    },
  };
}

describe('two windows typing in one field', { timeout: 60_000 }, () => {
  it.each([
    ['A slow, B quick', true, false],
    ['both slow', true, true],
    ['both quick', false, false],
  ])('%s: each window’s words once, in order, everywhere', async (_name, slowA, slowB) => {
    const doc = smallJourney();
    const tp = doc.touchpoints[1]!;
    tp.thoughts = TAMIL[0]!.slice(0, 20);
    const { storage, db } = await windowModules();
    await storage.createJourneyFromDocument(db, doc);
    db.close();
    const a = await openTypingWindow(doc.journey.id, tp.id, slowA);
    const b = await openTypingWindow(doc.journey.id, tp.id, slowB);
    try {
      // The first keys differ: the same key typed at the same place from the same text in both
      // windows at once is one edit to a merge of saved rows (as to any three-way merge).
      const wordsA = 'AAAA aaaa ';
      const wordsB = 'BBBB bbbb ';
      for (let i = 0; i < wordsA.length; i++) {
        a.type(wordsA[i]!);
        await pause(i % 3);
        b.type(wordsB[i]!);
        await pause((i * 7) % 5);
      }
      await settle();
      await a.store.getState().flush();
      await b.store.getState().flush();
      await eventually(async () => {
        const stored = await a.stored();
        expect(a.text()).toBe(stored);
        expect(b.text()).toBe(stored);
      });
      const stored = await a.stored();
      // Every key once: the start, then A's and B's keys interleaved in some way, each in order.
      expect(stored.startsWith(tp.thoughts)).toBe(true);
      const typed = stored.slice(tp.thoughts.length);
      expect(typed.length).toBe(wordsA.length + wordsB.length);
      expect([...typed].filter((c) => /[Aa]/.test(c)).join('')).toBe(wordsA.replace(/ /g, ''));
      expect([...typed].filter((c) => /[Bb]/.test(c)).join('')).toBe(wordsB.replace(/ /g, ''));
      expect(typed.split(' ').length - 1).toBe(4);
    } finally {
      a.close();
      b.close();
    }
  });
});
