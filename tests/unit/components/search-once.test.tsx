// @vitest-environment happy-dom
/**
 * The canvas and the search panel both ask for the search's results in the same render: a key typed
 * in the search box searches the map once, not once for each of them (on a 2,000-card map each search
 * took a few hundred milliseconds of that key).
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Match from '../../../renderer/src/editor/search/match';
import { EMPTY_FILTERS, useEditorUi } from '../../../renderer/src/editor/ui-store';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { createEditorStore } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';
import { TAMIL } from '../../fixtures/seed-text';

const searches = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../renderer/src/editor/search/match', async (original) => {
  const real = await original<typeof Match>();
  return {
    ...real,
    findMatches: (...args: Parameters<typeof real.findMatches>) => {
      searches.count++;
      return real.findMatches(...args);
    },
  };
});

const { useSearchResults } = await import('../../../renderer/src/editor/search/use-search');

const seen: Array<string[] | null> = [];
function Reader() {
  seen.push(useSearchResults());
  return null;
}

afterEach(() => {
  cleanup();
  useEditorUi.getState().reset();
  searches.count = 0;
  seen.length = 0;
});

describe('the search’s results', () => {
  it('are searched once for the canvas and the panel, and again only when the search or the map changes', () => {
    const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 10_000 });
    const search = (text: string) => act(() => useEditorUi.getState().set({ filters: { ...EMPTY_FILTERS, text } }));
    render(
      <EditorStoreContext.Provider value={store}>
        <Reader />
        <Reader />
      </EditorStoreContext.Provider>,
    );
    expect(searches.count).toBe(0);
    search('Discover');
    expect(searches.count).toBe(1);
    const [canvas, panel] = seen.slice(-2);
    expect(canvas).not.toBeNull();
    expect(panel).toBe(canvas);

    search('Buy');
    expect(searches.count).toBe(2);
    const first = Object.values(store.getState().doc.touchpoints)[0]!;
    act(() => {
      const s = store.getState();
      s.run('Rename', updateTouchpoint(s.doc, first.id, { title: 'Buy online' }));
    });
    expect(searches.count).toBe(3);
    expect(seen.at(-1)).toContain(first.id);
    expect(seen.at(-2)).toBe(seen.at(-1));
  });

  it('are the same list when a key finds what the one before found, so the canvas draws nothing again', () => {
    const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 10_000 });
    const search = (text: string) => act(() => useEditorUi.getState().set({ filters: { ...EMPTY_FILTERS, text } }));
    render(
      <EditorStoreContext.Provider value={store}>
        <Reader />
      </EditorStoreContext.Provider>,
    );
    search('Disc');
    const found = seen.at(-1);
    expect(found).toHaveLength(2);
    search('Disco');
    expect(seen.at(-1)).toBe(found);
    // Nothing found, twice (a query in Tamil typed a letter at a time): the same empty list.
    search(`${TAMIL[0]!.slice(0, 2)}`);
    const none = seen.at(-1);
    expect(none).toEqual([]);
    search(`${TAMIL[0]!.slice(0, 3)}`);
    expect(seen.at(-1)).toBe(none);
    search('Buy');
    expect(seen.at(-1)).not.toBe(none);
  });
});
