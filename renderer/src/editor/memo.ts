/**
 * Values kept outside components, so they outlive a component React unmounts (a lane of the map
 * scrolled out of view) and are shared by whatever asks for them again.
 */
import { sameItems } from '../domain/equal';

/**
 * A value worked out again only when what it is made from changes (compared item by item, by identity):
 * the last one is kept, as React's `useMemo` keeps it, but outside a component.
 */
export function lastValue<V>() {
  let last: { from: readonly unknown[]; value: V } | null = null;
  return (from: readonly unknown[], make: () => V): V => {
    if (last === null || !sameItems(last.from, from)) last = { from, value: make() };
    return last.value;
  };
}

/**
 * `make(key)` once per key object while the key lives: rows and arrays are replaced, never changed, so
 * what is made from one stays true for it (a note's search text, a curve's dot paths).
 */
export function perObject<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
