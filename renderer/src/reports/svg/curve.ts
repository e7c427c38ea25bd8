/**
 * The emotion curve: emotion (−3..+3) of each touchpoint along the main
 * path, one line for the journey and one per persona that has its own
 * emotions, over bands naming the stages. The points are the canvas emotion
 * lane's (see ../curve-lines.ts). Points carry their number, so the chart
 * reads without colour.
 */
import type { CurvePoint } from '../../domain/insights';
import type { JourneyDocument, Persona } from '../../domain/model';
import { emotionColour } from '../../domain/vocabulary';
import { distinctLineColours, personaLineDash } from '../../domain/line-colours';
import { reportCurve, type RatedPoint } from '../curve-lines';
import { escapeHtml, oneLine, safeColour, signed, textOn, tint, truncate } from '../escape';
import { REPORT_FONT_STACK } from '../fonts';
import { emotionWord, type Labels } from '../labels';
import { estimateWidth } from './text-wrap';
import { dashesOf } from './dash';

export interface CurveSeries {
  name: string;
  colour: string;
  dash: string | null;
  persona: Persona | null;
  /** The rated points this line joins, in path order. */
  points: RatedPoint[];
}

export interface CurveDrawing {
  svg: string;
  width: number;
  height: number;
  /** One slot per touchpoint of the main path, numbered from 1 along the bottom when `numbered`. */
  points: CurvePoint[];
  /**
   * Whether the points carry their numbers (and the journey's its emotion): not when asked not to, nor when
   * they stand closer than a marker's width, where marks and numbers ran into one another.
   */
  numbered: boolean;
  series: CurveSeries[];
}

const INK = '#1f2328';
const MUTED = '#5c636a';

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** Narrowest a stage's band is drawn (when the plot is wide enough), so a one-point stage still shows its name. */
const MIN_BAND = 64;

interface StageRun {
  /** First and one-past-last slot of the run. */
  start: number;
  end: number;
  x: number;
  width: number;
}

/**
 * Consecutive slots of one stage, each given a share of the plot's width by
 * its number of points but at least MIN_BAND (all scaled down together when
 * the minimums would not fit).
 */
function stageRuns(points: readonly CurvePoint[], plotW: number, left: number): StageRun[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < points.length; i++) {
    const last = spans[spans.length - 1];
    if (last && points[last.start]!.stageId === points[i]!.stageId) last.end = i + 1;
    else spans.push({ start: i, end: i + 1 });
  }
  if (spans.length === 0) return [];
  const base = plotW / points.length;
  const wanted = spans.map((r) => Math.max(MIN_BAND, (r.end - r.start) * base));
  const total = wanted.reduce((a, b) => a + b, 0);
  let x = left;
  return spans.map((r, i) => {
    const width = (wanted[i]! * plotW) / total;
    const run = { ...r, x, width };
    x += width;
    return run;
  });
}

const BAND_TOP = 8;
const BAND_H = 26;
const CHART_TOP = BAND_TOP + BAND_H + 14;
const CHART_H = 240;

/** Points closer than this, px, are drawn as small dots, without numbers or the emotion written in them. */
export const DENSE_SPACING = 22;

/** Where the curve's points go, and how its points are drawn. */
interface Plot {
  x: (index: number) => number;
  y: (emotion: number) => number;
  /** Points too close for numbered marks: each is a small dot of radius `dot`. */
  dense: boolean;
  dot: number;
  printDashes: boolean;
}

/** The journey's marks: a disc of this radius with its emotion written in it, and a white ring around it. */
const JOURNEY_MARK_R = 9.5;
const JOURNEY_RING = 1.5;
/** A persona's square, half its side, where it is the first mark at its point; and its stroke. */
const PERSONA_HALF = 3.5;
const PERSONA_STROKE = 1.6;
/** Room between a persona's frame and the mark it frames. */
const FRAME_GAP = 1.5;
/** Room kept between the journey's marks and a persona's line over them. */
const LINE_CLEARANCE = 1.5;

