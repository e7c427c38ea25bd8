// @vitest-environment happy-dom
/**
 * A key typed in the search box drew the whole panel again, its emotion, severity and evidence
 * drop-downs with their few dozen translated option labels included. The filters do not depend on
 * the query: a key now leaves them as they are, and they still work.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Vocabulary from '../../../renderer/src/i18n/vocabulary';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { useEditorUi } from '../../../renderer/src/editor/ui-store';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';

const named = vi.hoisted(() => ({ emotions: 0, severities: 0 }));
vi.mock('../../../renderer/src/i18n/vocabulary', async (original) => {
  const real = await original<typeof Vocabulary>();
  return {
    ...real,
    emotionName: (score: number | null) => {
      named.emotions++;
      return real.emotionName(score);
    },
    severityName: (severity: Parameters<typeof real.severityName>[0]) => {
      named.severities++;
      return real.severityName(severity);
    },
  };
});

const { SearchPanel } = await import('../../../renderer/src/editor/panels/SearchPanel');

afterEach(() => {
  cleanup();
  useEditorUi.getState().reset();
});

/** The search panel on `store`; returns the actions' selectOnly, a mock. */
function renderPanel(store: EditorStore) {
  const selectOnly = vi.fn();
  render(
    <EditorStoreContext.Provider value={store}>
      <EditorActionsContext.Provider value={{ selectOnly } as unknown as EditorActions}>
        <SearchPanel />
      </EditorActionsContext.Provider>
    </EditorStoreContext.Provider>,
  );
  return selectOnly;
}

describe('search panel keys', () => {
  it('does not draw the filters again for a key in the search box, and the filters still apply', () => {
    const b = journey('Keys', 1000);
    const [discover] = b.stages('Discover');
    b.touchpoint(discover!, { title: TAMIL[0], emotion: -2, channel: 'email' });
    b.touchpoint(discover!, { title: 'Order online', emotion: 2, channel: 'website' });
    const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
    renderPanel(store);
    expect(named.emotions).toBeGreaterThan(0);
    const box = screen.getByRole('searchbox');
    named.emotions = 0;
    named.severities = 0;
    for (const text of ['o', 'or', 'ord', 'order', 'order வா']) fireEvent.change(box, { target: { value: text } });
    expect(useEditorUi.getState().filters.text).toBe('order வா');
    expect(named).toEqual({ emotions: 0, severities: 0 });

    // The filters read the query typed meanwhile: a filter keeps it.
    act(() => fireEvent.change(box, { target: { value: 'order' } }));
    const from = screen.getAllByRole('combobox')[0]!;
    fireEvent.change(from, { target: { value: '1' } });
    expect(useEditorUi.getState().filters).toMatchObject({ text: 'order', emotionMin: 1 });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Order online']);
    fireEvent.click(screen.getByRole('button', { name: /website/i }));
    expect(useEditorUi.getState().filters).toMatchObject({ text: 'order', emotionMin: 1, channels: ['website'] });
  });

  it('Enter right after a key goes to a match of what the box says, not of the list a render behind', () => {
    const b = journey('Enter', 1000);
    const [discover] = b.stages('Discover');
    const tamil = b.touchpoint(discover!, { title: TAMIL[0] });
    const order = b.touchpoint(discover!, { title: 'Order online' });
    const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
    const selectOnly = renderPanel(store);
    const box = screen.getByRole('searchbox');
    act(() => fireEvent.change(box, { target: { value: 'order' } }));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Order online']);
    // The key and Enter before the panel draws again: its list still holds the last query's match.
    act(() => {
      fireEvent.change(box, { target: { value: TAMIL[0].slice(0, 4) } });
      fireEvent.keyDown(box, { key: 'Enter' });
    });
    expect(selectOnly.mock.calls).toEqual([[tamil.id]]);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([TAMIL[0]]);
    act(() => fireEvent.keyDown(box, { key: 'Enter' }));
    expect(selectOnly).toHaveBeenLastCalledWith(tamil.id);
    expect(order.id).not.toBe(tamil.id);
  });
});
