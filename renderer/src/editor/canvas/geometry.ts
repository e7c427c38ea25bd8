import { Position, type NodeHandle, type Viewport } from '@xyflow/react';
import { stageColumns, STAGE_HEADER_HEIGHT, type StageColumn } from '../../domain/layout';
import type { Lane, Note, Stage, Touchpoint } from '../../domain/model';
import { laneBands, laneViews, type LaneView } from '../../domain/lanes';
import { LANE_HEADER_WIDTH, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../domain/vocabulary';
import { replacedRows } from './changed-rows';

export const MIN_COLUMN_HEIGHT = 560;
export const CURVE_LANE_GAP = 40;
export const CURVE_LANE_HEIGHT = 220;
export const NOTE_SIZE = { width: 180, height: 120 };
/** The Add lane(s) node's right edge, left of the first stage (build-nodes.ts places and sizes it). */
export const ADD_LANE_RIGHT = -12;
/** The Add lane(s) button's widest, in CSS pixels (`.lane-add` max-width in canvas.css); on screen too when zoomed out. */
export const ADD_LANE_MAX_WIDTH = 120;
/** What the first view keeps between the Add lanes button and the canvas's left edge, in screen pixels. */
export const ADD_LANE_EDGE_GAP = 8;
/**
 * Where the first stage's left edge goes on screen, at the least, at a zoom of 100 % or less, so that the Add
 * lanes button (its size kept on screen, reaching left of its node) is whole, `ADD_LANE_EDGE_GAP` in.
 */
export const addLanesButtonRoom = (zoom: number) => ADD_LANE_EDGE_GAP + ADD_LANE_MAX_WIDTH - ADD_LANE_RIGHT * zoom;
/**
 * Fit View's padding (the command and the zoom controls' button): 10 % of the canvas, as the first
 * view, but at the left room for the Add lanes button at its widest on screen, since React Flow
 * fits its node's box, which the zoomed-out button outgrows.
 */
export const FIT_VIEW_PADDING = { x: 0.1, y: 0.1, left: `${ADD_LANE_MAX_WIDTH + ADD_LANE_EDGE_GAP}px` } as const;

/** Side of a touchpoint's connection handle (`.tp-handle` in canvas.css, border included). */
export const HANDLE_SIZE = 10;
/** The card's border: handles are placed from its padding box, so they sit 1 px in from the sides. */
const CARD_BORDER = 1;

/**
 * Where a touchpoint card's two handles sit, as React Flow would measure them
 * from the DOM (centred on the left and right borders). Given to React Flow
 * with each node, so it can draw connections without observing and measuring
 * thousands of cards when a large map opens. Cards have a fixed size, so these
 * never go stale; `tests/e2e` checks them against the rendered handles.
 */
export const TOUCHPOINT_HANDLES: NodeHandle[] = [
  {
    type: 'target',
    position: Position.Left,
    x: CARD_BORDER - HANDLE_SIZE / 2,
    y: TOUCHPOINT_HEIGHT / 2 - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
  {
    type: 'source',
    position: Position.Right,
    x: TOUCHPOINT_WIDTH - CARD_BORDER - HANDLE_SIZE / 2,
    y: TOUCHPOINT_HEIGHT / 2 - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
];

export interface CanvasGeometry {
  columns: StageColumn[];
  columnHeight: number;
  totalWidth: number;
  laneTop: number;
  /** The blueprint's lanes as drawn (empty: a journey without lanes). */
  lanes: LaneView[];
  /** Where each lane's cards are drawn relative to where they are stored (collapsed lanes above move them up). */
  laneShift: ReadonlyMap<string, number>;
}

/**
 * Column height follows the lowest touchpoint or sticky note in the columns,
 * so the emotion lane sits below every card and note there (a note dropped
 * under a stage's cards never ends up hidden behind the curve). Notes above
 * the stage headers or beside the columns do not count.
 */
export function canvasGeometry(
  stages: Record<string, Stage>,
  touchpoints: Record<string, Touchpoint>,
  notes: Record<string, Note> = {},
  lanes: Record<string, Lane> = {},
): CanvasGeometry {
  const views = laneViews(laneBands(Object.values(lanes)));
  const columns = stageColumns(Object.values(stages));
  const last = columns[columns.length - 1];
  const totalWidth = last ? last.x + last.width : 0;
  let bottom = STAGE_HEADER_HEIGHT;
  const lastLane = views[views.length - 1];
  if (lastLane) bottom = Math.max(bottom, lastLane.viewY + lastLane.viewHeight);
  for (const t of Object.values(touchpoints)) bottom = Math.max(bottom, t.position.y + TOUCHPOINT_HEIGHT);
  for (const n of Object.values(notes)) {
    const inColumns = n.position.y >= 0 && n.position.x < totalWidth && n.position.x + NOTE_SIZE.width > 0;
    if (inColumns) bottom = Math.max(bottom, n.position.y + NOTE_SIZE.height);
  }
  const columnHeight = Math.max(MIN_COLUMN_HEIGHT, Math.ceil((bottom + 64) / 40) * 40);
  return {
    columns,
    columnHeight,
    totalWidth,
    laneTop: columnHeight + CURVE_LANE_GAP,
    lanes: views,
    laneShift: new Map(views.map((v) => [v.lane.id as string, v.shift])),
  };
}

export function notesBounds(notes: readonly Note[]) {
  return notes.map((n) => ({ ...n.position, ...NOTE_SIZE }));
}

/**
 * What the first view of a journey (no saved viewport) fits into the canvas:
 * the stage columns down to the emotion curve and the lane headers' column at
 * the left of the first stage, as the Fit View command does. That column is
 * there as soon as there is a stage: it holds the lane headers of a blueprint
 * and, in every journey, the Add lanes button (left out, the button opened
 * cut at the canvas's left edge).
 */
export function firstViewBounds(geometry: CanvasGeometry): { x: number; y: number; width: number; height: number } {
  const left = geometry.columns.length > 0 ? -LANE_HEADER_WIDTH : 0;
  return {
    x: left,
    y: 0,
    width: Math.max(geometry.totalWidth, 400) - left,
    height: geometry.laneTop + CURVE_LANE_HEIGHT,
  };
}

type Bounds = ReturnType<typeof firstViewBounds>;

/**
 * The first view: `firstViewBounds` fitted to the canvas by `fit`, made wider
 * at the left when the Add lanes button would not be whole in it. Zoomed out,
 * that button keeps its size on screen (so it can be read), reaching left of
 * its column by up to `ADD_LANE_MAX_WIDTH` pixels; each pass widens the bounds
 * by what was missing and fits again (the zoom then shrinks a little, so a few
 * passes settle it).
 */
export function firstViewport(geometry: CanvasGeometry, fit: (bounds: Bounds) => Viewport): Viewport {
  const bounds = firstViewBounds(geometry);
  let viewport = fit(bounds);
  if (geometry.columns.length === 0) return viewport;
  let extra = 0;
  for (let pass = 0; pass < 8; pass++) {
    const { x, zoom } = viewport;
    const buttonLeft = x + ADD_LANE_RIGHT * zoom - ADD_LANE_MAX_WIDTH * Math.max(1, zoom);
    const missing = ADD_LANE_EDGE_GAP - buttonLeft;
    if (missing <= 0.5) break;
    extra += missing / zoom;
    viewport = fit({ ...bounds, x: bounds.x - extra, width: bounds.width + extra });
  }
  return viewport;
}

/** The canvas's zoom range, and the padding of its first view (a share of the canvas). */
export const CANVAS_MIN_ZOOM = 0.05;
export const CANVAS_MAX_ZOOM = 2.5;
export const FIRST_VIEW_PADDING = 0.1;
/** Screen pixels between a map too large to show whole and the canvas's top and left edges. */
const LARGE_MAP_MARGIN = 24;

/** React Flow's `getViewportForBounds`, passed in so this module stays free of React Flow's functions. */
export type FitBounds = (
  bounds: Bounds,
  width: number,
  height: number,
  minZoom: number,
  maxZoom: number,
  padding: number,
) => Viewport;

/** Below this zoom a card's text is too small to read, so cards draw as flat tiles (TouchpointNode). */
export const DETAIL_ZOOM = 0.35;
/**
 * The zoom a journey first opens at when fitting it whole would draw its cards as tiles, but only a little
 * too far out (at half `DETAIL_ZOOM` or closer): card titles some 6 px high, the map's words and its shape.
 */
export const CARDS_FIRST_ZOOM = 0.45;

/**
 * The first view of a map that fitted whole (`whole`) would show as blank tiles, only a little under the
 * zoom that draws the cards' text (a service blueprint of a dozen cards on a laptop screen): at
 * `CARDS_FIRST_ZOOM`, the map centred along a side it fits in and shown from its start (its top, its
 * left with the Add lanes button whole) along one it does not. Null when the fit shows the cards' text
 * or is far out (a map of thousands of cards: its overview).
 */
export function cardsFirstView(
  geometry: CanvasGeometry,
  canvas: { width: number; height: number },
  whole: Viewport,
): Viewport | null {
  if (whole.zoom >= DETAIL_ZOOM || whole.zoom < DETAIL_ZOOM / 2) return null;
  const zoom = CARDS_FIRST_ZOOM;
  const bounds = firstViewBounds(geometry);
  const along = (start: number, size: number, visible: number) =>
    size * zoom <= visible - 2 * LARGE_MAP_MARGIN
      ? (visible - size * zoom) / 2 - start * zoom
      : LARGE_MAP_MARGIN - start * zoom;
  const x = along(bounds.x, bounds.width, canvas.width);
  return {
    zoom,
    x: geometry.columns.length > 0 ? Math.max(x, addLanesButtonRoom(zoom)) : x,
    y: along(bounds.y, bounds.height, canvas.height),
  };
}

/**
 * The whole map fitted to a canvas of this size, as the first view and Fit View show it. A map too
 * tall (or wide) to show whole even at the smallest zoom is shown from its start instead of its
 * middle: the stage headers at the canvas's top, the first stages at its left, where centring left
 * a band of cards with no stage named (4,900 touchpoints in 10 stages). `whole` says which it is.
 */
export function wholeMapView(
  geometry: CanvasGeometry,
  canvas: { width: number; height: number },
  fitBounds: FitBounds,
): { viewport: Viewport; whole: boolean } {
  const fit = (bounds: Bounds) =>
    fitBounds(bounds, canvas.width, canvas.height, CANVAS_MIN_ZOOM, CANVAS_MAX_ZOOM, FIRST_VIEW_PADDING);
  const viewport = firstViewport(geometry, fit);
  const bounds = firstViewBounds(geometry);
  const { zoom } = viewport;
  const tall = bounds.height * zoom > canvas.height;
  const wide = bounds.width * zoom > canvas.width;
  if (zoom > CANVAS_MIN_ZOOM * 1.0001 || (!tall && !wide)) return { viewport, whole: true };
  return {
    viewport: {
      zoom,
      x: wide ? LARGE_MAP_MARGIN - bounds.x * zoom : viewport.x,
      y: tall ? LARGE_MAP_MARGIN - bounds.y * zoom : viewport.y,
    },
    whole: false,
  };
}

type GeometryInputs = Parameters<typeof canvasGeometry>;

const sameFields = (a: object, b: object): boolean => {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((k) => left[k] === right[k]);
};

/** The same drawn stages, lanes and sizes (row objects compared by identity, figures by value). */
function sameGeometry(a: CanvasGeometry, b: CanvasGeometry): boolean {
  return (
    a.columnHeight === b.columnHeight &&
    a.totalWidth === b.totalWidth &&
    a.laneTop === b.laneTop &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => sameFields(c, b.columns[i]!)) &&
    a.lanes.length === b.lanes.length &&
    a.lanes.every((v, i) => sameFields(v, b.lanes[i]!))
  );
}

/**
 * `canvasGeometry`, keeping the object it returned last while what it computes stays the same: every
 * node and edge of the canvas depends on it, so an edit that moves and resizes nothing (a key in a
 * card's title, a vote) must not hand them a new one. When only cards were replaced and none of them
 * moved, the geometry is not even computed again (it reads the touchpoints' positions alone).
 */
export function createGeometryKeeper() {
  let last: { inputs: GeometryInputs; geometry: CanvasGeometry } | null = null;
  return (...inputs: GeometryInputs): CanvasGeometry => {
    if (last) {
      const [stages, touchpoints, notes, lanes] = inputs;
      const [oldStages, oldTouchpoints, oldNotes, oldLanes] = last.inputs;
      if (stages === oldStages && notes === oldNotes && lanes === oldLanes) {
        const replaced = touchpoints === oldTouchpoints ? [] : replacedRows(oldTouchpoints, touchpoints);
        if (replaced?.every((t) => t.position === oldTouchpoints[t.id]!.position)) {
          last = { inputs, geometry: last.geometry };
          return last.geometry;
        }
      }
    }
    const geometry = canvasGeometry(...inputs);
    last = { inputs, geometry: last && sameGeometry(last.geometry, geometry) ? last.geometry : geometry };
    return last.geometry;
  };
}
