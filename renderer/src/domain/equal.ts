/**
 * Deep equality of stored rows and other plain data: objects are equal when
 * they have the same own keys with equal values, whatever order the keys were
 * written in (a row read back from IndexedDB, parsed by zod or spread in an
 * edit may list its keys in another order). Arrays are compared in order.
 * A key whose value is undefined counts as absent, as it does once stored.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameData(item, b[i]));
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const leftKeys = keys(left);
  if (leftKeys.length !== keys(right).length) return false;
  return leftKeys.every((k) => Object.prototype.hasOwnProperty.call(right, k) && sameData(left[k], right[k]));
}

/**
 * Whether two lists hold the very same items in the same order (compared by identity, not by content):
 * how a cache tells that what it was computed from has not been replaced.
 */
export const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
