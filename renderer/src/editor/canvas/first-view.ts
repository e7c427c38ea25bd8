/**
 * The first view of a journey (and the Fit View command) when its content is
 * small: drawn at a size its card titles can be read, instead of fitting the
 * whole frame of stages, lanes and emotion curve, which on a new journey left
 * names a few pixels high. Pure: given the drawn geometry, the cards and notes,
 * and the canvas size, it says which viewport to open at, or null when the
 * content does not fit at a readable zoom (the caller then fits the whole map).
 * A map without cards or notes shows all its stages when their names can be
 * read so, else its first stage.
 */
import type { Viewport } from '@xyflow/react';
import { STAGE_HEADER_HEIGHT } from '../../domain/layout';
import type { Note, Touchpoint } from '../../domain/model';
import { LANE_HEADER_WIDTH, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../domain/vocabulary';
import {
  ADD_LANE_EDGE_GAP,
  ADD_LANE_MAX_WIDTH,
  ADD_LANE_RIGHT,
  addLanesButtonRoom,
  NOTE_SIZE,
  type CanvasGeometry,
} from './geometry';

/** A card title is set at 13 px (`.tp-title`): at this zoom it is 11 px high on screen, the least that reads. */
export const READABLE_ZOOM = 11 / 13;
/** A small map opens at 100 % at most: closer in, a single card would fill the canvas. */
export const READABLE_MAX_ZOOM = 1;
/** Screen pixels kept between the content and the canvas's edges. */
export const READABLE_MARGIN = 32;
/** How much of an empty stage column a new journey's first view keeps in sight under its header. */
const EMPTY_COLUMN_BODY = 3 * TOUCHPOINT_HEIGHT;
/**
 * Room kept above the stage headers while the map has no touchpoint: the hint that says how to add
 * one (`EmptyMapHint`, at the canvas's top) then covers no stage name.
 */
export const EMPTY_HINT_ROOM = 112;
/** A stage's name is set at 15 px (`.stage-name`). */
export const STAGE_NAME_PX = 15;
/**
 * The least zoom at which a map without cards may open to show all its stages: stage names 9 px high on
 * screen. Below it (six stages beside the side panel at 1,440 px would take 48 %, names 7 px) the map
 * opens at its first stage at 100 %, as before: the cards about to be typed in at a size that reads.
 */
export const HEADERS_READABLE_ZOOM = 9 / STAGE_NAME_PX;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasSize {
  width: number;
  height: number;
}

/**
 * What must be readable in the first view: every card (where it is drawn, in
 * its lane) and every note, widened to the stage columns they stand in and
 * raised to the top of the stage headers, so the names of their stages show
 * too. A journey without cards or notes shows its first stage. Without
 * touchpoints, room for the empty map's hint is kept above. Null without
 * stages, cards or notes.
 */
export function contentBounds(
  geometry: CanvasGeometry,
  touchpoints: Readonly<Record<string, Touchpoint>>,
  notes: Readonly<Record<string, Note>> = {},
): Box | null {
  const boxes: Box[] = [];
  for (const t of Object.values(touchpoints)) {
    const shift = t.laneId ? (geometry.laneShift.get(t.laneId) ?? 0) : 0;
    boxes.push({ x: t.position.x, y: t.position.y + shift, width: TOUCHPOINT_WIDTH, height: TOUCHPOINT_HEIGHT });
  }
  for (const n of Object.values(notes)) boxes.push({ ...n.position, ...NOTE_SIZE });
  const first = geometry.columns[0];
  if (boxes.length === 0) {
    if (!first) return null;
    const height = EMPTY_HINT_ROOM + STAGE_HEADER_HEIGHT + EMPTY_COLUMN_BODY;
    return { x: first.x, y: -EMPTY_HINT_ROOM, width: first.width, height };
  }
  let left = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const hint = first && Object.keys(touchpoints).length === 0 ? EMPTY_HINT_ROOM : 0;
  let top = first ? 0 - hint : Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    right = Math.max(right, b.x + b.width);
    top = Math.min(top, b.y - hint);
    bottom = Math.max(bottom, b.y + b.height);
    // The stage column the box's centre is in, so its name is in view as well.
    const centre = b.x + b.width / 2;
    const column = geometry.columns.find((c) => centre >= c.x && centre < c.x + c.width);
    if (column) {
      left = Math.min(left, column.x);
      right = Math.max(right, column.x + column.width);
    }
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The whole map's top-left corner as drawn: the lane headers' column (with the
 * Add lanes button) left of the first stage, the stage headers at the top.
 */
export function mapOrigin(geometry: CanvasGeometry): { x: number; y: number } {
  return { x: geometry.columns.length > 0 ? -LANE_HEADER_WIDTH : 0, y: 0 };
}

/** Where a range of `size` flow units starts in view, between the two bounds that keep the content in sight. */
function place(preferred: number, contentStart: number, contentSize: number, visible: number, margin: number): number {
  const latest = contentStart - margin;
  const earliest = contentStart + contentSize + margin - visible;
  return Math.min(latest, Math.max(earliest, preferred));
}

/**
 * The readable view of `content`, or null when it does not fit at `READABLE_ZOOM`
 * (then the whole map is fitted, as for a large journey). The zoom fits the
 * content up to 100 %; the view then keeps the content whole and shows as much
 * of the map's start (its top-left corner, `origin`) as it can, so a journey
 * reads from its first stage, with the Add lanes button in sight.
 */
export function readableViewport(
  content: Box | null,
  origin: { x: number; y: number },
  canvas: CanvasSize,
): Viewport | null {
  if (!content || canvas.width <= 0 || canvas.height <= 0) return null;
  const roomX = canvas.width - 2 * READABLE_MARGIN;
  const roomY = canvas.height - 2 * READABLE_MARGIN;
  if (roomX <= 0 || roomY <= 0) return null;
  const zoom = Math.min(READABLE_MAX_ZOOM, roomX / Math.max(1, content.width), roomY / Math.max(1, content.height));
  if (zoom < READABLE_ZOOM) return null;
  const margin = READABLE_MARGIN / zoom;
  const left = place(origin.x - margin, content.x, content.width, canvas.width / zoom, margin);
  const top = place(origin.y - margin, content.y, content.height, canvas.height / zoom, margin);
  return { x: -left * zoom, y: -top * zoom, zoom };
}

/**
 * The first view of a map without cards or notes: every stage column whole, side by side, at up to
 * 100 %, from the map's start (the lane column, or zoomed out the Add lanes button at its widest, which
 * keeps its size on screen, a gap in from the canvas's left edge), the stage headers below the room kept
 * for the empty map's hint (in screen space, as the hint is). Null when that takes a zoom under
 * `HEADERS_READABLE_ZOOM`, or without stages.
 */
export function allStagesViewport(geometry: CanvasGeometry, canvas: CanvasSize): Viewport | null {
  const first = geometry.columns[0];
  if (!first || canvas.width <= 0 || canvas.height <= 0) return null;
  const stages = geometry.totalWidth - first.x;
  const top = EMPTY_HINT_ROOM + READABLE_MARGIN;
  // Across, the stages and a margin right of them, and left of them the larger of the lane column with
  // a margin and the Add lanes button with its gap (the button is at most 100 % here, so 120 px at most).
  const byColumn = (canvas.width - 2 * READABLE_MARGIN) / (LANE_HEADER_WIDTH + stages);
  const byButton =
    (canvas.width - READABLE_MARGIN - ADD_LANE_EDGE_GAP - ADD_LANE_MAX_WIDTH) / Math.max(1, stages - ADD_LANE_RIGHT);
  // Down, the stage headers and some of the empty columns under them.
  const byHeight = (canvas.height - top - READABLE_MARGIN) / (STAGE_HEADER_HEIGHT + EMPTY_COLUMN_BODY);
  const zoom = Math.min(READABLE_MAX_ZOOM, byColumn, byButton, byHeight);
  if (!(zoom >= HEADERS_READABLE_ZOOM)) return null;
  const left = Math.max(READABLE_MARGIN + LANE_HEADER_WIDTH * zoom, addLanesButtonRoom(zoom));
  return { x: left - first.x * zoom, y: top, zoom };
}

/** Whether a record has a key, without listing a large map's keys. */
function hasAny(record: Readonly<Record<string, unknown>>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * The readable view of a journey's content in a canvas of this size, or null (see `readableViewport`).
 * Without cards or notes, all the stages when they fit so (`allStagesViewport`), else the first one.
 */
export function readableViewOf(
  geometry: CanvasGeometry,
  touchpoints: Readonly<Record<string, Touchpoint>>,
  notes: Readonly<Record<string, Note>>,
  canvas: CanvasSize,
): Viewport | null {
  const empty = !hasAny(touchpoints) && !hasAny(notes);
  return (
    (empty ? allStagesViewport(geometry, canvas) : null) ??
    readableViewport(contentBounds(geometry, touchpoints, notes), mapOrigin(geometry), canvas)
  );
}
