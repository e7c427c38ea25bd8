/**
 * The whole journey map as an image: the report's map drawing with the heat
 * overlay when it is on, an optional transparent background, and the Noto
 * fonts its text needs embedded as `@font-face` data URLs (so a rasterised
 * copy, or the SVG opened elsewhere, keeps its glyphs), its own words in the
 * language asked for (the report settings' label language, as the other
 * deliverables take it). Also the size maths
 * of the PNG export, capped at what a canvas can hold. Pure: no DOM.
 */
import { formatSigned, heatLegend, heatValue, HEAT_MODES, type HeatLegend, type HeatMode } from '../domain/insights';
import type { JourneyDocument } from '../domain/model';
import type { PainSeverity } from '../domain/vocabulary';
import type { UserMessage } from '../domain/user-message';
import { reportCurve } from '../reports/curve-lines';
import { escapeHtml, oneLine } from '../reports/escape';
import { fontFaceCss, REPORT_FONT_STACK } from '../reports/fonts';
import { legendSwatch } from '../reports/sections/curve';
import { curveHeight, drawEmotionCurve } from '../reports/svg/curve';
import { drawMapInColumns, mapInColumnsSize, type MapHeatOverlay } from '../reports/svg/map';
import { estimateWidth } from '../reports/svg/text-wrap';
import { emotionWord, REPORT_LABELS, type Labels } from '../reports/labels';
import { DEFAULT_BRAND_COLOUR, type ReportFont, type ReportLanguage } from '../reports/types';

/** The longest side, in pixels, of a PNG export: the largest canvas browsers draw reliably. */
export const MAX_CANVAS_SIDE = 16_384;
/** Smallest width a user may ask for. */
export const MIN_IMAGE_WIDTH = 200;

export type ImageBackground = 'white' | 'transparent';

/** The card badge's short name of each measure, from the words the report already prints. */
function shortTitle(mode: HeatMode, labels: Labels): string {
  switch (mode) {
    case 'emotion':
      return labels.table.emotion;
    case 'friction':
      return labels.frictionShort;
    case 'pain':
      return labels.painShort;
    case 'csat':
      return labels.table.csat;
    case 'ces':
      return labels.table.ces;
    case 'nps':
      return labels.table.nps;
    case 'dropOff':
      return labels.table.dropOff;
  }
}

export function isHeatMode(mode: string): mode is HeatMode {
  return (HEAT_MODES as readonly string[]).includes(mode);
}

/**
 * The map's heat overlay for a mode of the editor's heat menu, its words (legend
 * title, badge name, the emotion and pain stops, "no data") in the labels'
 * language; undefined for 'off'. The other stops are figures.
 */
export function heatOverlay(mode: string, labels: Labels = REPORT_LABELS.en): MapHeatOverlay | undefined {
  if (!isHeatMode(mode)) return undefined;
  const legend = heatLegend(mode);
  const stopLabel = (stop: HeatLegend['stops'][number]): string => {
    if (mode === 'emotion') return `${formatSigned(stop.value)} ${emotionWord(labels, stop.value)}`;
    if (mode === 'pain') {
      const word = stop.value === 0 ? labels.map.heatNone : labels.severity[stop.value as PainSeverity];
      return `${stop.value} ${word}`;
    }
    return stop.label;
  };
  return {
    title: labels.map.heatTitle[mode],
    shortTitle: shortTitle(mode, labels),
    valueOf: (t) => {
      const v = heatValue(t, mode);
      return { colour: v.colour, label: v.label };
    },
    stops: [
      ...legend.stops.map((s) => ({ colour: s.colour, label: stopLabel(s) })),
      { colour: legend.noData.colour, label: labels.map.noData },
    ],
  };
}

/** `[start, end]` code point pairs of a CSS unicode-range; `?` wildcards widen to the full span. */
export function parseUnicodeRange(range: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of range.split(',')) {
    const m = /^\s*U\+([0-9A-Fa-f?]{1,6})(?:-([0-9A-Fa-f]{1,6}))?\s*$/.exec(part);
    if (!m) continue;
    const first = m[1]!;
    if (first.includes('?')) {
      out.push([parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'F'), 16)]);
    } else {
      const start = parseInt(first, 16);
      out.push([start, m[2] ? parseInt(m[2], 16) : start]);
    }
  }
  return out;
}

