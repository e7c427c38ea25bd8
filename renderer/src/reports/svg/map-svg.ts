/**
 * The SVG writer of the journey map: turns a layout plan (`map-layout.ts`)
 * into markup. It places nothing itself beyond the fixed details inside a
 * card, badge or legend entry; every user text goes through `escapeHtml`.
 */
import { escapeHtml, textOn, tint } from '../escape';
import { REPORT_FONT_STACK } from '../fonts';
import { CONNECTION_STYLES, arrowMarkers, strokeAttrs } from './connection-style';
import { dashesOf } from './dash';
import { faceShapes } from './face';
import type {
  BadgeKind,
  Box,
  BadgePlan,
  BlueprintLinePlan,
  LanePlan,
  CardPlan,
  ColumnPlan,
  LabelPlan,
  LegendEntry,
  LinesPlan,
  MapPlan,
  Point,
  RoutePlan,
  TextPlan,
} from './map-layout';

export interface MapSvgWriteOptions {
  /** Prefix for ids inside the SVG (markers): letters, digits, dashes. */
  prefix: string;
  /** A full standalone document with the SVG namespace; false for inline use in HTML. */
  standalone: boolean;
  /** Printed size of the drawing. */
  displayWidth: number;
  displayHeight: number;
  /** Accessible name of the drawing (the journey title, one line). */
  title: string;
  background: 'white' | 'transparent';
  /** CSS for a `<style>` in the defs; left out when it holds `<` or `&`. */
  embeddedCss?: string;
  /** Dashed connections as one stroke per dash, for Chromium's PDF printer (see `dash.ts`); default native dashes. */
  printDashes?: boolean;
}

const INK = '#1f2328';
const MUTED = '#5c636a';

