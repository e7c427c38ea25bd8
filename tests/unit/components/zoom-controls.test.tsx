// @vitest-environment happy-dom
/**
 * The map's zoom buttons name their keys in their tooltips, in every interface language, and those
 * keys work: Ctrl+= and Ctrl+- zoom the map (also in a browser, where they zoomed the page), F fits it.
 */
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { ZoomControls } from '../../../renderer/src/editor/canvas/ZoomControls';
import { SHORTCUTS, useEditorShortcuts } from '../../../renderer/src/editor/keyboard';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { createEditorStore } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

const fakeActions = () => ({ zoomIn: vi.fn(), zoomOut: vi.fn(), zoomReset: vi.fn(), fitView: vi.fn() });

function renderControls(actions = fakeActions()) {
  render(
    <ReactFlowProvider>
      <EditorActionsContext.Provider value={actions as unknown as EditorActions}>
        <ZoomControls />
      </EditorActionsContext.Provider>
    </ReactFlowProvider>,
  );
  return actions;
}

describe('zoom controls', () => {
  it('name their keys in their tooltips and keep their plain names, and each runs its command', () => {
    const actions = renderControls();
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    const zoomOut = screen.getByRole('button', { name: 'Zoom out' });
    const fit = screen.getByRole('button', { name: 'Fit view' });
    expect(zoomIn.getAttribute('title')).toBe('Zoom in (Ctrl+=)');
    expect(zoomOut.getAttribute('title')).toBe('Zoom out (Ctrl+-)');
    expect(fit.getAttribute('title')).toBe('Fit view (F)');
    expect(fit.getAttribute('aria-keyshortcuts')).toBe('F');
    fireEvent.click(zoomIn);
    fireEvent.click(zoomOut);
    fireEvent.click(fit);
    expect(actions.zoomIn).toHaveBeenCalledTimes(1);
    expect(actions.zoomOut).toHaveBeenCalledTimes(1);
    expect(actions.fitView).toHaveBeenCalledTimes(1);
  });

  it('say their names in the interface language', async () => {
    await act(() => setUiLanguage('te'));
    renderControls();
    expect(screen.getByRole('button', { name: 'పెద్దది చేయి' }).getAttribute('title')).toBe('పెద్దది చేయి (Ctrl+=)');
    expect(screen.getByRole('button', { name: 'మ్యాప్ మొత్తం చూపు' }).getAttribute('title')).toBe('మ్యాప్ మొత్తం చూపు (F)');
  });

  it('Ctrl+= / Ctrl+- / Ctrl+0 zoom the map from the keyboard, and the shortcut sheet lists them', () => {
    const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 10_000 });
    const actions = fakeActions();
    renderHook(() => useEditorShortcuts(store, actions as unknown as EditorActions, () => undefined));
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press('=')).toBe(true);
    expect(press('-')).toBe(true);
    expect(press('0')).toBe(true);
    expect(actions.zoomIn).toHaveBeenCalledTimes(1);
    expect(actions.zoomOut).toHaveBeenCalledTimes(1);
    expect(actions.zoomReset).toHaveBeenCalledTimes(1);
    const listed = SHORTCUTS.flatMap((g) => g.items.map((i) => i.description));
    expect(listed).toEqual(expect.arrayContaining(['shortcuts.fit', 'shortcuts.zoom', 'shortcuts.zoomReset']));
  });
});
