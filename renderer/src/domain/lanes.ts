/**
 * Lanes geometry and rules: the rows of a service blueprint under the stage
 * columns. Lanes stack top to bottom in `order` from the bottom of the stage
 * headers, each `height` tall; a touchpoint sits in the stage × lane cell
 * that holds its centre. Positions are stored in this full layout (every
 * lane expanded), so collapsing or hiding a lane never moves a card: the
 * canvas shifts what is below a collapsed lane when it draws (`laneView`).
 *
 * A journey without lanes has one implicit lane (`laneId` null everywhere);
 * a touchpoint whose `laneId` is null or names no lane of the journey is in
 * the first lane.
 */
import type { LaneId, StageId, TouchpointId } from './ids';
import { STAGE_HEADER_HEIGHT, STAGE_PADDING, stageAtX, type StageColumn } from './layout';
import type { Connection, JourneyDocument, Lane, Touchpoint } from './model';
import {
  LANE_COLLAPSED_HEIGHT,
  LANE_HIDDEN_HEIGHT,
  LANE_MAX_HEIGHT,
  LANE_MIN_HEIGHT,
  TOUCHPOINT_HEIGHT,
  TOUCHPOINT_WIDTH,
  type LaneKind,
} from './vocabulary';

/** The gap between stacked cards in a cell, and above the first card. */
export const CELL_GAP = 24;

/** One lane placed on the map: its band in stored coordinates. */
export interface LaneBand {
  lane: Lane;
  /** Top of the band (flow units). */
  y: number;
  height: number;
}

/**
 * A blueprint: two lanes or more. Only then are lanes worth naming on the
 * printed map and in Markdown, or keeping apart in auto layout; a journey
 * with one lane (every journey from before lanes) reads as before.
 */
export function isBlueprint(lanes: readonly Lane[]): boolean {
  return lanes.length >= 2;
}

