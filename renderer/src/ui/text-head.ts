/**
 * The head of a long text, for the places that show only its first lines: a two-line clamp on the map,
 * an item of a panel's list, a presenting caption, an accessible name. A long-text field may hold
 * 100,000 characters, and the browser lays out all of a text it is given even where a clamp hides it:
 * a stage's presenting caption with such pain points froze the window 8 s, the opportunity matrix's
 * list 9 s. What is cut is marked with an ellipsis; the whole text stays in the journey, its editor
 * and every export.
 */

/** Characters shown of a text in a list or a clamp: every text people write whole, a page at most. */
export const TEXT_HEAD_CHARS = 500;

/** `text`, or its first `max` characters and an ellipsis, never ending in half of a surrogate pair. */
export function textHead(text: string, max: number = TEXT_HEAD_CHARS): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
