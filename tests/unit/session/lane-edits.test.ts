import { describe, expect, it } from 'vitest';
import { STAGE_HEADER_HEIGHT, laneBands, sortLanes } from '../../../renderer/src/domain';
import { applyChanges, docStateFrom, documentFrom } from '../../../renderer/src/session/doc-state';
import { addTouchpoint, moveItems } from '../../../renderer/src/session/edits';
import { addLane, deleteLane, fitLane, moveLaneBy, updateLane } from '../../../renderer/src/session/lane-edits';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, TAMIL } from '../../fixtures/seed-text';

function twoLanes() {
  const b = journey('Blueprint');
  const [aware] = b.stages('Aware', 'Apply');
  const customer = b.lane(TAMIL[0], 'customer', { height: 200 });
  const back = b.lane(ARMENIAN[0], 'backstage', { height: 200 });
  const a = b.touchpoint(aware!, { laneId: customer.id, position: { x: 50, y: STAGE_HEADER_HEIGHT + 20 } });
  const z = b.touchpoint(aware!, { laneId: back.id, position: { x: 50, y: STAGE_HEADER_HEIGHT + 220 } });
  b.chain(a, z);
  return { state: docStateFrom(b.build()), customer, back, a, z, aware: aware! };
}

describe('lane edits', () => {
  it('the first lane added to a journey without lanes turns its cards into a Customer lane above it', () => {
    const b = journey('Plain');
    const [s] = b.stages('Only');
    const t = b.touchpoint(s!, { position: { x: 50, y: 400 } });
    const state = docStateFrom(b.build());
    const { changes, lane } = addLane(state, { name: 'Backstage', kind: 'backstage' });
    const next = applyChanges(state, changes, 'forward');
    const lanes = sortLanes(Object.values(next.lanes));
    expect(lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Customer', 'customer'],
      ['Backstage', 'backstage'],
    ]);
    expect(lanes[1]!.id).toBe(lane.id);
    expect(next.touchpoints[t.id]!.laneId).toBe(lanes[0]!.id);
    // The Customer band holds the card (its centre above the band's bottom).
    const band = laneBands(lanes)[0]!;
    expect(400 + 48).toBeLessThan(band.y + band.height);
  });

  it('moving a card across the band edge stores the new lane; undo puts it back', () => {
    const { state, a, back, customer } = twoLanes();
    const changes = moveItems(state, [{ id: a.id, position: { x: 50, y: STAGE_HEADER_HEIGHT + 260 } }]);
    const next = applyChanges(state, changes, 'forward');
    expect(next.touchpoints[a.id]!.laneId).toBe(back.id);
    const undone = applyChanges(next, changes, 'backward');
    expect(undone.touchpoints[a.id]!.laneId).toBe(customer.id);
    expect(undone.touchpoints[a.id]!.position).toEqual(a.position);
  });

  it('a new touchpoint goes into the asked lane, under that cell’s cards', () => {
    const { state, back, aware } = twoLanes();
    const { touchpoint } = addTouchpoint(state, aware.id, { laneId: back.id });
    expect(touchpoint.laneId).toBe(back.id);
    expect(touchpoint.position.y).toBe(STAGE_HEADER_HEIGHT + 220 + 96 + 24);
  });

  it('a new touchpoint put at a spot (Add touchpoint here, a double-click) goes into the lane under that spot', () => {
    const { state, back, customer, aware } = twoLanes();
    const spot = { x: 60, y: STAGE_HEADER_HEIGHT + 250 };
    const { touchpoint } = addTouchpoint(state, aware.id, { position: spot });
    expect(touchpoint.laneId).toBe(back.id);
    expect(touchpoint.position).toEqual(spot);
    // A lane asked for wins over the spot.
    expect(addTouchpoint(state, aware.id, { position: spot, laneId: customer.id }).touchpoint.laneId).toBe(customer.id);
  });

  it('reordering lanes moves their cards with them', () => {
    const { state, a, z, back } = twoLanes();
    const next = applyChanges(state, moveLaneBy(state, back.id, -1), 'forward');
    expect(next.touchpoints[z.id]!.position.y).toBe(STAGE_HEADER_HEIGHT + 20);
    expect(next.touchpoints[a.id]!.position.y).toBe(STAGE_HEADER_HEIGHT + 220);
    expect(sortLanes(Object.values(next.lanes))[0]!.id).toBe(back.id);
  });

  it('a taller lane pushes the lanes below and their cards down; fitLane grows a lane to its cards', () => {
    const { state, z, customer, a } = twoLanes();
    const taller = applyChanges(state, updateLane(state, customer.id, { height: 300 }), 'forward');
    expect(taller.touchpoints[z.id]!.position.y).toBe(STAGE_HEADER_HEIGHT + 320);
    const low = applyChanges(
      state,
      moveItems(state, [{ id: a.id, position: { x: 50, y: STAGE_HEADER_HEIGHT + 150 } }]),
      'forward',
    );
    const fitted = applyChanges(low, fitLane(low, customer.id), 'forward');
    expect(fitted.lanes[customer.id]!.height).toBe(150 + 96 + 24);
    expect(fitted.touchpoints[z.id]!.position.y).toBe(STAGE_HEADER_HEIGHT + 220 + 70);
  });

  it('deleting a lane deletes its cards and their connections in one change set, and undo restores all', () => {
    const { state, back, z } = twoLanes();
    const changes = deleteLane(state, back.id);
    const next = applyChanges(state, changes, 'forward');
    expect(next.lanes[back.id]).toBeUndefined();
    expect(next.touchpoints[z.id]).toBeUndefined();
    expect(Object.keys(next.connections)).toHaveLength(0);
    expect(documentFrom(applyChanges(next, changes, 'backward'))).toEqual(documentFrom(state));
  });
});
