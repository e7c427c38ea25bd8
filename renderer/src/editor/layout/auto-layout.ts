/**
 * Auto layout with ELK's layered algorithm, left to right. Stages become ELK
 * partitions so their order is kept; ELK's layers are then mapped into each
 * stage's column (columns widen to fit their layers), so touchpoints stay in
 * their stages and main connections get the straightest lines.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import { CELL_GAP, isBlueprint, laneBands, laneOf } from '../../domain/lanes';
import { sortStages, STAGE_HEADER_HEIGHT, STAGE_PADDING } from '../../domain/layout';
import type { JourneyDocument, Position } from '../../domain/model';
import { LANE_MIN_HEIGHT, STAGE_DEFAULT_WIDTH, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../domain/vocabulary';

export const LAYER_GAP = 64;
export const ROW_GAP = 48;

export interface LayoutResult {
  positions: Map<string, Position>;
  stageWidths: Map<string, number>;
  /** A blueprint's lanes, each made as tall as its fullest cell after the layout. */
  laneHeights: Map<string, number>;
}

/**
 * How hard ELK tries to untangle crossings (its default is 7). Its time grows fast with the map, so a
 * large map gets fewer tries: on 400 touchpoints 1 takes half the time of 7.
 */
export function layoutThoroughness(touchpoints: number): number {
  if (touchpoints <= 200) return 7;
  return touchpoints <= 500 ? 3 : 1;
}

export function buildElkGraph(doc: JourneyDocument): ElkNode {
  const stageIndex = new Map(sortStages(doc.stages).map((s, i) => [s.id as string, i]));
  const ids = new Set<string>(doc.touchpoints.map((t) => t.id));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': String(ROW_GAP),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.thoroughness': String(layoutThoroughness(doc.touchpoints.length)),
    },
    children: [...doc.touchpoints]
      .sort(
        (a, b) => (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || a.position.y - b.position.y,
      )
      .map((t) => ({
        id: t.id,
        width: TOUCHPOINT_WIDTH,
        height: TOUCHPOINT_HEIGHT,
        layoutOptions: { 'elk.partitioning.partition': String(stageIndex.get(t.stageId) ?? 0) },
      })),
    edges: doc.connections
      .filter((c) => ids.has(c.source) && ids.has(c.target) && c.source !== c.target)
      .map((c) => ({
        id: c.id,
        sources: [c.source],
        targets: [c.target],
        layoutOptions: (c.kind === 'main'
          ? { 'elk.layered.priority.straightness': '10', 'elk.layered.priority.direction': '10' }
          : {}) as Record<string, string>,
      })),
  };
}

/** Map ELK's result into stage columns. Pure: takes the laid-out graph. */
export function placeInColumns(doc: JourneyDocument, laidOut: ElkNode): LayoutResult {
  const byId = new Map((laidOut.children ?? []).map((n) => [n.id, n]));
  const stages = sortStages(doc.stages);
  const positions = new Map<string, Position>();
  const stageWidths = new Map<string, number>();
  const minY = Math.min(0, ...[...byId.values()].map((n) => n.y ?? 0));
  let columnX = 0;
  for (const stage of stages) {
    const members = doc.touchpoints.filter((t) => t.stageId === stage.id);
    const layerXs = [...new Set(members.map((t) => Math.round(byId.get(t.id)?.x ?? 0)))].sort((a, b) => a - b);
    const layers = Math.max(1, layerXs.length);
    const needed = layers * TOUCHPOINT_WIDTH + (layers - 1) * LAYER_GAP + 2 * STAGE_PADDING;
    const width = Math.max(STAGE_DEFAULT_WIDTH, needed);
    stageWidths.set(stage.id, width);
    const offset = (width - needed) / 2;
    for (const t of members) {
      const n = byId.get(t.id);
      const layer = Math.max(0, layerXs.indexOf(Math.round(n?.x ?? 0)));
      positions.set(t.id, {
        x: Math.round(columnX + offset + STAGE_PADDING + layer * (TOUCHPOINT_WIDTH + LAYER_GAP)),
        y: Math.round(STAGE_HEADER_HEIGHT + 32 + (n?.y ?? 0) - minY),
      });
    }
    columnX += width;
  }
  straightenMainPath(doc, positions);
  return { positions, stageWidths, laneHeights: keepInLanes(doc, positions) };
}