const markKey = (p: RatedPoint) => `${p.index}|${p.emotion}`;

function linePath(points: readonly (readonly [number, number])[]): string {
  return points.map(([px, py], j) => `${j === 0 ? 'M' : 'L'}${n(px)} ${n(py)}`).join(' ');
}

function journeyLine(s: CurveSeries, plot: Plot): string {
  if (s.points.length < 2) return '';
  const d = linePath(s.points.map((p) => [plot.x(p.index), plot.y(p.emotion)]));
  return `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/>`;
}

/** The journey's marks; `marks` records, per point, how far out from its centre they reach. */
function journeyMarks(s: CurveSeries, marks: Map<string, number>, plot: Plot): string {
  return s.points
    .map((p) => {
      const v = p.emotion;
      const cx = n(plot.x(p.index));
      const cy = plot.y(v);
      const fill = emotionColour(v);
      if (plot.dense) {
        marks.set(markKey(p), plot.dot);
        return `<circle cx="${cx}" cy="${n(cy)}" r="${n(plot.dot)}" fill="${fill}"/>`;
      }
      marks.set(markKey(p), JOURNEY_MARK_R + JOURNEY_RING / 2);
      return (
        `<circle cx="${cx}" cy="${n(cy)}" r="${JOURNEY_MARK_R}" fill="${fill}" stroke="#ffffff" stroke-width="${JOURNEY_RING}"/>` +
        `<text x="${cx}" y="${n(cy + 3.6)}" font-size="10" font-weight="700" text-anchor="middle" fill="${textOn(fill)}">${escapeHtml(signed(v))}</text>`
      );
    })
    .join('');
}

/** A short, stable name for `text` (FNV-1a), for an id that two drawings of the same curve can share. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * A clip that keeps everything of the drawing but the journey's numbered marks (and a little room around
 * them), for the personas' lines drawn over them: the chart with discs cut out, even-odd. Each disc is at
 * most half the way to its nearest neighbour, so no two overlap (where they did, even-odd would keep the
 * overlap). Null for a dense curve, whose dots are smaller than a line's width.
 */
function journeyClip(journey: readonly RatedPoint[], plot: Plot, width: number, height: number) {
  if (plot.dense || journey.length === 0) return null;
  const centres = journey.map((p) => [plot.x(p.index), plot.y(p.emotion)] as const);
  const wanted = JOURNEY_MARK_R + JOURNEY_RING / 2 + LINE_CLEARANCE;
  const discs = centres.map(([cx, cy], i) => {
    let r = wanted;
    // Centres are left to right: only those less than two discs away across can be nearer than that.
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < centres.length; j += step) {
        const [ox, oy] = centres[j]!;
        if (Math.abs(ox - cx) >= 2 * wanted) break;
        r = Math.min(r, Math.hypot(ox - cx, oy - cy) / 2);
      }
    }
    return r < 1
      ? ''
      : `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0`;
  });
  const d = `M0 0H${width}V${height}H0Z${discs.join('')}`;
  const id = `curve-marks-${hashOf(d)}`;
  return { id, defs: `<defs><clipPath id="${id}"><path d="${d}" clip-rule="evenodd"/></clipPath></defs>` };
}

/**
 * A persona's line, dashed, over the journey's (2 px over 3 px, so the journey's shows in its gaps and along
 * its sides), cut out around the journey's marks (`clip`) so their emotions stay legible.
 */
function personaLine(s: CurveSeries, plot: Plot, clip: string | null): string {
  if (s.points.length < 2) return '';
  const d = linePath(s.points.map((p) => [plot.x(p.index), plot.y(p.emotion)]));
  const dashes = plot.printDashes && s.dash ? dashesOf(d, s.dash, n) : null;
  const dash = s.dash && dashes === null ? ` stroke-dasharray="${s.dash}"` : '';
  const clipped = clip ? ` clip-path="url(#${clip})"` : '';
  return `<path d="${dashes ?? d}" fill="none" stroke="${s.colour}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"${dash}${clipped}/>`;
}

