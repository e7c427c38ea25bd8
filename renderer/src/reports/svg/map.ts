/**
 * The journey map as a vector drawing: stage columns with headers,
 * touchpoint cards (emotion face and number, pain and friction badges) and
 * connections drawn by kind. Cards are laid out top to bottom in each stage
 * in canvas order, with heights that fit their wrapped titles, so nothing
 * overlaps whatever the script. A subset of stages can be drawn (a page part
 * of a wide map); connections leaving the part end in a labelled stub.
 */
import type { StageId } from '../../domain/ids';
import type { Connection, JourneyDocument, Touchpoint } from '../../domain/model';
import { CONNECTION_KINDS, TOUCHPOINT_WIDTH } from '../../domain/vocabulary';
import { escapeHtml, oneLine, safeColour, signed, textOn, tint, truncate } from '../escape';
import { REPORT_FONT_STACK } from '../fonts';
import { stageGroups, type StageGroup } from '../journey-order';
import { REPORT_LABELS, type Labels } from '../labels';
import { CONNECTION_STYLES, arrowMarkers, strokeAttrs } from './connection-style';
import { faceShapes } from './face';
import { estimateWidth, wrapText } from './text-wrap';

export interface MapSvgOptions {
  /** Draw only these stages (in journey order); default all. */
  stageIds?: readonly StageId[];
  /** Prefix for ids inside the SVG (markers), unique per SVG in one HTML page. Letters, digits, dashes. */
  idPrefix?: string;
  /** A full standalone document with the SVG namespace (default true); false for inline use in HTML. */
  standalone?: boolean;
  labels?: Labels;
  /** Shrink the printed size (not the drawing) to fit this box, in px; never enlarged. */
  fit?: { width: number; height: number };
  /**
   * Heat overlay: each card is tinted with the colour the hook gives and
   * carries a badge with its label (a colour never stands alone); a second
   * legend row names the measure and shows its stops. Return null to leave a
   * card as it is.
   */
  heat?: MapHeatOverlay;
  /** The page behind the drawing: white (default) or none, for a transparent image. */
  background?: 'white' | 'transparent';
  /**
   * CSS put in a `<style>` in the SVG's defs, e.g. `@font-face` rules with data
   * URLs so the text keeps its fonts when the SVG is rasterised or opened
   * elsewhere. Text with `<` or `&` in it is dropped (it cannot sit in XML).
   */
  embeddedCss?: string;
}

export interface MapHeatOverlay {
  /** The measure, e.g. "Friction (0–5)"; printed in the legend. */
  title: string;
  /** Short name for the card badge, e.g. "Friction". */
  shortTitle: string;
  valueOf: (touchpoint: Touchpoint) => { colour: string; label: string } | null;
  /** Legend stops, best to worst (or −3 to +3). */
  stops?: readonly { colour: string; label: string }[];
}

export interface MapDrawing {
  svg: string;
  /** Size of the drawing (the viewBox). */
  width: number;
  height: number;
  /** Printed size: the drawing scaled down to `fit`. */
  displayWidth: number;
  displayHeight: number;
}

const MARGIN = 16;
const LEGEND_H = 30;
/** The extra legend row of the heat overlay. */
const HEAT_LEGEND_H = 24;
const CARD_W = TOUCHPOINT_WIDTH;
const GUTTER = 34;
export const MAP_COLUMN_WIDTH = CARD_W + 2 * GUTTER;
const HEADER_H = 60;
const CARD_GAP = 30;
const TITLE_SIZE = 12.5;
const TITLE_LINE = 16.5;
const TITLE_X = 44;
const TITLE_MAX_W = CARD_W - TITLE_X - 10;
const INK = '#1f2328';
const MUTED = '#5c636a';
const FALLBACK_STAGE = '#868e96';
/** Side margin that holds the stubs of connections to another part of the map. */
const STUB_W = 150;

