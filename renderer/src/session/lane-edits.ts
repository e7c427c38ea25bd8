/**
 * Lane edits as pure functions over the document state, each returning row
 * changes (one undo step when run together). Touchpoint positions are stored
 * in the full lane layout (domain/lanes.ts), so whatever moves a band moves
 * the cards of its lane with it.
 */
import { createLane } from '../domain/factories';
import type { LaneId } from '../domain/ids';
import { heightToFit, laneBands, laneDeletion, laneOf, moveLane, nextLaneOrder, type LaneBand } from '../domain/lanes';
import { STAGE_HEADER_HEIGHT } from '../domain/layout';
import type { Lane, Touchpoint } from '../domain/model';
import { LANE_KIND_COLOURS, LANE_MAX_HEIGHT, TOUCHPOINT_HEIGHT, type LaneKind } from '../domain/vocabulary';
import { diffRows, type DocState, type RowChange } from './doc-state';
import { deleteItems } from './edits';

type Patch<T> = Partial<Omit<T, 'id' | 'journeyId'>>;
const values = <T>(map: Record<string, T>) => Object.values(map);

/** Touchpoints moved by as much as their lane's band moved between two lane layouts. */
function followLanes(state: DocState, before: readonly LaneBand[], after: readonly LaneBand[]): RowChange[] {
  const top = new Map(after.map((b) => [b.lane.id as string, b.y]));
  const rows: { id: string; after: Touchpoint }[] = [];
  for (const t of values(state.touchpoints)) {
    const laneId = laneOf(before, t);
    const was = before.find((b) => b.lane.id === laneId);
    const now = laneId ? top.get(laneId) : undefined;
    if (!was || now === undefined || now === was.y) continue;
    rows.push({ id: t.id, after: { ...t, position: { x: t.position.x, y: t.position.y + now - was.y } } });
  }
  return diffRows(state, 'touchpoints', rows);
}

/** Lane rows changed, and the cards that follow their bands. */
function relayLanes(state: DocState, changed: readonly Lane[], removed: readonly string[] = []): RowChange[] {
  const before = laneBands(values(state.lanes));
  const next = { ...state.lanes };
  for (const l of changed) next[l.id] = l;
  for (const id of removed) delete next[id];
  const after = laneBands(values(next));
  return [
    ...diffRows(
      state,
      'lanes',
      changed.map((l) => ({ id: l.id, after: l })),
    ),
    ...followLanes(state, before, after),
  ];
}

/**
 * Add a lane at the bottom. A journey without lanes first gets its Customer
 * lane (holding the cards it has), so the new lane goes below them.
 */
export function addLane(
  state: DocState,
  fields: {
    name?: string;
    kind?: LaneKind;
    /** The first Customer lane's name, in the interface language. */
    customerName?: string;
    /** A new lane's default name for its place ("Lane 2"), in the interface language. */
    numberedName?: (number: number) => string;
  } = {},
): { changes: RowChange[]; lane: Lane } {
  const journeyId = state.journey.id;
  const changes: RowChange[] = [];
  let lanes = values(state.lanes);
  if (lanes.length === 0) {
    const customer = createLane({ journeyId, name: fields.customerName ?? 'Customer', kind: 'customer', order: 0 });
    let bottom = STAGE_HEADER_HEIGHT + customer.height;
    for (const t of values(state.touchpoints)) bottom = Math.max(bottom, t.position.y + TOUCHPOINT_HEIGHT + 32);
    const fitted = { ...customer, height: Math.min(LANE_MAX_HEIGHT, Math.ceil(bottom - STAGE_HEADER_HEIGHT)) };
    changes.push(...diffRows(state, 'lanes', [{ id: fitted.id, after: fitted }]));
    const tps = values(state.touchpoints)
      .filter((t) => t.laneId !== fitted.id)
      .map((t) => ({ id: t.id, after: { ...t, laneId: fitted.id } }));
    changes.push(...diffRows(state, 'touchpoints', tps));
    lanes = [fitted];
  }
  const kind = fields.kind ?? 'custom';
  const lane = createLane({
    journeyId,
    name: fields.name ?? fields.numberedName?.(lanes.length + 1) ?? `Lane ${lanes.length + 1}`,
    kind,
    colour: LANE_KIND_COLOURS[kind],
    order: nextLaneOrder(lanes),
  });
  changes.push(...diffRows(state, 'lanes', [{ id: lane.id, after: lane }]));
  return { changes, lane };
}

/** Rename, recolour, change kind, collapse or hide; a new height moves the lanes below and their cards. */
export function updateLane(state: DocState, id: string, patch: Patch<Lane>): RowChange[] {
  const lane = state.lanes[id];
  if (!lane) return [];
  const next = { ...lane, ...patch };
  return patch.height !== undefined || patch.order !== undefined
    ? relayLanes(state, [next])
    : diffRows(state, 'lanes', [{ id, after: next }]);
}

/** Move a lane one place up (−1) or down (+1); cards travel with their lanes. */
export function moveLaneBy(state: DocState, id: string, delta: -1 | 1): RowChange[] {
  return relayLanes(state, moveLane(values(state.lanes), id as LaneId, delta));
}

/** Make a lane tall enough for its cards (after a card is added or dropped low in it). */
export function fitLane(state: DocState, id: string): RowChange[] {
  const bands = laneBands(values(state.lanes));
  const band = bands.find((b) => b.lane.id === id);
  if (!band) return [];
  const height = Math.max(band.height, heightToFit(band, bands, values(state.touchpoints)));
  return height === band.height ? [] : relayLanes(state, [{ ...band.lane, height }]);
}

/** Delete a lane with its touchpoints (and their connections); the lanes below close the gap. */
export function deleteLane(state: DocState, id: string): RowChange[] {
  const plan = laneDeletion(
    { lanes: values(state.lanes), touchpoints: values(state.touchpoints), connections: values(state.connections) },
    id as LaneId,
  );
  if (!plan) return [];
  const gone = new Set<string>(plan.touchpointIds);
  const rest: DocState = {
    ...state,
    touchpoints: Object.fromEntries(
      values(state.touchpoints)
        .filter((t) => !gone.has(t.id))
        .map((t) => [t.id, t]),
    ),
  };
  // Lanes below close the gap: the ones left keep their orders, so only positions change.
  const before = laneBands(values(state.lanes));
  const remaining = { ...state.lanes };
  delete remaining[id];
  const after = laneBands(values(remaining));
  return [
    ...deleteItems(state, plan.touchpointIds),
    ...diffRows(state, 'lanes', [{ id, after: null }]),
    ...followLanes(rest, before, after),
  ];
}
