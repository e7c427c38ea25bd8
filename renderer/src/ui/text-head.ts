/**
 * The head of a long text, for the places that show only its first lines: a two-line clamp on the map,
 * an item of a panel's list, a presenting caption, an accessible name. A long-text field may hold
 * 100,000 characters, and the browser lays out all of a text it is given even where a clamp hides it:
 * a stage's presenting caption with such pain points froze the window 8 s, the opportunity matrix's
 * list 9 s. What is cut is marked with an ellipsis; the whole text stays in the journey, its editor
 * and every export.
 */
import { truncateGraphemes } from '../domain/workshop/text';

/** Characters shown of a text in a list or a clamp: every text people write whole, a page at most. */
export const TEXT_HEAD_CHARS = 500;

/**
 * `text`, or at most its first `max` characters (UTF-16 units) and an ellipsis, cut between two
 * graphemes: a Tamil or Malayalam letter is never parted from its vowel sign, nor an emoji from
 * its modifier. Only a bounded slice is segmented, so the cost does not grow with the text.
 */
export function textHead(text: string, max: number = TEXT_HEAD_CHARS): string {
  if (text.length <= max) return text;
  return `${truncateGraphemes(text.slice(0, max + CLUSTER_SLACK), max)}…`;
}

/** Units past the cut segmented with it, so the cluster that crosses the cut is seen whole. */
const CLUSTER_SLACK = 32;
