/**
 * The journey's reading order ("main path"): every touchpoint once, in stage
 * order, and inside a stage in the order of the `main` connections.
 *
 * How it is built:
 * 1. Each touchpoint gets a place key: its stage's order (touchpoints whose
 *    stage is unknown go last), then y, then x, then id.
 * 2. Main connections (self-loops and links to unknown touchpoints ignored)
 *    are walked depth-first from the touchpoints with no incoming main
 *    connection, taken by place key; touchpoints left over sit on cycles and
 *    are walked from the first of them by place key. The order is the reverse
 *    post-order of that walk, so along a chain (and any acyclic web) every
 *    main connection points forward; on a cycle the edge that closes it is
 *    the one ignored. A visited set makes every walk finite.
 * 3. The result is sorted (stably) by stage order.
 * Touchpoints on no main connection are roots of their own, so among
 * themselves they fall in stage, y, x order.
 */
import type { TouchpointId } from '../ids';
import { sortStages } from '../layout';
import type { Connection, JourneyDocument, Touchpoint } from '../model';

type PlaceKey = [number, number, number, string];

function placeKeys(doc: JourneyDocument): Map<TouchpointId, PlaceKey> {
  const stageRank = new Map<string, number>();
  sortStages(doc.stages).forEach((s, i) => stageRank.set(s.id, i));
  const keys = new Map<TouchpointId, PlaceKey>();
  for (const t of doc.touchpoints) {
    const x = Number.isFinite(t.position.x) ? t.position.x : 0;
    const y = Number.isFinite(t.position.y) ? t.position.y : 0;
    keys.set(t.id, [stageRank.get(t.stageId) ?? Number.MAX_SAFE_INTEGER, y, x, t.id]);
  }
  return keys;
}

function compareKeys(a: PlaceKey, b: PlaceKey): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
}

/** Main connections between two distinct touchpoints of the document. */
export function mainConnections(doc: JourneyDocument): Connection[] {
  const ids = new Set<string>(doc.touchpoints.map((t) => t.id));
  return doc.connections.filter(
    (c) => c.kind === 'main' && c.source !== c.target && ids.has(c.source) && ids.has(c.target),
  );
}

/** Touchpoints at either end of a main connection. */
export function mainLineIds(doc: JourneyDocument): Set<TouchpointId> {
  const set = new Set<TouchpointId>();
  for (const c of mainConnections(doc)) {
    set.add(c.source);
    set.add(c.target);
  }
  return set;
}

/** Every touchpoint once, in journey order (see the module comment). Never loops, whatever the cycles. */
export function mainPath(doc: JourneyDocument): Touchpoint[] {
  const byId = new Map<TouchpointId, Touchpoint>();
  for (const t of doc.touchpoints) if (!byId.has(t.id)) byId.set(t.id, t);
  const keys = placeKeys(doc);
  const byKey = (a: TouchpointId, b: TouchpointId) => compareKeys(keys.get(a)!, keys.get(b)!);

  const outgoing = new Map<TouchpointId, TouchpointId[]>();
  const hasIncoming = new Set<TouchpointId>();
  for (const c of mainConnections(doc)) {
    const list = outgoing.get(c.source) ?? [];
    if (!list.includes(c.target)) list.push(c.target);
    outgoing.set(c.source, list);
    hasIncoming.add(c.target);
  }
  // Children are visited last-first so that, once the post-order is reversed,
  // the first child by place key comes first.
  for (const list of outgoing.values()) list.sort((a, b) => byKey(b, a));

  const visited = new Set<TouchpointId>();
  const postOrder: TouchpointId[] = [];
  const walk = (root: TouchpointId) => {
    if (visited.has(root)) return;
    visited.add(root);
    const stack: { id: TouchpointId; next: number }[] = [{ id: root, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const children = outgoing.get(frame.id) ?? [];
      if (frame.next < children.length) {
        const child = children[frame.next++]!;
        if (!visited.has(child)) {
          visited.add(child);
          stack.push({ id: child, next: 0 });
        }
      } else {
        postOrder.push(frame.id);
        stack.pop();
      }
    }
  };

  const ids = [...byId.keys()];
  const roots = ids.filter((id) => !hasIncoming.has(id)).sort((a, b) => byKey(b, a));
  for (const root of roots) walk(root);
  const fromRoots = postOrder.splice(0).reverse();

  // Touchpoints reachable only around a cycle: walk each cycle from its first touchpoint by place key.
  const rest: TouchpointId[] = [];
  for (const id of ids.filter((i) => !visited.has(i)).sort(byKey)) {
    if (visited.has(id)) continue;
    walk(id);
    rest.push(...postOrder.splice(0).reverse());
  }

  const order = [...fromRoots, ...rest];
  const position = new Map(order.map((id, i) => [id, i]));
  return order
    .sort((a, b) => keys.get(a)![0] - keys.get(b)![0] || position.get(a)! - position.get(b)!)
    .map((id) => byId.get(id)!);
}

/** Ids of the touchpoints in journey order. */
export function mainPathIds(doc: JourneyDocument): TouchpointId[] {
  return mainPath(doc).map((t) => t.id);
}
