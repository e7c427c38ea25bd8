/**
 * The journey map as a vector drawing: stage columns with headers,
 * touchpoint cards (emotion face and number, pain and friction badges) and
 * connections drawn by kind. `map-layout.ts` plans where everything goes
 * (plain data), `map-svg.ts` writes the plan as SVG; this module joins them.
 */
import type { StageId } from '../../domain/ids';
import type { JourneyDocument } from '../../domain/model';
import { oneLine } from '../escape';
import type { Labels } from '../labels';
import { layoutMap, type Box, type MapHeatOverlay, type MapPlan } from './map-layout';
import {
  bandView,
  headerStripHeight,
  mapSvgOpen,
  mapSvgParts,
  renameMarkers,
  writeMapSvg,
  writeMapSvgBand,
  type MapBand,
} from './map-svg';

export {
  MAP_COLUMN_WIDTH,
  layoutMap,
  mapPartWidth,
  planMapParts,
  type MapHeatOverlay,
  type MapPlan,
} from './map-layout';

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
  /** For print: dashed lines drawn as their dashes (see `dash.ts`). */
  printDashes?: boolean;
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

function planOf(doc: JourneyDocument, options: MapSvgOptions): MapPlan {
  return layoutMap(doc, { stageIds: options.stageIds, labels: options.labels, heat: options.heat });
}

function writeOptions(doc: JourneyDocument, options: MapSvgOptions, displayWidth: number, displayHeight: number) {
  return {
    prefix: (options.idPrefix ?? 'wm').replace(/[^A-Za-z0-9-]/g, '') || 'wm',
    standalone: options.standalone ?? true,
    displayWidth,
    displayHeight,
    title: oneLine(doc.journey.title),
    background: options.background ?? 'white',
    embeddedCss: options.embeddedCss,
    printDashes: options.printDashes,
  } as const;
}

export function drawMap(doc: JourneyDocument, options: MapSvgOptions = {}): MapDrawing {
  return drawPlan(doc, planOf(doc, options), options);
}

function drawPlan(doc: JourneyDocument, plan: MapPlan, options: MapSvgOptions): MapDrawing {
  const { width, height } = plan;
  const scale = options.fit ? Math.min(1, options.fit.width / width, options.fit.height / height) : 1;
  const displayWidth = Math.floor(width * scale);
  const displayHeight = Math.floor(height * scale);
  const svg = writeMapSvg(plan, writeOptions(doc, options, displayWidth, displayHeight));
  return { svg, width, height, displayWidth, displayHeight };
}

/** Room kept below a band's last card for its border and shadow, drawing px. */
const BAND_FOOT = 8;

/**
 * Where a drawing `height` px tall is cut into bands: each band's view at most
 * `room` px high (`firstRoom` for the first, which keeps the legends and the real
 * stage headers). A band holds the cards that start in it, taken top down
 * while they end inside its room; the next band starts at the first card that
 * does not, so no card is cut, though the columns break at different heights,
 * as a page of text does. A card taller than a band (none is, at a page's
 * size) is cut where its band ends.
 */
export function bandCuts(cards: readonly Box[], height: number, firstRoom: number, room: number): MapBand[] {
  const sorted = [...cards].sort((a, b) => a.y - b.y);
  const bands: MapBand[] = [];
  let top = 0;
  let fits = firstRoom;
  let next = 0;
  while (height - top > fits) {
    const limit = top + fits;
    let bottom = top;
    while (next < sorted.length && sorted[next]!.y + sorted[next]!.height + BAND_FOOT <= limit) {
      bottom = Math.max(bottom, sorted[next]!.y + sorted[next]!.height + BAND_FOOT);
      next++;
    }
    let end: number;
    if (next < sorted.length && bottom > top) end = sorted[next]!.y;
    else if (next < sorted.length) {
      // The next card is taller than the band: cut through it.
      end = limit;
      bottom = limit;
      next++;
    } else {
      // Every card is placed; what is left under them (lines looping back) goes on below, a page at a time
      // (a band with no card in it is as high as its room, never a sliver: 1 px steps gave thousands of bands).
      end = bottom > top ? bottom : limit;
      bottom = end;
    }
    bands.push({ top, end, bottom, repeatHeader: bands.length > 0 });
    top = end;
    fits = room;
  }
  bands.push({ top, end: Infinity, bottom: height, repeatHeader: bands.length > 0 });
  return bands;
}

/**
 * The map for a page `fit` box: one drawing scaled to fit when that scale is
 * at least `minScale`; otherwise, a drawing too tall for the page is not
 * shrunk until it cannot be read but drawn at the width's scale and cut
 * into page-high bands, each after the first under its stage headers again.
 */
export function drawMapForPages(
  doc: JourneyDocument,
  options: MapSvgOptions & { fit: { width: number; height: number }; minScale: number },
): MapDrawing[] {
  const plan = planOf(doc, options);
  const { width, height, cards } = plan;
  const widthScale = Math.min(1, options.fit.width / width);
  if (Math.min(widthScale, options.fit.height / height) >= options.minScale || cards.length === 0) {
    return [drawPlan(doc, plan, options)];
  }
  const room = options.fit.height / widthScale;
  const bands = bandCuts(cards, height, room, room - headerStripHeight(plan));
  const displayWidth = Math.floor(width * widthScale);
  // The lines, cards and labels are written once for every band; each band has its own opening tag.
  const base = writeOptions(doc, options, displayWidth, 0);
  const parts = mapSvgParts(plan, base);
  return bands.map((band, i) => {
    const view = bandView(plan, band);
    const displayHeight = Math.floor(view.height * widthScale);
    const open = mapSvgOpen(plan, { ...base, displayHeight }, view);
    const svg = writeMapSvgBand(plan, { ...parts, open }, band);
    // Ids stay unique in the page: each band has its own arrow markers.
    return {
      svg: i === 0 ? svg : renameMarkers(svg, base.prefix, `${base.prefix}-${i + 1}`),
      width,
      height: view.height,
      displayWidth,
      displayHeight,
    };
  });
}

