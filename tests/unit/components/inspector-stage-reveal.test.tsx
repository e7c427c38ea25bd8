// @vitest-environment happy-dom
/**
 * Moving a card to another stage from the inspector's Stage field brings it into view when its new
 * place is off screen (it vanished from the map before), and leaves the map alone when it is in view.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEditorActions } from '../../../renderer/src/editor/actions';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../../renderer/src/domain/vocabulary';
import { smallJourney } from '../editor/fixtures';
import { renderInspector } from './inspector-fixture';

afterEach(cleanup);

/** The canvas calls the actions make, with the map shown at this viewport in an 800 × 600 view (no canvas on screen). */
function fakeFlow(viewport: { x: number; y: number; zoom: number }) {
  const setCenter = vi.fn(async () => true);
  const flow = {
    screenToFlowPosition: (p: { x: number; y: number }) => p,
    getViewport: () => viewport,
    setCenter,
    fitView: async () => true,
  } as unknown as Parameters<typeof createEditorActions>[1];
  return { flow, setCenter };
}

function renderWith(viewport: { x: number; y: number; zoom: number }) {
  const doc = smallJourney();
  const { flow, setCenter } = fakeFlow(viewport);
  const moved = doc.touchpoints[0]!;
  const store = renderInspector(doc, { select: moved.id, actions: (s) => createEditorActions(s, flow) });
  return { store, doc, moved, setCenter };
}

describe('Inspector: Stage field brings the moved card into view', () => {
  it('centres the map on the card when its new stage is off screen', () => {
    const { store, doc, moved, setCenter } = renderWith({ x: 0, y: 0, zoom: 1 });
    const use = doc.stages.find((s) => s.name === 'Use')!;
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: use.id } });
    const at = store.getState().doc.touchpoints[moved.id]!.position;
    // Use's column starts at 640: the card is past the 800-wide view.
    expect(at.x + TOUCHPOINT_WIDTH).toBeGreaterThan(800);
    expect(setCenter).toHaveBeenCalledTimes(1);
    expect(setCenter).toHaveBeenCalledWith(
      at.x + TOUCHPOINT_WIDTH / 2,
      at.y + TOUCHPOINT_HEIGHT / 2,
      expect.objectContaining({ zoom: 1 }),
    );
  });

  it('leaves the map where it is when the card stays in view', () => {
    // Zoomed out to a third: the whole small map (about 960 × 600) fits the view.
    const { store, doc, moved, setCenter } = renderWith({ x: 0, y: 0, zoom: 0.3 });
    const use = doc.stages.find((s) => s.name === 'Use')!;
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: use.id } });
    expect(store.getState().doc.touchpoints[moved.id]!.stageId).toBe(use.id);
    expect(setCenter).not.toHaveBeenCalled();
  });
});
