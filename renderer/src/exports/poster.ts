/**
 * The map poster: the whole journey on one page at A3–A0 or a custom size,
 * or the same poster tiled over A4/Letter sheets with an overlap, crop marks,
 * a label per sheet ("B3") and an assembly key page. One HTML document for
 * Chromium's print to PDF (the report's path): the report's map drawing and,
 * when any touchpoint has an emotion, its emotion curve across the foot of the
 * poster, inline and vector, its fonts embedded, no script, every user text escaped.
 * Sizes are millimetres as printed (orientation applied). Pure: no DOM.
 */
import type { JourneyDocument } from '../domain/model';
import type { UserMessage } from '../domain/user-message';
import { connectionKindsUsed } from '../domain/vocabulary';
import { escapeHtml, oneLine, safeColour } from '../reports/escape';
import { fontFaceCss } from '../reports/fonts';
import { countIn, fill } from '../reports/insight-text';
import { REPORT_LABELS, type Labels } from '../reports/labels';
import { CONNECTION_STYLES } from '../reports/svg/connection-style';
import { legendSwatch } from '../reports/sections/curve';
import { curveHeight, drawEmotionCurve } from '../reports/svg/curve';
import { drawMapInColumns } from '../reports/svg/map';
import { DEFAULT_BRAND_COLOUR, type ReportFont } from '../reports/types';
import { fontsForText, ISO_PAPERS, withSvgSize } from './map-image';

export const POSTER_PAPERS = { A3: ISO_PAPERS.A3, A2: ISO_PAPERS.A2, A1: ISO_PAPERS.A1, A0: ISO_PAPERS.A0 } as const;
export type PosterPaper = keyof typeof POSTER_PAPERS | 'custom';

export const TILE_PAPERS = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
} as const;
export type TilePaper = keyof typeof TILE_PAPERS;

/**
 * Smallest and largest side of a custom poster, mm. The largest is the
 * printer's limit in electron/common/contract.ts (MAX_PAGE_SIDE_MM); a unit
 * test keeps them equal.
 */
export const POSTER_MIN_MM = 100;
export const POSTER_MAX_MM = 2000;
export const MAX_OVERLAP_MM = 30;
/**
 * The most HTML the printer in main accepts (MAX_HTML_CHARS in
 * electron/common/contract.ts; a unit test keeps them equal). Every tile
 * sheet carries the whole poster, clipped, so a large map on many sheets can
 * pass it.
 */
export const MAX_POSTER_HTML_CHARS = 64 * 1024 * 1024;

/** A poster that cannot be made as chosen; its message is one sentence for the user. */
export class PosterError extends Error {
  /** The sentence as a code for the interface to translate, when it has one. */
  readonly text: UserMessage | undefined;
  constructor(message: string, text?: UserMessage) {
    super(message);
    this.text = text;
    this.name = 'PosterError';
  }
}

/** Throws one sentence when the poster's HTML is more than the printer accepts. */
export function checkPosterHtmlSize(html: string, sheets: number, max = MAX_POSTER_HTML_CHARS): void {
  if (html.length <= max) return;
  if (sheets > 1)
    throw new PosterError(
      `This map on ${sheets} sheets is too large to print in one go; choose a smaller poster, or print it on one page.`,
      { code: 'posterTooLargeSheets', params: { sheets } },
    );
  throw new PosterError(
    'This map is too large to print as one poster; try again with the heat overlay off or fewer stages.',
    { code: 'posterTooLarge' },
  );
}
/** White border of a tile sheet, where its crop marks and label go, mm. */
export const TILE_MARGIN_MM = 12;

export interface PosterOptions {
  paper: PosterPaper;
  orientation: 'portrait' | 'landscape';
  /** Used when paper is 'custom': width and height as printed, mm. */
  custom: { width: number; height: number };
  output: 'single' | 'tiled';
  tilePaper: TilePaper;
  /** How far neighbouring tiles repeat each other's edge, mm. */
  overlapMm: number;
}

export const DEFAULT_POSTER_OPTIONS: PosterOptions = {
  paper: 'A0',
  orientation: 'landscape',
  custom: { width: 1000, height: 700 },
  output: 'single',
  tilePaper: 'A4',
  overlapMm: 10,
};