/** The fonts whose unicode-range covers at least one character of the text (fonts without a range always). */
export function fontsForText(fonts: readonly ReportFont[], text: string): ReportFont[] {
  const points = new Set<number>();
  for (const ch of text) points.add(ch.codePointAt(0)!);
  return fonts.filter((f) => {
    if (!f.unicodeRange) return true;
    const ranges = parseUnicodeRange(f.unicodeRange);
    for (const p of points) if (ranges.some(([a, b]) => p >= a && p <= b)) return true;
    return false;
  });
}

export interface MapImageOptions {
  /** The editor's heat mode: 'off' or a mode of HEAT_MODES. */
  heatMode?: string;
  background?: ImageBackground;
  /** Fonts to embed; only those the map's text needs are kept. None by default. */
  fonts?: readonly ReportFont[];
  /** The language of the map's own words (legend, badges, default channel names); English by default. */
  language?: ReportLanguage;
  /** The emotion curve under the map, as wide as it (when any touchpoint has an emotion on it). Off by default. */
  curve?: boolean;
  /** The journey line's colour on the curve (the report settings' brand colour). */
  brandColour?: string;
}

export interface MapImage {
  svg: string;
  /** The drawing's size in CSS pixels. */
  width: number;
  height: number;
  /** How many font files were embedded. */
  embeddedFonts: number;
  /** How many columns side by side a map too tall to read as one strip is set in; 1 when it is drawn whole. */
  columns: number;
}

/** What the map image is drawn with, but its fonts: its size depends on nothing else. */
function mapImageBase(options: MapImageOptions) {
  const labels = REPORT_LABELS[options.language ?? 'en'];
  return {
    standalone: true,
    heat: heatOverlay(options.heatMode ?? 'off', labels),
    background: options.background ?? 'white',
    labels,
  } as const;
}

/**
 * The size and columns `buildMapImage` gives for these options, without drawing it: the image dialog shows
 * the PNG's pixel size as the choices change, and writing the drawing of 3,000 touchpoints took seconds.
 */
export function mapImageSize(
  doc: JourneyDocument,
  options: Omit<MapImageOptions, 'fonts'> = {},
): Pick<MapImage, 'width' | 'height' | 'columns'> {
  const map = mapInColumnsSize(doc, mapImageBase(options));
  if (!options.curve || !hasEmotionCurve(doc)) return map;
  return { ...map, width: Math.max(map.width, CURVE_MIN_WIDTH), height: map.height + CURVE_BLOCK_HEIGHT };
}

/** Whether the journey has an emotion curve to draw: a touchpoint of its main path with an emotion. */
export function hasEmotionCurve(doc: JourneyDocument): boolean {
  return reportCurve(doc).lines.some((line) => line.points.length > 0);
}

/** The curve's narrowest drawing (`drawEmotionCurve`), px. */
const CURVE_MIN_WIDTH = 420;
/** Room between the map and the curve's legend, and the legend's row, px. */
const CURVE_GAP = 24;
const LEGEND_ROW = 28;
const LEGEND_FONT = 13;
/** Room under the curve, so the marks of its lowest points are not cut by the image's edge, px. */
const CURVE_FOOT = 16;
/** What the curve adds under the map, px: the gap, its legend and the chart (without numbers along its foot). */
const CURVE_BLOCK_HEIGHT = CURVE_GAP + LEGEND_ROW + curveHeight(false) + CURVE_FOOT;

/**
 * The curve's legend as SVG, one row: its title, then each line's swatch and name (the journey, then each
 * persona with emotions of its own); a row too long for the width runs on past it, clipped by the image.
 */
