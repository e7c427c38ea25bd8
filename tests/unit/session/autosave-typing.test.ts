/**
 * Typing without a pause: the autosave debounce restarts at every key, so
 * before the deadline nothing was written until the typing stopped, and a
 * browser killed after a minute of steady typing lost the whole minute.
 * Then the deadline was two seconds (measured on the production build: a
 * browser killed mid-typing in an inspector field lost up to 2 s of text);
 * now a second of typing, and 300 ms after the last key, as for text typed on
 * the canvas (session/inline-draft.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { createEditorStore, type PersistRow } from '../../../renderer/src/session/store';
import { TAMIL } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave while typing without a pause', () => {
  it('writes the text typed so far at least every second, and the rest 300 ms after the typing stops', async () => {
    const written: string[] = [];
    const persist = vi.fn(async (rows: PersistRow[]) => {
      for (const r of rows) written.push((r.row as { title: string }).title);
    });
    const doc = smallJourney();
    const tp = doc.touchpoints[0]!;
    // As the app makes it (EditorScreen): the default debounce and deadline.
    const store = createEditorStore(doc, { persist });
    const text = [...TAMIL[2]].slice(0, 60);
    // One key every 120 ms, for 7.2 s.
    for (let i = 1; i <= text.length; i++) {
      const s = store.getState();
      s.run('Title', updateTouchpoint(s.doc, tp.id, { title: text.slice(0, i).join('') }), {
        coalesceKey: `title:${tp.id}`,
      });
      await vi.advanceTimersByTimeAsync(120);
      // Whatever was typed more than a second ago is stored (or being written).
      const typedASecondAgo = Math.max(0, i - Math.ceil(1000 / 120));
      if (typedASecondAgo > 0)
        expect(written.at(-1)?.length ?? 0).toBeGreaterThanOrEqual(text.slice(0, typedASecondAgo).join('').length);
    }
    expect(persist.mock.calls.length).toBeGreaterThanOrEqual(6);
    await vi.advanceTimersByTimeAsync(310);
    expect(written.at(-1)).toBe(text.join(''));
    expect(store.getState().save.status).toBe('saved');
    // The history still holds the burst as one step.
    expect(store.getState().history.past).toHaveLength(1);
    store.dispose();
  });
});