interface CardBox {
  touchpoint: Touchpoint;
  column: number;
  x: number;
  y: number;
  h: number;
  titleLines: string[];
  channel: string;
}

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function text(
  x: number,
  y: number,
  content: string,
  attrs: { size: number; weight?: number; fill?: string; anchor?: 'start' | 'middle' | 'end' },
): string {
  const extra = [
    `font-size="${attrs.size}"`,
    attrs.weight ? `font-weight="${attrs.weight}"` : '',
    `fill="${attrs.fill ?? INK}"`,
    attrs.anchor && attrs.anchor !== 'start' ? `text-anchor="${attrs.anchor}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<text x="${n(x)}" y="${n(y)}" ${extra}>${escapeHtml(content)}</text>`;
}

/** A connection label on a white plate, so it reads over lines (no stroked text: that prints as Type 3 fonts). */
function plate(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', size = 9.5): string {
  const w = estimateWidth(content, size) + 8;
  const left = anchor === 'start' ? x - 4 : anchor === 'middle' ? x - w / 2 : x - w + 4;
  return (
    `<rect x="${n(left)}" y="${n(y - size)}" width="${n(w)}" height="${n(size + 5)}" rx="3" fill="#ffffff" fill-opacity="0.9"/>` +
    text(x, y, content, { size, fill: MUTED, anchor })
  );
}

function lines(
  x: number,
  y: number,
  rows: readonly string[],
  lineHeight: number,
  size: number,
  weight: number,
  fill = INK,
) {
  if (rows.length === 0) return '';
  const spans = rows
    .map((row, i) => `<tspan x="${n(x)}" ${i === 0 ? `y="${n(y)}"` : `dy="${lineHeight}"`}>${escapeHtml(row)}</tspan>`)
    .join('');
  return `<text font-size="${size}" font-weight="${weight}" fill="${fill}">${spans}</text>`;
}

interface Badge {
  label: string;
  fill: string;
  stroke: string;
  pips?: number;
  /** Text colour; default ink. */
  ink?: string;
}

/** The heat value of a card, colour checked; null when there is no overlay or no value. */
function heatOf(t: Touchpoint, heat: MapHeatOverlay | undefined): { colour: string; label: string } | null {
  const value = heat?.valueOf(t);
  if (!value) return null;
  return { colour: safeColour(value.colour, FALLBACK_STAGE), label: oneLine(value.label) };
}

function badgesOf(t: Touchpoint, labels: Labels, heat?: MapHeatOverlay): Badge[] {
  const badges: Badge[] = [];
  const hot = heatOf(t, heat);
  if (hot && heat) {
    badges.push({
      label: truncate(`${oneLine(heat.shortTitle)} ${hot.label}`.trim(), 28),
      fill: hot.colour,
      stroke: hot.colour,
      ink: textOn(hot.colour),
    });
  }
  if (t.painPoints.length > 0) {
    const worst = t.painPoints.reduce((m, p) => Math.max(m, p.severity), 0);
    badges.push({
      label: `${labels.painShort} ${t.painPoints.length}`,
      fill: '#fdecea',
      stroke: '#d32f2f',
      pips: worst,
    });
  }
  if (t.friction.score > 0) {
    badges.push({ label: `${labels.frictionShort} ${t.friction.score}/5`, fill: '#fff4e0', stroke: '#e8590c' });
  }
  if (t.momentOfTruth) badges.push({ label: labels.momentOfTruth, fill: '#edf2ff', stroke: '#364fc7' });
  if (t.delight) badges.push({ label: labels.delight, fill: '#ebfbee', stroke: '#2f9e44' });
  // The heat badge says the same as a plain badge with its label (e.g. friction): keep only the heat badge.
  return hot ? badges.filter((b, i) => i === 0 || b.label !== badges[0]!.label) : badges;
}

function badgeWidth(b: Pick<Badge, 'label' | 'pips'>): number {
  return estimateWidth(b.label, 10) + 14 + (b.pips ? 22 : 0);
}

/** Badges flow into rows inside the card. */
function badgeRows(t: Touchpoint, labels: Labels, heat?: MapHeatOverlay) {
  const rows: (Badge & { x: number })[][] = [];
  let row: (Badge & { x: number })[] = [];
  let x = 10;
  for (const b of badgesOf(t, labels, heat)) {
    const w = badgeWidth(b);
    if (row.length > 0 && x + w > CARD_W - 10) {
      rows.push(row);
      row = [];
      x = 10;
    }
    row.push({ ...b, x });
    x += w + 6;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function cardHeight(titleLines: number, hasChannel: boolean, badgeRowCount: number): number {
  const textBottom = 12 + titleLines * TITLE_LINE + (hasChannel ? 15 : 0);
  const top = Math.max(textBottom, 58);
  return Math.ceil(top + (badgeRowCount > 0 ? badgeRowCount * 22 + 4 : 4));
}

function drawCard(card: CardBox, labels: Labels, heat?: MapHeatOverlay): string {
  const t = card.touchpoint;
  const { x, y } = card;
  const hot = heatOf(t, heat);
  const parts: string[] = [];
  parts.push(`<g><title>${escapeHtml(oneLine(t.title) || labels.untitled)}</title>`);
  const stroke = t.momentOfTruth ? '#364fc7' : hot ? hot.colour : '#ced4da';
  parts.push(
    `<rect x="${n(x)}" y="${n(y)}" width="${CARD_W}" height="${card.h}" rx="8" fill="${hot ? tint(hot.colour, 0.8) : '#ffffff'}" stroke="${stroke}" stroke-width="${t.momentOfTruth || hot ? 1.6 : 1}"/>`,
  );
  parts.push(faceShapes(t.emotion, x + 22, y + 22, 24));
  parts.push(
    text(x + 22, y + 50, t.emotion === null ? '–' : signed(t.emotion), {
      size: 11,
      weight: 700,
      anchor: 'middle',
      fill: t.emotion === null ? MUTED : INK,
    }),
  );
  parts.push(lines(x + TITLE_X, y + 12 + TITLE_SIZE, card.titleLines, TITLE_LINE, TITLE_SIZE, 700));
  if (card.channel) {
    parts.push(
      text(x + TITLE_X, y + 12 + card.titleLines.length * TITLE_LINE + 12, card.channel, { size: 10, fill: MUTED }),
    );
  }
  const rows = badgeRows(t, labels, heat);
  const rowsTop = y + card.h - rows.length * 22 - 4;
  rows.forEach((row, i) => {
    const by = rowsTop + i * 22;
    for (const b of row) {
      const w = badgeWidth(b);
      parts.push(
        `<rect x="${n(x + b.x)}" y="${n(by)}" width="${n(w)}" height="17" rx="8.5" fill="${b.fill}" stroke="${b.stroke}" stroke-width="0.8"/>`,
      );
      parts.push(text(x + b.x + 7, by + 12.5, b.label, { size: 10, fill: b.ink ?? INK }));
      if (b.pips) {
        const px = x + b.x + w - 22;
        for (let p = 0; p < 3; p++) {
          parts.push(
            `<circle cx="${n(px + 3 + p * 6)}" cy="${n(by + 8.5)}" r="2.3" fill="${p < b.pips ? b.stroke : '#ffffff'}" stroke="${b.stroke}" stroke-width="0.8"/>`,
          );
        }
      }
    }
  });
  parts.push('</g>');
  return parts.join('');
}

function connectionLabel(c: Connection): string {
  const label = truncate(oneLine(c.label), 28);
  const share = c.share === null ? '' : `${Math.round(c.share)}%`;
  return [label, share].filter(Boolean).join(' · ');
}

/** A path with rounded corners through the given points. */
function roundedPath(points: readonly [number, number][], radius = 8): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${n(first[0])} ${n(first[1])}`;
  for (let i = 0; i < rest.length; i++) {
    const [px, py] = points[i]!;
    const [cx, cy] = rest[i]!;
    const after = rest[i + 1];
    if (!after) {
      d += ` L${n(cx)} ${n(cy)}`;
      break;
    }
    const inLen = Math.hypot(cx - px, cy - py);
    const outLen = Math.hypot(after[0] - cx, after[1] - cy);
    const rr = Math.min(radius, inLen / 2, outLen / 2);
    const bx = cx - ((cx - px) / (inLen || 1)) * rr;
    const by = cy - ((cy - py) / (inLen || 1)) * rr;
    const ax = cx + ((after[0] - cx) / (outLen || 1)) * rr;
    const ay = cy + ((after[1] - cy) / (outLen || 1)) * rr;
    d += ` L${n(bx)} ${n(by)} Q${n(cx)} ${n(cy)} ${n(ax)} ${n(ay)}`;
  }
  return d;
}

/** Width and height the drawing of these stages will have, before scaling. */
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

interface Stub {
  connection: Connection;
  inside: CardBox;
  outgoing: boolean;
  side: 'left' | 'right';
  other: Touchpoint;
}

export function drawMap(doc: JourneyDocument, options: MapSvgOptions = {}): MapDrawing {
  const labels = options.labels ?? REPORT_LABELS.en;
  const prefix = (options.idPrefix ?? 'wm').replace(/[^A-Za-z0-9-]/g, '') || 'wm';
  const standalone = options.standalone ?? true;
  const allGroups = stageGroups(doc);
  const stageIndex = new Map(allGroups.map((g, i) => [g.stage.id as string, i]));
  const wanted = options.stageIds ? new Set<string>(options.stageIds) : null;
  const groups: StageGroup[] = wanted ? allGroups.filter((g) => wanted.has(g.stage.id)) : allGroups;
  const lastIndex = groups.length > 0 ? stageIndex.get(groups[groups.length - 1]!.stage.id)! : 0;
  const inPart = new Set<string>(groups.flatMap((g) => g.touchpoints.map((t) => t.id)));
  const touchpointById = new Map(doc.touchpoints.map((t) => [t.id as string, t]));

  // Connections with one end in another part of the map become stubs in a side margin.
  const stubSpecs: Omit<Stub, 'inside'>[] = [];
  for (const c of doc.connections) {
    const sourceIn = inPart.has(c.source);
    if (sourceIn === inPart.has(c.target)) continue;
    const other = touchpointById.get(sourceIn ? c.target : c.source);
    const otherStage = other ? stageIndex.get(other.stageId) : undefined;
    if (!other || otherStage === undefined) continue;
    stubSpecs.push({ connection: c, outgoing: sourceIn, side: otherStage > lastIndex ? 'right' : 'left', other });
  }
  const leftPad = stubSpecs.some((s) => s.side === 'left') ? STUB_W : 0;
  const rightPad = stubSpecs.some((s) => s.side === 'right') ? STUB_W : 0;

  const heat = options.heat;
  const width = mapPartWidth(groups.length) + leftPad + rightPad;
  // The legends flow into as many rows as the drawing's width needs, so a narrow part shows every kind.
  const legendRoom = width - 2 * MARGIN;
  const connectionLegend = flowLegend(connectionLegendItems(labels, prefix), legendRoom);
  const heatLegend = heat ? flowLegend(heatLegendItems(heat), legendRoom) : null;
  const connectionLegendH = LEGEND_H + (connectionLegend.rows - 1) * LEGEND_ROW_H;
  const heatLegendH = heatLegend ? HEAT_LEGEND_H + (heatLegend.rows - 1) * LEGEND_ROW_H : 0;
  const top = MARGIN + connectionLegendH + heatLegendH;
  const cardsTop = top + HEADER_H + 18;
  const columnsLeft = MARGIN + leftPad;
  const cards = new Map<string, CardBox>();
  let contentBottom = cardsTop + 40;
  groups.forEach((g, column) => {
    let y = cardsTop;
    for (const t of g.touchpoints) {
      const titleLines = wrapText(t.title || labels.untitled, TITLE_MAX_W, TITLE_SIZE, 4);
      const channel = truncate(oneLine(t.channel), 30);
      const h = cardHeight(titleLines.length, channel.length > 0, badgeRows(t, labels, heat).length);
      const x = columnsLeft + column * MAP_COLUMN_WIDTH + GUTTER;
      cards.set(t.id, { touchpoint: t, column, x, y, h, titleLines, channel });
      y += h + CARD_GAP;
    }
    contentBottom = Math.max(contentBottom, y - CARD_GAP + 12);
  });

  const rightEdge = width - MARGIN / 2;
  const leftEdge = MARGIN / 2;
  const lastColumn = groups.length - 1;
  const anchorY = (c: CardBox) => c.y + Math.min(22, c.h / 2);
  const rightGutter = (c: CardBox) => c.x + CARD_W + GUTTER - 10;
  const leftGutter = (c: CardBox) => c.x - GUTTER + 10;

  const edgePaths: string[] = [];
  const edgeLabels: string[] = [];
  let lane = 0;
  const laneGap = 14;
  const nextLane = () => contentBottom + 16 + lane++ * laneGap;
  const sameColumnOffset = new Map<number, number>();
  const styleOf = (c: Connection) => {
    const kind = (CONNECTION_KINDS as readonly string[]).includes(c.kind) ? c.kind : 'main';
    return { style: CONNECTION_STYLES[kind], marker: `marker-end="url(#${prefix}-arrow-${kind})"` };
  };
  const pathOf = (points: [number, number][], c: Connection) => {
    const { style, marker } = styleOf(c);
    return `<path d="${roundedPath(points)}" ${strokeAttrs(style)} ${marker}/>`;
  };

  for (const c of doc.connections) {
    const source = cards.get(c.source);
    const target = cards.get(c.target);
    if (!source || !target || source === target) continue;
    const label = connectionLabel(c);
    if (target.column > source.column) {
      const sx = source.x + CARD_W;
      const sy = anchorY(source);
      const tx = target.x - 2;
      const ty = anchorY(target);
      const k = Math.max(24, (tx - sx) / 2);
      const { style, marker } = styleOf(c);
      edgePaths.push(
        `<path d="M${n(sx)} ${n(sy)} C${n(sx + k)} ${n(sy)} ${n(tx - k)} ${n(ty)} ${n(tx)} ${n(ty)}" ${strokeAttrs(style)} ${marker}/>`,
      );
      if (label) edgeLabels.push(plate((sx + tx) / 2, (sy + ty) / 2 - 8, label, 'middle'));
    } else if (target.column === source.column) {
      const offset = sameColumnOffset.get(source.column) ?? 0;
      sameColumnOffset.set(source.column, (offset + 1) % 3);
      const bx = source.x + CARD_W + 12 + offset * 6;
      const sy = anchorY(source);
      const ty = anchorY(target) + (target.y > source.y ? 0 : 8);
      edgePaths.push(
        pathOf(
          [
            [source.x + CARD_W, sy],
            [bx, sy],
            [bx, ty],
            [target.x + CARD_W + 2, ty],
          ],
          c,
        ),
      );
      if (label) edgeLabels.push(plate(source.x + CARD_W - 4, (sy + ty) / 2 + 3, label, 'end'));
    } else {
      // A loop back to an earlier stage: down the source's right gutter, under every card, up the target's left gutter.
      const laneY = nextLane();
      const sy = anchorY(source) + 8;
      const ty = anchorY(target) + 8;
      edgePaths.push(
        pathOf(
          [
            [source.x + CARD_W, sy],
            [rightGutter(source), sy],
            [rightGutter(source), laneY],
            [leftGutter(target), laneY],
            [leftGutter(target), ty],
            [target.x - 2, ty],
          ],
          c,
        ),
      );
      if (label) edgeLabels.push(plate((rightGutter(source) + leftGutter(target)) / 2, laneY - 4, label, 'middle'));
    }
  }

  // Stubs: straight out of a card in the edge column, otherwise along a lane under the cards.
  const stubCount = new Map<string, number>();
  for (const spec of stubSpecs) {
    const inside = cards.get(spec.outgoing ? spec.connection.source : spec.connection.target);
    if (!inside) continue;
    const key = `${inside.touchpoint.id}:${spec.side}`;
    const k = stubCount.get(key) ?? 0;
    stubCount.set(key, k + 1);
    const edgeX = spec.side === 'right' ? rightEdge : leftEdge;
    const atEdge = spec.side === 'right' ? inside.column === lastColumn : inside.column === 0;
    const y = anchorY(inside) + (k % 3) * 14 - 4;
    let points: [number, number][];
    let labelY: number;
    if (atEdge) {
      const cardX = spec.side === 'right' ? inside.x + CARD_W : inside.x;
      const toCard = cardX + (spec.side === 'right' ? 2 : -2);
      points = spec.outgoing
        ? [
            [cardX, y],
            [edgeX, y],
          ]
        : [
            [edgeX, y],
            [toCard, y],
          ];
      labelY = y - 5;
    } else {
      const laneY = nextLane();
      const out: [number, number][] = spec.outgoing
        ? [
            [inside.x + CARD_W, y + 8],
            [rightGutter(inside), y + 8],
            [rightGutter(inside), laneY],
          ]
        : [
            [leftGutter(inside), laneY],
            [leftGutter(inside), y + 8],
            [inside.x - 2, y + 8],
          ];
      points = spec.outgoing ? [...out, [edgeX, laneY]] : [[edgeX, laneY], ...out];
      labelY = laneY - 5;
    }
    edgePaths.push(pathOf(points, spec.connection));
    const prefixWord = spec.outgoing ? labels.map.continuesTo : labels.map.continuesFrom;
    const [line] = wrapText(`${prefixWord}: ${oneLine(spec.other.title) || labels.untitled}`, STUB_W - 14, 9, 1);
    edgeLabels.push(
      spec.side === 'right'
        ? plate(rightEdge, labelY, line ?? '', 'end', 9)
        : plate(leftEdge, labelY, line ?? '', 'start', 9),
    );
  }
  const height = Math.ceil(contentBottom + (lane > 0 ? 16 + lane * laneGap : 0) + MARGIN);

  const body: string[] = [];
  // Legends.
  body.push(connectionLegend.draw(MARGIN, MARGIN + 14));
  if (heatLegend) body.push(heatLegend.draw(MARGIN, MARGIN + connectionLegendH + 8));
  // Stage columns and headers.
  groups.forEach((g, column) => {
    const colour = safeColour(g.stage.colour, FALLBACK_STAGE);
    const x = columnsLeft + column * MAP_COLUMN_WIDTH;
    body.push(
      `<rect x="${n(x + 4)}" y="${top}" width="${MAP_COLUMN_WIDTH - 8}" height="${n(contentBottom - top)}" rx="10" fill="#f6f7f9"/>`,
    );
    body.push(
      `<rect x="${n(x + 4)}" y="${top}" width="${MAP_COLUMN_WIDTH - 8}" height="${HEADER_H}" rx="10" fill="${tint(colour, 0.82)}"/>`,
    );
    body.push(`<rect x="${n(x + 4)}" y="${top}" width="${MAP_COLUMN_WIDTH - 8}" height="5" fill="${colour}"/>`);
    const nameLines = wrapText(g.stage.name || labels.untitled, MAP_COLUMN_WIDTH - 36, 14, 2);
    body.push(`<g><title>${escapeHtml(oneLine(g.stage.name) || labels.untitled)}</title>`);
    body.push(lines(x + 18, top + (nameLines.length > 1 ? 26 : 36), nameLines, 18, 14, 700));
    body.push('</g>');
  });
  if (groups.length === 0) {
    body.push(text(MARGIN, top + 30, labels.map.noStages, { size: 12, fill: MUTED }));
  }
  // Lines under the cards, their labels over them, so no label is hidden by a card.
  body.push(...edgePaths);
  for (const card of cards.values()) body.push(drawCard(card, labels, heat));
  body.push(...edgeLabels);

  const scale = options.fit ? Math.min(1, options.fit.width / width, options.fit.height / height) : 1;
  const displayWidth = Math.floor(width * scale);
  const displayHeight = Math.floor(height * scale);
  const ns = standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const head = standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '';
  const svg =
    `${head}<svg${ns} class="journey-map" width="${displayWidth}" height="${displayHeight}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeHtml(REPORT_FONT_STACK)}" role="img" aria-label="${escapeHtml(oneLine(doc.journey.title))}">` +
    `<defs>${arrowMarkers(prefix)}${styleBlock(options.embeddedCss)}</defs>` +
    (options.background === 'transparent' ? '' : `<rect width="${width}" height="${height}" fill="#ffffff"/>`) +
    body.join('') +
    '</svg>';
  return { svg, width, height, displayWidth, displayHeight };
}

/** A `<style>` element for the defs; CSS that could break out of XML text is left out. */
function styleBlock(css: string | undefined): string {
  if (!css || /[<&]/.test(css)) return '';
  return `<style>${css}</style>`;
}

/** One entry of a legend: its width and how to draw it with its left edge at x on a text baseline. */
interface LegendItem {
  width: number;
  draw: (x: number, baseline: number) => string;
}

/** Row height of a legend that wraps, px. */
const LEGEND_ROW_H = 20;

/** Legend items placed left to right, wrapping onto a new row when the next would pass `room`. */
function flowLegend(
  items: readonly LegendItem[],
  room: number,
): { rows: number; draw: (left: number, baseline: number) => string } {
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > room) {
      row += 1;
      x = 0;
    }
    placed.push({ item, x, row });
    x += item.width;
  }
  return {
    rows: row + 1,
    draw: (left, baseline) => placed.map((p) => p.item.draw(left + p.x, baseline + p.row * LEGEND_ROW_H)).join(''),
  };
}

/** The connection legend: its title, then a line with an arrow and a name per kind. */
function connectionLegendItems(labels: Labels, prefix: string): LegendItem[] {
  const title: LegendItem = {
    width: estimateWidth(labels.map.legend, 10) + 14,
    draw: (x, baseline) => text(x, baseline, labels.map.legend, { size: 10, weight: 700, fill: MUTED }),
  };
  return [
    title,
    ...CONNECTION_KINDS.map((kind) => {
      const style = CONNECTION_STYLES[kind];
      const name = labels.connectionKind[kind];
      return {
        width: 38 + estimateWidth(name, 10) + 18,
        draw: (x: number, baseline: number) =>
          `<path d="M${n(x)} ${n(baseline - 4)} L${n(x + 30)} ${n(baseline - 4)}" ${strokeAttrs(style)} marker-end="url(#${prefix}-arrow-${kind})"/>` +
          text(x + 38, baseline, name, { size: 10, fill: INK }),
      };
    }),
  ];
}

/** The heat overlay's legend: its title, then a swatch and label per stop. */
function heatLegendItems(heat: MapHeatOverlay): LegendItem[] {
  const title = truncate(oneLine(heat.title), 40);
  return [
    {
      width: estimateWidth(title, 10) + 14,
      draw: (x, baseline) => text(x, baseline, title, { size: 10, weight: 700, fill: MUTED }),
    },
    ...(heat.stops ?? []).map((stop) => {
      const label = truncate(oneLine(stop.label), 24);
      return {
        width: 16 + estimateWidth(label, 9.5) + 12,
        draw: (x: number, baseline: number) =>
          `<rect x="${n(x)}" y="${n(baseline - 9)}" width="12" height="12" rx="3" fill="${safeColour(stop.colour, FALLBACK_STAGE)}" stroke="#adb5bd" stroke-width="0.6"/>` +
          text(x + 16, baseline, label, { size: 9.5, fill: INK }),
      };
    }),
  ];
}

/** The whole map as a standalone SVG document (for the SVG export). */
export function buildMapSvg(doc: JourneyDocument, options: MapSvgOptions = {}): string {
  return drawMap(doc, { standalone: true, ...options }).svg;
}
