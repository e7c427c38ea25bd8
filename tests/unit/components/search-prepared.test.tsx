// @vitest-environment happy-dom
/**
 * The first key of a search on a 2,000-card map normalised the search text of every card (30-70 ms of
 * that key) before it could search. While the search panel is open, that text is now made ahead in short
 * slices, so the first key normalises only what was typed.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Search from '../../../renderer/src/domain/search';
import { EMPTY_FILTERS, useEditorUi } from '../../../renderer/src/editor/ui-store';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { TELUGU } from '../../fixtures/seed-text';

const normalised = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../../renderer/src/domain/search', async (original) => {
  const real = await original<typeof Search>();
  return {
    ...real,
    normaliseForSearch: (text: string) => {
      normalised.texts.push(text);
      return real.normaliseForSearch(text);
    },
  };
});

const { useSearchMatches } = await import('../../../renderer/src/editor/search/use-search');

let matches: ReadonlySet<string> | null = null;
function Canvas() {
  matches = useSearchMatches();
  return null;
}

afterEach(() => {
  cleanup();
  useEditorUi.getState().reset();
  normalised.texts.length = 0;
});

/** Lets the slices of work queued with timers run. */
const slices = () => act(() => new Promise<void>((resolve) => setTimeout(() => setTimeout(resolve, 20), 20)));

describe('search text made ahead', () => {
  it('is made for every card once the search panel opens, so the first key normalises only the query', async () => {
    const b = journey('Prepared', 1000);
    const [discover] = b.stages('Discover');
    const cards = [TELUGU[0]!, 'Order online', 'Pay at the counter'].map((title) => b.touchpoint(discover!, { title }));
    const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
    render(
      <EditorStoreContext.Provider value={store}>
        <Canvas />
      </EditorStoreContext.Provider>,
    );
    // Nothing is made while the panel is closed.
    await slices();
    expect(normalised.texts).toHaveLength(0);

    act(() => useEditorUi.getState().set({ panel: 'search' }));
    await slices();
    expect(normalised.texts).toHaveLength(cards.length);

    normalised.texts.length = 0;
    act(() => useEditorUi.getState().set({ filters: { ...EMPTY_FILTERS, text: 'order' } }));
    expect(normalised.texts).toEqual(['order']);
    expect([...matches!]).toEqual([cards[1]!.id]);
  });
});
