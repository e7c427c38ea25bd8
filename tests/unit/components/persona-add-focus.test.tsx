// @vitest-environment happy-dom
/**
 * "Add persona" left focus on the button, so the name typed next pressed the button again at
 * each space (a persona per word). The new persona's Name box now takes focus with its
 * placeholder name selected, so typing replaces it.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PersonasPanel } from '../../../renderer/src/editor/panels/PersonasPanel';
import { ServicesProvider } from '../../../renderer/src/services';
import { createCommandBus } from '../../../renderer/src/services/command-bus';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN } from '../../fixtures/seed-text';
import { freshDb } from '../storage/helpers';

afterEach(cleanup);

describe('Personas panel: Add persona', () => {
  it('puts focus in the new persona’s Name box with the name selected', async () => {
    const b = journey('Renewal');
    b.stages('Discover');
    const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
    const services = { db: freshDb(), navigate: () => undefined, commands: createCommandBus() };
    render(
      <ServicesProvider services={services}>
        <EditorStoreContext.Provider value={store}>
          <PersonasPanel />
        </EditorStoreContext.Provider>
      </ServicesProvider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Add persona/ })));
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    expect(name.selectionStart).toBe(0);
    expect(name.selectionEnd).toBe(name.value.length);
    fireEvent.change(name, { target: { value: ARMENIAN[0]! } });
    expect(Object.values(store.getState().doc.personas).map((p) => p.name)).toEqual([ARMENIAN[0]!]);
  });
});
