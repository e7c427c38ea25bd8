/**
 * The layout plan of the journey map: where every stage column, card, badge,
 * connection route, legend entry and label goes, as plain data (no SVG).
 * `map-svg.ts` turns a plan into markup; `map.ts` puts the two together.
 *
 * Cards are laid out top to bottom in each stage in canvas order, with heights
 * that fit their wrapped titles, so nothing overlaps whatever the script. A
 * subset of stages can be planned (a page part of a wide map); connections
 * leaving the part end in a labelled stub in a side margin.
 */
import { worstSeverity } from '../../domain/insights';
import type { StageId } from '../../domain/ids';
import {
  blueprintLines,
  isBlueprint,
  laneBands,
  laneOf,
  sortLanes,
  type BlueprintLineKind,
  type LaneBand,
} from '../../domain/lanes';
import { blockedTowards, crossLaneRoute, routeLabelPoint, type LaneGrid } from '../../domain/lane-routes';
import type { Connection, JourneyDocument, Lane, Stage, Touchpoint } from '../../domain/model';
import {
  connectionKindsUsed,
  drawnConnectionKind,
  LANE_KIND_COLOURS,
  TOUCHPOINT_WIDTH,
  type ConnectionKind,
} from '../../domain/vocabulary';
import { channelText } from '../channel-text';
import { oneLine, safeColour, signed, truncate } from '../escape';
import { stageGroups, type StageGroup } from '../journey-order';
import { REPORT_LABELS, type Labels } from '../labels';
import { boxesOverlap, placeLabels } from './label-place';
import { estimateWidth, wrapText } from './text-wrap';

export interface MapHeatOverlay {
  /** The measure, e.g. "Friction (0–5)"; printed in the legend. */
  title: string;
  /** Short name for the card badge, e.g. "Friction". */
  shortTitle: string;
  valueOf: (touchpoint: Touchpoint) => { colour: string; label: string } | null;
  /** Legend stops, best to worst (or −3 to +3). */
  stops?: readonly { colour: string; label: string }[];
}

export interface MapLayoutOptions {
  /** Plan only these stages (in journey order); default all. */
  stageIds?: readonly StageId[];
  labels?: Labels;
  /** Heat overlay: tints cards, adds a badge to each and a legend row. */
  heat?: MapHeatOverlay;
}

