// @vitest-environment happy-dom
/**
 * The persona library said "Every persona of your other journeys is already in this one" when there
 * were no other journeys at all. With none, it now says what the library is for.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryPersona } from '../../../renderer/src/domain/persona-library';
import { PersonaLibrarySection } from '../../../renderer/src/editor/panels/PersonaLibrary';
import { ServicesProvider } from '../../../renderer/src/services';
import { createCommandBus } from '../../../renderer/src/services/command-bus';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { freshDb } from '../storage/helpers';

afterEach(cleanup);

function renderLibrary(otherJourney: boolean) {
  const b = journey('Renewal');
  b.stages('Discover');
  const ana = b.persona('Ana');
  const doc = b.build();
  const journeys = [{ id: doc.journey.id, title: doc.journey.title, deletedAt: null }];
  if (otherJourney) journeys.push({ id: 'journey_other' as never, title: 'Onboarding', deletedAt: null });
  // Ana is the library's one persona, already in this journey (and, in the second case, in another one too).
  const library: LibraryPersona[] = [{ key: ana.id, persona: ana, journeys }];
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  const services = { db: freshDb(), navigate: () => undefined, commands: createCommandBus() };
  render(
    <ServicesProvider services={services}>
      <EditorStoreContext.Provider value={store}>
        <PersonaLibrarySection library={library} />
      </EditorStoreContext.Provider>
    </ServicesProvider>,
  );
}

describe('the persona library with nothing to add', () => {
  it('says what it is for when no other journey has personas', () => {
    renderLibrary(false);
    screen.getByText('Personas you make in your other journeys appear here, to add to this one.');
    expect(screen.queryByText('Every persona of your other journeys is already in this one.')).toBeNull();
  });

  it('says all are here already when other journeys’ personas are all in this one', () => {
    renderLibrary(true);
    screen.getByText('Every persona of your other journeys is already in this one.');
    expect(screen.queryByText(/appear here/)).toBeNull();
  });
});
