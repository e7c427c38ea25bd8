// @vitest-environment happy-dom
/**
 * Tab on the map selects the next stop in reading order: a stage's header, then its touchpoints. On a map
 * with nothing to stop at it must stay the browser's key, or a keyboard user could never move focus on
 * (past the last stop, keyboard.ts moves focus out of the map itself: tests/e2e/editor.test.ts).
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
  it('selects the first stage, then its first touchpoint in journey order, then the next, and Shift+Tab goes back', () => {
    const store = editorWith(smallJourney());
    const doc = () => store.getState().doc;
    expect(pressTab()).toBe(true);
    const stage = [...store.getState().selection];
    expect(stage).toHaveLength(1);
    expect(doc().stages[stage[0]!]).toBeDefined();
    expect(pressTab()).toBe(true);
    const first = [...store.getState().selection];
    expect(first).toHaveLength(1);
    expect(doc().touchpoints[first[0]!]?.stageId).toBe(stage[0]);
    expect(pressTab()).toBe(true);
    expect([...store.getState().selection]).not.toEqual(first);
    expect(pressTab(true)).toBe(true);
    expect([...store.getState().selection]).toEqual(first);
    expect(pressTab(true)).toBe(true);
    expect([...store.getState().selection]).toEqual(stage);
  });

  it('walks the stage headers of a map without touchpoints, and is left to the browser on a map without stages', () => {
    const empty = { ...smallJourney(), touchpoints: [], connections: [] };
    const store = editorWith(empty);
    expect(pressTab()).toBe(true);
    expect(store.getState().doc.stages[[...store.getState().selection][0]!]).toBeDefined();
    cleanup();
    const bare = editorWith({ ...smallJourney(), stages: [], touchpoints: [], connections: [] });
    expect(pressTab()).toBe(false);
    expect(pressTab(true)).toBe(false);
    expect(bare.getState().selection.size).toBe(0);
  });
});