/**
 * A persona's marks, over what is drawn before them: a white square at a point of its own; a frame around the
 * mark already there (the journey's, or an earlier persona's) where it has the same emotion, so both show.
 */
function personaMarks(s: CurveSeries, marks: Map<string, number>, plot: Plot): string {
  const stroke = plot.dense ? 1 : PERSONA_STROKE;
  return s.points
    .map((p) => {
      const under = marks.get(markKey(p));
      const half = under === undefined ? (plot.dense ? plot.dot : PERSONA_HALF) : under + FRAME_GAP + stroke / 2;
      marks.set(markKey(p), half + stroke / 2);
      const fill = under === undefined ? '#ffffff' : 'none';
      return `<rect x="${n(plot.x(p.index) - half)}" y="${n(plot.y(p.emotion) - half)}" width="${n(2 * half)}" height="${n(2 * half)}" fill="${fill}" stroke="${s.colour}" stroke-width="${stroke}"/>`;
    })
    .join('');
}

/** The curve's height, px, whatever its width and points: with or without the numbers along its foot. */
export function curveHeight(numbered = true): number {
  return CHART_TOP + CHART_H + (numbered ? 34 : 14);
}

export function drawEmotionCurve(
  doc: JourneyDocument,
  options: {
    labels: Labels;
    brandColour: string;
    width: number;
    /** For print: dashed lines drawn as their dashes (see `dash.ts`). */
    printDashes?: boolean;
    /** The points' numbers along the bottom, which a key beside the chart names (default true). */
    numbered?: boolean;
  },
): CurveDrawing {
  const curve = reportCurve(doc);
  const points = curve.slots;
  const brand = safeColour(options.brandColour, '#4c6ef5');
  let personaCount = 0;
  const series: CurveSeries[] = curve.lines.map((line) =>
    line.persona
      ? {
          name: oneLine(line.persona.name),
          colour: safeColour(line.persona.colour, '#7950f2'),
          dash: personaLineDash(personaCount++),
          persona: line.persona,
          points: line.points,
        }
      : { name: options.labels.curve.journey, colour: brand, dash: null, persona: null, points: line.points },
  );
  // A persona of the brand's colour (or another persona's) would draw a line nobody could tell from the other.
  const colours = distinctLineColours(series.map((s) => s.colour));
  series.forEach((s, i) => (s.colour = colours[i]!));

  const width = Math.max(420, Math.round(options.width));
  const left = 104;
  const right = 16;
  const plotW = width - left - right;
  // Closer than a marker's width, each point is a small dot, and neither numbered nor labelled.
  const spacing = plotW / Math.max(1, points.length);
  const dense = spacing < DENSE_SPACING;
  const dot = Math.max(1.5, Math.min(4, spacing / 2 - 0.5));
  const numbered = options.numbered !== false && !dense;
  const height = curveHeight(numbered);
  const runs = stageRuns(points, plotW, left);
  const slotX: number[] = [];
  for (const r of runs)
    for (let i = r.start; i < r.end; i++) slotX.push(r.x + ((i - r.start + 0.5) * r.width) / (r.end - r.start));
  const x = (i: number) => slotX[i] ?? left + plotW / 2;
  const y = (score: number) => CHART_TOP + ((3 - score) / 6) * CHART_H;
  const parts: string[] = [];

  // Positive and negative halves, grid lines and axis labels.
  parts.push(`<rect x="${left}" y="${n(y(3))}" width="${n(plotW)}" height="${n(CHART_H / 2)}" fill="#f1f9f2"/>`);
  parts.push(`<rect x="${left}" y="${n(y(0))}" width="${n(plotW)}" height="${n(CHART_H / 2)}" fill="#fdf2f2"/>`);
  for (let s = -3; s <= 3; s++) {
    parts.push(
      `<line x1="${left}" x2="${n(left + plotW)}" y1="${n(y(s))}" y2="${n(y(s))}" stroke="${s === 0 ? '#868e96' : '#dee2e6'}" stroke-width="${s === 0 ? 1.2 : 0.8}"/>`,
    );
    parts.push(
      `<text x="${left - 8}" y="${n(y(s) + 4)}" font-size="10" text-anchor="end" fill="${MUTED}"><tspan font-weight="700" fill="${INK}">${escapeHtml(signed(s))}</tspan> ${escapeHtml(emotionWord(options.labels, s))}</text>`,
    );
  }

  // Stage bands over the points that belong to each stage.
  const stageById = new Map(doc.stages.map((s) => [s.id as string, s]));
  for (const run of runs) {
    const stage = stageById.get(points[run.start]!.stageId);
    const colour = safeColour(stage?.colour, '#868e96');
    const bx = run.x + 1;
    const bw = run.width - 2;
    parts.push(
      `<rect x="${n(bx)}" y="${BAND_TOP}" width="${n(bw)}" height="${BAND_H}" rx="4" fill="${tint(colour, 0.78)}"/>`,
    );
    parts.push(`<rect x="${n(bx)}" y="${BAND_TOP}" width="4" height="${BAND_H}" fill="${colour}"/>`);
    const name = oneLine(stage?.name ?? '');
    // A narrow band (a stage with one point) first takes a smaller type, down to 8 pt, then shortens the name.
    let size = 10.5;
    while (size > 8 && estimateWidth(name, size) > bw - 14) size -= 0.5;
    let shown = name;
    for (let max = 40; max > 1 && estimateWidth(shown, size) > bw - 14; max--) shown = truncate(name, max);
    if (bw > 24) {
      parts.push(
        `<text x="${n(bx + 10)}" y="${BAND_TOP + 17}" font-size="${size}" font-weight="700" fill="${INK}"><title>${escapeHtml(name)}</title>${escapeHtml(shown)}</text>`,
      );
    }
  }

  // One line per series through its rated points, as on the canvas: a touchpoint without an emotion is stepped over.
  // Each line is one group, numbered as in `series`, so an interactive copy (the viewer) can show or hide it.
  // The journey is drawn first and each persona over it (`personaLine`, `personaMarks`): a persona often has the
  // journey's very emotions (as templates give them), and drawn under the journey, it was hidden (QA).
  const plot: Plot = { x, y, dense, dot, printDashes: options.printDashes === true };
  const journey = series.find((s) => s.persona === null)?.points ?? [];
  const clip = series.some((s) => s.persona !== null) ? journeyClip(journey, plot, width, height) : null;
  if (clip) parts.push(clip.defs);
  const marks = new Map<string, number>();
  series.forEach((s, i) => {
    parts.push(`<g class="curve-series" data-series="${i}">`);
    if (s.persona) parts.push(personaLine(s, plot, clip?.id ?? null), personaMarks(s, marks, plot));
    else parts.push(journeyLine(s, plot), journeyMarks(s, marks, plot));
    parts.push('</g>');
  });

  // Point numbers along the bottom; the key below the chart names them.
  if (numbered)
    points.forEach((t, i) => {
      parts.push(
        `<text x="${n(x(i))}" y="${n(CHART_TOP + CHART_H + 20)}" font-size="10" font-weight="700" text-anchor="middle" fill="${MUTED}"><title>${escapeHtml(oneLine(t.title))}</title>${i + 1}</text>`,
      );
    });
  if (!series.some((s) => s.persona === null && s.points.length > 0)) {
    parts.push(
      `<text x="${n(left + plotW / 2)}" y="${n(y(0) - 10)}" font-size="12" text-anchor="middle" fill="${MUTED}">${escapeHtml(options.labels.curve.noPoints)}</text>`,
    );
  }

  const svg =
    `<svg class="emotion-curve" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(REPORT_FONT_STACK)}" role="img" aria-label="${escapeHtml(options.labels.sections.curve)}">` +
    parts.join('') +
    '</svg>';
  return { svg, width, height, points, series, numbered };
}
