// @vitest-environment happy-dom
/**
 * A journey just created blank opens with the caret in its title, the text selected, so typing names
 * it (it stayed "Untitled journey", and typed letters reached the map's shortcuts: N added a card).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyTitle, nameOnOpen } from '../../../renderer/src/editor/toolbar/JourneyTitle';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';
import { ARMENIAN } from '../../fixtures/seed-text';

afterEach(cleanup);

function renderTitle(doc = smallJourney()) {
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <EditorStoreContext.Provider value={store}>
      <JourneyTitle />
    </EditorStoreContext.Provider>,
  );
  return { store, box: screen.getByRole('textbox', { name: 'Journey title' }) as HTMLInputElement };
}

describe('the title of a journey just created', () => {
  it('has focus with its text selected, and typing names the journey', () => {
    const doc = smallJourney();
    nameOnOpen(doc.journey.id);
    const { store, box } = renderTitle(doc);
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    fireEvent.change(box, { target: { value: ARMENIAN[0] } });
    expect(store.getState().doc.journey.title).toBe(ARMENIAN[0]);
  });

  it('is left alone when another journey opens, and once only', () => {
    nameOnOpen('journey-elsewhere');
    const other = renderTitle().box;
    expect(document.activeElement).not.toBe(other);
    cleanup();
    const doc = smallJourney();
    nameOnOpen(doc.journey.id);
    const named = renderTitle(doc).box;
    expect(document.activeElement).toBe(named);
    cleanup();
    const { box } = renderTitle(doc);
    expect(document.activeElement).not.toBe(box);
  });
});
