/**
 * The rows of a table that an edit replaced, found by identity: an edit copies
 * the table and replaces only the rows it touches, so a keystroke in a card's
 * title leaves every other row object as it was. One pointer comparison per row
 * is what a title key costs the canvas, instead of rebuilding what every row draws.
 * The geometry, the node builder, the announcer and the emotion curve ask about
 * the same tables after each edit: answers are kept per table (the curve compares
 * with an older table than the others), so each pair is walked once.
 */
const answers = new WeakMap<object, { before: object; replaced: unknown[] | null }[]>();
const KEPT_PER_TABLE = 3;

export function replacedRows<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>): T[] | null {
  const kept = answers.get(after) ?? [];
  const hit = kept.find((a) => a.before === before);
  if (hit) return hit.replaced as T[] | null;
  const replaced = compare(before, after);
  answers.set(after, [{ before, replaced }, ...kept.slice(0, KEPT_PER_TABLE - 1)]);
  return replaced;
}

function compare<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>): T[] | null {
  const replaced: T[] = [];
  let count = 0;
  for (const id in after) {
    count++;
    const old = before[id];
    if (old === undefined) return null;
    if (old !== after[id]) replaced.push(after[id]!);
  }
  return Object.keys(before).length === count ? replaced : null;
}