export interface Size {
  width: number;
  height: number;
}

export type PosterCheck = { ok: true; size: Size } | { ok: false; message: string; text: UserMessage };

const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });

function inRange(n: number, min: number, max: number): boolean {
  return Number.isFinite(n) && n >= min && n <= max;
}

/** The poster's printed size, or one sentence saying what is wrong with the choices. */
export function checkPosterOptions(options: PosterOptions): PosterCheck {
  let size: Size;
  if (options.paper === 'custom') {
    const { width, height } = options.custom;
    for (const [name, value] of [
      ['width', width],
      ['height', height],
    ] as const) {
      if (!inRange(value, POSTER_MIN_MM, POSTER_MAX_MM)) {
        return {
          ok: false,
          message: `The poster's ${name} must be from ${fmt(POSTER_MIN_MM)} to ${fmt(POSTER_MAX_MM)} mm; enter a size in that range.`,
          text: {
            code: name === 'width' ? 'posterWidthRange' : 'posterHeightRange',
            params: { min: POSTER_MIN_MM, max: POSTER_MAX_MM },
          },
        };
      }
    }
    size = { width, height };
  } else {
    const paper = POSTER_PAPERS[options.paper];
    if (!paper) {
      return {
        ok: false,
        message: 'That paper size is not offered; choose A3, A2, A1, A0 or Custom.',
        text: { code: 'posterPaperUnknown' },
      };
    }
    size =
      options.orientation === 'landscape'
        ? { width: paper.height, height: paper.width }
        : { width: paper.width, height: paper.height };
  }
  if (options.output === 'tiled') {
    if (!TILE_PAPERS[options.tilePaper]) {
      return { ok: false, message: 'Tiles print on A4 or Letter; choose one.', text: { code: 'posterTilePaper' } };
    }
    if (!inRange(options.overlapMm, 0, MAX_OVERLAP_MM)) {
      return {
        ok: false,
        message: `The overlap must be from 0 to ${MAX_OVERLAP_MM} mm; enter a value in that range.`,
        text: { code: 'posterOverlapRange', params: { max: MAX_OVERLAP_MM } },
      };
    }
  }
  return { ok: true, size };
}

/** Row names of the tile grid: A … Z, then AA, AB … */
export function rowName(index: number): string {
  let name = '';
  let i = index;
  do {
    name = String.fromCharCode(65 + (i % 26)) + name;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return name;
}

export interface Tile {
  /** Row letter and column number, e.g. "B3". */
  label: string;
  row: number;
  column: number;
  /** The part of the poster this sheet shows: its top-left corner on the poster, mm. */
  x: number;
  y: number;
}

export interface TileGrid {
  /** The sheet as printed (its orientation chosen for the fewest sheets), mm. */
  sheet: Size;
  /** The part of each sheet inside the crop marks, mm. */
  window: Size;
  overlap: number;
  columns: number;
  rows: number;
  tiles: Tile[];
}

function count(length: number, window: number, overlap: number): number {
  const step = window - overlap;
  // The last tile reaches the poster's edge: (n - 1) · step + window ≥ length.
  return Math.max(1, Math.ceil((length - overlap) / step - 1e-9));
}

function gridOn(poster: Size, sheet: Size, overlap: number): TileGrid {
  const window = { width: sheet.width - 2 * TILE_MARGIN_MM, height: sheet.height - 2 * TILE_MARGIN_MM };
  const columns = count(poster.width, window.width, overlap);
  const rows = count(poster.height, window.height, overlap);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({
        label: `${rowName(row)}${column + 1}`,
        row,
        column,
        x: column * (window.width - overlap),
        y: row * (window.height - overlap),
      });
    }
  }
  return { sheet, window, overlap, columns, rows, tiles };
}

