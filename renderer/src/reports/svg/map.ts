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
import { layoutMap, type MapHeatOverlay } from './map-layout';
import { writeMapSvg } from './map-svg';

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

export function drawMap(doc: JourneyDocument, options: MapSvgOptions = {}): MapDrawing {
  const plan = layoutMap(doc, { stageIds: options.stageIds, labels: options.labels, heat: options.heat });
  const { width, height } = plan;
  const scale = options.fit ? Math.min(1, options.fit.width / width, options.fit.height / height) : 1;
  const displayWidth = Math.floor(width * scale);
  const displayHeight = Math.floor(height * scale);
  const svg = writeMapSvg(plan, {
    prefix: (options.idPrefix ?? 'wm').replace(/[^A-Za-z0-9-]/g, '') || 'wm',
    standalone: options.standalone ?? true,
    displayWidth,
    displayHeight,
    title: oneLine(doc.journey.title),
    background: options.background ?? 'white',
    embeddedCss: options.embeddedCss,
    printDashes: options.printDashes,
  });
  return { svg, width, height, displayWidth, displayHeight };
}

/** The whole map as a standalone SVG document (for the SVG export). */
export function buildMapSvg(doc: JourneyDocument, options: MapSvgOptions = {}): string {
  return drawMap(doc, { standalone: true, ...options }).svg;
}
