// @vitest-environment happy-dom
/**
 * “Add lanes” names what it creates in the interface language: the journey's first Customer lane
 * and the lane after it are the map's content, so a Tamil interface does not write English there.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AddLaneNode } from '../../../renderer/src/editor/canvas/nodes/LaneNode';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

/** The "Add lanes" button of a journey without lanes, drawn; its store. */
function renderAddLanes() {
  const store = createEditorStore(
    { ...smallJourney(), lanes: [] },
    { persist: async () => undefined, debounceMs: 10_000 },
  );
  const props = { data: { hasLanes: false } } as unknown as ComponentProps<typeof AddLaneNode>;
  // Inside React Flow, as on the canvas: the button reads the zoom to keep its size on screen.
  render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <AddLaneNode {...props} />
      </EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );
  return store;
}

function addLanes() {
  const store = renderAddLanes();
  fireEvent.click(screen.getByRole('button'));
  return Object.values(store.getState().doc.lanes)
    .sort((a, b) => a.order - b.order)
    .map((l) => l.name);
}

describe('the lanes “Add lanes” creates', () => {
  it('are named in English in English, as before', () => {
    expect(addLanes()).toEqual(['Customer', 'Lane 2']);
  });

  it('are named in Tamil in Tamil', async () => {
    await setUiLanguage('ta');
    const names = addLanes();
    expect(names).toEqual(['வாடிக்கையாளர்', 'தடம் 2']);
  });
});

describe('the “Add lanes” button', () => {
  it('shows only its first words in Malayalam, and keeps the whole name as its name and tooltip', async () => {
    await setUiLanguage('ml');
    renderAddLanes();
    const whole = 'ലെയ്നുകൾ ചേർക്കുക (സേവന ബ്ലൂപ്രിന്റ്)';
    const button = screen.getByRole('button', { name: whole });
    expect(button.getAttribute('title')).toBe(whole);
    expect(button.textContent?.trim()).toBe('ലെയ്നുകൾ ചേർക്കുക');
    // The words shown are the start of its name, so a voice command saying them finds it.
    expect(whole.startsWith(button.textContent!.trim())).toBe(true);
  });
});

describe('the “Add lanes” button’s short words', () => {
  it('begin its whole name in every language', async () => {
    const { i18n, UI_LANGUAGES } = await import('../../../renderer/src/i18n');
    for (const language of UI_LANGUAGES) {
      const t = i18n.getFixedT(language);
      const short = t('editor.lane.addFirstShort');
      expect(short, language).not.toBe('editor.lane.addFirstShort');
      expect(t('editor.lane.addFirst').startsWith(short), language).toBe(true);
    }
  });
});