/** The poster cut into sheets; portrait or landscape sheets, whichever needs fewer (portrait on a tie). */
export function tileGrid(poster: Size, paper: TilePaper, overlap: number): TileGrid {
  const p = TILE_PAPERS[paper];
  const portrait = gridOn(poster, { width: p.width, height: p.height }, overlap);
  const landscape = gridOn(poster, { width: p.height, height: p.width }, overlap);
  return landscape.tiles.length < portrait.tiles.length ? landscape : portrait;
}

const esc = escapeHtml;
const mm = (n: number) => `${Math.round(n * 1000) / 1000}mm`;

/** A number as the labels' language writes it (at most one decimal). */
function num(labels: Labels, n: number): string {
  return new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 1 }).format(n);
}

/** A paper's name in the labels' language: Letter is a word, the A sizes are written as they are. */
const paperWord = (paper: string, labels: Labels) => (paper === 'Letter' ? labels.poster.letter : paper);

function paperName(options: PosterOptions, size: Size, labels: Labels): string {
  const words = labels.poster;
  const dims = fill(words.size, { width: num(labels, size.width), height: num(labels, size.height) });
  if (options.paper === 'custom') return dims;
  return fill(words.paper, {
    paper: paperWord(options.paper, labels),
    orientation: words.orientation[options.orientation],
    size: dims,
  });
}

/** The subtitle under the poster's title: "6 stages · 13 touchpoints". */
export function posterSubtitle(doc: JourneyDocument, labels: Labels = REPORT_LABELS.en): string {
  const words = labels.poster;
  return `${countIn(labels, words.stages, doc.stages.length)} · ${countIn(labels, words.touchpoints, doc.touchpoints.length)}`;
}

function personaLegend(doc: JourneyDocument, labels: Labels): string {
  if (doc.personas.length === 0) return '';
  const items = doc.personas
    .map((p) => {
      const role = oneLine(p.role);
      return (
        `<li><span class="swatch" style="background:${safeColour(p.colour, '#7950f2')}"></span>` +
        `<b>${esc(oneLine(p.name))}</b>${role ? ` <span class="muted">${esc(role)}</span>` : ''}</li>`
      );
    })
    .join('');
  return `<div class="legend legend-personas"><h2>${esc(labels.sections.personas)}</h2><ul>${items}</ul></div>`;
}

/** The connection kinds the map uses, drawn with the map's own line styles; nothing when it has no connections. */
function connectionLegend(doc: JourneyDocument, labels: Labels): string {
  const kinds = connectionKindsUsed(doc.connections);
  if (kinds.length === 0) return '';
  const items = kinds
    .map((kind) => {
      const s = CONNECTION_STYLES[kind];
      const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
      return (
        `<li><svg class="line" viewBox="0 0 40 8" aria-hidden="true"><line x1="1" y1="4" x2="33" y2="4" stroke="${s.colour}" stroke-width="${s.width}" stroke-linecap="round"${dash}/>` +
        `<path d="M32 0.5L39 4L32 7.5z" fill="${s.colour}"/></svg>${esc(labels.connectionKind[kind])}</li>`
      );
    })
    .join('');
  return `<div class="legend legend-connections"><h2>${esc(labels.map.legend)}</h2><ul>${items}</ul></div>`;
}

/** Most of the poster's height the emotion curve takes, under the map. */
const CURVE_SHARE = 0.22;

/** The emotion curve of a poster: its drawing and the legend of its lines. */
export interface PosterCurve {
  svg: string;
  /** The drawing's size, px (its width and height attributes). */
  width: number;
  height: number;
  /** The legend's items (`<li>`), one per line. */
  legend: string;
}

/**
 * The emotion curve across the poster's width; null when no touchpoint has an
 * emotion on the curve. It is drawn as wide as the map's drawing (`mapWidth`), so once both
 * are scaled to the poster its words are as large as the map's, unless that
 * would make it taller than `CURVE_SHARE` of the poster: then wider. Its
 * points are not numbered: the poster has no key to name them, and the stage
 * bands say where each is.
 */
