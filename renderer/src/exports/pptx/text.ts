/**
 * Text for slides as pptxgenjs runs: every run names the Noto family of its
 * script (reports/scripts.ts), so Tamil, Telugu, Malayalam and Armenian text
 * asks for a font that has its glyphs. User text is cleaned of characters
 * XML cannot hold; pptxgenjs escapes the rest.
 */
import type PptxGenJS from 'pptxgenjs';
import { cleanText, oneLine } from '../../reports/escape';
import { SCRIPT_FONT, scriptRuns, type TextScript } from '../../reports/scripts';

export type Run = PptxGenJS.TextProps;
export type RunOptions = PptxGenJS.TextPropsOptions;

/**
 * The language each script's runs are marked with, so PowerPoint checks their spelling (and a screen reader
 * reads them) in that language rather than in English; Latin text keeps pptxgenjs's en-US.
 */
export const SCRIPT_LANG: Readonly<Record<TextScript, string | undefined>> = {
  latin: undefined,
  tamil: 'ta-IN',
  telugu: 'te-IN',
  malayalam: 'ml-IN',
  armenian: 'hy-AM',
};

/** The text as runs, one per script, each with its font and language; `options` apply to every run. */
export function runs(text: string, options: RunOptions = {}): Run[] {
  return scriptRuns(cleanText(text)).map((r) => {
    const lang = SCRIPT_LANG[r.script];
    return { text: r.text, options: { ...options, fontFace: SCRIPT_FONT[r.script], ...(lang ? { lang } : {}) } };
  });
}

/** One line of text (new lines and runs of spaces become one space) as runs. */
export function lineRuns(text: string, options: RunOptions = {}): Run[] {
  return runs(oneLine(text), options);
}

/**
 * Paragraphs from groups of runs: every paragraph but the last ends with a
 * break. Empty paragraphs are left out.
 */
export function paragraphs(groups: readonly Run[][]): Run[] {
  const kept = groups.filter((g) => g.some((r) => (r.text ?? '') !== ''));
  return kept.flatMap((group, i) =>
    group.map((run, j) =>
      i < kept.length - 1 && j === group.length - 1 ? { ...run, options: { ...run.options, breakLine: true } } : run,
    ),
  );
}

/** Plain text of runs, for notes and for estimating height. */
export function plain(group: readonly Run[]): string {
  return group.map((r) => r.text ?? '').join('');
}

/** Hex colour as pptxgenjs wants it: six digits, no '#'. */
export function hex(colour: string): string {
  return colour.replace('#', '').toUpperCase();
}
