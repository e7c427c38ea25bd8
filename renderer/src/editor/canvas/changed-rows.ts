/**
 * The rows of a table that an edit replaced, found by identity: an edit copies
 * the table and replaces only the rows it touches, so a keystroke in a card's
 * title leaves every other row object as it was. One pointer comparison per row
 * is what a title key costs the canvas, instead of rebuilding what every row draws.
 * The geometry, the node builder and the announcer ask about the same two tables
 * after each edit: the last answer is kept, so the table is walked once.
 */
let last: { before: object; after: object; replaced: unknown[] | null } | null = null;

export function replacedRows<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>): T[] | null {
  if (last?.before === before && last.after === after) return last.replaced as T[] | null;
  const replaced = compare(before, after);
  last = { before, after, replaced };
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