export function posterCurve(
  doc: JourneyDocument,
  size: Size,
  mapWidth: number,
  labels: Labels,
  brandColour: string,
): PosterCurve | null {
  const width = Math.max(mapWidth, (curveHeight(false) * size.width) / (CURVE_SHARE * size.height));
  const drawing = drawEmotionCurve(doc, {
    labels,
    brandColour,
    printDashes: true,
    numbered: false,
    width: Math.round(Math.min(8000, Math.max(900, width))),
  });
  if (!drawing.series.some((s) => s.points.length > 0)) return null;
  const legend = drawing.series
    .map((s) => `<li>${legendSwatch(s.colour, s.dash, s.persona !== null)}${esc(s.name)}</li>`)
    .join('');
  return { svg: drawing.svg, width: drawing.width, height: drawing.height, legend };
}

/** The poster's content at its printed size: title, the map scaled to fill, the emotion curve, the legends. */
function posterBody(
  doc: JourneyDocument,
  size: Size,
  drawings: { map: string; curve: PosterCurve | null },
  subtitle: string,
  labels: Labels,
): string {
  const { curve } = drawings;
  return (
    `<div class="poster" style="width:${mm(size.width)};height:${mm(size.height)}">` +
    `<header class="poster-head"><h1>${esc(oneLine(doc.journey.title))}</h1><p class="muted">${esc(subtitle)}</p></header>` +
    `<div class="poster-map">${drawings.map}</div>` +
    (curve
      ? `<div class="poster-curve"><div class="legend"><h2>${esc(labels.sections.curve)}</h2><ul>${curve.legend}</ul></div>` +
        `${curve.svg}</div>`
      : '') +
    `<footer class="poster-legends">${personaLegend(doc, labels)}${connectionLegend(doc, labels)}</footer>` +
    '</div>'
  );
}

function posterCss(size: Size): string {
  // Type and spacing grow with the poster: one unit is a hundredth of its shorter side.
  const u = Math.min(size.width, size.height) / 100;
  return [
    'html,body{margin:0;padding:0;background:#fff;color:#212529}',
    `body{font-family:"Noto Sans","Noto Sans Tamil","Noto Sans Telugu","Noto Sans Malayalam","Noto Sans Armenian",sans-serif}`,
    `.poster{box-sizing:border-box;display:flex;flex-direction:column;padding:${mm(3 * u)};gap:${mm(1.5 * u)};overflow:hidden;background:#fff}`,
    `.poster-head h1{margin:0;font-size:${mm(2.8 * u)};line-height:1.2;font-weight:700}`,
    `.poster-head p{margin:${mm(0.4 * u)} 0 0;font-size:${mm(1.2 * u)}}`,
    '.muted{color:#5c6670}',
    '.poster-map{flex:1 1 auto;min-height:0;display:flex}',
    '.poster-map>svg{width:100%;height:100%;display:block}',
    `.poster-legends{display:flex;flex-wrap:wrap;gap:${mm(1.2 * u)} ${mm(4 * u)};font-size:${mm(1.1 * u)};border-top:${mm(0.12 * u)} solid #dee2e6;padding-top:${mm(1 * u)}}`,
    `.legend h2{margin:0 0 ${mm(0.4 * u)};font-size:${mm(1.1 * u)};font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:#5c6670}`,
    `.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:${mm(0.5 * u)} ${mm(2 * u)}}`,
    '.legend li{display:flex;align-items:center;gap:.4em;white-space:nowrap}',
    '.swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%}',
    '.legend svg.line{width:2.6em;height:.6em}',
    `.poster-curve{flex:0 0 auto;display:flex;flex-direction:column;gap:${mm(0.4 * u)};font-size:${mm(1.1 * u)}}`,
    '.poster-curve>svg{display:block;width:100%;height:auto}',
    '.poster-curve .legend{display:flex;align-items:center;flex-wrap:wrap;gap:0 2em}',
    '.poster-curve .legend h2{margin:0}',
    '.poster-curve .legend li svg{width:2.8em;height:1em}',
  ].join('\n');
}

/**
 * A drawing (an inline `<svg>` with a viewBox) split in two: its content once,
 * as `id` in a hidden `<svg>`'s defs, and a reference that draws it as the
 * drawing did (same class, viewBox and font stack), at `width` × `height`.
 */