function curveLegend(series: ReturnType<typeof drawEmotionCurve>['series'], title: string, y: number): string {
  const baseline = y + LEGEND_ROW / 2 + LEGEND_FONT * 0.35;
  const parts = [
    `<text x="16" y="${baseline}" font-size="${LEGEND_FONT}" font-weight="700" fill="#1f2328">${escapeHtml(title)}</text>`,
  ];
  let x = 16 + estimateWidth(title, LEGEND_FONT) + 24;
  for (const s of series) {
    const swatch = legendSwatch(s.colour, s.dash, s.persona !== null);
    parts.push(`<g transform="translate(${Math.round(x)} ${y + LEGEND_ROW / 2 - 5})">${swatch}</g>`);
    x += 28 + 6;
    parts.push(
      `<text x="${Math.round(x)}" y="${baseline}" font-size="${LEGEND_FONT}" fill="#1f2328">${escapeHtml(s.name)}</text>`,
    );
    x += estimateWidth(s.name, LEGEND_FONT) + 20;
  }
  return parts.join('');
}

/** The emotion curve drawn at the map's `width` for the image, with its legend's title; null when it has no point. */
function imageCurve(doc: JourneyDocument, width: number, labels: Labels, brandColour: string) {
  const curve = drawEmotionCurve(doc, { labels, brandColour, width, numbered: false });
  return curve.series.some((s) => s.points.length > 0) ? { curve, title: labels.sections.curve } : null;
}

/**
 * The map drawing with the emotion curve under it, as one standalone SVG: the map as drawn (its fonts and
 * styles with it), then the curve's legend and the curve at the map's width, so both are at one scale.
 * The drawing as it was when there is no curve to draw.
 */
function withEmotionCurve(
  map: { svg: string; width: number; height: number },
  doc: JourneyDocument,
  drawn: ReturnType<typeof imageCurve>,
  background: ImageBackground,
): { svg: string; width: number; height: number } {
  if (!drawn) return map;
  const { curve } = drawn;
  const width = Math.max(map.width, curve.width);
  const legendTop = map.height + CURVE_GAP;
  const height = legendTop + LEGEND_ROW + curve.height + CURVE_FOOT;
  const nested = map.svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(REPORT_FONT_STACK)}" role="img" aria-label="${escapeHtml(oneLine(doc.journey.title))}">` +
    (background === 'white' ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : '') +
    nested +
    curveLegend(curve.series, drawn.title, legendTop) +
    `<g transform="translate(0 ${legendTop + LEGEND_ROW})">${curve.svg}</g>` +
    '</svg>';
  return { svg, width, height };
}

/**
 * The whole map (every stage, never the viewport) as a standalone SVG document;
 * a map more than `MAX_IMAGE_ASPECT` times taller than wide is set in columns
 * side by side (`drawMapInColumns`), so its text stays readable in the image.
 */
export function buildMapImage(doc: JourneyDocument, options: MapImageOptions = {}): MapImage {
  const base = mapImageBase(options);
  const plain = drawMapInColumns(doc, base);
  // Drawn once: the map's width is the same with its fonts embedded.
  const curve = options.curve
    ? imageCurve(doc, plain.width, base.labels, options.brandColour ?? DEFAULT_BRAND_COLOUR)
    : null;
  const compose = (map: { svg: string; width: number; height: number }) =>
    withEmotionCurve(map, doc, curve, base.background);
  if (!options.fonts || options.fonts.length === 0) {
    return { ...compose(plain), embeddedFonts: 0, columns: plain.columns };
  }
  // The fonts the map's and the curve's words need (the curve names the stages and personas too).
  const needed = fontsForText(options.fonts, compose(plain).svg);
  const drawing = drawMapInColumns(doc, { ...base, embeddedCss: fontFaceCss(needed) });
  return { ...compose(drawing), embeddedFonts: needed.length, columns: drawing.columns };
}

