import { describe, expect, it } from 'vitest';
import {
  STAGE_HEADER_HEIGHT,
  TOUCHPOINT_HEIGHT,
  blueprintLines,
  cellForPosition,
  copyWithNewIds,
  isInCell,
  laneBands,
  laneDeletion,
  laneOf,
  laneViews,
  moveLane,
  newId,
  nextSlotInCell,
  placeInCell,
  repairReferences,
  sortLanes,
  stageColumns,
  storedPosition,
  LANE_COLLAPSED_HEIGHT,
  LANE_HIDDEN_HEIGHT,
} from '../../../renderer/src/domain';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

function blueprint() {
  const b = journey(TAMIL[0]);
  const [aware, apply] = b.stages('Aware', 'Apply');
  const customer = b.lane(TELUGU[0], 'customer', { height: 200 });
  const front = b.lane(MALAYALAM[0], 'frontstage-people', { height: 300 });
  const back = b.lane(ARMENIAN[0], 'backstage', { height: 250 });
  return { b, aware: aware!, apply: apply!, customer, front, back };
}

describe('lane bands and cells', () => {
  it('stacks lanes in order under the stage headers, each its own height', () => {
    const { b, customer, front, back } = blueprint();
    const bands = laneBands([...b.doc.lanes].reverse());
    expect(bands.map((x) => [x.lane.id, x.y, x.height])).toEqual([
      [customer.id, STAGE_HEADER_HEIGHT, 200],
      [front.id, STAGE_HEADER_HEIGHT + 200, 300],
      [back.id, STAGE_HEADER_HEIGHT + 500, 250],
    ]);
  });

  it('finds the stage × lane cell of a position by the card centre, and the last lane below all bands', () => {
    const { b, aware, apply, customer, front, back } = blueprint();
    const columns = stageColumns(b.doc.stages);
    const bands = laneBands(b.doc.lanes);
    expect(cellForPosition(columns, bands, { x: 40, y: STAGE_HEADER_HEIGHT + 20 })).toEqual({
      stageId: aware.id,
      laneId: customer.id,
    });
    // The centre (y + 48) is past the customer band's bottom (88 + 200): frontstage.
    expect(
      cellForPosition(columns, bands, { x: 360, y: STAGE_HEADER_HEIGHT + 200 - TOUCHPOINT_HEIGHT / 2 + 1 }),
    ).toEqual({
      stageId: apply.id,
      laneId: front.id,
    });
    expect(cellForPosition(columns, bands, { x: 360, y: 5_000 })).toEqual({ stageId: apply.id, laneId: back.id });
    expect(cellForPosition(columns, bands, { x: 40, y: -500 })).toEqual({ stageId: aware.id, laneId: customer.id });
    expect(cellForPosition(columns, [], { x: 40, y: 300 })).toEqual({ stageId: aware.id, laneId: null });
  });

  it('tells whether a card is in a stage × lane cell; a card of an unknown lane is in the first lane', () => {
    const { b, aware, apply, customer, front } = blueprint();
    const bands = laneBands(b.doc.lanes);
    const inFront = b.touchpoint(aware, { laneId: front.id });
    const lost = b.touchpoint(aware, { laneId: null });
    expect(isInCell(bands, inFront, { stageId: aware.id, laneId: front.id })).toBe(true);
    expect(isInCell(bands, inFront, { stageId: aware.id, laneId: customer.id })).toBe(false);
    expect(isInCell(bands, inFront, { stageId: apply.id, laneId: front.id })).toBe(false);
    expect(isInCell(bands, lost, { stageId: aware.id, laneId: customer.id })).toBe(true);
    // Without lanes, the stage is the cell.
    expect(isInCell([], inFront, { stageId: aware.id, laneId: null })).toBe(true);
    expect(isInCell([], inFront, { stageId: apply.id, laneId: null })).toBe(false);
  });

  it('places a new card under the lowest card of its cell only, and back from slot to cell', () => {
    const { b, aware, customer, front } = blueprint();
    const columns = stageColumns(b.doc.stages);
    const bands = laneBands(b.doc.lanes);
    b.touchpoint(aware, { laneId: customer.id, position: { x: 50, y: STAGE_HEADER_HEIGHT + 24 } });
    b.touchpoint(aware, { laneId: front.id, position: { x: 50, y: STAGE_HEADER_HEIGHT + 230 } });
    const slot = nextSlotInCell(columns, bands, { stageId: aware.id, laneId: front.id }, b.doc.touchpoints);
    expect(slot.y).toBe(STAGE_HEADER_HEIGHT + 230 + TOUCHPOINT_HEIGHT + 24);
    const empty = nextSlotInCell(
      columns,
      bands,
      { stageId: aware.id, laneId: laneBands(b.doc.lanes)[2]!.lane.id },
      b.doc.touchpoints,
    );
    expect(empty.y).toBe(STAGE_HEADER_HEIGHT + 500 + 24);
    expect(cellForPosition(columns, bands, slot)).toEqual({ stageId: aware.id, laneId: front.id });
    expect(cellForPosition(columns, bands, empty)).toMatchObject({ laneId: laneBands(b.doc.lanes)[2]!.lane.id });
  });

  it('a dropped card lands in the lane under its centre, pulled inside the band', () => {
    const { b, apply, front } = blueprint();
    const columns = stageColumns(b.doc.stages);
    const bands = laneBands(b.doc.lanes);
    const top = STAGE_HEADER_HEIGHT + 200;
    const placed = placeInCell(columns, bands, { x: 350, y: top - 30 })!;
    expect(placed).toEqual({ stageId: apply.id, laneId: front.id, position: { x: 350, y: top + 8 } });
  });

  it('a touchpoint without a lane, or with one the journey lacks, is in the first lane', () => {
    const { b, aware, customer, back } = blueprint();
    const bands = laneBands(b.doc.lanes);
    expect(laneOf(bands, b.touchpoint(aware))).toBe(customer.id);
    expect(laneOf(bands, { laneId: newId('lane') })).toBe(customer.id);
    expect(laneOf(bands, { laneId: back.id })).toBe(back.id);
    expect(laneOf([], { laneId: back.id })).toBeNull();
  });

  it('draws collapsed lanes thin and hidden ones as a header strip, shifting the lanes below', () => {
    const { b, customer, front, back } = blueprint();
    const lanes = b.doc.lanes.map((l) =>
      l.id === customer.id ? { ...l, collapsed: true } : l.id === front.id ? { ...l, hidden: true } : l,
    );
    const views = laneViews(laneBands(lanes));
    expect(views.map((v) => [v.lane.id, v.viewY, v.viewHeight, v.open])).toEqual([
      [customer.id, STAGE_HEADER_HEIGHT, LANE_COLLAPSED_HEIGHT, false],
      [front.id, STAGE_HEADER_HEIGHT + LANE_COLLAPSED_HEIGHT, LANE_HIDDEN_HEIGHT, false],
      [back.id, STAGE_HEADER_HEIGHT + LANE_COLLAPSED_HEIGHT + LANE_HIDDEN_HEIGHT, 250, true],
    ]);
    expect(views[2]!.shift).toBe(LANE_COLLAPSED_HEIGHT + LANE_HIDDEN_HEIGHT - 500);
    // A card drawn in the open lane is stored there, unshifted; without lanes, where it is drawn.
    const drawn = { x: 40, y: views[2]!.viewY + 30 };
    const stored = storedPosition(views, drawn);
    expect(stored).toEqual({ x: 40, y: drawn.y - views[2]!.shift });
    expect(cellForPosition(stageColumns(b.doc.stages), laneBands(lanes), stored)?.laneId).toBe(back.id);
    expect(storedPosition([], drawn)).toEqual(drawn);
  });
});