function sharedDrawing(
  svg: string,
  id: string,
  width: string,
  height: string,
): { definition: string; reference: string } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '<svg>';
  const inner = svg.slice(open.length, svg.lastIndexOf('</svg>'));
  const attribute = (name: string) => new RegExp(` ${name}="[^"]*"`).exec(open)?.[0] ?? '';
  return {
    definition:
      '<svg class="shared-map" width="0" height="0" aria-hidden="true" focusable="false">' +
      `<defs><g id="${id}">${inner}</g></defs></svg>`,
    reference:
      `<svg${attribute('class')} width="${width}" height="${height}"${attribute('viewBox')}${attribute('font-family')}` +
      `${attribute('role')}${attribute('aria-label')}><use href="#${id}"/></svg>`,
  };
}

function htmlDocument(title: string, page: Size, fonts: string, css: string, body: string, labels: Labels): string {
  const lang = labels.locale.split('-')[0] ?? 'en';
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>\n${fonts}\n@page{size:${mm(page.width)} ${mm(page.height)};margin:0}\n${css}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
  ].join('\n');
}

/** Crop marks at the four corners of the window, in the sheet's margin, as one SVG over the sheet (mm units). */
export function cropMarks(grid: Pick<TileGrid, 'sheet' | 'window'>): string {
  const m = TILE_MARGIN_MM;
  const { width: W, height: H } = grid.sheet;
  const gap = 1.5;
  const len = 8;
  const xs = [m, W - m];
  const ys = [m, H - m];
  const lines: string[] = [];
  for (const x of xs) {
    for (const y of ys) {
      const outX = x === m ? -1 : 1;
      const outY = y === m ? -1 : 1;
      lines.push(`<line x1="${x}" y1="${y + outY * gap}" x2="${x}" y2="${y + outY * (gap + len)}"/>`);
      lines.push(`<line x1="${x + outX * gap}" y1="${y}" x2="${x + outX * (gap + len)}" y2="${y}"/>`);
    }
  }
  return (
    `<svg class="marks" viewBox="0 0 ${W} ${H}" width="${mm(W)}" height="${mm(H)}" aria-hidden="true">` +
    `<g stroke="#000" stroke-width="0.25">${lines.join('')}</g></svg>`
  );
}

/** The line beside a tile sheet's label: "Sheet B3 · row B, column 3 of 3 × 4 · Title". */
function tileCaption(tile: Tile, grid: TileGrid, title: string, labels: Labels): string {
  return fill(labels.poster.caption, {
    label: tile.label,
    row: rowName(tile.row),
    column: num(labels, tile.column + 1),
    rows: num(labels, grid.rows),
    columns: num(labels, grid.columns),
    title: oneLine(title),
  });
}

function tileSheet(tile: Tile, grid: TileGrid, poster: string, title: string, labels: Labels): string {
  const m = TILE_MARGIN_MM;
  const caption = tileCaption(tile, grid, title, labels);
  return (
    `<section class="sheet tile" style="width:${mm(grid.sheet.width)};height:${mm(grid.sheet.height)}">` +
    `<div class="window" style="left:${mm(m)};top:${mm(m)};width:${mm(grid.window.width)};height:${mm(grid.window.height)}">` +
    `<div class="shift" style="left:${mm(-tile.x)};top:${mm(-tile.y)}">${poster}</div></div>` +
    cropMarks(grid) +
    `<div class="tile-label" style="left:${mm(m + 2)};top:${mm(2)}">${esc(tile.label)}</div>` +
    `<div class="tile-caption" style="left:${mm(m + 18)};top:${mm(3.5)};right:${mm(m + 2)}">${esc(caption)}</div>` +
    '</section>'
  );
}

