/**
 * The one edit that turns one text into another: the characters between a
 * common start and a common end are replaced. Typing, pasting or deleting in
 * a box changes one run of text at a time, so this is the edit the person
 * made; a live session applies it to the shared text (rather than the whole
 * new text) so that two people typing in one field both keep their words, and
 * a box keeps its caret in place when someone else's words arrive.
 *
 * Positions count UTF-16 code units, as strings and Yjs do; an edit never
 * starts or ends inside a surrogate pair, which Yjs would otherwise replace
 * with U+FFFD.
 */

export interface TextEdit {
  /** Where the replaced run starts. */
  index: number;
  /** How many code units are removed from there. */
  remove: number;
  /** What is put in their place. */
  insert: string;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The edit from `before` to `after`; null when they are the same. */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Not between the two halves of one character.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** Where a position in the text before `edit` is after it: inside the replaced run, at its end. */
export function positionAfter(position: number, edit: TextEdit): number {
  if (position <= edit.index) return position;
  if (position >= edit.index + edit.remove) return position - edit.remove + edit.insert.length;
  return edit.index + edit.insert.length;
}

const applyEdit = (text: string, edit: TextEdit) =>
  text.slice(0, edit.index) + edit.insert + text.slice(edit.index + edit.remove);

/**
 * Both edits made to `base`, one in `mine` and one in `theirs`: the text holding both when they
 * change different runs (mine first where both add at one place); the one text when both made
 * the same edit (the same words typed at the same place in both are one edit, as in any three-way
 * merge); null when both changed the same run differently, for the caller to choose.
 */
export function mergeTextEdits(base: string, mine: string, theirs: string): string | null {
  if (mine === theirs) return mine;
  const own = textEdit(base, mine);
  const other = textEdit(base, theirs);
  if (!own) return theirs;
  if (!other) return mine;
  if (own.index + own.remove <= other.index) return applyEdit(applyEdit(base, other), own);
  if (other.index + other.remove <= own.index)
    return applyEdit(applyEdit(base, other), {
      ...own,
      index: own.index - other.remove + other.insert.length,
    });
  return null;
}