/** Lanes top to bottom: by `order`, ties by id. */
export function sortLanes<T extends Pick<Lane, 'order' | 'id'>>(lanes: readonly T[]): T[] {
  return [...lanes].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every lane's band, every lane at its full height, the first just under the stage headers. */
export function laneBands(lanes: readonly Lane[]): LaneBand[] {
  let y = STAGE_HEADER_HEIGHT;
  return sortLanes(lanes).map((lane) => {
    const band = { lane, y, height: lane.height };
    y += lane.height;
    return band;
  });
}

/** The lane whose band holds y; above the first band is the first lane, below the last the last. Null: no lanes. */
export function laneAtY(bands: readonly LaneBand[], y: number): LaneId | null {
  if (bands.length === 0) return null;
  for (const b of bands) {
    if (y < b.y + b.height) return b.lane.id;
  }
  return bands[bands.length - 1]!.lane.id;
}

/** The lane a touchpoint is in: its own when the journey has it, else the first lane (null: the journey has none). */
export function laneOf(bands: readonly LaneBand[], touchpoint: Pick<Touchpoint, 'laneId'>): LaneId | null {
  if (touchpoint.laneId && bands.some((b) => b.lane.id === touchpoint.laneId)) return touchpoint.laneId;
  return bands[0]?.lane.id ?? null;
}

/** Whether a touchpoint is in a stage × lane cell; in a journey without lanes (no bands) its stage is the cell. */
export function isInCell(
  bands: readonly LaneBand[],
  touchpoint: Pick<Touchpoint, 'stageId' | 'laneId'>,
  cell: Cell,
): boolean {
  return touchpoint.stageId === cell.stageId && (bands.length === 0 || laneOf(bands, touchpoint) === cell.laneId);
}

/**
 * A function giving the name of the lane a touchpoint is in, for tables and
 * exports; empty for a journey with no lanes.
 */
export function laneNameOf(lanes: readonly Lane[]): (touchpoint: Pick<Touchpoint, 'laneId'>) => string {
  const bands = laneBands(lanes);
  const names = new Map(lanes.map((l) => [l.id as string, l.name]));
  return (touchpoint) => {
    const id = laneOf(bands, touchpoint);
    return id === null ? '' : (names.get(id) ?? '');
  };
}

export interface Cell {
  stageId: StageId;
  laneId: LaneId | null;
}

/** The stage × lane cell a card at this position belongs to, judged by its centre. */
export function cellForPosition(
  columns: readonly StageColumn[],
  bands: readonly LaneBand[],
  position: { x: number; y: number },
): Cell | null {
  const stageId = stageAtX(columns, position.x + TOUCHPOINT_WIDTH / 2);
  if (!stageId) return null;
  return { stageId, laneId: laneAtY(bands, position.y + TOUCHPOINT_HEIGHT / 2) };
}

/** A cell's rectangle; a journey without lanes has one unbounded row under the headers. */
export function cellRect(
  columns: readonly StageColumn[],
  bands: readonly LaneBand[],
  cell: Cell,
): { x: number; y: number; width: number; height: number } | null {
  const column = columns.find((c) => c.stage.id === cell.stageId);
  if (!column) return null;
  const band = bands.find((b) => b.lane.id === cell.laneId) ?? (cell.laneId === null ? undefined : null);
  if (band === null) return null;
  return band
    ? { x: column.x, y: band.y, width: column.width, height: band.height }
    : { x: column.x, y: STAGE_HEADER_HEIGHT, width: column.width, height: Number.POSITIVE_INFINITY };
}

/** Where a card goes in a cell: centred in the column, below the lowest card already in the cell. */
export function nextSlotInCell(
  columns: readonly StageColumn[],
  bands: readonly LaneBand[],
  cell: Cell,
  touchpoints: readonly Touchpoint[],
): { x: number; y: number } {
  const rect = cellRect(columns, bands, cell) ?? { x: 0, y: STAGE_HEADER_HEIGHT, width: TOUCHPOINT_WIDTH, height: 0 };
  const x = rect.x + Math.max(STAGE_PADDING, (rect.width - TOUCHPOINT_WIDTH) / 2);
  let y = rect.y + CELL_GAP;
  for (const t of touchpoints) {
    if (!isInCell(bands, t, cell)) continue;
    y = Math.max(y, t.position.y + TOUCHPOINT_HEIGHT + CELL_GAP);
  }
  return { x, y };
}

/** The height a lane needs to hold its cards as they are (at least its own minimum). */
export function heightToFit(band: LaneBand, bands: readonly LaneBand[], touchpoints: readonly Touchpoint[]): number {
  let bottom = band.y + LANE_MIN_HEIGHT;
  for (const t of touchpoints) {
    if (laneOf(bands, t) === band.lane.id) bottom = Math.max(bottom, t.position.y + TOUCHPOINT_HEIGHT + CELL_GAP);
  }
  return Math.min(LANE_MAX_HEIGHT, Math.ceil(bottom - band.y));
}

/**
 * Moving a card to a cell: its position kept inside the cell's band (a card
 * dropped across a band edge is pulled in) and the lane to store.
 */
export function placeInCell(
  columns: readonly StageColumn[],
  bands: readonly LaneBand[],
  position: { x: number; y: number },
): { stageId: StageId; laneId: LaneId | null; position: { x: number; y: number } } | null {
  const cell = cellForPosition(columns, bands, position);
  if (!cell) return null;
  const band = bands.find((b) => b.lane.id === cell.laneId);
  if (!band) return { ...cell, position };
  const top = band.y + 8;
  const bottom = Math.max(top, band.y + band.height - TOUCHPOINT_HEIGHT - 8);
  return { ...cell, position: { x: position.x, y: Math.min(bottom, Math.max(top, position.y)) } };
}

/** How the canvas draws a lane: where its band is on screen after collapsed and hidden lanes above it. */
export interface LaneView extends LaneBand {
  /** Top of the band as drawn. */
  viewY: number;
  /** Height as drawn: collapsed lanes are a thin strip, hidden ones a thinner one (its header only). */
  viewHeight: number;
  /** Add to a stored y of this lane to get the drawn y. */
  shift: number;
  /** Its cards are drawn (neither collapsed nor hidden). */
  open: boolean;
}

export function laneViews(bands: readonly LaneBand[]): LaneView[] {
  let viewY = STAGE_HEADER_HEIGHT;
  return bands.map((band) => {
    const viewHeight = band.lane.hidden
      ? LANE_HIDDEN_HEIGHT
      : band.lane.collapsed
        ? LANE_COLLAPSED_HEIGHT
        : band.height;
    const view = {
      ...band,
      viewY,
      viewHeight,
      shift: viewY - band.y,
      open: !band.lane.hidden && !band.lane.collapsed,
    };
    viewY += viewHeight;
    return view;
  });
}

/**
 * Where a card drawn at `drawn` (its top-left corner on the map) is stored: cards are drawn shifted under
 * collapsed and hidden lanes, so it is stored in the lane its centre is drawn in, unshifted.
 */
export function storedPosition(views: readonly LaneView[], drawn: { x: number; y: number }): { x: number; y: number } {
  if (views.length === 0) return drawn;
  const centre = drawn.y + TOUCHPOINT_HEIGHT / 2;
  const view = views.find((v) => centre < v.viewY + v.viewHeight) ?? views[views.length - 1]!;
  return { x: drawn.x, y: drawn.y - view.shift };
}

/** The lanes after moving one up (−1) or down (+1): orders renumbered 0, 1, 2… ; only changed lanes returned. */
export function moveLane(lanes: readonly Lane[], laneId: LaneId, delta: -1 | 1): Lane[] {
  const sorted = sortLanes(lanes);
  const i = sorted.findIndex((l) => l.id === laneId);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= sorted.length) return [];
  [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  return sorted.flatMap((lane, order) => (lane.order === order ? [] : [{ ...lane, order }]));
}

/** The order for a lane added at the bottom. */
export function nextLaneOrder(lanes: readonly Lane[]): number {
  return lanes.reduce((max, l) => Math.max(max, l.order + 1), 0);
}

/**
 * What deleting a lane takes with it: its touchpoints (and the connections
 * that touch them). A touchpoint of the implicit first lane (laneId null or
 * unknown) goes with the first lane.
 */
export interface LaneDeletion {
  lane: Lane;
  touchpointIds: TouchpointId[];
  connectionIds: Connection['id'][];
  /** For the confirmation: “Delete the lane “Backstage” and its 3 touchpoints?” */
  message: string;
}

export function laneDeletion(
  doc: Pick<JourneyDocument, 'lanes' | 'touchpoints' | 'connections'>,
  laneId: LaneId,
): LaneDeletion | null {
  const bands = laneBands(doc.lanes);
  const band = bands.find((b) => b.lane.id === laneId);
  if (!band) return null;
  const touchpointIds = doc.touchpoints.filter((t) => laneOf(bands, t) === laneId).map((t) => t.id);
  const gone = new Set<string>(touchpointIds);
  const connectionIds = doc.connections.filter((c) => gone.has(c.source) || gone.has(c.target)).map((c) => c.id);
  const n = touchpointIds.length;
  const name = band.lane.name.trim() || 'Lane';
  const message =
    n === 0
      ? `Delete the lane “${name}”? It holds no touchpoints.`
      : `Delete the lane “${name}” and the ${n === 1 ? 'touchpoint' : `${n} touchpoints`} in it?`;
  return { lane: band.lane, touchpointIds, connectionIds, message };
}

/** Lane kinds that make up each side of a blueprint line. */
const GROUP: Record<LaneKind, number | null> = {
  customer: 0,
  'frontstage-people': 1,
  'frontstage-systems': 1,
  backstage: 2,
  support: 3,
  evidence: null,
  custom: null,
};

export type BlueprintLineKind = 'interaction' | 'visibility' | 'internal-interaction';

export const BLUEPRINT_LINE_LABELS: Record<BlueprintLineKind, string> = {
  interaction: 'Line of interaction',
  visibility: 'Line of visibility',
  'internal-interaction': 'Line of internal interaction',
};

export interface BlueprintLine {
  kind: BlueprintLineKind;
  /** The lane above the line and the one below it. */
  above: LaneId;
  below: LaneId;
}

/**
 * The lines of a blueprint, between neighbouring lanes (evidence and custom
 * lanes are skipped over) where one group of kinds meets the next: customer
 * over frontstage is the line of interaction, frontstage over backstage the
 * line of visibility, backstage over support the line of internal
 * interaction. Hidden lanes are left out.
 */
export function blueprintLines(lanes: readonly Lane[]): BlueprintLine[] {
  const grouped = sortLanes(lanes.filter((l) => !l.hidden)).filter((l) => GROUP[l.kind] !== null);
  const kinds: Record<string, BlueprintLineKind> = {
    '0-1': 'interaction',
    '1-2': 'visibility',
    '2-3': 'internal-interaction',
  };
  const lines: BlueprintLine[] = [];
  for (let i = 1; i < grouped.length; i++) {
    const a = grouped[i - 1]!;
    const b = grouped[i]!;
    const kind = kinds[`${GROUP[a.kind]}-${GROUP[b.kind]}`];
    if (kind) lines.push({ kind, above: a.id, below: b.id });
  }
  return lines;
}