/** The assembly key: the poster in small with the sheet grid and labels over it. */
function keySheet(grid: TileGrid, poster: Size, posterHtml: string, text: KeyText): string {
  const m = TILE_MARGIN_MM;
  const boxW = grid.sheet.width - 2 * m;
  const boxH = grid.sheet.height - 2 * m - 40;
  const k = Math.min(boxW / poster.width, boxH / poster.height);
  const w = poster.width * k;
  const h = poster.height * k;
  const cells = grid.tiles
    .map((t) => {
      const cw = Math.min(grid.window.width, poster.width - t.x);
      const ch = Math.min(grid.window.height, poster.height - t.y);
      const fontSize = Math.max(2.5, Math.min(10, Math.min(cw, ch) * k * 0.35));
      return (
        `<rect x="${t.x}" y="${t.y}" width="${cw}" height="${ch}" fill="rgba(21,101,192,0.06)" stroke="#1565c0" stroke-width="${0.4 / k}"/>` +
        `<text x="${t.x + cw / 2}" y="${t.y + ch / 2}" font-size="${fontSize / k}" text-anchor="middle" dominant-baseline="middle" fill="#0d47a1" font-weight="700">${esc(t.label)}</text>`
      );
    })
    .join('');
  return (
    `<section class="sheet key" style="width:${mm(grid.sheet.width)};height:${mm(grid.sheet.height)}">` +
    `<div class="key-text" style="left:${mm(m)};top:${mm(m)};width:${mm(boxW)}">` +
    `<h1>${esc(text.heading)}</h1><p>${esc(text.description)}</p><p>${esc(text.steps)}</p></div>` +
    `<div class="key-map" style="left:${mm(m + (boxW - w) / 2)};top:${mm(m + 40)};width:${mm(w)};height:${mm(h)}">` +
    `<div class="key-poster" style="transform:scale(${k})">${posterHtml}</div>` +
    `<svg class="key-grid" viewBox="0 0 ${poster.width} ${poster.height}" width="${mm(w)}" height="${mm(h)}">${cells}</svg>` +
    '</div></section>'
  );
}

/** The words of the assembly key page. */
interface KeyText {
  heading: string;
  description: string;
  steps: string;
}

function keyText(options: PosterOptions, poster: Size, grid: TileGrid, title: string, labels: Labels): KeyText {
  const words = labels.poster;
  const orientation = grid.sheet.width > grid.sheet.height ? 'landscape' : 'portrait';
  const overlap = num(labels, grid.overlap);
  const description = fill(words.description, {
    poster: paperName(options, poster, labels),
    sheets: countIn(labels, words.sheets, grid.tiles.length, {
      paper: paperWord(options.tilePaper, labels),
      orientation: words.orientation[orientation],
    }),
    rows: countIn(labels, words.rows, grid.rows),
    first: rowName(0),
    last: rowName(grid.rows - 1),
    columns: countIn(labels, words.columns, grid.columns),
    overlap,
  });
  return {
    heading: fill(words.key, { title: oneLine(title) }),
    description,
    steps: fill(words.steps, { overlap }),
  };
}

const SHEET_CSS = [
  '.shared-map{position:absolute;width:0;height:0;overflow:hidden}',
  '.sheet{position:relative;overflow:hidden;break-after:page;page-break-after:always}',
  '.sheet:last-child{break-after:auto;page-break-after:auto}',
  // Size containment keeps print from splitting the shifted poster across pages: each window is one piece.
  '.window{position:absolute;overflow:hidden;contain:strict}',
  '.shift{position:absolute}',
  '.marks{position:absolute;left:0;top:0}',
  '.tile-label{position:absolute;font-size:7mm;font-weight:700;line-height:1}',
  '.tile-caption{position:absolute;font-size:2.6mm;color:#5c6670;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}',
  '.key-text{position:absolute;font-size:3.2mm;line-height:1.4}',
  '.key-text h1{font-size:6mm;margin:0 0 2mm}',
  '.key-text p{margin:0 0 1.5mm}',
  '.key-map{position:absolute;border:0.3mm solid #adb5bd;overflow:hidden;contain:strict}',
  '.key-poster{transform-origin:0 0;position:absolute;left:0;top:0}',
  '.key-grid{position:absolute;left:0;top:0}',
].join('\n');

export interface PosterBuild {
  html: string;
  /** The page size to print, mm as printed (the poster, or one tile sheet). */
  page: Size;
  /** The poster's own size, mm. */
  poster: Size;
  /** Pages in the PDF: 1, or the key page plus one per tile. */
  pages: number;
  /** The tile grid, when tiled. */
  grid: TileGrid | null;
  /** How many font files were embedded. */
  embeddedFonts: number;
}