describe('lane order, deletion and blueprint lines', () => {
  it('moves a lane up or down by swapping with its neighbour, returning only changed lanes', () => {
    const { b, customer, front, back } = blueprint();
    const changed = moveLane(b.doc.lanes, back.id, -1);
    expect(changed.map((l) => [l.id, l.order])).toEqual([
      [back.id, 1],
      [front.id, 2],
    ]);
    const after = b.doc.lanes.map((l) => changed.find((c) => c.id === l.id) ?? l);
    expect(sortLanes(after).map((l) => l.id)).toEqual([customer.id, back.id, front.id]);
    expect(moveLane(b.doc.lanes, customer.id, -1)).toEqual([]);
    expect(moveLane(b.doc.lanes, back.id, 1)).toEqual([]);
  });

  it('deleting a lane takes its touchpoints and their connections, and says how many', () => {
    const { b, aware, apply, customer, front } = blueprint();
    const t1 = b.touchpoint(aware, { laneId: customer.id });
    const t2 = b.touchpoint(aware, { laneId: front.id });
    const t3 = b.touchpoint(apply, { laneId: front.id });
    const loose = b.touchpoint(apply); // no lane: the first lane's
    b.chain(t1, t2, t3);
    const d = laneDeletion(b.doc, front.id)!;
    expect(d.touchpointIds.sort()).toEqual([t2.id, t3.id].sort());
    expect(d.connectionIds).toHaveLength(2);
    expect(d.message).toBe(`Delete the lane “${MALAYALAM[0]}” and the 2 touchpoints in it?`);
    const first = laneDeletion(b.doc, customer.id)!;
    expect(first.touchpointIds.sort()).toEqual([t1.id, loose.id].sort());
    const empty = laneDeletion(b.doc, laneBands(b.doc.lanes)[2]!.lane.id)!;
    expect(empty.message).toBe(`Delete the lane “${ARMENIAN[0]}”? It holds no touchpoints.`);
    expect(laneDeletion(b.doc, newId('lane'))).toBeNull();
  });

  it('draws the three lines of a blueprint where lane groups meet, skipping evidence, custom and hidden lanes', () => {
    const b = journey('Blueprint');
    const evidence = b.lane('Evidence', 'evidence');
    const customer = b.lane('Customer', 'customer');
    const people = b.lane('Staff', 'frontstage-people');
    const systems = b.lane('App', 'frontstage-systems');
    const back = b.lane('Back office', 'backstage');
    const note = b.lane('Notes', 'custom');
    const support = b.lane('IT', 'support');
    expect(blueprintLines(b.doc.lanes)).toEqual([
      { kind: 'interaction', above: customer.id, below: people.id },
      { kind: 'visibility', above: systems.id, below: back.id },
      { kind: 'internal-interaction', above: back.id, below: support.id },
    ]);
    void evidence;
    void note;
    const hiddenBack = b.doc.lanes.map((l) => (l.id === back.id ? { ...l, hidden: true } : l));
    expect(blueprintLines(hiddenBack).map((l) => l.kind)).toEqual(['interaction']);
  });
});