/** A map taller than this many times its width is set in columns side by side as an image (`drawMapInColumns`). */
export const MAX_IMAGE_ASPECT = 2;
/** The shape, width over height, the columns of a folded map aim at unless told: a landscape sheet. */
const FOLD_SHAPE = Math.SQRT2;
/** White space between two columns of a folded map, drawing px. */
const FOLD_GAP = 48;

export interface ColumnsDrawing extends MapDrawing {
  /** How many columns the map is set in side by side: 1 when it is drawn whole. */
  columns: number;
}

/**
 * The whole map as one image that keeps a readable shape: a map up to
 * `MAX_IMAGE_ASPECT` times taller than wide is drawn whole; a taller one
 * (hundreds of touchpoints in a few stages) would come out as a strip whose
 * text no screen or sheet shows at a readable size, so it is cut into bands
 * as the report's pages are (no card cut, each band after the first under
 * the stage headers again) and the bands are set side by side, as many as
 * bring the whole nearest `shape` (width over height; a landscape sheet
 * unless told). Every card is drawn once. `embeddedCss` goes once into the
 * outer drawing; `fit` is not applied.
 */
export function drawMapInColumns(
  doc: JourneyDocument,
  options: MapSvgOptions & { shape?: number } = {},
): ColumnsDrawing {
  const plan = planOf(doc, options);
  const fold = foldPlan(plan, options.shape);
  if (!fold) return { ...drawPlan(doc, plan, { ...options, fit: undefined }), columns: 1 };
  const { width } = plan;
  const { bands, views, outerWidth, outerHeight } = fold;
  const base = writeOptions(doc, { ...options, standalone: false, embeddedCss: undefined }, width, 0);
  const parts = mapSvgParts(plan, base);
  const outer = writeOptions(doc, options, outerWidth, outerHeight);
  const columns = bands.map((band, i) => {
    const view = views[i]!;
    const open = mapSvgOpen(plan, { ...base, displayHeight: Math.ceil(view.height) }, view);
    const svg = writeMapSvgBand(plan, { ...parts, open }, band);
    const x = i * (width + FOLD_GAP);
    return `<g transform="translate(${x} 0)">${renameMarkers(svg, base.prefix, `${base.prefix}-${i + 1}`)}</g>`;
  });
  const svg = mapSvgOpen({ ...plan, width: outerWidth, height: outerHeight }, outer) + columns.join('') + '</svg>';
  return {
    svg,
    width: outerWidth,
    height: outerHeight,
    displayWidth: outerWidth,
    displayHeight: outerHeight,
    columns: bands.length,
  };
}

/**
 * The size `drawMapInColumns` gives, from the plan alone, without writing the
 * drawing (which on thousands of touchpoints is most of the work and megabytes of text).
 */
export function mapInColumnsSize(
  doc: JourneyDocument,
  options: MapSvgOptions & { shape?: number } = {},
): { width: number; height: number; columns: number } {
  const plan = planOf(doc, options);
  const fold = foldPlan(plan, options.shape);
  return fold
    ? { width: fold.outerWidth, height: fold.outerHeight, columns: fold.bands.length }
    : { width: plan.width, height: plan.height, columns: 1 };
}

/** Where a plan too tall for one image is cut into columns, and the size they make side by side; null: drawn whole. */
function foldPlan(
  plan: MapPlan,
  shapeAsked: number | undefined,
): { bands: MapBand[]; views: ReturnType<typeof bandView>[]; outerWidth: number; outerHeight: number } | null {
  const { width, height, cards } = plan;
  if (height <= width * MAX_IMAGE_ASPECT || cards.length === 0) return null;
  const strip = headerStripHeight(plan);
  const shape = shapeAsked !== undefined && shapeAsked > 0 ? shapeAsked : FOLD_SHAPE;
  const wanted = Math.max(2, Math.round(Math.sqrt((shape * height) / width)));
  // Each band after the first shows the headers again; a band ends before a card that does not fit, so each may
  // fall short of its room by up to a card: room for one more keeps the columns to the number wanted.
  const tallest = Math.max(...cards.map((c) => c.height));
  const room = Math.ceil((height + (wanted - 1) * strip) / wanted) + tallest + CARD_FOLD_SLACK;
  const bands = bandCuts(cards, height, room, room - strip);
  const views = bands.map((band) => bandView(plan, band));
  return {
    bands,
    views,
    outerWidth: bands.length * width + (bands.length - 1) * FOLD_GAP,
    outerHeight: Math.ceil(Math.max(...views.map((v) => v.height))),
  };
}
/** Spare room in a folded column beyond one card, drawing px. */
const CARD_FOLD_SLACK = 16;

/** The whole map as a standalone SVG document (for the SVG export). */
export function buildMapSvg(doc: JourneyDocument, options: MapSvgOptions = {}): string {
  return drawMap(doc, { standalone: true, ...options }).svg;
}