/** The root `<svg>` given a new printed size (the viewBox stays), so a rasteriser draws it at that size. */
export function withSvgSize(svg: string, width: number | string, height: number | string): string {
  return svg.replace(/<svg\b([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${width}" height="${height}"`);
}

export type ImageSize = { kind: 'scale'; scale: number } | { kind: 'width'; width: number };

/** ISO paper sizes, portrait, mm: for a PNG at a DPI and for the poster. */
export const ISO_PAPERS = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  A2: { width: 420, height: 594 },
  A1: { width: 594, height: 841 },
  A0: { width: 841, height: 1189 },
} as const;
export type IsoPaper = keyof typeof ISO_PAPERS;

/** DPI offered in the image dialog; any whole number in MIN_DPI–MAX_DPI may be typed. */
export const DPI_CHOICES = [72, 150, 300] as const;
export const MIN_DPI = 36;
export const MAX_DPI = 1200;

export type DpiRaster =
  | { ok: true; width: number; height: number; scale: number }
  | { ok: false; width: number; height: number; message: string; text: UserMessage };

const px = (n: number) => n.toLocaleString('en');

/**
 * The PNG's pixel size for the drawing fitted to a paper (turned to match the
 * drawing: landscape for a wide map) at a DPI. Refused, with one sentence,
 * when a side would be larger than a canvas can hold (never silently shrunk,
 * since the DPI was asked for) or the DPI is out of range.
 */
export function dpiRasterSize(
  drawing: { width: number; height: number },
  paper: IsoPaper,
  dpi: number,
  maxSide = MAX_CANVAS_SIDE,
): DpiRaster {
  const w = Math.max(1, drawing.width);
  const h = Math.max(1, drawing.height);
  if (!Number.isInteger(dpi) || dpi < MIN_DPI || dpi > MAX_DPI) {
    return {
      ok: false,
      width: 0,
      height: 0,
      message: `The DPI must be a whole number from ${MIN_DPI} to ${px(MAX_DPI)}; enter one in that range.`,
      text: { code: 'dpiRange', params: { min: MIN_DPI, max: MAX_DPI } },
    };
  }
  const p = ISO_PAPERS[paper] ?? ISO_PAPERS.A4;
  const landscape = w >= h;
  const paperW = ((landscape ? p.height : p.width) / 25.4) * dpi;
  const paperH = ((landscape ? p.width : p.height) / 25.4) * dpi;
  const scale = Math.min(paperW / w, paperH / h);
  const width = Math.max(1, Math.round(w * scale));
  const height = Math.max(1, Math.round(h * scale));
  if (Math.max(width, height) > maxSide) {
    return {
      ok: false,
      width,
      height,
      message:
        `At ${dpi} DPI on ${paper} the image would be ${px(width)} × ${px(height)} px, more than the ${px(maxSide)} px ` +
        `on a side an image can hold; choose a lower DPI or a smaller paper.`,
      text: { code: 'dpiTooLarge', params: { dpi, paper, width, height, max: maxSide } },
    };
  }
  return { ok: true, width, height, scale };
}

export interface RasterSize {
  width: number;
  height: number;
  /** Pixels per CSS pixel of the drawing. */
  scale: number;
  /** True when the size asked for was larger than MAX_CANVAS_SIDE and was reduced. */
  capped: boolean;
}

/** The PNG's pixel size for a drawing and a size choice, never above MAX_CANVAS_SIDE on a side. */
export function rasterSize(
  drawing: { width: number; height: number },
  size: ImageSize,
  maxSide = MAX_CANVAS_SIDE,
): RasterSize {
  const w = Math.max(1, drawing.width);
  const h = Math.max(1, drawing.height);
  let scale =
    size.kind === 'scale'
      ? Number.isFinite(size.scale) && size.scale > 0
        ? size.scale
        : 1
      : Math.max(MIN_IMAGE_WIDTH, Number.isFinite(size.width) ? size.width : w) / w;
  let capped = false;
  const largest = Math.max(w, h) * scale;
  if (largest > maxSide) {
    scale = maxSide / Math.max(w, h);
    capped = true;
  }
  return {
    width: Math.max(1, Math.min(maxSide, Math.round(w * scale))),
    height: Math.max(1, Math.min(maxSide, Math.round(h * scale))),
    scale,
    capped,
  };
}
