/**
 * Characters a text may carry that no reader sees as such: C0 and C1 control
 * characters (a bell, an escape, a NUL; tab and line breaks are text) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069). An override quoted in a sentence turns the rest of the
 * sentence around (“report\u202Egnp.journey” reads “report” + “yenruoj.png”),
 * which is how a file's name or a journey's title could pass for another.
 */

// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const HIDDEN_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * The text to quote inside a sentence: each control or bidirectional control
 * character shown as “�”, so it can neither hide nor turn the sentence around.
 */
export function quotableText(text: string): string {
  return HIDDEN.test(text) ? text.replace(HIDDEN_ALL, '\uFFFD') : text;
}
