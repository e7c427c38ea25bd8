// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../renderer/src/i18n';
import taInspector from '../../../renderer/src/i18n/locales/ta/inspector.json';
import taVocabulary from '../../../renderer/src/i18n/locales/ta/vocabulary.json';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { Inspector } from '../../../renderer/src/editor/inspector/Inspector';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';
import { ARMENIAN, TAMIL } from '../../fixtures/seed-text';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

function renderInspector() {
  const doc = smallJourney();
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  // The inspector's field tests need no canvas actions (duplicate and delete are the canvas's).
  const actions = {} as EditorActions;
  render(
    <EditorStoreContext.Provider value={store}>
      <EditorActionsContext.Provider value={actions}>
        <Inspector />
      </EditorActionsContext.Provider>
    </EditorStoreContext.Provider>,
  );
  return { store, doc };
}

describe('Inspector (component)', () => {
  it('edits the selected touchpoint: typing is one undoable step in the store', () => {
    const { store, doc } = renderInspector();
    const touchpoint = doc.touchpoints[0]!;
    act(() => store.getState().setSelection([touchpoint.id]));

    const title = screen.getByLabelText('Title') as HTMLInputElement;
    expect(title.value).toBe(touchpoint.title);
    fireEvent.change(title, { target: { value: TAMIL[0]! } });
    fireEvent.change(title, { target: { value: `${TAMIL[0]!}!` } });
    expect(store.getState().doc.touchpoints[touchpoint.id]!.title).toBe(`${TAMIL[0]!}!`);
    // Typing into one field coalesces into one history step.
    expect(store.getState().history.past).toHaveLength(1);

    const description = screen.getByLabelText('Description') as HTMLTextAreaElement;
    fireEvent.change(description, { target: { value: ARMENIAN[0]! } });
    expect(store.getState().doc.touchpoints[touchpoint.id]!.description).toBe(ARMENIAN[0]!);

    act(() => void store.getState().undo());
    expect(store.getState().doc.touchpoints[touchpoint.id]!.description).toBe(touchpoint.description);
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe(touchpoint.description);
  });

  it('shows the journey when nothing is selected', () => {
    const { doc } = renderInspector();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(doc.journey.title);
  });

  it('shows a default channel by its name in the interface language and stores a typed name as its id', async () => {
    await setUiLanguage('ta');
    const { store, doc } = renderInspector();
    const touchpoint = doc.touchpoints[0]!;
    act(() => store.getState().setSelection([touchpoint.id]));
    const channelOf = () => store.getState().doc.touchpoints[touchpoint.id]!.channel;
    const box = () => screen.getByLabelText(taInspector.channel) as HTMLInputElement;

    // The Tamil name of "phone", typed, is stored as the id; the box keeps showing the name.
    fireEvent.change(box(), { target: { value: taVocabulary.channel.phone } });
    expect(channelOf()).toBe('phone');
    expect(box().value).toBe(taVocabulary.channel.phone);
    // The English id, typed in any case, is the same channel, and the box keeps what was typed while typing.
    fireEvent.change(box(), { target: { value: 'WEBSITE' } });
    expect(channelOf()).toBe('website');
    expect(box().value).toBe('WEBSITE');
    fireEvent.blur(box());
    expect(box().value).toBe(taVocabulary.channel.website);
    // A channel of the user's own is kept as typed, in any script.
    fireEvent.change(box(), { target: { value: TAMIL[1]!.slice(0, 30) } });
    expect(channelOf()).toBe(TAMIL[1]!.slice(0, 30).trim());
    // The choices offer the default channels by their Tamil names.
    const options = Array.from(document.querySelectorAll(`#${CSS.escape(box().id)}-channels option`)).map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(options).toContain(taVocabulary.channel.delivery);
    expect(options).not.toContain('delivery');
    // An undo under the box (the typing was one step) shows the stored channel again, not the text typed.
    act(() => void store.getState().undo());
    expect(channelOf()).toBe(touchpoint.channel);
    expect(box().value).toBe(touchpoint.channel);
  });
});
