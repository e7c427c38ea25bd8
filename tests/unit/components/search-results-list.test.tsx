// @vitest-environment happy-dom
/**
 * The first key of a search on a 2,000-card map listed 200 results in its own frame, and laying out
 * those 200 titles (Tamil, Telugu and Malayalam among them) was most of that key. The key's frame
 * now lists the first results; the rest follow in the next frames, up to the same 200, and the
 * panel says how many match from the first frame on.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { LISTED_FIRST, LISTED_MAX, SearchPanel } from '../../../renderer/src/editor/panels/SearchPanel';
import { useEditorUi } from '../../../renderer/src/editor/ui-store';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

afterEach(() => {
  cleanup();
  useEditorUi.getState().reset();
});

/** 250 cards whose titles all hold "order", in four scripts, in two stages. */
function largeMap() {
  const b = journey('Many orders', 1000);
  const [discover, buy] = b.stages('Discover', 'Buy');
  const scripts = [TAMIL, TELUGU, MALAYALAM, ['Order online']];
  for (let i = 0; i < 250; i += 1) {
    const lines = scripts[i % scripts.length]!;
    b.touchpoint(i < 125 ? discover! : buy!, { title: `${lines[i % lines.length]!} order ${i}` });
  }
  return b.build();
}

const listed = () => screen.queryAllByRole('listitem');

describe('search results list', () => {
  it('lists the first results in the frame of a key and the rest in the next frames', async () => {
    const store = createEditorStore(largeMap(), { persist: async () => undefined, debounceMs: 10_000 });
    const selectOnly = vi.fn();
    render(
      <EditorStoreContext.Provider value={store}>
        <EditorActionsContext.Provider value={{ selectOnly } as unknown as EditorActions}>
          <SearchPanel />
        </EditorActionsContext.Provider>
      </EditorStoreContext.Provider>,
    );
    const box = screen.getByRole('searchbox');

    act(() => fireEvent.change(box, { target: { value: 'order' } }));
    // The key's frame: every match counted, the first results listed.
    expect(screen.getByText('250 matches')).toBeTruthy();
    expect(listed()).toHaveLength(LISTED_FIRST);

    // The next frames list the rest, up to the most the panel lists, in journey order.
    await vi.waitFor(() => expect(listed()).toHaveLength(LISTED_MAX), { timeout: 10_000 });
    const last = within(listed().at(-1)!);
    fireEvent.click(last);
    expect(selectOnly).toHaveBeenCalledTimes(1);
    expect(useEditorUi.getState().matchIndex).toBe(LISTED_MAX - 1);

    // A key that narrows the search lists its results the same way.
    act(() => fireEvent.change(box, { target: { value: 'order 1' } }));
    const narrowed = screen.getByText(/^\d+ matches$/).textContent!;
    expect(listed().length).toBeLessThanOrEqual(LISTED_FIRST);
    await vi.waitFor(() => expect(`${listed().length} matches`).toBe(narrowed), { timeout: 10_000 });
  });
});

/** The button of a listed result. */
function within(item: HTMLElement): HTMLElement {
  return item.querySelector('button')!;
}
