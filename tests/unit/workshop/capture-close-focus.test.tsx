// @vitest-environment happy-dom
/**
 * Closing the workshop's capture bar (Escape on an empty line, or its close button) removed the
 * focused field and left focus on the page body (seen on the web build: Escape aimed at the React
 * Flow pane, which takes no focus). Focus now returns to the control that opened the bar.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { CaptureBarView } from '../../../renderer/src/workshop/capture/CaptureBarView';
import { openCapture, useWorkshopUi, workshopUi } from '../../../renderer/src/workshop/workshop-ui';
import { journey } from '../../fixtures/journey-builder';

const flow = {
  screenToFlowPosition: (p: { x: number; y: number }) => p,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  setCenter: async () => true,
} as unknown as Parameters<typeof createEditorActions>[1];

/** A toolbar's Capture button and, while it is open, the capture bar. */
function Workshop() {
  const open = useWorkshopUi((s) => s.captureOpen);
  return (
    <>
      <button type="button" onClick={openCapture}>
        Capture
      </button>
      <button type="button">Present</button>
      {open && <CaptureBarView />}
    </>
  );
}

function renderWorkshop() {
  const b = journey('Capture');
  b.stages('Discover', 'Buy');
  const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <EditorActionsContext.Provider value={createEditorActions(store, flow)}>
          <Workshop />
        </EditorActionsContext.Provider>
      </EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );
  const opener = screen.getByRole('button', { name: 'Capture' });
  act(() => {
    opener.focus();
    opener.click();
  });
  const line = screen.getByRole('textbox');
  expect(document.activeElement).toBe(line);
  return { opener, line };
}

afterEach(() => {
  cleanup();
  workshopUi().reset();
});

describe('closing the capture bar', () => {
  it('with Escape on an empty line puts focus back on the control that opened it', () => {
    const { opener, line } = renderWorkshop();
    act(() => void fireEvent.keyDown(line, { key: 'Escape' }));
    expect(workshopUi().captureOpen).toBe(false);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('with its close button does the same', () => {
    const { opener } = renderWorkshop();
    const close = screen.getByRole('button', { name: 'Close capture bar' });
    act(() => {
      close.focus();
      close.click();
    });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('Escape with a line typed only clears the line', () => {
    const { line } = renderWorkshop();
    act(() => void fireEvent.change(line, { target: { value: 'Calls support' } }));
    act(() => void fireEvent.keyDown(line, { key: 'Escape' }));
    expect(workshopUi().captureOpen).toBe(true);
    expect(document.activeElement).toBe(line);
  });
});
