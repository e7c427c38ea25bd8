// @vitest-environment happy-dom
/**
 * What the editor adds is named in the interface language: a new stage, touchpoint or persona is
 * the map's content, so a Tamil interface does not put "New touchpoint" on a Tamil map.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorActions } from '../../../renderer/src/editor/actions';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { createEditorStore } from '../../../renderer/src/session/store';
import { noCanvas, smallJourney } from './fixtures';

function editor() {
  const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 5 });
  return { store, actions: createEditorActions(store, noCanvas) };
}

afterEach(() => setUiLanguage('en'));

describe('default names of what the editor adds', () => {
  it('are English in English, as before', () => {
    const { store, actions } = editor();
    const stages = Object.keys(store.getState().doc.stages).length;
    actions.addStage();
    const id = actions.addTouchpoint({ edit: false });
    const doc = store.getState().doc;
    expect(Object.values(doc.stages).map((s) => s.name)).toContain(`Stage ${stages + 1}`);
    expect(doc.touchpoints[id]!.title).toBe('New touchpoint');
  });

  it('are Tamil in Tamil', async () => {
    await setUiLanguage('ta');
    const { store, actions } = editor();
    const stages = Object.keys(store.getState().doc.stages).length;
    actions.addStage();
    const id = actions.addTouchpoint({ edit: false });
    const doc = store.getState().doc;
    expect(Object.values(doc.stages).map((s) => s.name)).toContain(`கட்டம் ${stages + 1}`);
    expect(doc.touchpoints[id]!.title).toBe('புதிய தொடுப்புள்ளி');
  });

  it('touchpoints pasted into a journey without stages get a first stage named in Tamil', async () => {
    await setUiLanguage('ta');
    const source = editor();
    const tp = Object.keys(source.store.getState().doc.touchpoints)[0]!;
    source.store.setState({ selection: new Set([tp]) } as never);
    const copied = source.actions.copy();
    expect(copied).not.toBeNull();
    const empty = smallJourney();
    const target = createEditorStore(
      { ...empty, stages: [], touchpoints: [], connections: [] },
      {
        persist: async () => undefined,
        debounceMs: 5,
      },
    );
    createEditorActions(target, noCanvas).paste(copied);
    expect(Object.values(target.getState().doc.stages).map((s) => s.name)).toEqual(['கட்டம் 1']);
  });
});
