// @vitest-environment happy-dom
/**
 * React Flow unmounts the emotion-curve lane of a large map while it is out of view, and an edit can
 * bring it back (a card added at the foot of a stage moves the lane). Mounted in the frame of that
 * key, the lane worked out the whole curve there: 20-40 ms on a 2,000-card map, before the new card
 * could paint. A lane mounted again now draws what it drew last and takes up the edit after the next
 * paint; a lane that never drew shows its axes first and its lines after the next paint.
 * The frame is played by hand (tests/support/held-frames.ts).
 */
import { act, cleanup, render } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdFrames, paint } from '../../support/held-frames';
import type { CurveNode as CurveNodeType } from '../../../renderer/src/editor/canvas/build-nodes';
import { CurveNode } from '../../../renderer/src/editor/canvas/nodes/CurveNode';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';

beforeEach(holdFrames);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function mapStore() {
  const b = journey('Curve lane');
  const [discover, buy] = b.stages('Discover', 'Buy');
  const searches = b.touchpoint(discover!, { title: 'தேடுகிறார்', emotion: 2 });
  const pays = b.touchpoint(buy!, { title: 'Վճարում է', emotion: -1 });
  b.chain(searches, pays);
  const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
  return { store, searches: searches.id };
}

function Lane({ store }: { store: EditorStore }) {
  const props = { id: 'lane:emotion-curve', data: { width: 640 } } as unknown as NodeProps<CurveNodeType>;
  return (
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <CurveNode {...props} />
      </EditorStoreContext.Provider>
    </ReactFlowProvider>
  );
}

/** The points of the customer's line as drawn, or null when no line is drawn. */
const line = (container: HTMLElement) => container.querySelector('polyline')?.getAttribute('points') ?? null;

describe('the emotion-curve lane', () => {
  it('draws its lines after the first frame when it never drew before', async () => {
    const { store } = mapStore();
    const view = render(<Lane store={store} />);
    expect(view.container.querySelector('.curve-lane')).not.toBeNull();
    expect(line(view.container)).toBeNull();

    await paint();
    expect(line(view.container)).not.toBeNull();
  });

  it('mounted again after an edit, draws what it drew, then the edit after the next paint', async () => {
    const { store, searches } = mapStore();
    const first = render(<Lane store={store} />);
    await paint();
    const before = line(first.container);
    expect(before).not.toBeNull();
    first.unmount();

    // Out of view, the card's emotion changes; the lane comes back into view.
    act(() => store.getState().run('Emotion', updateTouchpoint(store.getState().doc, searches, { emotion: -3 })));
    const again = render(<Lane store={store} />);
    expect(line(again.container)).toBe(before);

    await paint();
    const after = line(again.container);
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
  });

  it('keeps each editor’s drawing apart', async () => {
    const one = mapStore();
    const other = mapStore();
    const a = render(<Lane store={one.store} />);
    await paint();
    a.unmount();

    // Another journey's lane has never drawn: it does not start from the first one's drawing.
    const b = render(<Lane store={other.store} />);
    expect(line(b.container)).toBeNull();
  });
});
