/**
 * How tall a stage's table prints, estimated from its text, so a stage too
 * tall for one page can be cut into page-sized pieces (each after the first
 * under a "(continued)" heading) instead of running on with no heading.
 * Print layout is not known here (no DOM), so the estimate errs on the tall
 * side: a piece may leave some room at the foot of its page, but should not
 * run over it. Should it still run over, Chromium splits the table between
 * rows and repeats its header row, so nothing is lost.
 */
import type { Touchpoint } from '../domain/model';
import { channelText } from './channel-text';
import { oneLine } from './escape';
import { frictionTypesText } from './friction-text';
import type { Labels } from './labels';
import { PX_PER_MM } from './page';

/** Table text: 8.5 pt at line height 1.45, in px. */
const FONT_PX = (8.5 * 96) / 72;
const LINE_PX = FONT_PX * 1.45;
const SMALL_LINE_PX = ((8 * 96) / 72) * 1.45;
/** Cell padding (8 px top and bottom) and the row's border. */
const ROW_CHROME_PX = 17;
/** Column widths as shares of the table (styles.ts: w-tp, w-emo, w-th, w-pain, w-fr, the rest). */
const COLUMNS = {
  title: 0.23,
  emotion: 0.15,
  thoughts: 0.17,
  pains: 0.17,
  friction: 0.1,
  opportunities: 0.18,
} as const;
/** The header row, the stage heading with its margin, and a continued heading, px. */
export const TABLE_HEAD_PX = 40;
export const STAGE_HEADING_PX = 44;
/** Safety margin on every estimate. */
const SAFETY = 1.05;

/** Average advance of one character, px: wider for the Indic scripts and Armenian than for Latin. */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x0250) return FONT_PX * 0.55;
  if (cp >= 0x0530 && cp <= 0x058f) return FONT_PX * 0.58;
  return FONT_PX * 0.7;
}

/** Lines a text takes in a column `width` px wide (each line break starts a line). */
export function linesOf(text: string, width: number): number {
  let lines = 0;
  for (const para of text.trim().split(/\r?\n/)) {
    let w = 0;
    for (const ch of para) w += charWidth(ch);
    // Words wrap whole, so a line holds a little less than its width.
    lines += Math.max(1, Math.ceil(w / (width * 0.85)));
  }
  return text.trim() ? lines : 0;
}

/**
 * The small print under a touchpoint's title, as plain text: its channel (a
 * default one by its name in the report's language) and who answers for it.
 * The stage table prints these (joined by " · ") and the estimate measures them.
 */
export function touchpointFacts(t: Touchpoint, labels: Labels): string[] {
  return [
    t.channel.trim() ? oneLine(channelText(t.channel, labels)) : '',
    t.owner.trim() ? `${labels.table.owner}: ${oneLine(t.owner)}` : '',
  ].filter(Boolean);
}

/** Estimated printed height of one touchpoint row, px, for a table `tableWidth` px wide. */
export function rowHeight(t: Touchpoint, tableWidth: number, labels: Labels): number {
  const col = (share: number) => tableWidth * share - 16;
  const facts = touchpointFacts(t, labels).join(' · ');
  const title =
    linesOf(t.title || '–', col(COLUMNS.title)) * LINE_PX +
    (t.description.trim() ? linesOf(t.description, col(COLUMNS.title)) * LINE_PX + 8 : 0) +
    (facts ? linesOf(facts, col(COLUMNS.title)) * SMALL_LINE_PX : 0) +
    (t.momentOfTruth || t.delight || t.evidence ? 22 : 0);
  // The face, score and emotion word sit on one line that may wrap.
  const emotion = linesOf(`+2 ${t.emotionLabel || 'Neutral'}`, col(COLUMNS.emotion) - 20) * LINE_PX;
  const thoughts = [t.thoughts, ...t.quotes]
    .filter((s) => s.trim())
    .reduce((h, s) => h + linesOf(s, col(COLUMNS.thoughts)) * LINE_PX + 4, LINE_PX);
  // A pain point's severity pill and an opportunity's status pill run inline with their text.
  const pains = t.painPoints
    .filter((p) => p.text.trim())
    .reduce(
      (h, p) =>
        h + linesOf(`●●● Moderate ${p.evidence ? 'IIII Assumption ' : ''}${p.text}`, col(COLUMNS.pains)) * LINE_PX + 4,
      LINE_PX,
    );
  const friction =
    LINE_PX +
    (t.friction.types.length
      ? linesOf(frictionTypesText(t.friction.types, labels), col(COLUMNS.friction)) * SMALL_LINE_PX
      : 0);
  const opportunities = t.opportunities
    .filter((o) => o.text.trim())
    .reduce((h, o) => h + linesOf(`${o.text} In progress`, col(COLUMNS.opportunities)) * LINE_PX + 4, LINE_PX);
  return (Math.max(title, emotion, thoughts, pains, friction, opportunities) + ROW_CHROME_PX) * SAFETY;
}

/**
 * The rows cut into pieces that each fit a page: the first below the stage's
 * heading and intro (`firstTop` px already used at the top of its page), the
 * others below a continued heading. One piece when everything fits on one
 * page. A row taller than a page gets a piece of its own.
 */
export function stagePieces<T extends Touchpoint>(
  touchpoints: readonly T[],
  page: { contentWidth: number; contentHeight: number },
  firstTop: number,
  labels: Labels,
): T[][] {
  const width = page.contentWidth * PX_PER_MM;
  const height = page.contentHeight * PX_PER_MM;
  const pieces: T[][] = [[]];
  let used = firstTop + TABLE_HEAD_PX;
  for (const t of touchpoints) {
    const h = rowHeight(t, width, labels);
    const piece = pieces[pieces.length - 1]!;
    if (piece.length > 0 && used + h > height) {
      pieces.push([t]);
      used = STAGE_HEADING_PX + TABLE_HEAD_PX + h;
    } else {
      piece.push(t);
      used += h;
    }
  }
  return pieces;
}

/** Whether a stage (heading, intro and table) fits on one page by the estimate. */
export function fitsOnePage(
  touchpoints: readonly Touchpoint[],
  page: { contentWidth: number; contentHeight: number },
  top: number,
  labels: Labels,
): boolean {
  const width = page.contentWidth * PX_PER_MM;
  const total = touchpoints.reduce((h, t) => h + rowHeight(t, width, labels), top + TABLE_HEAD_PX);
  return total <= page.contentHeight * PX_PER_MM;
}