describe('lanes in whole-document helpers', () => {
  it('repairs a touchpoint whose lane is missing (to the first lane) and copies lanes with new ids', () => {
    const { b, aware, front } = blueprint();
    const lost = b.touchpoint(aware, { laneId: newId('lane'), title: 'Lost' });
    const kept = b.touchpoint(aware, { laneId: front.id });
    const { document, repairs } = repairReferences(b.build());
    expect(document.touchpoints.find((t) => t.id === lost.id)!.laneId).toBeNull();
    expect(document.touchpoints.find((t) => t.id === kept.id)!.laneId).toBe(front.id);
    expect(repairs).toEqual(['Moved touchpoint “Lost” to the first lane: its lane does not exist.']);

    const { document: copy } = copyWithNewIds(document);
    expect(copy.lanes).toHaveLength(3);
    expect(copy.lanes.map((l) => l.name)).toEqual(document.lanes.map((l) => l.name));
    const copiedFront = copy.lanes.find((l) => l.name === front.name)!;
    expect(copiedFront.id).not.toBe(front.id);
    expect(copiedFront.journeyId).toBe(copy.journey.id);
    expect(copy.touchpoints.filter((t) => t.laneId === copiedFront.id)).toHaveLength(1);
    expect(copy.touchpoints.filter((t) => t.laneId === null)).toHaveLength(1);
  });
});
