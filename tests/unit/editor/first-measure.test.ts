/** React Flow's size reports that only confirm a node's given size and handles are dropped, at the first frame and after. */
import type { InternalNode, ReactFlowState } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import { skipConfirmingReports } from '../../../renderer/src/editor/canvas/first-measure';

type Updates = Parameters<ReactFlowState['updateNodeInternals']>[0];

const HANDLES = { source: [], target: [] };

function internal(id: string, size: { width: number; height: number }, extra: Partial<InternalNode> = {}) {
  return {
    id,
    position: { x: 0, y: 0 },
    data: {},
    measured: size,
    internals: { positionAbsolute: { x: 0, y: 0 }, z: 0, userNode: { id }, handleBounds: HANDLES },
    ...extra,
  } as unknown as InternalNode;
}

/** A node element as React Flow reads it: its drawn size. */
const element = (width: number, height: number) => ({ offsetWidth: width, offsetHeight: height }) as HTMLDivElement;

function setUp() {
  const original = vi.fn<ReactFlowState['updateNodeInternals']>();
  const nodeLookup = new Map<string, InternalNode>([
    ['touchpoint:a', internal('touchpoint:a', { width: 240, height: 132 })],
    ['touchpoint:b', internal('touchpoint:b', { width: 240, height: 132 })],
    ['touchpoint:hidden', internal('touchpoint:hidden', { width: 240, height: 132 }, { hidden: true })],
    [
      'note:c',
      internal('note:c', { width: 160, height: 160 }, {
        internals: { positionAbsolute: { x: 0, y: 0 }, z: 0, userNode: { id: 'note:c' } },
      } as Partial<InternalNode>),
    ],
  ]);
  const state = { updateNodeInternals: original as ReactFlowState['updateNodeInternals'], nodeLookup };
  const store = {
    getState: () => state,
    setState: (partial: Partial<typeof state>) => Object.assign(state, partial),
  };
  skipConfirmingReports(store);
  const report = (entries: [string, HTMLDivElement][]): Updates =>
    new Map(entries.map(([id, nodeElement]) => [id, { id, nodeElement, force: true }]));
  return { original, state, store, report };
}

describe('first size reports of the canvas nodes', () => {
  it('drops reports of nodes drawn at the size they were given', () => {
    const { original, state, report } = setUp();
    state.updateNodeInternals(
      report([
        ['touchpoint:a', element(240, 132)],
        ['touchpoint:b', element(240, 132)],
      ]),
    );
    expect(original).not.toHaveBeenCalled();
  });

  it('passes on a node drawn at another size, a hidden node and a node without handle boxes', () => {
    const { original, state, report } = setUp();
    state.updateNodeInternals(
      report([
        ['touchpoint:a', element(240, 132)],
        ['touchpoint:b', element(240, 180)],
        ['touchpoint:hidden', element(240, 132)],
        ['note:c', element(160, 160)],
        ['touchpoint:unknown', element(240, 132)],
      ]),
    );
    expect(original).toHaveBeenCalledTimes(1);
    expect([...original.mock.calls[0]![0].keys()]).toEqual([
      'touchpoint:b',
      'touchpoint:hidden',
      'note:c',
      'touchpoint:unknown',
    ]);
  });

  it('passes a map of reports on as it came when every report says something new', () => {
    const { original, state, report } = setUp();
    const updates = report([
      ['touchpoint:a', element(240, 180)],
      ['note:c', element(160, 160)],
    ]);
    state.updateNodeInternals(updates, { triggerFitView: false });
    expect(original).toHaveBeenCalledWith(updates, { triggerFitView: false });
  });

  it('drops the first report of a card mounted later (a card panned into view at 1:1)', () => {
    const { original, state, report } = setUp();
    state.updateNodeInternals(report([['touchpoint:a', element(240, 132)]]));
    state.updateNodeInternals(report([['touchpoint:b', element(240, 132)]]));
    expect(original).not.toHaveBeenCalled();
  });

  it('wraps a store once', () => {
    const { original, state, store, report } = setUp();
    const wrapped = state.updateNodeInternals;
    skipConfirmingReports(store);
    expect(state.updateNodeInternals).toBe(wrapped);
    state.updateNodeInternals(report([['touchpoint:a', element(240, 132)]]));
    expect(original).not.toHaveBeenCalled();
  });
});
