// @vitest-environment happy-dom
/**
 * Tab on the map selects the next touchpoint; on a map with no touchpoints it must stay the browser's
 * key, or a keyboard user on a new, empty journey could never move focus to the toolbar.
 */
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorActions } from '../../../renderer/src/editor/actions';
import { useEditorShortcuts } from '../../../renderer/src/editor/keyboard';
import { createEditorStore } from '../../../renderer/src/session/store';
import { noCanvas, smallJourney } from './fixtures';

afterEach(cleanup);

function editorWith(doc: ReturnType<typeof smallJourney>) {
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 5 });
  const actions = createEditorActions(store, noCanvas);
  renderHook(() => useEditorShortcuts(store, actions, () => undefined));
  return store;
}

/** Presses Tab with focus on the page body, as after opening a journey; true when the editor took the key. */
function pressTab(shift = false): boolean {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('Tab on the map', () => {
  it('selects the first touchpoint in journey order, then the next, and Shift+Tab goes back', () => {
    const store = editorWith(smallJourney());
    expect(pressTab()).toBe(true);
    const first = [...store.getState().selection];
    expect(first).toHaveLength(1);
    expect(store.getState().doc.touchpoints[first[0]!]).toBeDefined();
    expect(pressTab()).toBe(true);
    expect([...store.getState().selection]).not.toEqual(first);
    expect(pressTab(true)).toBe(true);
    expect([...store.getState().selection]).toEqual(first);
  });

  it('is left to the browser on a map without touchpoints, so focus moves on to the controls', () => {
    const empty = { ...smallJourney(), touchpoints: [], connections: [] };
    const store = editorWith(empty);
    expect(pressTab()).toBe(false);
    expect(pressTab(true)).toBe(false);
    expect(store.getState().selection.size).toBe(0);
  });
});
