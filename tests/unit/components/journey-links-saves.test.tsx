// @vitest-environment happy-dom
/**
 * The editor's list of the library's journeys (for sub-journey links) is read live from the
 * database, and every autosave rewrites the open journey's row: each save gave a new list, so
 * everything showing it (the table view's rows and sub-journey column, the link markers)
 * rendered again once a second while typing. A save that changes no title or trash state now
 * keeps the list as it was; a rename in another window still shows.
 */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyLinksProvider, useJourneyLinks } from '../../../renderer/src/editor/links/journey-links';
import { ServicesProvider } from '../../../renderer/src/services';
import { createCommandBus } from '../../../renderer/src/services/command-bus';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { applyRowChanges, createJourneyFromDocument, renameJourney } from '../../../renderer/src/storage';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, TAMIL } from '../../fixtures/seed-text';
import { freshDb } from '../storage/helpers';

afterEach(cleanup);

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 60)));

describe('JourneyLinksProvider across autosaves', () => {
  it('keeps the same journeys list through saves of the open journey, and gives a new one on a rename', async () => {
    const db = freshDb();
    const b = journey('Open');
    const [discover] = b.stages('Discover');
    const card = b.touchpoint(discover!, { title: 'Card' });
    const open = b.build();
    const other = journey('Other').build();
    await createJourneyFromDocument(db, open);
    await createJourneyFromDocument(db, other);
    const store = createEditorStore(open, { persist: async () => undefined, debounceMs: 10_000 });
    const seen: unknown[] = [];
    function Probe() {
      seen.push(useJourneyLinks()?.journeys ?? null);
      return null;
    }
    render(
      <ServicesProvider services={{ db, navigate: () => undefined, commands: createCommandBus() }}>
        <EditorStoreContext.Provider value={store}>
          <JourneyLinksProvider journeyId={open.journey.id}>
            <Probe />
          </JourneyLinksProvider>
        </EditorStoreContext.Provider>
      </ServicesProvider>,
    );
    // The live query's first answer (waited for: a loaded machine takes longer than any pause).
    await waitFor(() => expect(seen.at(-1)).not.toBeNull());
    const first = seen.at(-1);

    // Three autosaves of the open journey (each bumps its row's updatedAt).
    for (const title of [TAMIL[0]!, TAMIL[1]!, TAMIL[2]!]) {
      const row = { ...card, title };
      await act(() => applyRowChanges(db, open.journey.id, [{ table: 'touchpoints', id: row.id, row }]));
      await settle();
    }
    expect(seen.at(-1)).toBe(first);

    // Another journey renamed elsewhere: the list changes.
    await act(() => renameJourney(db, other.journey.id, ARMENIAN[0]!));
    await waitFor(() =>
      expect((seen.at(-1) as ReadonlyMap<string, { title: string }>).get(other.journey.id)?.title).toBe(ARMENIAN[0]),
    );
    expect(seen.at(-1)).not.toBe(first);
  });
});
