/**
 * The opportunity matrix in the report: the scored opportunities drawn on
 * customer value (up) against effort (across), quadrants named, each point
 * numbered with its rank; then the table of the same opportunities in the
 * one ranking (opportunity-ranking.ts) with their four scores and quadrant.
 */
import {
  DEFAULT_MATRIX_AXES,
  isScored,
  placeOpportunity,
  quadrantCorner,
  QUADRANTS,
  SCORE_MAX,
  SCORE_MIN,
  SCORE_SPLIT,
  type MatrixAxes,
} from '../../domain/matrix';
import type { JourneyDocument, OpportunityScores } from '../../domain/model';
import type { Insights } from '../../domain/insights';
import { oneLine, escapeHtml } from '../escape';
import { REPORT_FONT_STACK } from '../fonts';
import type { Labels } from '../labels';
import { rankOpportunities, type RankedOpportunity } from '../opportunity-ranking';
import type { ReportContext } from '../context';
import { esc, multiline, sectionOpen } from './parts';

/** The ranked opportunities that carry at least one score, in rank order. */
export function matrixRows(doc: JourneyDocument, insights?: Insights): RankedOpportunity[] {
  return rankOpportunities(doc, insights).ranked.filter((r) => isScored(r.opportunity.scores));
}

const SIZE = 420;
const PAD = { left: 58, right: 16, top: 16, bottom: 46 };
const PLOT = SIZE - PAD.left - PAD.right;
const n = (v: number) => Math.round(v * 10) / 10;

/** Where a score (1–5) falls along the plot, 0..PLOT. */
const along = (score: number) => ((score - SCORE_MIN + 0.5) / (SCORE_MAX - SCORE_MIN + 1)) * PLOT;

/** The chart: four tinted quadrants with their names, a grid at each score, and a numbered dot per placed opportunity. */
export function matrixSvg(rows: readonly RankedOpportunity[], labels: Labels, brand: string, axes: MatrixAxes): string {
  const x0 = PAD.left;
  const y0 = PAD.top;
  // The line between 2 and 3: below it "low", from it on "high".
  const split = along(SCORE_SPLIT) - PLOT / (SCORE_MAX - SCORE_MIN + 1) / 2;
  const tints: Record<string, string> = {
    'quick-wins': '#ebfbee',
    'big-bets': '#e7f5ff',
    'fill-ins': '#f8f9fa',
    'money-pits': '#fff5f5',
  };
  const quadrants = QUADRANTS.map((q) => {
    const { highX, highY } = quadrantCorner(axes, q);
    const x = highX ? x0 + split : x0;
    const y = highY ? y0 : y0 + PLOT - split;
    const w = highX ? PLOT - split : split;
    const h = highY ? PLOT - split : split;
    const label = labels.matrix.quadrants[q];
    const tx = highX ? x + w - 8 : x + 8;
    return (
      `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${tints[q]}"/>` +
      `<text x="${n(tx)}" y="${n(y + 18)}" font-size="12" font-weight="700" fill="#495057" text-anchor="${highX ? 'end' : 'start'}">${escapeHtml(label)}</text>`
    );
  }).join('');
  const grid = [1, 2, 3, 4, 5]
    .map((s) => {
      const gx = x0 + along(s);
      const gy = y0 + PLOT - along(s);
      return (
        `<line x1="${n(gx)}" x2="${n(gx)}" y1="${y0}" y2="${y0 + PLOT}" stroke="#dee2e6" stroke-width="0.6"/>` +
        `<line x1="${x0}" x2="${x0 + PLOT}" y1="${n(gy)}" y2="${n(gy)}" stroke="#dee2e6" stroke-width="0.6"/>` +
        `<text x="${n(gx)}" y="${y0 + PLOT + 14}" font-size="10" text-anchor="middle" fill="#5c636a">${s}</text>` +
        `<text x="${x0 - 8}" y="${n(gy + 3.5)}" font-size="10" text-anchor="end" fill="#5c636a">${s}</text>`
      );
    })
    .join('');
  // Opportunities on the same cell sit side by side around its centre.
  const perCell = new Map<string, number>();
  const placed = rows.flatMap((r) => {
    const p = placeOpportunity(r.opportunity, axes);
    if (!p) return [];
    const key = `${p.x}:${p.y}`;
    const k = perCell.get(key) ?? 0;
    perCell.set(key, k + 1);
    return [{ r, p, k }];
  });
  const cellCount = (x: number, y: number) => perCell.get(`${x}:${y}`) ?? 1;
  const dots = placed
    .map(({ r, p, k }) => {
      const count = cellCount(p.x, p.y);
      const offset = (k - (count - 1) / 2) * 18;
      const cx = x0 + along(p.x) + (count > 1 ? offset : 0);
      const cy = y0 + PLOT - along(p.y);
      return (
        `<g><title>${escapeHtml(oneLine(r.opportunity.text))}</title><circle cx="${n(cx)}" cy="${n(cy)}" r="8.5" fill="${brand}" stroke="#ffffff" stroke-width="1.5"/>` +
        `<text x="${n(cx)}" y="${n(cy + 3.5)}" font-size="9.5" font-weight="700" text-anchor="middle" fill="#ffffff">${r.rank}</text></g>`
      );
    })
    .join('');
  const axisNames =
    `<text x="${n(x0 + PLOT / 2)}" y="${SIZE - 12}" font-size="11" font-weight="700" text-anchor="middle" fill="#1f2328">${escapeHtml(labels.matrix.axes[axes.x])}</text>` +
    `<text transform="translate(16 ${n(y0 + PLOT / 2)}) rotate(-90)" font-size="11" font-weight="700" text-anchor="middle" fill="#1f2328">${escapeHtml(labels.matrix.axes[axes.y])}</text>`;
  return (
    `<svg class="opportunity-matrix" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" font-family="${escapeHtml(REPORT_FONT_STACK)}" role="img" aria-label="${escapeHtml(labels.sections.matrix)}">` +
    quadrants +
    grid +
    `<rect x="${x0}" y="${y0}" width="${PLOT}" height="${PLOT}" fill="none" stroke="#adb5bd" stroke-width="1"/>` +
    dots +
    axisNames +
    `</svg>`
  );
}