const BADGE_COLOURS: Record<Exclude<BadgeKind, 'heat'>, { fill: string; stroke: string }> = {
  pain: { fill: '#fdecea', stroke: '#d32f2f' },
  friction: { fill: '#fff4e0', stroke: '#e8590c' },
  moment: { fill: '#edf2ff', stroke: '#364fc7' },
  delight: { fill: '#ebfbee', stroke: '#2f9e44' },
};

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function text(
  x: number,
  y: number,
  content: string,
  attrs: { size: number; weight?: number; fill?: string; anchor?: TextPlan['anchor'] },
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

function lines(plan: LinesPlan, weight: number, fill = INK): string {
  if (plan.lines.length === 0) return '';
  // A space between the lines (drawn at the end of a line, unseen): the text read aloud, copied or searched
  // has its words apart where it was wrapped, not glued ("customerexperience").
  const spans = plan.lines
    .map(
      (row, i) =>
        `<tspan x="${n(plan.x)}" ${i === 0 ? `y="${n(plan.y)}"` : `dy="${plan.lineHeight}"`}>${escapeHtml(row)}</tspan>`,
    )
    .join(' ');
  return `<text font-size="${plan.size}" font-weight="${weight}" fill="${fill}">${spans}</text>`;
}

/**
 * A connection label on a white plate (no stroked text: that prints as Type 3 fonts); a wrapped one (a stub's)
 * as one text per line, each anchored alike.
 */
function plate(label: LabelPlan): string {
  const { plate: box, wrapped } = label;
  const rows = wrapped
    ? wrapped.lines.map((row, i) => ({ row, y: label.y + i * wrapped.lineHeight }))
    : [{ row: label.text, y: label.y }];
  return (
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3" fill="#ffffff" fill-opacity="0.9"/>` +
    rows.map(({ row, y }) => text(label.x, y, row, { size: label.size, fill: MUTED, anchor: label.anchor })).join('')
  );
}

/** A path with rounded corners through the given points. */
function roundedPath(points: readonly Point[], radius = 8): string {
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

/**
 * A connection line with its arrow. Printed, a dashed line is drawn as its
 * dashes and the arrow rides on an unstroked copy of the whole line, so it
 * still sits at the end, turned along the line.
 */
function connectionPath(d: string, kind: RoutePlan['kind'], prefix: string, printDashes: boolean): string {
  const style = CONNECTION_STYLES[kind];
  const marker = `marker-end="url(#${prefix}-arrow-${kind})"`;
  const dashes = printDashes && style.dash ? dashesOf(d, style.dash, n) : null;
  if (dashes === null) return `<path d="${d}" ${strokeAttrs(style)} ${marker}/>`;
  return (
    `<path d="${dashes}" ${strokeAttrs({ ...style, dash: null })}/>` +
    `<path d="${d}" fill="none" stroke="none" ${marker}/>`
  );
}

function route(r: RoutePlan, prefix: string, printDashes: boolean): string {
  const p = r.path;
  const d =
    p.shape === 'curve'
      ? `M${n(p.start[0])} ${n(p.start[1])} C${n(p.control1[0])} ${n(p.control1[1])} ${n(p.control2[0])} ${n(p.control2[1])} ${n(p.end[0])} ${n(p.end[1])}`
      : roundedPath(p.points);
  return connectionPath(d, r.kind, prefix, printDashes);
}

function legendEntry(e: LegendEntry, prefix: string, printDashes: boolean): string {
  switch (e.kind) {
    case 'title':
      return text(e.x, e.baseline, e.text, { size: 10, weight: 700, fill: MUTED });
    case 'connection':
      return (
        connectionPath(
          `M${n(e.x)} ${n(e.baseline - 4)} L${n(e.x + 30)} ${n(e.baseline - 4)}`,
          e.connectionKind,
          prefix,
          printDashes,
        ) + text(e.x + 38, e.baseline, e.text, { size: 10, fill: INK })
      );
    case 'stop':
      return (
        `<rect x="${n(e.x)}" y="${n(e.baseline - 9)}" width="12" height="12" rx="3" fill="${e.colour}" stroke="#adb5bd" stroke-width="0.6"/>` +
        text(e.x + 16, e.baseline, e.text, { size: 9.5, fill: INK })
      );
  }
}

/** A stage column's background, from its header down. */
function columnBody(c: ColumnPlan): string {
  const { box } = c;
  return `<rect x="${n(box.x)}" y="${box.y}" width="${box.width}" height="${n(box.height)}" rx="10" fill="#f6f7f9"/>`;
}

/** A stage column's header: its tinted box, the colour bar along its top and the stage's name. */
function columnHeader(c: ColumnPlan): string {
  const { box } = c;
  return (
    `<rect x="${n(box.x)}" y="${box.y}" width="${box.width}" height="${c.headerHeight}" rx="10" fill="${tint(c.colour, 0.82)}"/>` +
    `<rect x="${n(box.x)}" y="${box.y}" width="${box.width}" height="5" fill="${c.colour}"/>` +
    `<g><title>${escapeHtml(c.name)}</title>` +
    lines(c.nameLines, 700) +
    '</g>'
  );
}

/** A lane: a rule along its top across the columns, its name and kind in a tinted label at the left. */
function laneBody(l: LanePlan, first: boolean): string {
  const { box } = l;
  return (
    (first
      ? ''
      : `<path d="M${n(box.x)} ${n(box.y)} L${n(box.x + box.width)} ${n(box.y)}" stroke="#ced4da" stroke-width="1"/>`) +
    `<rect x="${n(box.x)}" y="${n(box.y + 3)}" width="${n(l.labelWidth)}" height="${n(Math.max(0, box.height - 6))}" rx="6" fill="${tint(l.colour, 0.86)}"/>` +
    `<rect x="${n(box.x)}" y="${n(box.y + 3)}" width="4" height="${n(Math.max(0, box.height - 6))}" fill="${l.colour}"/>`
  );
}

/** Where a lane's name and kind are written: from above the name's first line to below its kind. */
function laneLabelBox(l: LanePlan): Box {
  const top = l.nameLines.y - l.nameLines.size - 4;
  return { x: l.box.x, y: top, width: l.labelWidth, height: Math.max(l.kind.y, l.nameLines.y) + 6 - top };
}

/** A lane's name and kind, in its label column. */
function laneLabel(l: LanePlan): string {
  return (
    `<g><title>${escapeHtml(l.name)}</title>` +
    lines(l.nameLines, 700) +
    (l.kind.text ? text(l.kind.x, l.kind.y, l.kind.text, { size: l.kind.size, fill: MUTED }) : '') +
    '</g>'
  );
}

/** A blueprint line: dashed, darker than a lane rule, named at its right end. */
function blueprintLine(b: BlueprintLinePlan): string {
  return (
    `<path d="M${n(b.x1)} ${n(b.y)} L${n(b.x2)} ${n(b.y)}" stroke="${INK}" stroke-width="1.4" stroke-dasharray="7 4"/>` +
    text(b.label.x, b.label.y, b.label.text, { size: b.label.size, weight: 700, fill: INK, anchor: b.label.anchor })
  );
}

function badge(b: BadgePlan, card: CardPlan): string {
  const colours =
    b.kind === 'heat'
      ? { fill: card.heat?.colour ?? INK, stroke: card.heat?.colour ?? INK, ink: textOn(card.heat?.colour ?? INK) }
      : { ...BADGE_COLOURS[b.kind], ink: INK };
  const parts = [
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${b.height}" rx="${b.height / 2}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="0.8"/>`,
    text(b.x + 7, b.y + 12.5, b.label, { size: 10, fill: colours.ink }),
  ];
  if (b.pips) {
    const px = b.x + b.width - 22;
    for (let p = 0; p < 3; p++) {
      parts.push(
        `<circle cx="${n(px + 3 + p * 6)}" cy="${n(b.y + b.height / 2)}" r="2.3" fill="${p < b.pips ? colours.stroke : '#ffffff'}" stroke="${colours.stroke}" stroke-width="0.8"/>`,
      );
    }
  }
  return parts.join('');
}

function card(c: CardPlan): string {
  const t = c.touchpoint;
  const hot = c.heat;
  const stroke = t.momentOfTruth ? '#364fc7' : hot ? hot.colour : '#ced4da';
  return [
    `<g><title>${escapeHtml(c.name)}</title>`,
    `<rect x="${n(c.x)}" y="${n(c.y)}" width="${c.width}" height="${c.height}" rx="8" fill="${hot ? tint(hot.colour, 0.8) : '#ffffff'}" stroke="${stroke}" stroke-width="${t.momentOfTruth || hot ? 1.6 : 1}"/>`,
    faceShapes(t.emotion, c.face.cx, c.face.cy, c.face.size),
    text(c.score.x, c.score.y, c.score.text, {
      size: c.score.size,
      weight: 700,
      anchor: c.score.anchor,
      fill: t.emotion === null ? MUTED : INK,
    }),
    lines(c.title, 700),
    c.channel ? text(c.channel.x, c.channel.y, c.channel.text, { size: c.channel.size, fill: MUTED }) : '',
    ...c.badges.map((b) => badge(b, c)),
    '</g>',
  ].join('');
}

/** A `<style>` element for the defs; CSS that could break out of XML text is left out. */
function styleBlock(css: string | undefined): string {
  if (!css || /[<&]/.test(css)) return '';
  return `<style>${css}</style>`;
}

/** A piece of the drawing and the box it may paint in (drawing px, strokes and arrowheads included). */
export interface MapSvgPiece {
  markup: string;
  box: Box;
}

/**
 * The map's SVG in parts, for a viewer that draws only what is in view: the
 * opening tag with the defs and background, what lies under everything
 * (legends, stage columns, the empty note: few elements), then the three
 * layers in drawing order, one piece per connection, card and label.
 * Joined in order they are exactly `writeMapSvg`'s markup.
 */
export interface MapSvgParts {
  open: string;
  under: string;
  /** The same, piece by piece (legend entries, column bodies and headers, lanes, lines), each with its box. */
  underPieces: MapSvgPiece[];
  routes: MapSvgPiece[];
  cards: MapSvgPiece[];
  plates: MapSvgPiece[];
  close: string;
}

/** Room around a line's points for its stroke and arrowhead. */
const ROUTE_MARGIN = 12;

function routeBox(r: RoutePlan): Box {
  const p = r.path;
  const points = p.shape === 'curve' ? [p.start, p.control1, p.control2, p.end] : p.points;
  const xs = points.map((q) => q[0]);
  const ys = points.map((q) => q[1]);
  const x = Math.min(...xs) - ROUTE_MARGIN;
  const y = Math.min(...ys) - ROUTE_MARGIN;
  return { x, y, width: Math.max(...xs) + ROUTE_MARGIN - x, height: Math.max(...ys) + ROUTE_MARGIN - y };
}

/** The opening tag, sized and showing `view` (default the whole drawing), with the defs and the background. */
export function mapSvgOpen(plan: MapPlan, options: MapSvgWriteOptions, view?: Box): string {
  const { width, height } = plan;
  const box = view ?? { x: 0, y: 0, width, height };
  const ns = options.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const head = options.standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '';
  return (
    `${head}<svg${ns} class="journey-map" width="${options.displayWidth}" height="${options.displayHeight}" viewBox="${n(box.x)} ${n(box.y)} ${n(box.width)} ${n(box.height)}" ` +
    `font-family="${escapeHtml(REPORT_FONT_STACK)}" role="img" aria-label="${escapeHtml(options.title)}">` +
    `<defs>${arrowMarkers(options.prefix)}${styleBlock(options.embeddedCss)}</defs>` +
    (options.background === 'transparent' ? '' : `<rect width="${width}" height="${height}" fill="#ffffff"/>`)
  );
}

export function mapSvgParts(plan: MapPlan, options: MapSvgWriteOptions, view?: Box): MapSvgParts {
  const { width } = plan;
  const { prefix } = options;
  // A text's box: from above its tallest letters to below its baseline.
  const line = (x: number, baseline: number, w: number): Box => ({ x, y: baseline - 16, width: w, height: 22 });
  const under: MapSvgPiece[] = [
    ...plan.legends.flatMap((legend) =>
      legend.entries.map((e) => ({
        markup: legendEntry(e, prefix, options.printDashes === true),
        box: line(e.x, e.baseline, e.width),
      })),
    ),
    ...plan.columns.flatMap((c) => [
      { markup: columnBody(c), box: c.box },
      { markup: columnHeader(c), box: { ...c.box, height: c.headerHeight } },
    ]),
    ...plan.lanes.flatMap((l, i) => [
      { markup: laneBody(l, i === 0), box: l.box },
      { markup: laneLabel(l), box: laneLabelBox(l) },
    ]),
    ...plan.blueprintLines.map((b) => ({
      markup: blueprintLine(b),
      box: {
        x: 0,
        y: Math.min(b.y, b.label.y) - 16,
        width,
        height: Math.abs(b.y - b.label.y) + 24,
      },
    })),
    ...(plan.emptyNote
      ? [
          {
            markup: text(plan.emptyNote.x, plan.emptyNote.y, plan.emptyNote.text, {
              size: plan.emptyNote.size,
              fill: MUTED,
            }),
            box: line(0, plan.emptyNote.y, width),
          },
        ]
      : []),
  ];
  return {
    open: mapSvgOpen(plan, options, view),
    under: under.map((p) => p.markup).join(''),
    underPieces: under,
    // Lines under the cards, their labels over them, so no label is hidden by a card.
    routes: plan.routes.map((r) => ({ markup: route(r, prefix, options.printDashes === true), box: routeBox(r) })),
    cards: plan.cards.map((c) => ({ markup: card(c), box: { x: c.x, y: c.y, width: c.width, height: c.height } })),
    plates: plan.routes.flatMap((r) => (r.label ? [{ markup: plate(r.label), box: r.label.plate }] : [])),
    close: '</svg>',
  };
}

/** The map's SVG markup for a plan. */
export function writeMapSvg(plan: MapPlan, options: MapSvgWriteOptions): string {
  const parts = mapSvgParts(plan, options);
  const pieces = (list: readonly MapSvgPiece[]) => list.map((p) => p.markup).join('');
  return parts.open + parts.under + pieces(parts.routes) + pieces(parts.cards) + pieces(parts.plates) + parts.close;
}

/**
 * A horizontal band of a map too tall for a page: the cards that start at or
 * below `top` and above `end`, in a view from `top` to `bottom` (drawing px)
 * over the whole width. With `repeatHeader`, the stage headers are drawn again
 * in a strip above the band (`headerStripHeight`), so a page that continues a
 * part still says which column is which stage.
 */
export interface MapBand {
  top: number;
  end: number;
  bottom: number;
  repeatHeader: boolean;
}

/** Height of the strip that repeats the stage headers above a band, drawing px. */
export function headerStripHeight(plan: MapPlan): number {
  return plan.columns.length === 0 ? 0 : Math.max(...plan.columns.map((c) => c.headerHeight)) + 10;
}

/** The view (drawing px) a band shows: the band, and its header strip above it. */
export function bandView(plan: MapPlan, band: MapBand): Box {
  const y = band.repeatHeader ? band.top - headerStripHeight(plan) : band.top;
  return { x: 0, y, width: plan.width, height: band.bottom - y };
}

/**
 * The SVG of one band, from the part's pieces (`mapSvgParts`, written once for
 * all its bands) and the band's own opening tag (`mapSvgOpen` with its view):
 * its own cards, and the columns, lines and labels that reach into its view
 * (the page's PDF carries no text of cards it does not show), then the
 * repeated stage headers on a white strip over the lines that come down from
 * the band above.
 */
export function writeMapSvgBand(plan: MapPlan, parts: MapSvgParts, band: MapBand): string {
  const view = bandView(plan, band);
  const inView = (list: readonly MapSvgPiece[]) =>
    list
      .filter((p) => p.box.y < view.y + view.height && p.box.y + p.box.height > view.y)
      .map((p) => p.markup)
      .join('');
  const cards = parts.cards
    .filter((p) => p.box.y >= band.top && p.box.y < band.end)
    .map((p) => p.markup)
    .join('');
  // The strip reaches above the view too: a printed view may show a hair more than its box.
  const strip = band.repeatHeader
    ? `<rect x="0" y="${n(view.y - STRIP_BLEED)}" width="${plan.width}" height="${n(band.top - view.y + STRIP_BLEED)}" fill="#ffffff"/>` +
      plan.columns.map((c) => `<g transform="translate(0 ${n(view.y + 4 - c.box.y)})">${columnHeader(c)}</g>`).join('')
    : '';
  // A lane the band starts inside of has its name above the band: it is written again at the band's top.
  const laneNames = band.repeatHeader
    ? plan.lanes
        .filter((l) => l.box.y < band.top && l.box.y + l.box.height > band.top + 60)
        .filter((l) => laneLabelBox(l).y < band.top + 8)
        .map((l) => `<g transform="translate(0 ${n(band.top + 8 - l.box.y)})">${laneLabel(l)}</g>`)
        .join('')
    : '';
  return (
    parts.open +
    inView(parts.underPieces) +
    laneNames +
    inView(parts.routes) +
    cards +
    inView(parts.plates) +
    strip +
    parts.close
  );
}

/**
 * The markup with its arrow markers renamed from `prefix` to `renamed`: each
 * band of a part is written from the same pieces, and ids must stay unique
 * in the page. Only attribute values are touched (user text has its quotes escaped).
 */
export function renameMarkers(markup: string, prefix: string, renamed: string): string {
  return markup
    .replaceAll(`id="${prefix}-arrow-`, `id="${renamed}-arrow-`)
    .replaceAll(`"url(#${prefix}-arrow-`, `"url(#${renamed}-arrow-`);
}

const STRIP_BLEED = 20;
