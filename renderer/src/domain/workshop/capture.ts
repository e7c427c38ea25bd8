/**
 * Rapid capture: one typed line becomes one edit. A prefix routes the line:
 *
 * | prefix            | what it makes                                             |
 * |-------------------|-----------------------------------------------------------|
 * | (none)            | a touchpoint in the focused stage (or a sticky note)      |
 * | `!` `!!` `!!!`    | a pain point on the target touchpoint, severity 1 / 2 / 3 |
 * | `?`               | an open question (a question note)                        |
 * | `+`               | an opportunity on the target touchpoint                   |
 * | `:D` `:)` `:|` `:(` `:'(`, 😄 🙂 😐 🙁 😠 … | the emotion of the target touchpoint; text after it becomes the emotion label |
 *
 * The number of `!` is the severity, so a single `!` is a minor pain point.
 * Prefixes are matched on whole grapheme clusters, so a mark that combines
 * with the prefix character (e.g. `!` followed by a Tamil vowel sign) is
 * text, never a prefix, and no character of the text is ever split.
 */
import type { UserMessage } from '../user-message';
import { EMOTION_MAX, EMOTION_MIN } from '../vocabulary';
import { cleanLine, graphemes } from './text';

export type CaptureLine =
  | { kind: 'empty' }
  /**
   * A prefix without text: nothing to add yet. `message` says what is missing
   * (in English, for logs and tests); `text` is the same sentence for the interface to translate.
   */
  | { kind: 'incomplete'; message: string; text: UserMessage }
  | { kind: 'item'; text: string }
  | { kind: 'pain'; text: string; severity: 1 | 2 | 3 }
  | { kind: 'question'; text: string }
  | { kind: 'opportunity'; text: string }
  | { kind: 'emotion'; emotion: number; label: string; face: string };

/** ASCII emoticons, longest first so `:'(` wins over `:(`. */
const EMOTICONS: readonly (readonly [string, number])[] = [
  ['>:(', -3],
  [":'(", -3],
  [':’(', -3],
  [':-D', 3],
  [':-)', 2],
  [':-|', 0],
  [':-(', -2],
  [':D', 3],
  [':)', 2],
  [':]', 2],
  [':|', 0],
  [':/', -1],
  [':(', -2],
  [':[', -2],
  [':@', -3],
];

/** Emoji faces (variation selectors ignored), matching the emotion scale's faces. */
const EMOJI: Readonly<Record<string, number>> = {
  '😄': 3,
  '😀': 3,
  '😃': 3,
  '😁': 3,
  '🤩': 3,
  '😍': 3,
  '🙂': 2,
  '😊': 2,
  '☺': 2,
  '😌': 1,
  '😐': 0,
  '😶': 0,
  '😑': 0,
  '😕': -1,
  '😟': -1,
  '🙁': -2,
  '☹': -2,
  '😞': -2,
  '😢': -2,
  '😠': -3,
  '😡': -3,
  '🤬': -3,
  '😭': -3,
};

const BANGS = new Set(['!', '！']);
const QUESTION = new Set(['?', '？']);
const PLUS = new Set(['+', '＋']);

const stripSelectors = (g: string) => g.replace(/[\uFE0E\uFE0F]/g, '');

/** The emotion for an emoji grapheme, or null. */
export function emojiEmotion(grapheme: string): number | null {
  const v = EMOJI[stripSelectors(grapheme)];
  return v === undefined ? null : v;
}

function clampEmotion(n: number) {
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, n));
}

/** What a prefix typed alone still needs, one sentence per prefix. */
const INCOMPLETE = {
  pain: { kind: 'incomplete', message: 'Type the pain point after the “!”.', text: { code: 'captureNeedsPain' } },
  question: { kind: 'incomplete', message: 'Type the question after the “?”.', text: { code: 'captureNeedsQuestion' } },
  opportunity: {
    kind: 'incomplete',
    message: 'Type the opportunity after the “+”.',
    text: { code: 'captureNeedsOpportunity' },
  },
} as const satisfies Record<string, CaptureLine>;

const restAfter = (gs: readonly string[], count: number) => gs.slice(count).join('').trim();

/** Parse one typed line (any script, NFC-normalised first). Pure. */
export function parseCaptureLine(raw: string): CaptureLine {
  const line = cleanLine(raw);
  if (!line) return { kind: 'empty' };
  const gs = graphemes(line);
  const first = gs[0]!;

  if (BANGS.has(first)) {
    let n = 0;
    while (n < gs.length && BANGS.has(gs[n]!)) n++;
    const text = restAfter(gs, n);
    if (!text) return INCOMPLETE.pain;
    return { kind: 'pain', text, severity: Math.min(3, n) as 1 | 2 | 3 };
  }
  if (QUESTION.has(first)) {
    const text = restAfter(gs, 1);
    return text ? { kind: 'question', text } : INCOMPLETE.question;
  }
  if (PLUS.has(first)) {
    const text = restAfter(gs, 1);
    return text ? { kind: 'opportunity', text } : INCOMPLETE.opportunity;
  }
  const emoji = emojiEmotion(first);
  if (emoji !== null) return { kind: 'emotion', emotion: emoji, label: restAfter(gs, 1), face: first };
  for (const [face, emotion] of EMOTICONS) {
    const faceGs = graphemes(face);
    if (faceGs.every((g, i) => gs[i] === g)) {
      return { kind: 'emotion', emotion: clampEmotion(emotion), label: restAfter(gs, faceGs.length), face };
    }
  }
  return { kind: 'item', text: line };
}