function scoreCell(scores: OpportunityScores, key: keyof OpportunityScores): string {
  const v = scores[key];
  return `<td class="r">${v === null ? '<span class="muted">–</span>' : `<b class="num">${v}</b>`}</td>`;
}

export function matrixSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const axes = DEFAULT_MATRIX_AXES;
  const rows = matrixRows(ctx.doc);
  const h = labels.table;
  const m = labels.matrix;
  const body = rows
    .map((r) => {
      const p = placeOpportunity(r.opportunity, axes);
      const s = r.opportunity.scores;
      return (
        `<tr><td class="r"><b class="num">${r.rank}</b></td><td>${multiline(r.opportunity.text)}<div class="muted">${esc(oneLine(r.touchpoint.title) || labels.untitled)}</div></td>` +
        scoreCell(s, 'customerValue') +
        scoreCell(s, 'businessValue') +
        scoreCell(s, 'effort') +
        scoreCell(s, 'confidence') +
        `<td class="r">${r.priority === null ? '<span class="muted">–</span>' : esc(String(r.priority))}</td>` +
        `<td>${p ? esc(m.quadrants[p.quadrant]) : `<span class="muted">${esc(m.notPlaced)}</span>`}</td></tr>`
      );
    })
    .join('');
  const table =
    `<table class="data matrix-table"><thead><tr><th class="w-rank">${esc(h.rank)}</th><th>${esc(h.opportunity)}</th>` +
    `<th class="w-score r">${esc(m.axes.customerValue)}</th><th class="w-score r">${esc(m.axes.businessValue)}</th>` +
    `<th class="w-score r">${esc(m.axes.effort)}</th><th class="w-score r">${esc(m.axes.confidence)}</th>` +
    `<th class="w-score r">${esc(m.priority)}</th><th class="w-quadrant">${esc(m.quadrant)}</th></tr></thead><tbody>${body}</tbody></table>`;
  // The heading, intro and chart stay together on one page (the table may run on).
  const open = sectionOpen('matrix', labels, esc(m.intro));
  const head = open.indexOf('<h2>');
  return (
    `${open.slice(0, head)}<div class="matrix-keep">${open.slice(head)}` +
    `<figure class="matrix-figure">${matrixSvg(rows, labels, ctx.brand, axes)}</figure></div>` +
    `${table}</section>`
  );
}
