/**
 * Line wrapping for SVG text without measuring: widths are estimated per
 * character from its script, on the generous side (Tamil, Telugu and
 * Malayalam glyph clusters are wide), and words are only ever cut between
 * grapheme clusters.
 */
import { graphemes, oneLine } from '../escape';

/** Estimated advance of one code point of an Indic script, in ems: clusters stack several glyphs side by side. */
function indicEm(cp: number): number | null {
  if (cp === 0x0bcd || cp === 0x0c4d || cp === 0x0d4d) return 0.3; // virama
  if (cp >= 0x0b80 && cp <= 0x0bff) return 0.9; // Tamil
  if (cp >= 0x0c00 && cp <= 0x0c7f) return 0.8; // Telugu
  if (cp >= 0x0d00 && cp <= 0x0d7f) return 0.95; // Malayalam
  if (cp >= 0x0900 && cp <= 0x0dff) return 0.8; // other Indic
  return null;
}

/** Estimated advance of one grapheme, in ems, on the generous side. */
function graphemeEm(g: string): number {
  const cp = g.codePointAt(0) ?? 0;
  if (cp === 0x20) return 0.28;
  if (indicEm(cp) !== null) {
    let em = 0;
    for (const ch of g) em += indicEm(ch.codePointAt(0) ?? 0) ?? 0.6;
    return em;
  }
  if (cp >= 0x0530 && cp <= 0x058f) return 0.66; // Armenian
  if (cp >= 0x2e80) return 1.05; // CJK and wider
  if (/[A-Z@MW]/.test(g) || /[mw]/.test(g)) return 0.78;
  if (/[0-9]/.test(g)) return 0.6;
  if (/[ilj.,:;'|!]/.test(g)) return 0.32;
  return cp < 0x0250 ? 0.6 : 0.7;
}

export function estimateWidth(text: string, fontSize: number): number {
  return graphemes(text).reduce((w, g) => w + graphemeEm(g), 0) * fontSize;
}

/**
 * Wrap text into at most `maxLines` lines of at most `maxWidth` px; the last
 * line ends in an ellipsis when text was left out. Each word is split into
 * graphemes and measured once, and a line's width is kept as it grows (the
 * map wraps every card's title: measuring each candidate line from its start
 * made long titles quadratic).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  // Widths are summed in ems, grapheme after grapheme from the line's start, as estimateWidth does, so a line
  // breaks exactly where measuring it whole would break it.
  const fits = (em: number) => em * fontSize <= maxWidth;
  const words = oneLine(text).split(' ').filter(Boolean);
  const space = graphemeEm(' ');
  const lines: string[] = [];
  let line = '';
  let lineEm = 0;
  const push = () => {
    if (line) lines.push(line);
    line = '';
    lineEm = 0;
  };
  for (const word of words) {
    // One line past the last kept says that text was left out; the rest is never shown (a 100,000-character
    // pain point on a slide cell of three lines was wrapped whole: seconds per stage).
    if (lines.length > maxLines) break;
    const parts = graphemes(word);
    const ems = parts.map(graphemeEm);
    if (line) {
      let candidate = lineEm + space;
      for (const em of ems) candidate += em;
      if (fits(candidate)) {
        line = `${line} ${word}`;
        lineEm = candidate;
        continue;
      }
    }
    push();
    let wordEm = 0;
    for (const em of ems) wordEm += em;
    if (fits(wordEm)) {
      line = word;
      lineEm = wordEm;
      continue;
    }
    // A word longer than a line: cut it between grapheme clusters.
    for (let i = 0; i < parts.length && lines.length <= maxLines; i++) {
      if (line && !fits(lineEm + ems[i]!)) push();
      line += parts[i]!;
      lineEm += ems[i]!;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = graphemes(kept[maxLines - 1]!);
  const withEllipsis = () => last.reduce((sum, g) => sum + graphemeEm(g), 0) + graphemeEm('…');
  while (last.length > 0 && !fits(withEllipsis())) last.pop();
  kept[maxLines - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}