/**
 * A blueprint (two lanes or more) keeps every card in its own lane: the
 * layout's columns stay, and in each stage × lane cell the cards of one
 * column are stacked from the lane's top in the layout's top-to-bottom
 * order. Each lane becomes as tall as its fullest cell.
 */
function keepInLanes(doc: JourneyDocument, positions: Map<string, Position>): Map<string, number> {
  const heights = new Map<string, number>();
  if (!isBlueprint(doc.lanes)) return heights;
  const bands = laneBands(doc.lanes);
  const step = TOUCHPOINT_HEIGHT + ROW_GAP;
  let top = STAGE_HEADER_HEIGHT;
  for (const band of bands) {
    const stacks = new Map<string, { id: string; y: number }[]>();
    for (const t of doc.touchpoints) {
      const p = positions.get(t.id);
      if (!p || laneOf(bands, t) !== band.lane.id) continue;
      const key = `${t.stageId}|${p.x}`;
      stacks.set(key, [...(stacks.get(key) ?? []), { id: t.id, y: p.y }]);
    }
    let fullest = 0;
    for (const stack of stacks.values()) {
      stack.sort((a, b) => a.y - b.y);
      stack.forEach((card, i) =>
        positions.set(card.id, { x: positions.get(card.id)!.x, y: top + CELL_GAP + i * step }),
      );
      fullest = Math.max(fullest, stack.length);
    }
    const height = Math.max(LANE_MIN_HEIGHT, 2 * CELL_GAP + fullest * step - (fullest > 0 ? ROW_GAP : 0));
    heights.set(band.lane.id, height);
    top += height;
  }
  return heights;
}

/**
 * ELK leaves small offsets where a card has several edges. Walk the main
 * connections from their starts and put each target level with its source,
 * wherever that spot in its column is free.
 */
function straightenMainPath(doc: JourneyDocument, positions: Map<string, Position>) {
  const main = doc.connections.filter((c) => c.kind === 'main' && positions.has(c.source) && positions.has(c.target));
  const incoming = new Map<string, number>();
  for (const c of main) incoming.set(c.target, (incoming.get(c.target) ?? 0) + 1);
  const outgoing = new Map<string, string[]>();
  for (const c of main) outgoing.set(c.source, [...(outgoing.get(c.source) ?? []), c.target]);
  const queue: string[] = [...new Set<string>(main.map((c) => c.source))].filter((id) => !incoming.has(id));
  const done = new Set<string>(queue as string[]);
  const free = (id: string, y: number) => {
    const me = positions.get(id)!;
    for (const [other, p] of positions) {
      if (other === id || Math.abs(p.x - me.x) >= TOUCHPOINT_WIDTH) continue;
      if (Math.abs(p.y - y) < TOUCHPOINT_HEIGHT + 12) return false;
    }
    return true;
  };
  while (queue.length) {
    const id = queue.shift()!;
    const targets = outgoing.get(id) ?? [];
    const y = positions.get(id)!.y;
    const first = targets[0];
    if (first && incoming.get(first) === 1 && positions.get(first)!.y !== y && free(first, y)) {
      positions.set(first, { ...positions.get(first)!, y });
    }
    for (const t of targets) {
      if (!done.has(t)) {
        done.add(t);
        queue.push(t);
      }
    }
  }
}

export async function computeAutoLayout(doc: JourneyDocument): Promise<LayoutResult> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const laidOut = await elk.layout(buildElkGraph(doc));
  return placeInColumns(doc, laidOut);
}