/** The poster's HTML for printing; throws a PosterError (one sentence) when it cannot be made as chosen. */
export function buildPosterHtml(
  doc: JourneyDocument,
  options: PosterOptions,
  fonts: readonly ReportFont[] = [],
  labels: Labels = REPORT_LABELS.en,
  /** The journey line's colour in the emotion curve: the report settings' brand colour. */
  brandColour: string = DEFAULT_BRAND_COLOUR,
): PosterBuild {
  const check = checkPosterOptions(options);
  if (!check.ok) throw new PosterError(check.message, check.text);
  const poster = check.size;
  // A map far taller than wide is set in columns side by side, shaped like the poster, so it fills the sheet
  // instead of running down its middle as a strip too narrow to read.
  const drawing = drawMapInColumns(doc, {
    standalone: false,
    idPrefix: 'poster',
    labels,
    printDashes: true,
    shape: poster.width / poster.height,
  });
  const grid = options.output === 'tiled' ? tileGrid(poster, options.tilePaper, options.overlapMm) : null;
  // Every sheet shows the whole poster, clipped. The drawing is written once and each sheet shows it through
  // <use>: written out on each, a map of thousands of touchpoints made the HTML sheets × larger, and Chromium
  // took minutes to parse it, past the printer's time limit.
  // The emotion curve too: on a long journey it is hundreds of points.
  const curve = posterCurve(doc, poster, drawing.width, labels, brandColour);
  const sharedMap = grid ? sharedDrawing(drawing.svg, 'poster-map-drawing', '100%', '100%') : null;
  const sharedCurve =
    grid && curve ? sharedDrawing(curve.svg, 'poster-curve-drawing', String(curve.width), String(curve.height)) : null;
  const drawings = {
    map: sharedMap ? sharedMap.reference : withSvgSize(drawing.svg, '100%', '100%'),
    curve: curve && sharedCurve ? { ...curve, svg: sharedCurve.reference } : curve,
  };
  const body = posterBody(doc, poster, drawings, posterSubtitle(doc, labels), labels);
  const title = doc.journey.title;
  const key = grid ? keyText(options, poster, grid, title, labels) : null;
  // Every word printed outside the body: the key page and the tile captions (one stands for all: same words).
  const sheetWords =
    grid && key
      ? [
          key.heading,
          key.description,
          key.steps,
          ...grid.tiles.slice(0, 1).map((t) => tileCaption(t, grid, title, labels)),
        ].join(' ')
      : '';
  // A script family's Latin subsets repeat Noto Sans's, which comes first in the font stack: they would never draw a
  // character, yet Chromium decodes some of them, and every face that arrives lays the whole map's text out again.
  const latinRanges = new Set(fonts.filter((f) => f.family === 'Noto Sans').map((f) => f.unicodeRange));
  const candidates = fonts.filter((f) => f.family === 'Noto Sans' || !latinRanges.has(f.unicodeRange));
  const needed = fontsForText(candidates, `${body}${title}${sheetWords}`);
  const fontCss = fontFaceCss(needed);
  if (!grid || !key) {
    const html = htmlDocument(title, poster, fontCss, `${posterCss(poster)}\n.poster{break-after:avoid}`, body, labels);
    checkPosterHtmlSize(html, 1);
    return { html, page: poster, poster, pages: 1, grid: null, embeddedFonts: needed.length };
  }
  const sheets = [
    (sharedMap?.definition ?? '') + (sharedCurve?.definition ?? ''),
    keySheet(grid, poster, body, key),
    ...grid.tiles.map((t) => tileSheet(t, grid, body, title, labels)),
  ];
  const html = htmlDocument(
    title,
    grid.sheet,
    fontCss,
    `${posterCss(poster)}\n${SHEET_CSS}`,
    sheets.join('\n'),
    labels,
  );
  checkPosterHtmlSize(html, grid.tiles.length);
  return { html, page: grid.sheet, poster, pages: sheets.length - 1, grid, embeddedFonts: needed.length };
}
