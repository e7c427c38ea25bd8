/**
 * An edit that would leave a row its schema refuses (a text past its limit
 * that some path let through) is refused by the store, with a sentence
 * naming the field: before, it reached the map and the autosave queue, and
 * storage refused every write holding it, so this window's later edits were
 * never saved either until the bad one was undone.
 */
import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../../renderer/src/domain/model';
import type { UserMessage } from '../../../renderer/src/domain/user-message';
import type { RowChange } from '../../../renderer/src/session/doc-state';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import type { EditorStore } from '../../../renderer/src/session/store';
import { TAMIL, TELUGU } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';
import { windowModules } from './window-modules';

/** An edit that sets a row as `after` says, as a buggy editor path would, past the edit helpers' own checks. */
function rawEdit(store: EditorStore, id: string, after: (row: Touchpoint) => unknown) {
  const before = store.getState().doc.touchpoints[id]!;
  store.getState().run('Edit', [{ table: 'touchpoints', id, before, after: after(before) } as RowChange]);
}

describe('an edit leaving a row that does not fit', { timeout: 30_000 }, () => {
  it('is not made, is said, and the edits around it are saved', async () => {
    const doc = smallJourney();
    const { storage, persistence, createEditorStore, db } = await windowModules();
    await storage.createJourneyFromDocument(db, doc);
    const read = (await storage.getJourneyForEditing(db, doc.journey.id))!;
    const persister = persistence.createPersister(db, doc.journey.id, read.generation);
    const told: { message: string; text: UserMessage }[] = [];
    const store = createEditorStore(read.document, {
      persist: (rows) => persister.persist(rows),
      debounceMs: 3_600_000,
      notify: (message, text) => told.push({ message, text }),
    });
    const [first, second] = read.document.touchpoints;
    try {
      const s = store.getState();
      s.run('Rename', updateTouchpoint(s.doc, first!.id, { title: TAMIL[0] }));
      const tooLong = TELUGU[0].repeat(Math.ceil(100_001 / TELUGU[0].length));
      rawEdit(store, first!.id, (tp) => ({ ...tp, description: tooLong }));
      const after = store.getState();
      after.run('Rename', updateTouchpoint(after.doc, second!.id, { title: TELUGU[1] }));

      expect(told).toEqual([
        {
          message: `That change was not made: the description of touchpoint “${TAMIL[0]}” can hold at most 100,000 characters.`,
          text: expect.objectContaining({ code: 'editRefusedLong' }),
        },
      ]);
      const state = store.getState();
      expect(state.doc.touchpoints[first!.id]!.description).toBe(first!.description);
      expect(state.history.past.map((e) => e.label)).toEqual(['Rename', 'Rename']);

      // Both renames are written; the refused description never reached storage.
      expect(await state.saved()).toBe(true);
      expect(store.getState().save.status).toBe('saved');
      const stored = await db.touchpoints.bulkGet([first!.id, second!.id]);
      expect(stored.map((t) => t?.title)).toEqual([TAMIL[0], TELUGU[1]]);
      expect(stored[0]!.description).toBe(first!.description);
    } finally {
      store.dispose();
      persister.close();
      db.close();
    }
  });
});
