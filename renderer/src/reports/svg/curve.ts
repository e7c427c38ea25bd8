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

const PERSONA_DASHES = ['7 4', '2.5 3', '10 3 2.5 3', '4 2'];
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
          dash: PERSONA_DASHES[personaCount++ % PERSONA_DASHES.length]!,
          persona: line.persona,
          points: line.points,
        }
      : { name: options.labels.curve.journey, colour: brand, dash: null, persona: null, points: line.points },
  );

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
  for (const [i, s] of [...series.entries()].reverse()) {
    parts.push(`<g class="curve-series" data-series="${i}">`);
    const d = s.points.map((p, j) => `${j === 0 ? 'M' : 'L'}${n(x(p.index))} ${n(y(p.emotion))}`).join(' ');
    if (s.points.length > 1) {
      const dashes = options.printDashes && s.dash ? dashesOf(d, s.dash, n) : null;
      const dash = s.dash && dashes === null ? ` stroke-dasharray="${s.dash}"` : '';
      parts.push(
        `<path d="${dashes ?? d}" fill="none" stroke="${s.colour}" stroke-width="${s.persona ? 2 : 3}" stroke-linejoin="round" stroke-linecap="round"${dash}/>`,
      );
    }
    for (const p of s.points) {
      const v = p.emotion;
      if (s.persona) {
        const half = dense ? dot : 3.5;
        parts.push(
          `<rect x="${n(x(p.index) - half)}" y="${n(y(v) - half)}" width="${n(2 * half)}" height="${n(2 * half)}" fill="#ffffff" stroke="${s.colour}" stroke-width="${dense ? 1 : 1.6}"/>`,
        );
      } else if (dense) {
        parts.push(`<circle cx="${n(x(p.index))}" cy="${n(y(v))}" r="${n(dot)}" fill="${emotionColour(v)}"/>`);
      } else {
        const fill = emotionColour(v);
        parts.push(
          `<circle cx="${n(x(p.index))}" cy="${n(y(v))}" r="9.5" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>`,
        );
        parts.push(
          `<text x="${n(x(p.index))}" y="${n(y(v) + 3.6)}" font-size="10" font-weight="700" text-anchor="middle" fill="${textOn(fill)}">${escapeHtml(signed(v))}</text>`,
        );
      }
    }
    parts.push('</g>');
  }

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
