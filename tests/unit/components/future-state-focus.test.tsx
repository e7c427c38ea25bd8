// @vitest-environment happy-dom
/**
 * "Create future state" and the comparison's "Back to the journey" each replace the whole screen, so
 * the button that was pressed leaves the page and focus fell to the body (seen on the web build). Now
 * the future state's "Compare with current" button takes focus when its editor opens, and going back
 * from the comparison gives focus to that same button, the control that opened the comparison.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { JourneyId } from '../../../renderer/src/domain/ids';
import CompareScreen from '../../../renderer/src/insights-ui/CompareScreen';
import { FutureStateButton } from '../../../renderer/src/insights-ui/FutureStateButton';
import { createFutureState } from '../../../renderer/src/insights-ui/future-state';
import { ServicesProvider } from '../../../renderer/src/services';
import { createCommandBus } from '../../../renderer/src/services/command-bus';
import type { Route } from '../../../renderer/src/services/routes';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import { createJourneyFromDocument, getJourneyDocument, type WaymarkDB } from '../../../renderer/src/storage';
import { useToasts } from '../../../renderer/src/ui/toasts';
import { journey } from '../../fixtures/journey-builder';
import { freshDb } from '../storage/helpers';

/** A journey's editor as far as this button goes: it opens once the journey is read, as the real one does. */
function JourneyScreen({ db, journeyId }: { db: WaymarkDB; journeyId: JourneyId }) {
  const [store, setStore] = useState<EditorStore | null>(null);
  useEffect(() => {
    void getJourneyDocument(db, journeyId).then((doc) =>
      setStore(createEditorStore(doc!, { persist: async () => undefined, debounceMs: 10_000 })),
    );
  }, [db, journeyId]);
  if (!store) return <p>Opening…</p>;
  return (
    <EditorStoreContext.Provider value={store}>
      <h1>{store.getState().doc.journey.title}</h1>
      <FutureStateButton />
    </EditorStoreContext.Provider>
  );
}

/** The app's screens, switched by route and keyed by journey as App.tsx does. */
function Screens({ db, start }: { db: WaymarkDB; start: Route }) {
  const [route, setRoute] = useState<Route>(start);
  const services = useMemo(() => ({ db, navigate: setRoute, commands: createCommandBus() }), [db]);
  return (
    <ServicesProvider services={services}>
      {route.name === 'journey' ? (
        <JourneyScreen key={route.journeyId} db={db} journeyId={route.journeyId} />
      ) : route.name === 'compare' ? (
        <CompareScreen key={route.journeyId} journeyId={route.journeyId} />
      ) : null}
    </ServicesProvider>
  );
}

async function storedJourney(db: WaymarkDB) {
  const b = journey('Renewal');
  const [discover] = b.stages('Discover', 'Buy');
  b.touchpoint(discover!, { title: 'Reads the reminder', emotion: -1 });
  return createJourneyFromDocument(db, b.build(), []);
}

afterEach(() => {
  cleanup();
  useToasts.setState({ toasts: [] });
});

describe('focus across the future-state screens', () => {
  it('after “Create future state”, the new future state’s Compare button has focus', async () => {
    const db = freshDb();
    const current = await storedJourney(db);
    render(<Screens db={db} start={{ name: 'journey', journeyId: current.id }} />);
    const create = await screen.findByRole('button', { name: 'Create future state' });
    act(() => create.focus());
    fireEvent.click(create);
    await screen.findByRole('heading', { name: 'Renewal (future state)' });
    const compare = await screen.findByRole('button', { name: /compare/i });
    await waitFor(() => expect(document.activeElement).toBe(compare));
  });

  it('“Back to the journey” on the comparison gives focus back to the Compare button that opened it', async () => {
    const db = freshDb();
    const current = await storedJourney(db);
    const made = await createFutureState(db, current.id);
    if (!made.ok) throw new Error(made.message);
    render(<Screens db={db} start={{ name: 'journey', journeyId: made.journey.id }} />);
    const compare = await screen.findByRole('button', { name: /compare/i });
    act(() => compare.focus());
    fireEvent.click(compare);
    // The comparison opens with focus on its title, not on the page.
    const title = await screen.findByRole('heading', { name: 'Current vs future state' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    const back = screen.getByRole('button', { name: /Back to the journey/ });
    act(() => back.focus());
    fireEvent.click(back);
    const again = await screen.findByRole('button', { name: /compare/i });
    await waitFor(() => expect(document.activeElement).toBe(again));
  });
});
