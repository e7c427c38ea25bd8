/**
 * Which writing system a piece of text is in, for exports that must name a
 * font per run of text (a PowerPoint deck names one typeface per run; the
 * viewer's computer picks glyphs from that font only). The scripts are the
 * ones the report embeds Noto fonts for (fonts.ts): Tamil, Telugu, Malayalam
 * and Armenian each have their own Noto family; every other letter (Latin,
 * Greek, Cyrillic, Devanagari, Vietnamese) is in Noto Sans. Digits, spaces,
 * punctuation and joiners belong to no script: they stay with the text
 * around them.
 */

export const TEXT_SCRIPTS = ['latin', 'tamil', 'telugu', 'malayalam', 'armenian'] as const;
export type TextScript = (typeof TEXT_SCRIPTS)[number];

/** The Noto family that has the glyphs of each script (as named in fonts.ts). */
export const SCRIPT_FONT: Readonly<Record<TextScript, string>> = {
  latin: 'Noto Sans',
  tamil: 'Noto Sans Tamil',
  telugu: 'Noto Sans Telugu',
  malayalam: 'Noto Sans Malayalam',
  armenian: 'Noto Sans Armenian',
};

/** What people call each script, for messages. */
export const SCRIPT_NAME: Readonly<Record<TextScript, string>> = {
  latin: 'Latin',
  tamil: 'Tamil',
  telugu: 'Telugu',
  malayalam: 'Malayalam',
  armenian: 'Armenian',
};

const LETTER = /\p{L}/u;

/** The script of one character, or null for characters of no script (digits, spaces, punctuation, marks, joiners). */
export function scriptOf(char: string): TextScript | null {
  const cp = char.codePointAt(0) ?? 0;
  if (cp >= 0x0b80 && cp <= 0x0bff) return 'tamil';
  if (cp >= 0x0c00 && cp <= 0x0c7f) return 'telugu';
  if (cp >= 0x0d00 && cp <= 0x0d7f) return 'malayalam';
  if ((cp >= 0x0530 && cp <= 0x058f) || (cp >= 0xfb13 && cp <= 0xfb17)) return 'armenian';
  return LETTER.test(char) ? 'latin' : null;
}

export interface ScriptRun {
  text: string;
  script: TextScript;
}

/**
 * The text cut into runs of one script each. Characters of no script join
 * the run before them (or, at the start, the first run after them); text
 * with no letters at all is one Latin run. Joining the runs gives the text back.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let pending = '';
  for (const char of text) {
    const script = scriptOf(char);
    const last = runs[runs.length - 1];
    if (script === null) {
      if (last) last.text += char;
      else pending += char;
    } else if (last && last.script === script) {
      last.text += char;
    } else {
      runs.push({ text: pending + char, script });
      pending = '';
    }
  }
  if (pending) runs.push({ text: pending, script: 'latin' });
  return runs;
}

/** Every script with at least one letter in the texts, in TEXT_SCRIPTS order. */
export function scriptsIn(texts: Iterable<string>): TextScript[] {
  const found = new Set<TextScript>();
  for (const text of texts) {
    for (const char of text) {
      const script = scriptOf(char);
      if (script) found.add(script);
    }
    if (found.size === TEXT_SCRIPTS.length) break;
  }
  return TEXT_SCRIPTS.filter((s) => found.has(s));
}
