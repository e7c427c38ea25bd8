// @vitest-environment happy-dom
/**
 * The stage header's and the lane header's rename boxes put the name in the
 * store while it is typed (so the autosave keeps it), Enter makes one undo
 * step, Escape puts the old name back, and a name left blank is not taken.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { ComponentProps, ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LaneNode } from '../../../renderer/src/editor/canvas/nodes/LaneNode';
import { StageNode } from '../../../renderer/src/editor/canvas/nodes/StageNode';
import { DRAFT_PAUSE_MS } from '../../../renderer/src/session/inline-draft';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { TELUGU } from '../../fixtures/seed-text';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup() {
  const b = journey('Names');
  b.stages('Discover', 'Buy');
  b.lane('Customer', 'customer');
  const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
  return store;
}

const wrap = (store: EditorStore, node: ReactNode) =>
  render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>{node}</EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );

const pause = () => act(() => vi.advanceTimersByTime(DRAFT_PAUSE_MS + 10));

function stageNode(store: EditorStore) {
  const stage = Object.values(store.getState().doc.stages).find((s) => s.name === 'Buy')!;
  const props = { data: { stage, index: 1, height: 400, count: 0 }, selected: false, width: 320 };
  wrap(store, <StageNode {...(props as unknown as ComponentProps<typeof StageNode>)} />);
  return stage;
}

function laneNode(store: EditorStore) {
  const lane = Object.values(store.getState().doc.lanes)[0]!;
  const props = { data: { lane, line: null, headerWidth: 200 }, width: 800, height: 200 };
  wrap(store, <LaneNode {...(props as unknown as ComponentProps<typeof LaneNode>)} />);
  return lane;
}

describe('renaming a stage in its header', () => {
  it('puts the name in the store as it is typed; Enter makes one undo step', () => {
    const store = setup();
    const stage = stageNode(store);
    fireEvent.doubleClick(screen.getByTitle(/Double-click to rename$/));
    const input = screen.getByRole('textbox', { name: 'Stage name' });
    const name = TELUGU[0].slice(0, 12);
    fireEvent.change(input, { target: { value: name } });
    pause();
    expect(store.getState().doc.stages[stage.id]!.name).toBe(name);
    expect(store.getState().history.past).toHaveLength(0);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.queryByRole('textbox', { name: 'Stage name' })).toBeNull();
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.stages[stage.id]!.name).toBe('Buy');
    store.dispose();
  });

  it('Escape puts the old name back; a name left blank is not taken', () => {
    const store = setup();
    const stage = stageNode(store);
    fireEvent.doubleClick(screen.getByTitle(/Double-click to rename$/));
    let input = screen.getByRole('textbox', { name: 'Stage name' });
    fireEvent.change(input, { target: { value: 'Purchase' } });
    pause();
    expect(store.getState().doc.stages[stage.id]!.name).toBe('Purchase');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(store.getState().doc.stages[stage.id]!.name).toBe('Buy');

    fireEvent.doubleClick(screen.getByTitle(/Double-click to rename$/));
    input = screen.getByRole('textbox', { name: 'Stage name' });
    fireEvent.change(input, { target: { value: '   ' } });
    pause();
    expect(store.getState().doc.stages[stage.id]!.name).toBe('Buy');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.getState().doc.stages[stage.id]!.name).toBe('Buy');
    expect(store.getState().history.past).toHaveLength(0);
    store.dispose();
  });
});

describe('renaming a lane in its header', () => {
  it('puts the name in the store as it is typed; Enter makes one undo step; Escape puts the old name back', () => {
    const store = setup();
    const lane = laneNode(store);
    fireEvent.click(screen.getByRole('button', { name: 'Customer' }));
    let input = screen.getByRole('textbox', { name: 'Lane name' });
    fireEvent.change(input, { target: { value: 'Shopper' } });
    pause();
    expect(store.getState().doc.lanes[lane.id]!.name).toBe('Shopper');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.lanes[lane.id]!.name).toBe('Customer');

    fireEvent.click(screen.getByRole('button', { name: 'Customer' }));
    input = screen.getByRole('textbox', { name: 'Lane name' });
    fireEvent.change(input, { target: { value: 'Buyer' } });
    pause();
    expect(store.getState().doc.lanes[lane.id]!.name).toBe('Buyer');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(store.getState().doc.lanes[lane.id]!.name).toBe('Customer');
    expect(screen.queryByRole('textbox', { name: 'Lane name' })).toBeNull();
    store.dispose();
  });

  it('gives each of a lane header’s buttons a tooltip (its name)', () => {
    const store = setup();
    laneNode(store);
    const buttons = [...document.querySelectorAll('.lane-band button')];
    expect(buttons.length).toBeGreaterThan(3);
    for (const b of buttons) expect(b.getAttribute('title'), b.getAttribute('aria-label') ?? '').toBeTruthy();
    store.dispose();
  });
});