export type Point = readonly [number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A text anchored at (x, y), y being the baseline. */
export interface TextPlan {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Lines of text: the first baseline at y, the next ones `lineHeight` below. */
export interface LinesPlan {
  x: number;
  y: number;
  lines: string[];
  lineHeight: number;
  size: number;
}

export type LegendEntry = { x: number; baseline: number; width: number; row: number } & (
  | { kind: 'title'; text: string }
  | { kind: 'connection'; connectionKind: ConnectionKind; text: string }
  | { kind: 'stop'; colour: string; text: string }
);

export interface LegendPlan {
  /** Rows the entries wrap into within the drawing's width. */
  rows: number;
  entries: LegendEntry[];
}

export interface ColumnPlan {
  stage: Stage;
  /** The column's background box, header included. */
  box: Box;
  headerHeight: number;
  colour: string;
  /** The stage's full name (a tooltip) and its wrapped lines in the header. */
  name: string;
  nameLines: LinesPlan;
}

export type BadgeKind = 'heat' | 'pain' | 'friction' | 'moment' | 'delight';

export interface BadgePlan extends Box {
  kind: BadgeKind;
  label: string;
  /** Filled pips out of three (the worst pain severity); 0 for none. */
  pips: number;
}

export interface CardPlan extends Box {
  touchpoint: Touchpoint;
  column: number;
  /** The full title (a tooltip). */
  name: string;
  /** The heat value, colour checked; null without an overlay or value. */
  heat: { colour: string; label: string } | null;
  face: { cx: number; cy: number; size: number };
  score: TextPlan;
  title: LinesPlan;
  channel: TextPlan | null;
  badges: BadgePlan[];
}

/** A connection label on a plate, so it reads over lines. */
export interface LabelPlan extends TextPlan {
  plate: Box;
  /**
   * A label wrapped over more than one line (a stub's): its lines, the first at `y`, each next one
   * `lineHeight` below; `text` is then all of them, joined by spaces. Absent for a label of one line.
   */
  wrapped?: { lines: string[]; lineHeight: number };
}

export type RoutePath =
  /** A cubic Bézier from one stage to a later one. */
  | { shape: 'curve'; start: Point; control1: Point; control2: Point; end: Point }
  /** Straight segments with rounded corners. */
  | { shape: 'elbow'; points: Point[] };

export interface RoutePlan {
  connection: Connection;
  /** The kind it is drawn as (unknown kinds as main). */
  kind: ConnectionKind;
  path: RoutePath;
  label: LabelPlan | null;
  /** Set when the other end is in another part of the map. */
  stub: { side: 'left' | 'right'; outgoing: boolean; other: Touchpoint } | null;
}

/** A lane of a service blueprint: a band across the stage columns, its name in the label column at the left. */
export interface LanePlan {
  lane: Lane;
  /** The band, from the label column's left edge to the last column's right edge. */
  box: Box;
  /** The label column's width (the band's left part). */
  labelWidth: number;
  colour: string;
  /** The lane's full name (a tooltip), its wrapped lines and its kind in words. */
  name: string;
  nameLines: LinesPlan;
  kind: TextPlan;
}

/** One of a blueprint's three lines, along the top of the lane below it. */
export interface BlueprintLinePlan {
  kind: BlueprintLineKind;
  y: number;
  x1: number;
  x2: number;
  label: TextPlan;
}

export interface MapPlan {
  /** Size of the drawing. */
  width: number;
  height: number;
  /** The connection legend, then the heat legend when there is an overlay. */
  legends: LegendPlan[];
  columns: ColumnPlan[];
  /** Lane bands, top to bottom; empty when the journey has fewer than two lanes (nothing to tell apart). */
  lanes: LanePlan[];
  blueprintLines: BlueprintLinePlan[];
  /** The note drawn when there are no stages. */
  emptyNote: TextPlan | null;
  /** In drawing order: connections inside the part, then stubs. */
  routes: RoutePlan[];
  cards: CardPlan[];
}

export const MARGIN = 16;
const LEGEND_H = 30;
/** The extra legend row of the heat overlay. */
const HEAT_LEGEND_H = 24;
/** Row height of a legend that wraps, px. */
const LEGEND_ROW_H = 20;
export const CARD_W = TOUCHPOINT_WIDTH;
const GUTTER = 34;
export const MAP_COLUMN_WIDTH = CARD_W + 2 * GUTTER;
const HEADER_H = 60;
const CARD_GAP = 30;
const TITLE_SIZE = 12.5;
const TITLE_LINE = 16.5;
const TITLE_X = 44;
const TITLE_MAX_W = CARD_W - TITLE_X - 10;
const BADGE_H = 17;
const BADGE_ROW_H = 22;
export const FALLBACK_STAGE = '#868e96';
/** Side margin that holds the stubs of connections to another part of the map. */
const STUB_W = 150;
/** A stub label's type size and, wrapped, its line height, px. */
const STUB_LABEL_SIZE = 9;
const STUB_LABEL_LINE = 11;
/** How far inside its column's edge a gutter line runs (`rightGutter`, `leftGutter`), px. */
const GUTTER_LINE_INSET = 10;
const TRACK_GAP = 14;
/** The lane label column at the left of the stage columns, when lanes are drawn. */
export const LANE_LABEL_W = 136;
/** Room above the first card of a lane, and below the last. */
const LANE_PAD = 16;
const LANE_MIN_H = 72;

/** Width the drawing of this many stages will have, before scaling (no stub margins). */
export function mapPartWidth(stageCount: number): number {
  return MARGIN * 2 + Math.max(1, stageCount) * MAP_COLUMN_WIDTH;
}

/**
 * Split the stages into consecutive groups whose drawing is at most
 * `maxWidth` wide (at least one stage each, stub margins included), balanced in size.
 */
export function planMapParts(doc: JourneyDocument, maxWidth: number): StageId[][] {
  const ids = stageGroups(doc).map((g) => g.stage.id);
  if (ids.length === 0) return [];
  const fits = (room: number) => Math.max(1, Math.floor((room - MARGIN * 2) / MAP_COLUMN_WIDTH));
  // Once split, parts carry side margins for the stubs of connections between parts.
  const perPart = fits(maxWidth) >= ids.length ? ids.length : fits(maxWidth - 2 * STUB_W);
  const partCount = Math.ceil(ids.length / perPart);
  const size = Math.ceil(ids.length / partCount);
  const parts: StageId[][] = [];
  for (let i = 0; i < ids.length; i += size) parts.push(ids.slice(i, i + size));
  return parts;
}

/** The heat value of a card, colour checked; null when there is no overlay or no value. */
function heatOf(t: Touchpoint, heat: MapHeatOverlay | undefined): { colour: string; label: string } | null {
  const value = heat?.valueOf(t);
  if (!value) return null;
  return { colour: safeColour(value.colour, FALLBACK_STAGE), label: oneLine(value.label) };
}

type Badge = Pick<BadgePlan, 'kind' | 'label' | 'pips'>;

function badgesOf(t: Touchpoint, labels: Labels, heat: MapHeatOverlay | undefined): Badge[] {
  const badges: Badge[] = [];
  const hot = heatOf(t, heat);
  if (hot && heat) {
    badges.push({ kind: 'heat', label: truncate(`${oneLine(heat.shortTitle)} ${hot.label}`.trim(), 28), pips: 0 });
  }
  if (t.painPoints.length > 0) {
    badges.push({ kind: 'pain', label: `${labels.painShort} ${t.painPoints.length}`, pips: worstSeverity(t) });
  }
  if (t.friction.score > 0) {
    badges.push({ kind: 'friction', label: `${labels.frictionShort} ${t.friction.score}/5`, pips: 0 });
  }
  if (t.momentOfTruth) badges.push({ kind: 'moment', label: labels.momentOfTruth, pips: 0 });
  if (t.delight) badges.push({ kind: 'delight', label: labels.delight, pips: 0 });
  // The heat badge says the same as a plain badge with its label (e.g. friction): keep only the heat badge.
  return hot ? badges.filter((b, i) => i === 0 || b.label !== badges[0]!.label) : badges;
}

function badgeWidth(b: Badge): number {
  return estimateWidth(b.label, 10) + 14 + (b.pips ? 22 : 0);
}

/** Badges flow into rows inside the card; x is from the card's left edge. */
function badgeRows(badges: readonly Badge[]): (Badge & { x: number; width: number })[][] {
  const rows: (Badge & { x: number; width: number })[][] = [];
  let row: (Badge & { x: number; width: number })[] = [];
  let x = 10;
  for (const b of badges) {
    const width = badgeWidth(b);
    if (row.length > 0 && x + width > CARD_W - 10) {
      rows.push(row);
      row = [];
      x = 10;
    }
    row.push({ ...b, x, width });
    x += width + 6;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function cardHeight(titleLines: number, hasChannel: boolean, badgeRowCount: number): number {
  const textBottom = 12 + titleLines * TITLE_LINE + (hasChannel ? 15 : 0);
  const top = Math.max(textBottom, 58);
  return Math.ceil(top + (badgeRowCount > 0 ? badgeRowCount * BADGE_ROW_H + 4 : 4));
}

function planCard(
  t: Touchpoint,
  column: number,
  x: number,
  y: number,
  labels: Labels,
  heat: MapHeatOverlay | undefined,
): CardPlan {
  const titleLines = wrapText(t.title || labels.untitled, TITLE_MAX_W, TITLE_SIZE, 4);
  const channel = truncate(oneLine(channelText(t.channel, labels)), 30);
  const rows = badgeRows(badgesOf(t, labels, heat));
  const height = cardHeight(titleLines.length, channel.length > 0, rows.length);
  const rowsTop = y + height - rows.length * BADGE_ROW_H - 4;
  return {
    touchpoint: t,
    column,
    x,
    y,
    width: CARD_W,
    height,
    name: oneLine(t.title) || labels.untitled,
    heat: heatOf(t, heat),
    face: { cx: x + 22, cy: y + 22, size: 24 },
    score: { x: x + 22, y: y + 50, text: t.emotion === null ? '–' : signed(t.emotion), size: 11, anchor: 'middle' },
    title: { x: x + TITLE_X, y: y + 12 + TITLE_SIZE, lines: titleLines, lineHeight: TITLE_LINE, size: TITLE_SIZE },
    channel: channel
      ? { x: x + TITLE_X, y: y + 12 + titleLines.length * TITLE_LINE + 12, text: channel, size: 10, anchor: 'start' }
      : null,
    badges: rows.flatMap((row, i) =>
      row.map((b) => ({
        kind: b.kind,
        label: b.label,
        pips: b.pips,
        x: x + b.x,
        y: rowsTop + i * BADGE_ROW_H,
        width: b.width,
        height: BADGE_H,
      })),
    ),
  };
}

/** A label and its plate: the text's estimated width plus padding, from the size above the baseline to below it. */
function labelAt(x: number, y: number, text: string, anchor: TextPlan['anchor'], size = 9.5): LabelPlan {
  const width = estimateWidth(text, size) + 8;
  const left = anchor === 'start' ? x - 4 : anchor === 'middle' ? x - width / 2 : x - width + 4;
  return { x, y, text, size, anchor, plate: { x: left, y: y - size, width, height: size + 5 } };
}

function connectionLabel(c: Connection): string {
  const label = truncate(oneLine(c.label), 28);
  const share = c.share === null ? '' : `${Math.round(c.share)}%`;
  return [label, share].filter(Boolean).join(' · ');
}

type LegendItem = Omit<LegendEntry, 'x' | 'baseline' | 'row'>;

/** Legend items placed left to right from `left`, wrapping onto a new row when the next would pass `room`. */
function flowLegend(items: readonly LegendItem[], room: number, left: number, baseline: number): LegendPlan {
  const entries: LegendEntry[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > room) {
      row += 1;
      x = 0;
    }
    entries.push({ ...item, x: left + x, baseline: baseline + row * LEGEND_ROW_H, row } as LegendEntry);
    x += item.width;
  }
  return { rows: row + 1, entries };
}

/** The connection legend: its title, then a line with an arrow and a name per kind the map uses. */
function connectionLegendItems(labels: Labels, kinds: readonly ConnectionKind[]): LegendItem[] {
  return [
    { kind: 'title', text: labels.map.legend, width: estimateWidth(labels.map.legend, 10) + 14 },
    ...kinds.map((kind) => {
      const text = labels.connectionKind[kind];
      return { kind: 'connection' as const, connectionKind: kind, text, width: 38 + estimateWidth(text, 10) + 18 };
    }),
  ];
}

/** The heat overlay's legend: its title, then a swatch and label per stop. */
function heatLegendItems(heat: MapHeatOverlay): LegendItem[] {
  const title = truncate(oneLine(heat.title), 40);
  return [
    { kind: 'title', text: title, width: estimateWidth(title, 10) + 14 },
    ...(heat.stops ?? []).map((stop) => {
      const text = truncate(oneLine(stop.label), 24);
      return {
        kind: 'stop' as const,
        colour: safeColour(stop.colour, FALLBACK_STAGE),
        text,
        width: 16 + estimateWidth(text, 9.5) + 12,
      };
    }),
  ];
}

type StubSpec = NonNullable<RoutePlan['stub']> & { connection: Connection };

/** Connections with one end in the planned part and the other in another part of the map. */
function stubSpecsOf(
  doc: JourneyDocument,
  allGroups: readonly StageGroup[],
  groups: readonly StageGroup[],
): StubSpec[] {
  const stageIndex = new Map(allGroups.map((g, i) => [g.stage.id as string, i]));
  const lastIndex = groups.length > 0 ? stageIndex.get(groups[groups.length - 1]!.stage.id)! : 0;
  const inPart = new Set<string>(groups.flatMap((g) => g.touchpoints.map((t) => t.id)));
  const touchpointById = new Map(doc.touchpoints.map((t) => [t.id as string, t]));
  const specs: StubSpec[] = [];
  for (const c of doc.connections) {
    const sourceIn = inPart.has(c.source);
    if (sourceIn === inPart.has(c.target)) continue;
    const other = touchpointById.get(sourceIn ? c.target : c.source);
    const otherStage = other ? stageIndex.get(other.stageId) : undefined;
    if (!other || otherStage === undefined) continue;
    specs.push({ connection: c, outgoing: sourceIn, side: otherStage > lastIndex ? 'right' : 'left', other });
  }
  return specs;
}

/** Cards top to bottom in each column; the bottom of the tallest column. */
function layoutCards(
  groups: readonly StageGroup[],
  columnsLeft: number,
  cardsTop: number,
  labels: Labels,
  heat: MapHeatOverlay | undefined,
): { cards: Map<string, CardPlan>; contentBottom: number } {
  const cards = new Map<string, CardPlan>();
  let contentBottom = cardsTop + 40;
  groups.forEach((g, column) => {
    let y = cardsTop;
    for (const t of g.touchpoints) {
      const card = planCard(t, column, columnsLeft + column * MAP_COLUMN_WIDTH + GUTTER, y, labels, heat);
      cards.set(t.id, card);
      y += card.height + CARD_GAP;
    }
    contentBottom = Math.max(contentBottom, y - CARD_GAP + 12);
  });
  return { cards, contentBottom };
}

/**
 * Cards in lanes: each lane a band across the columns, as tall as its
 * fullest cell; in each cell the lane's cards top to bottom in canvas order.
 */
function layoutCardsInLanes(
  groups: readonly StageGroup[],
  bands: readonly LaneBand[],
  columnsLeft: number,
  lanesTop: number,
  labels: Labels,
  heat: MapHeatOverlay | undefined,
): { cards: Map<string, CardPlan>; contentBottom: number; rows: { lane: Lane; top: number; bottom: number }[] } {
  const cards = new Map<string, CardPlan>();
  const rows: { lane: Lane; top: number; bottom: number }[] = [];
  let top = lanesTop;
  for (const band of bands) {
    let bottom = top + LANE_MIN_H;
    groups.forEach((g, column) => {
      let y = top + LANE_PAD;
      for (const t of g.touchpoints) {
        if (laneOf(bands, t) !== band.lane.id) continue;
        const card = planCard(t, column, columnsLeft + column * MAP_COLUMN_WIDTH + GUTTER, y, labels, heat);
        cards.set(t.id, card);
        y += card.height + CARD_GAP;
        bottom = Math.max(bottom, y - CARD_GAP + LANE_PAD);
      }
    });
    rows.push({ lane: band.lane, top, bottom });
    top = bottom;
  }
  return { cards, contentBottom: top, rows };
}

function planLane(
  row: { lane: Lane; top: number; bottom: number },
  left: number,
  right: number,
  labels: Labels,
): LanePlan {
  const { lane } = row;
  const name = oneLine(lane.name) || labels.untitled;
  const lines = wrapText(name, LANE_LABEL_W - 26, 12, 3);
  return {
    lane,
    box: { x: left, y: row.top, width: right - left, height: row.bottom - row.top },
    labelWidth: LANE_LABEL_W - 8,
    colour: safeColour(lane.colour, LANE_KIND_COLOURS[lane.kind] ?? FALLBACK_STAGE),
    name,
    nameLines: { x: left + 14, y: row.top + 22, lines, lineHeight: 15, size: 12 },
    kind: {
      x: left + 14,
      y: row.top + 22 + lines.length * 15 + 2,
      text: truncate(labels.lanes.kind[lane.kind] ?? '', 24),
      size: 9,
      anchor: 'start',
    },
  };
}

function planBlueprintLines(lanes: readonly LanePlan[], all: readonly Lane[], labels: Labels): BlueprintLinePlan[] {
  const top = new Map(lanes.map((l) => [l.lane.id as string, l]));
  return blueprintLines(all).flatMap((line) => {
    const below = top.get(line.below);
    if (!below) return [];
    const x1 = below.box.x;
    const x2 = below.box.x + below.box.width;
    const y = below.box.y;
    return [
      {
        kind: line.kind,
        y,
        x1,
        x2,
        label: { x: x2 - 6, y: y - 4, text: labels.lanes.line[line.kind], size: 9, anchor: 'end' as const },
      },
    ];
  });
}

const anchorY = (c: CardPlan) => c.y + Math.min(22, c.height / 2);
const rightGutter = (c: CardPlan) => c.x + CARD_W + GUTTER - 10;
const leftGutter = (c: CardPlan) => c.x - GUTTER + 10;

/** Horizontal tracks under every card, one per route that needs one, in the order asked for. */
class Tracks {
  used = 0;
  constructor(private readonly contentBottom: number) {}
  next(): number {
    return this.contentBottom + 16 + this.used++ * TRACK_GAP;
  }
  /** The room the tracks take under the cards. */
  get height(): number {
    return this.used > 0 ? 16 + this.used * TRACK_GAP : 0;
  }
}

/** A blueprint's drawn lanes and column edges, and the lane of each card (by index, top to bottom). */
interface LaneRouting {
  grid: LaneGrid;
  laneOfCard: ReadonlyMap<string, number>;
  /** The cards of each stage × lane cell, by `column|lane`. */
  cells: ReadonlyMap<string, CardPlan[]>;
}

function laneRouting(
  rows: readonly { lane: Lane; top: number; bottom: number }[],
  bands: readonly LaneBand[],
  cards: ReadonlyMap<string, CardPlan>,
  columnsLeft: number,
  columnCount: number,
): LaneRouting {
  const index = new Map(rows.map((r, i) => [r.lane.id as string, i]));
  const laneOfCard = new Map<string, number>();
  const cells = new Map<string, CardPlan[]>();
  for (const card of cards.values()) {
    const lane = index.get(laneOf(bands, card.touchpoint) ?? '') ?? 0;
    laneOfCard.set(card.touchpoint.id, lane);
    const key = `${card.column}|${lane}`;
    const cell = cells.get(key) ?? [];
    cell.push(card);
    cells.set(key, cell);
  }
  return {
    grid: {
      lanes: rows.map((r) => ({ top: r.top, bottom: r.bottom })),
      columnEdges: Array.from({ length: columnCount + 1 }, (_, i) => columnsLeft + i * MAP_COLUMN_WIDTH),
    },
    laneOfCard,
    cells,
  };
}

/**
 * A connection between two lanes: out of the bottom (or top) of its card,
 * along the lane boundaries and down the column edges, into the top (or
 * bottom) of the other; by a card's side when another card of its cell is in
 * the way. The last point stops short of the card, for the arrowhead.
 */
function crossLanePlan(
  source: CardPlan,
  target: CardPlan,
  sourceLane: number,
  targetLane: number,
  cells: ReadonlyMap<string, CardPlan[]>,
  grid: LaneGrid,
): Point[] {
  const cellmates = (card: CardPlan, lane: number) => cells.get(`${card.column}|${lane}`) ?? [];
  const down = targetLane > sourceLane;
  const points = crossLaneRoute(source, target, grid, {
    sourceLane,
    targetLane,
    sourceSide: blockedTowards(source, cellmates(source, sourceLane), down),
    targetSide: blockedTowards(target, cellmates(target, targetLane), !down),
  });
  const last = points[points.length - 1];
  const before = points[points.length - 2];
  if (last && before) {
    const dx = Math.sign(last[0] - before[0]);
    const dy = Math.sign(last[1] - before[1]);
    points[points.length - 1] = [last[0] - dx * 2, last[1] - dy * 2];
  }
  return points;
}

/** Routes of the connections with both ends in the part. */
function routeConnections(
  connections: readonly Connection[],
  cards: ReadonlyMap<string, CardPlan>,
  tracks: Tracks,
  lanes: LaneRouting | null = null,
): RoutePlan[] {
  const routes: RoutePlan[] = [];
  const sameColumnOffset = new Map<number, number>();
  for (const c of connections) {
    const source = cards.get(c.source);
    const target = cards.get(c.target);
    if (!source || !target || source === target) continue;
    const text = connectionLabel(c);
    const route = (path: RoutePath, label: LabelPlan | null) =>
      routes.push({ connection: c, kind: drawnConnectionKind(c.kind), path, label: text ? label : null, stub: null });
    const sourceLane = lanes?.laneOfCard.get(source.touchpoint.id);
    const targetLane = lanes?.laneOfCard.get(target.touchpoint.id);
    if (lanes && sourceLane !== undefined && targetLane !== undefined && sourceLane !== targetLane) {
      const points = crossLanePlan(source, target, sourceLane, targetLane, lanes.cells, lanes.grid);
      const [lx, ly] = routeLabelPoint(points);
      // On a lane boundary the label sits on the line; on a straight drop between two cards, beside it
      // (left of a line going down, right of one going up, so a line and its way back label apart).
      const flat = points.some((p, i) => i > 0 && Math.abs(p[1] - points[i - 1]![1]) < 0.5);
      const up = targetLane < sourceLane;
      route(
        { shape: 'elbow', points },
        flat ? labelAt(lx, ly - 4, text, 'middle') : labelAt(lx + (up ? 6 : -6), ly + 3, text, up ? 'start' : 'end'),
      );
    } else if (target.column > source.column) {
      const sx = source.x + CARD_W;
      const sy = anchorY(source);
      const tx = target.x - 2;
      const ty = anchorY(target);
      const k = Math.max(24, (tx - sx) / 2);
      route(
        { shape: 'curve', start: [sx, sy], control1: [sx + k, sy], control2: [tx - k, ty], end: [tx, ty] },
        labelAt((sx + tx) / 2, (sy + ty) / 2 - 8, text, 'middle'),
      );
    } else if (target.column === source.column) {
      // Out of the right edge and back into it, a little further out for each such connection in the column.
      const offset = sameColumnOffset.get(source.column) ?? 0;
      sameColumnOffset.set(source.column, (offset + 1) % 3);
      const bx = source.x + CARD_W + 12 + offset * 6;
      const sy = anchorY(source);
      const ty = anchorY(target) + (target.y > source.y ? 0 : 8);
      route(
        {
          shape: 'elbow',
          points: [
            [source.x + CARD_W, sy],
            [bx, sy],
            [bx, ty],
            [target.x + CARD_W + 2, ty],
          ],
        },
        labelAt(source.x + CARD_W - 4, (sy + ty) / 2 + 3, text, 'end'),
      );
    } else {
      // A loop back to an earlier stage: down the source's right gutter, under every card, up the target's left gutter.
      const trackY = tracks.next();
      const sy = anchorY(source) + 8;
      const ty = anchorY(target) + 8;
      route(
        {
          shape: 'elbow',
          points: [
            [source.x + CARD_W, sy],
            [rightGutter(source), sy],
            [rightGutter(source), trackY],
            [leftGutter(target), trackY],
            [leftGutter(target), ty],
            [target.x - 2, ty],
          ],
        },
        labelAt((rightGutter(source) + leftGutter(target)) / 2, trackY - 4, text, 'middle'),
      );
    }
  }
  return routes;
}

/** The box a line's segment covers, a pixel either side of it. */
function segmentBoxes(points: readonly Point[]): Box[] {
  return points.slice(1).map((b, i) => {
    const a = points[i]!;
    const x = Math.min(a[0], b[0]) - 1;
    const y = Math.min(a[1], b[1]) - 1;
    return { x, y, width: Math.abs(b[0] - a[0]) + 2, height: Math.abs(b[1] - a[1]) + 2 };
  });
}

/** Room between the lines of two stubs out of one side of a card, px; with a label of two lines between them. */
const STUB_STEP = 14;
const STUB_STEP_WRAPPED = 26;

/**
 * How far below the first the k-th of n stubs out of one side of a card in the edge column leaves it, px.
 * Three or more are spread, where the card is tall enough, so that each between the first (labelled above
 * its line) and the last (labelled below it) has room for two lines above it; otherwise 14 px apart.
 */
function stubOffset(k: number, n: number, card: CardPlan): number {
  const spread = (n - 2) * STUB_STEP_WRAPPED + STUB_STEP;
  const first = anchorY(card) - 4 - card.y;
  if (n > 2 && first + spread <= card.height - 4) return k < n - 1 ? k * STUB_STEP_WRAPPED : spread;
  return (k % 3) * STUB_STEP;
}

/** A stub's label: its lines at the drawing's edge, the first baseline at `y`, on one plate. */
function stubLabel(x: number, y: number, lines: readonly string[], anchor: 'start' | 'end'): LabelPlan {
  const label = labelAt(x, y, lines.join(' '), anchor, STUB_LABEL_SIZE);
  if (lines.length < 2) return label;
  const width = Math.max(...lines.map((l) => estimateWidth(l, STUB_LABEL_SIZE))) + 8;
  const left = anchor === 'start' ? x - 4 : x - width + 4;
  const height = STUB_LABEL_SIZE + 5 + (lines.length - 1) * STUB_LABEL_LINE;
  return {
    ...label,
    plate: { x: left, y: y - STUB_LABEL_SIZE, width, height },
    wrapped: { lines: [...lines], lineHeight: STUB_LABEL_LINE },
  };
}

/**
 * Stubs: straight out of a card in the edge column, otherwise along a lane under the cards. Each is labelled
 * at the drawing's edge with the other card's title, as much of it as the margin holds: up to the gutter
 * line of the nearest column, on one line, or on two (above the stub's line, else below it) where they
 * cover no card, no other stub's line or label and no lane's rule; on one line above it where they would.
 */
function routeStubs(
  specs: readonly StubSpec[],
  cards: ReadonlyMap<string, CardPlan>,
  tracks: Tracks,
  labels: Labels,
  part: {
    width: number;
    columnsLeft: number;
    columnCount: number;
    /** Where the stubs end at the left; at the right, MARGIN / 2 from the drawing's edge. */
    leftEdge: number;
    /** Heights of rules drawn across the margins (lanes' edges). */
    rules: readonly number[];
    /** Label plates placed already, inside the part. */
    plates: readonly Box[];
  },
): RoutePlan[] {
  const { width, columnsLeft, columnCount, leftEdge, rules } = part;
  const rightEdge = width - MARGIN / 2;
  const columnsRight = columnsLeft + columnCount * MAP_COLUMN_WIDTH;
  // A plate ends 2 px short of the gutter line nearest the edge (lines come down it), 4 px past its text.
  const room = {
    left: columnsLeft + GUTTER_LINE_INSET - 2 - 4 - leftEdge,
    right: rightEdge - (columnsRight - GUTTER_LINE_INSET + 2 + 4),
  };
  const drafts: { spec: StubSpec; points: Point[]; lineY: number }[] = [];
  const insideOf = (spec: StubSpec) => cards.get(spec.outgoing ? spec.connection.source : spec.connection.target);
  const keyOf = (spec: StubSpec, inside: CardPlan) => `${inside.touchpoint.id}:${spec.side}`;
  const stubTotal = new Map<string, number>();
  for (const spec of specs) {
    const inside = insideOf(spec);
    if (inside) stubTotal.set(keyOf(spec, inside), (stubTotal.get(keyOf(spec, inside)) ?? 0) + 1);
  }
  const stubCount = new Map<string, number>();
  for (const spec of specs) {
    const inside = insideOf(spec);
    if (!inside) continue;
    const key = keyOf(spec, inside);
    const k = stubCount.get(key) ?? 0;
    stubCount.set(key, k + 1);
    const edgeX = spec.side === 'right' ? rightEdge : leftEdge;
    const atEdge = spec.side === 'right' ? inside.column === columnCount - 1 : inside.column === 0;
    const y = anchorY(inside) - 4 + (atEdge ? stubOffset(k, stubTotal.get(key)!, inside) : (k % 3) * STUB_STEP);
    if (atEdge) {
      const cardX = spec.side === 'right' ? inside.x + CARD_W : inside.x;
      const toCard = cardX + (spec.side === 'right' ? 2 : -2);
      const points: Point[] = spec.outgoing
        ? [
            [cardX, y],
            [edgeX, y],
          ]
        : [
            [edgeX, y],
            [toCard, y],
          ];
      drafts.push({ spec, points, lineY: y });
    } else {
      const trackY = tracks.next();
      const out: Point[] = spec.outgoing
        ? [
            [inside.x + CARD_W, y + 8],
            [rightGutter(inside), y + 8],
            [rightGutter(inside), trackY],
          ]
        : [
            [leftGutter(inside), trackY],
            [leftGutter(inside), y + 8],
            [inside.x - 2, y + 8],
          ];
      const points: Point[] = spec.outgoing ? [...out, [edgeX, trackY]] : [[edgeX, trackY], ...out];
      drafts.push({ spec, points, lineY: trackY });
    }
  }

  const lines = drafts.map((d) => segmentBoxes(d.points));
  const cardBoxes = [...cards.values()];
  const plates: Box[] = [...part.plates];
  const clear = (plate: Box, own: number) =>
    plate.x >= 0 &&
    plate.x + plate.width <= width &&
    !cardBoxes.some((c) => boxesOverlap(plate, c, 2)) &&
    !lines.some((boxes, i) => i !== own && boxes.some((b) => boxesOverlap(plate, b))) &&
    !plates.some((p) => boxesOverlap(plate, p, 1)) &&
    !rules.some((ry) => ry > plate.y - 1 && ry < plate.y + plate.height + 1);
  return drafts.map(({ spec, points, lineY }, i) => {
    const word = spec.outgoing ? labels.map.continuesTo : labels.map.continuesFrom;
    const text = `${word}: ${oneLine(spec.other.title) || labels.untitled}`;
    const side = spec.side;
    const x = side === 'right' ? rightEdge : leftEdge;
    const anchor = side === 'right' ? 'end' : 'start';
    const one = wrapText(text, room[side], STUB_LABEL_SIZE, 1);
    const above = (rows: readonly string[]) =>
      stubLabel(x, lineY - 5 - (rows.length - 1) * STUB_LABEL_LINE, rows, anchor);
    let label = above(one);
    if (one[0] !== oneLine(text)) {
      const two = wrapText(text, room[side], STUB_LABEL_SIZE, 2);
      const below = stubLabel(x, lineY + 3 + STUB_LABEL_SIZE, two, anchor);
      label = [above(two), below].find((l) => clear(l.plate, i)) ?? label;
    }
    plates.push(label.plate);
    return {
      connection: spec.connection,
      kind: drawnConnectionKind(spec.connection.kind),
      path: { shape: 'elbow', points },
      label,
      stub: { side: spec.side, outgoing: spec.outgoing, other: spec.other },
    };
  });
}

function planColumn(
  g: StageGroup,
  column: number,
  columnsLeft: number,
  top: number,
  bottom: number,
  labels: Labels,
): ColumnPlan {
  const x = columnsLeft + column * MAP_COLUMN_WIDTH;
  const lines = wrapText(g.stage.name || labels.untitled, MAP_COLUMN_WIDTH - 36, 14, 2);
  return {
    stage: g.stage,
    box: { x: x + 4, y: top, width: MAP_COLUMN_WIDTH - 8, height: bottom - top },
    headerHeight: HEADER_H,
    colour: safeColour(g.stage.colour, FALLBACK_STAGE),
    name: oneLine(g.stage.name) || labels.untitled,
    nameLines: { x: x + 18, y: top + (lines.length > 1 ? 26 : 36), lines, lineHeight: 18, size: 14 },
  };
}

/** The layout plan of the map, or of the part with `options.stageIds`. */
export function layoutMap(doc: JourneyDocument, options: MapLayoutOptions = {}): MapPlan {
  const labels = options.labels ?? REPORT_LABELS.en;
  const heat = options.heat;
  const allGroups = stageGroups(doc);
  const wanted = options.stageIds ? new Set<string>(options.stageIds) : null;
  const groups: StageGroup[] = wanted ? allGroups.filter((g) => wanted.has(g.stage.id)) : allGroups;

  // Connections with one end in another part of the map become stubs in a side margin.
  const stubSpecs = stubSpecsOf(doc, allGroups, groups);
  const leftPad = stubSpecs.some((s) => s.side === 'left') ? STUB_W : 0;
  const rightPad = stubSpecs.some((s) => s.side === 'right') ? STUB_W : 0;
  // A blueprint (two lanes or more) gets a label column at the left, repeated on every part.
  const bands = isBlueprint(doc.lanes) ? laneBands(sortLanes(doc.lanes)) : [];
  const labelPad = bands.length > 0 && groups.length > 0 ? LANE_LABEL_W : 0;
  const width = mapPartWidth(groups.length) + leftPad + rightPad + labelPad;

  // The legends flow into as many rows as the drawing's width needs, so a narrow part shows every kind.
  const legendRoom = width - 2 * MARGIN;
  // The kinds of the whole journey, so that every part of it has the same legend; none without connections.
  const kinds = connectionKindsUsed(doc.connections);
  const connectionLegend =
    kinds.length > 0 ? flowLegend(connectionLegendItems(labels, kinds), legendRoom, MARGIN, MARGIN + 14) : null;
  const connectionLegendH = connectionLegend ? LEGEND_H + (connectionLegend.rows - 1) * LEGEND_ROW_H : 0;
  const heatLegend = heat
    ? flowLegend(heatLegendItems(heat), legendRoom, MARGIN, MARGIN + (connectionLegend ? connectionLegendH + 8 : 14))
    : null;
  const heatLegendH = heatLegend ? HEAT_LEGEND_H + (heatLegend.rows - 1) * LEGEND_ROW_H : 0;

  const top = MARGIN + connectionLegendH + heatLegendH;
  const columnsLeft = MARGIN + labelPad + leftPad;
  const inLanes =
    labelPad > 0 ? layoutCardsInLanes(groups, bands, columnsLeft, top + HEADER_H + 6, labels, heat) : null;
  const { cards, contentBottom } = inLanes ?? layoutCards(groups, columnsLeft, top + HEADER_H + 18, labels, heat);
  const lanes = inLanes
    ? inLanes.rows.map((row) => planLane(row, MARGIN, columnsLeft + groups.length * MAP_COLUMN_WIDTH, labels))
    : [];

  // Loops back and stubs from inner columns take tracks under the cards, in this order.
  const tracks = new Tracks(contentBottom);
  const inPart = routeConnections(
    doc.connections,
    cards,
    tracks,
    inLanes ? laneRouting(inLanes.rows, bands, cards, columnsLeft, groups.length) : null,
  );
  const cardList = [...cards.values()];
  // The stubs' labels keep clear of the part's own labels where those are placed (placed again the same below).
  const settled = stubSpecs.length > 0 ? placeLabels(inPart, cardList, width) : inPart;
  const stubs = routeStubs(stubSpecs, cards, tracks, labels, {
    width,
    columnsLeft,
    columnCount: groups.length,
    leftEdge: MARGIN / 2 + labelPad,
    // The lanes' rules run across the stub margins too.
    rules: inLanes ? inLanes.rows.flatMap((row) => [row.top, row.bottom]) : [],
    plates: settled.flatMap((r) => (r.label ? [r.label.plate] : [])),
  });

  return {
    width,
    height: Math.ceil(contentBottom + tracks.height + MARGIN),
    legends: [connectionLegend, heatLegend].filter((legend) => legend !== null),
    columns: groups.map((g, column) => planColumn(g, column, columnsLeft, top, contentBottom, labels)),
    lanes,
    blueprintLines: planBlueprintLines(lanes, doc.lanes, labels),
    emptyNote:
      groups.length === 0 ? { x: MARGIN, y: top + 30, text: labels.map.noStages, size: 12, anchor: 'start' } : null,
    // Labels are moved off the cards (label-place.ts) once every route is known.
    routes: placeLabels([...settled, ...stubs], cardList, width),
    cards: cardList,
  };
}
