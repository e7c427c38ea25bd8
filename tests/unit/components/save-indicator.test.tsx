// @vitest-environment happy-dom
/**
 * Every key typed is written as it is typed, so the store's save status turns from "saving" to
 * "saved" at every key. The indicator holds "Saving…" for a moment once shown, so it does not
 * flicker at typing speed, and never shows "Saved" before the write is done.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveIndicator, SAVING_SHOWN_MS } from '../../../renderer/src/editor/toolbar/SaveIndicator';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { TAMIL } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup() {
  let finishWrite: () => void = () => undefined;
  const store = createEditorStore(smallJourney(), {
    persist: () => new Promise<void>((resolve) => (finishWrite = resolve)),
  });
  render(
    <EditorStoreContext.Provider value={store}>
      <SaveIndicator />
    </EditorStoreContext.Provider>,
  );
  const typeKey = (title: string) => {
    const doc = store.getState().doc;
    const id = Object.keys(doc.touchpoints)[0]!;
    act(() => store.getState().run('Rename', updateTouchpoint(doc, id, { title }), { coalesceKey: `title:${id}` }));
  };
  const write = async () => {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
      finishWrite();
      await vi.advanceTimersByTimeAsync(0);
    });
  };
  return { store, typeKey, write };
}

const shown = () => screen.getByRole('status').textContent?.trim();

describe('the save indicator', () => {
  it('holds "Saving…" through keys written one by one, then shows "Saved" a moment after the last write', async () => {
    const { store, typeKey, write } = setup();
    expect(shown()).toBe('Saved');
    const keys = [...TAMIL[0]].slice(0, 6);
    for (let i = 1; i <= keys.length; i++) {
      typeKey(keys.slice(0, i).join(''));
      expect(shown()).toBe('Saving…');
      await write();
      // Written, yet still "Saving…" on screen: no flicker between keys 80 ms apart.
      expect(store.getState().save.status).toBe('saved');
      expect(shown()).toBe('Saving…');
      await act(() => vi.advanceTimersByTimeAsync(80));
    }
    await act(() => vi.advanceTimersByTimeAsync(SAVING_SHOWN_MS));
    expect(shown()).toBe('Saved');
  });

  it('shows "Saved" at once after a write that took longer than the hold, and never before the write is done', async () => {
    const { typeKey, write } = setup();
    typeKey(TAMIL[1]);
    await act(() => vi.advanceTimersByTimeAsync(SAVING_SHOWN_MS * 3));
    expect(shown()).toBe('Saving…');
    await write();
    expect(shown()).toBe('Saved');
  });
});
