/**
 * What the far-zoom map layer draws, as plain data: a tile per touchpoint
 * card and a line per connection, from the same nodes and edges React Flow
 * is given (live drag positions included), grouped so the layer strokes and
 * fills each style once. Pure; unit-tested.
 */
import type { Position } from '@xyflow/react';
import { heatValue, type HeatMode } from '../../../domain/insights';
import { emotionColour } from '../../../domain/vocabulary';
import type { ConnectionKind } from '../../../domain/vocabulary';
import type { CanvasNode, ConnectionEdgeType } from '../build-nodes';
import { routedConnectionPath } from '../edges/connection-path';
import { TOUCHPOINT_HANDLES } from '../geometry';
import { isConnectionDimmed, isDimmed, isMatch } from '../search-marks';

export interface FarTile {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  dimmed: boolean;
  /** Outline: selected, else a search match, else none. */
  outline: 'selected' | 'match' | null;
}

/** Connections sharing a look, joined into one SVG path. */
export interface FarLineGroup {
  kind: ConnectionKind;
  dimmed: boolean;
  selected: boolean;
  path: string;
  count: number;
}

export interface FarMap {
  tiles: FarTile[];
  lines: FarLineGroup[];
  /** Connections drawn (both ends on the map). */
  lineCount: number;
}

interface Point {
  x: number;
  y: number;
}

/** Where a handle's connection point is, as React Flow places it: the outer middle of the handle's box. */
function handlePoint(node: Point, type: 'source' | 'target'): Point & { position: Position } {
  const h = TOUCHPOINT_HANDLES.find((x) => x.type === type)!;
  const width = h.width ?? 0;
  const height = h.height ?? 0;
  return {
    x: node.x + h.x + (type === 'source' ? width : 0),
    y: node.y + h.y + height / 2,
    position: h.position,
  };
}

/**
 * A connection's line, kept per edge object while its ends stay where they
 * were: a search or a selection draws the map again with the same edges, and
 * routing 2,400 connections anew each time was a good part of that.
 */
const routes = new WeakMap<ConnectionEdgeType, { from: Point; to: Point; path: string }>();

function routeOf(e: ConnectionEdgeType, from: Point, to: Point): string {
  const kept = routes.get(e);
  if (kept && kept.from === from && kept.to === to) return kept.path;
  const s = handlePoint(from, 'source');
  const t = handlePoint(to, 'target');
  const [path] = routedConnectionPath(s.x, s.y, t.x, t.y, s.position, t.position, e.data?.crossing, e.data?.pastCards);
  routes.set(e, { from, to, path });
  return path;
}

/** A tile's colour: the heat overlay's when it is on, else the card's emotion colour. */
function tileColour(n: Extract<CanvasNode, { type: 'touchpoint' }>, heat: HeatMode | 'off'): string {
  return heat === 'off' ? emotionColour(n.data.touchpoint.emotion) : heatValue(n.data.touchpoint, heat).colour;
}

/**
 * `lit`: when workshop focus dimming is on, the ids that stay lit; every
 * other tile and line is drawn dimmed, as the DOM items are. `heat`: with the
 * heat overlay on, tiles take its colour (a zoomed-out heat map), else the
 * card's emotion colour. `matches`: while a search is active, the ids that
 * match (outlined; the rest dimmed, as search-marks.ts marks the DOM items).
 */
export function farMap(
  nodes: readonly CanvasNode[],
  edges: readonly ConnectionEdgeType[],
  lit: ReadonlySet<string> | null = null,
  heat: HeatMode | 'off' = 'off',
  matches: ReadonlySet<string> | null = null,
): FarMap {
  const unlit = (id: string) => lit !== null && !lit.has(id);
  const tiles: FarTile[] = [];
  const cards = new Map<string, Point>();
  for (const n of nodes) {
    if (n.type !== 'touchpoint') continue;
    cards.set(n.id, n.position);
    tiles.push({
      x: n.position.x,
      y: n.position.y,
      width: n.width ?? 0,
      height: n.height ?? 0,
      colour: tileColour(n, heat),
      dimmed: isDimmed(matches, n.id) || unlit(n.id),
      outline: n.selected ? 'selected' : isMatch(matches, n.id) ? 'match' : null,
    });
  }

  const groups = new Map<string, FarLineGroup & { parts: string[] }>();
  let lineCount = 0;
  for (const e of edges) {
    const from = cards.get(e.source);
    const to = cards.get(e.target);
    if (!from || !to) continue;
    const path = routeOf(e, from, to);
    const kind = e.data?.connection.kind ?? 'main';
    const dimmed = isConnectionDimmed(matches, e.source, e.target) || unlit(e.id);
    const selected = e.selected ?? false;
    const key = `${kind}|${dimmed}|${selected}`;
    const group = groups.get(key) ?? { kind, dimmed, selected, path: '', count: 0, parts: [] };
    group.parts.push(path);
    group.count += 1;
    groups.set(key, group);
    lineCount += 1;
  }
  const lines = [...groups.values()].map(({ parts, ...group }) => ({ ...group, path: parts.join(' ') }));
  // Dimmed lines first, selected last, so what matters is drawn on top.
  lines.sort((a, b) => Number(b.dimmed) - Number(a.dimmed) || Number(a.selected) - Number(b.selected));
  return { tiles, lines, lineCount };
}

type FarInputs = Parameters<typeof farMap>;

/**
 * `farMap`, keeping the map it made last while nothing it draws changed: a key in a card's title (or
 * any field the far map does not show) replaces that card's node, which would otherwise make every
 * tile, join every connection's path and repaint the layer. Only the replaced nodes are compared.
 */
export function createFarMapKeeper() {
  let last: { inputs: FarInputs; map: FarMap } | null = null;
  const unchanged = (before: FarInputs, inputs: FarInputs): boolean => {
    const [oldNodes, oldEdges, oldLit, oldHeat, oldMatches] = before;
    const [nodes, edges, lit, heat, matches] = inputs;
    if (edges !== oldEdges || lit !== oldLit || heat !== oldHeat || matches !== oldMatches) return false;
    if (nodes === oldNodes) return true;
    if (nodes.length !== oldNodes.length) return false;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      const o = oldNodes[i]!;
      if (n === o) continue;
      if (n.id !== o.id || n.type !== o.type) return false;
      if (n.type !== 'touchpoint' || o.type !== 'touchpoint') continue;
      const same =
        n.position.x === o.position.x &&
        n.position.y === o.position.y &&
        n.width === o.width &&
        n.height === o.height &&
        n.selected === o.selected &&
        tileColour(n, heat ?? 'off') === tileColour(o, heat ?? 'off');
      if (!same) return false;
    }
    return true;
  };
  return (...inputs: FarInputs): FarMap => {
    if (last && unchanged(last.inputs, inputs)) {
      last = { inputs, map: last.map };
      return last.map;
    }
    last = { inputs, map: farMap(...inputs) };
    return last.map;
  };
}
