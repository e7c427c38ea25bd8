/**
 * Rows of text boxes under a header row: the stage slides, hot spots, the
 * opportunity ranking and metrics. Every cell is planned before it is drawn:
 * each paragraph is wrapped (estimated), long ones are cut to a few lines
 * with "…", a cell that would outgrow a slide keeps what fits and says how
 * many items are left out (the slide's notes hold everything), and the rows
 * are split over continuation slides instead of shrinking the type.
 */
import type PptxGenJS from 'pptxgenjs';
import { signed } from '../../reports/escape';
import { countLines, lineHeight, paginate, wrapLines, type SlideGeometry } from './geometry';
import { addFace } from './shapes';
import { hex, runs, type Run } from './text';

export const INK = '1F2328';
export const MUTED = '5C636A';
const RULE = 'DEE2E6';

export interface Para {
  text: string;
  pt: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** A bold label in front of the text (e.g. the pain's severity). */
  prefix?: string;
  /** At most this many lines; the last ends in "…" when cut. */
  maxLines?: number;
}

export type GridCell = { kind: 'text'; paras: Para[] } | { kind: 'emotion'; score: number | null; word: string };

export interface GridColumn {
  header: string;
  /** Share of the content width. */
  share: number;
}

export interface GridRow {
  cells: GridCell[];
  /** Everything the row holds, for the slide's notes. */
  notes: string;
}

interface PlannedCell {
  cell: GridCell;
  /** Paragraphs as drawn (cut to their lines). */
  paras: Para[];
}

interface PlannedRow {
  cells: PlannedCell[];
  height: number;
  notes: string;
}

const ROW_PAD = 0.08;
const HEADER_H = 0.32;
const FACE = 0.3;
const EMOTION_H = 0.5;

/** The paragraph cut to its line limit, with its height. */
function fitPara(p: Para, width: number): { para: Para; height: number } {
  const full = p.prefix ? `${p.prefix} ${p.text}` : p.text;
  const lines = countLines(full, width, p.pt, p.maxLines);
  if (p.maxLines === undefined || lines <= p.maxLines) {
    return { para: p, height: Math.max(1, lines) * lineHeight(p.pt) };
  }
  const cut = wrapLines(full, width, p.pt, p.maxLines).join(' ');
  const text = p.prefix && cut.startsWith(`${p.prefix} `) ? cut.slice(p.prefix.length + 1) : cut;
  return { para: { ...p, text }, height: p.maxLines * lineHeight(p.pt) };
}

/** What a cell that keeps only what fits says of the rest: "+ 3 more (see the notes)", in the deck's language. */
export type MoreText = (count: number) => string;

function planCell(
  cell: GridCell,
  width: number,
  maxHeight: number,
  moreText: MoreText,
): { planned: PlannedCell; height: number } {
  if (cell.kind === 'emotion') return { planned: { cell, paras: [] }, height: EMOTION_H };
  const kept: Para[] = [];
  let height = 0;
  const more = (n: number): Para => ({ text: moreText(n), pt: 9, italic: true, color: MUTED });
  const moreH = lineHeight(9);
  for (let i = 0; i < cell.paras.length; i++) {
    const { para, height: h } = fitPara(cell.paras[i]!, width);
    const left = cell.paras.length - i - 1;
    if (height + h + (left > 0 ? moreH : 0) > maxHeight - 0.1 && kept.length > 0) {
      kept.push(more(cell.paras.length - i));
      height += moreH;
      break;
    }
    kept.push(para);
    height += h;
  }
  return { planned: { cell, paras: kept }, height: height + 0.1 };
}

export function columnWidths(g: SlideGeometry, columns: readonly GridColumn[]): number[] {
  const total = columns.reduce((s, c) => s + c.share, 0);
  return columns.map((c) => ((g.w - 2 * g.margin) * c.share) / total);
}

function planRows(
  g: SlideGeometry,
  columns: readonly GridColumn[],
  rows: readonly GridRow[],
  moreText: MoreText,
): PlannedRow[] {
  const widths = columnWidths(g, columns);
  const maxRowH = g.bodyBottom - g.bodyTop - HEADER_H - 0.9;
  return rows.map((row) => {
    const cells = row.cells.map((c, i) => planCell(c, widths[i]!, maxRowH, moreText));
    return {
      cells: cells.map((c) => c.planned),
      height: Math.max(...cells.map((c) => c.height)) + ROW_PAD,
      notes: row.notes,
    };
  });
}

function paraRuns(p: Para): Run[] {
  const base = { fontSize: p.pt, bold: p.bold ?? false, italic: p.italic ?? false, color: p.color ?? INK };
  return [...(p.prefix ? runs(`${p.prefix} `, { ...base, bold: true }) : []), ...runs(p.text, base)];
}

/** The paragraphs as runs, each paragraph but the last ending in a break. */
export function parasToRuns(paras: readonly Para[]): Run[] {
  return paras.flatMap((p, i) => {
    const r = paraRuns(p);
    if (i < paras.length - 1 && r.length > 0) {
      const last = r[r.length - 1]!;
      r[r.length - 1] = { ...last, options: { ...last.options, breakLine: true } };
    }
    return r;
  });
}

export function parasHeight(paras: readonly Para[], width: number): number {
  return paras.reduce((h, p) => h + fitPara(p, width).height, 0) + 0.1;
}

function drawRow(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  g: SlideGeometry,
  widths: number[],
  row: PlannedRow,
  y: number,
) {
  let x = g.margin;
  row.cells.forEach((c, i) => {
    const w = widths[i]!;
    if (c.cell.kind === 'emotion') {
      addFace(pptx, slide, c.cell.score, x + 0.06, y + 0.08, FACE);
      const number = c.cell.score === null ? [] : [{ text: signed(c.cell.score), pt: 12, bold: true } satisfies Para];
      slide.addText(parasToRuns([...number, { text: c.cell.word, pt: 9, color: MUTED }]), {
        x: x + FACE + 0.1,
        y: y + 0.02,
        w: Math.max(0.3, w - FACE - 0.12),
        h: EMOTION_H,
        valign: 'top',
        margin: 1,
      });
    } else if (c.paras.length > 0) {
      slide.addText(parasToRuns(c.paras), { x, y, w, h: row.height - ROW_PAD, valign: 'top' });
    }
    x += w;
  });
  slide.addShape(pptx.ShapeType.line, {
    x: g.margin,
    y: y + row.height - ROW_PAD / 2,
    w: g.w - 2 * g.margin,
    h: 0,
    line: { color: RULE, width: 0.75 },
  });
}

function drawHeader(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  g: SlideGeometry,
  columns: readonly GridColumn[],
  y: number,
) {
  const widths = columnWidths(g, columns);
  let x = g.margin;
  columns.forEach((c, i) => {
    slide.addText(runs(c.header, { fontSize: 9, bold: true, color: MUTED }), {
      x,
      y,
      w: widths[i]!,
      h: HEADER_H - 0.04,
      valign: 'bottom',
    });
    x += widths[i]!;
  });
  slide.addShape(pptx.ShapeType.line, {
    x: g.margin,
    y: y + HEADER_H,
    w: g.w - 2 * g.margin,
    h: 0,
    line: { color: hex('#ADB5BD'), width: 1 },
  });
}

export interface GridPage {
  slide: PptxGenJS.Slide;
  /** 1-based page of the grid, and how many there are. */
  page: number;
  pages: number;
}

/**
 * Draws the rows on as many slides as they need. `newSlide` makes each slide
 * (with its title) and returns where the grid may start; `intro`, drawn on
 * the first slide only, takes `introHeight` inches above the grid; `moreText`
 * says how many items a cut cell leaves to the notes.
 */
export function drawGrid(
  pptx: PptxGenJS,
  g: SlideGeometry,
  columns: readonly GridColumn[],
  rows: readonly GridRow[],
  newSlide: (page: number, pages: number) => PptxGenJS.Slide,
  introHeight = 0,
  intro?: (slide: PptxGenJS.Slide, y: number) => void,
  moreText: MoreText = (n) => `+ ${n} more (see the notes)`,
): GridPage[] {
  const planned = planRows(g, columns, rows, moreText);
  const widths = columnWidths(g, columns);
  const room = g.bodyBottom - g.bodyTop - HEADER_H - 0.05;
  const pages = paginate(
    planned.map((r) => r.height),
    room,
    room - introHeight,
  );
  if (pages.length === 0) pages.push([0, 0]);
  return pages.map(([start, end], i) => {
    const slide = newSlide(i + 1, pages.length);
    let y = g.bodyTop;
    if (i === 0 && intro) {
      intro(slide, y);
      y += introHeight;
    }
    if (end > start) {
      drawHeader(pptx, slide, g, columns, y);
      y += HEADER_H + 0.05;
    }
    const notes: string[] = [];
    for (const row of planned.slice(start, end)) {
      drawRow(pptx, slide, g, widths, row, y);
      y += row.height;
      if (row.notes) notes.push(row.notes);
    }
    if (notes.length > 0) slide.addNotes(notes.join('\n\n'));
    return { slide, page: i + 1, pages: pages.length };
  });
}
