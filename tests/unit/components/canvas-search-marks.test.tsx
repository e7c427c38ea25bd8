// @vitest-environment happy-dom
/**
 * The first key of a search on a 2,000-card map took 0.4-0.7 s: every node and edge object carried
 * `dimmed`, so a search made them all anew and React Flow adopted and drew the whole map again. Now a
 * search leaves React Flow's nodes and edges as they are, and each card, note, stage and connection
 * reads its own mark (editor/canvas/search-marks.ts): matches outlined, the rest dimmed, as before.
 */
import { ReactFlowProvider, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { JourneyCanvas } from '../../../renderer/src/editor/canvas/JourneyCanvas';
import { EMPTY_FILTERS, useEditorUi } from '../../../renderer/src/editor/ui-store';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  useEditorUi.getState().reset();
});

/** Three cards in two stages, chained, and a note: the first card's title is Tamil seed text. */
function mapWithNote() {
  const b = journey('Search marks', 1000);
  const [discover, buy] = b.stages('Discover', 'Buy');
  const first = b.touchpoint(discover!, { title: TAMIL[0]!, position: { x: 40, y: 120 } });
  const second = b.touchpoint(discover!, { title: 'Order online', position: { x: 40, y: 260 } });
  const third = b.touchpoint(buy!, { title: 'Pay at the counter', position: { x: 360, y: 120 } });
  b.chain(first, second, third);
  b.note('Order by phone too', { position: { x: 360, y: 300 } });
  return b.build();
}

let flow: ReturnType<typeof useStoreApi> | null = null;
function FlowProbe() {
  flow = useStoreApi();
  return null;
}

const userNodes = () => (flow!.getState() as ReactFlowState).nodes;
const classOf = (container: HTMLElement, id: string, inner: string) =>
  container.querySelector(`.react-flow__node[data-id="${id}"] ${inner}`)?.className ?? '';

describe('a search on the canvas', () => {
  it('outlines the matches and dims the rest, leaving every React Flow node object as it was', () => {
    const doc = mapWithNote();
    const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
    // At 1:1 the cards show their detail (far out, the far map layer would draw them).
    store.getState().setViewport({ x: 0, y: 0, zoom: 1 });
    const { container } = render(
      <EditorStoreContext.Provider value={store}>
        <EditorActionsContext.Provider value={{} as EditorActions}>
          <ReactFlowProvider>
            <div style={{ width: 1200, height: 800 }}>
              <JourneyCanvas />
            </div>
            <FlowProbe />
          </ReactFlowProvider>
        </EditorActionsContext.Provider>
      </EditorStoreContext.Provider>,
    );
    const [first, second, third] = doc.touchpoints;
    const note = doc.notes[0]!;
    const stage = doc.stages[0]!;
    expect(container.querySelectorAll('.tp-node')).toHaveLength(3);
    const before = userNodes();

    act(() => useEditorUi.getState().set({ filters: { ...EMPTY_FILTERS, text: 'order' } }));

    // The matching card and note are outlined or lit; the other cards and every stage are dimmed.
    expect(classOf(container, second!.id, '.tp-node')).toContain('is-match');
    expect(classOf(container, second!.id, '.tp-node')).not.toContain('is-dimmed');
    expect(classOf(container, first!.id, '.tp-node')).toContain('is-dimmed');
    expect(classOf(container, third!.id, '.tp-node')).toContain('is-dimmed');
    expect(classOf(container, note.id, '.note-node')).not.toContain('is-dimmed');
    expect(classOf(container, stage.id, '.stage-col')).toContain('is-dimmed');
    // React Flow was given no new node: the same list, each node the very same object.
    expect(userNodes()).toBe(before);

    // Tamil text is found as typed; the marks follow the search.
    act(() => useEditorUi.getState().set({ filters: { ...EMPTY_FILTERS, text: TAMIL[0]! } }));
    expect(classOf(container, first!.id, '.tp-node')).toContain('is-match');
    expect(classOf(container, second!.id, '.tp-node')).toContain('is-dimmed');
    expect(classOf(container, note.id, '.note-node')).toContain('is-dimmed');

    // The search cleared: nothing dimmed or outlined, and still the same nodes.
    act(() => useEditorUi.getState().set({ filters: EMPTY_FILTERS }));
    expect(container.querySelectorAll('.is-dimmed, .is-match')).toHaveLength(0);
    expect(userNodes()).toBe(before);
  });

  // Far out the far map layer draws the cards and their marks; each card is a transparent target on top,
  // where a mark showed nothing. The first key of a search on a 2,000-card map at fit view still
  // re-rendered and restyled all 2,000 targets for it (a third of that key's script).
  it('far out, leaves the cards’ transparent targets as they were', () => {
    const doc = mapWithNote();
    const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
    store.getState().setViewport({ x: 0, y: 0, zoom: 0.2 });
    // happy-dom has no Path2D (the far map layer keeps its connections as paths; it has no 2D context to draw them).
    vi.stubGlobal('Path2D', class {});
    const { container } = render(
      <EditorStoreContext.Provider value={store}>
        <EditorActionsContext.Provider value={{} as EditorActions}>
          <ReactFlowProvider>
            <div style={{ width: 1200, height: 800 }}>
              <JourneyCanvas />
            </div>
          </ReactFlowProvider>
        </EditorActionsContext.Provider>
      </EditorStoreContext.Provider>,
    );
    const [first, second] = doc.touchpoints;
    const stage = doc.stages[0]!;
    expect(container.querySelectorAll('.tp-tile')).toHaveLength(3);
    expect(container.querySelector('canvas.far-map')).not.toBeNull();
    const tiles = () => [...container.querySelectorAll('.tp-tile')].map((tile) => tile.className);
    const untouched = tiles();

    act(() => useEditorUi.getState().set({ filters: { ...EMPTY_FILTERS, text: 'order' } }));

    // The stage headers, drawn in the DOM at any zoom, are dimmed as before; the targets are unchanged.
    expect(classOf(container, stage.id, '.stage-col')).toContain('is-dimmed');
    expect(tiles()).toEqual(untouched);
    expect(classOf(container, first!.id, '.tp-tile')).not.toContain('is-dimmed');
    expect(classOf(container, second!.id, '.tp-tile')).not.toContain('is-match');
  });
});
