/**
 * Maps the document to React Flow nodes and edges. A node object is reused
 * as long as everything it depends on is the same, so on a 2,000-touchpoint
 * map an edit or a drag re-renders only the nodes it touches. A search is not
 * an input: what it dims and outlines each item reads itself (search-marks.ts).
 */
import type { Edge, Node, XYPosition } from '@xyflow/react';
import type { Connection, Lane, Note, Stage, Touchpoint } from '../../domain/model';
import { STAGE_HEADER_HEIGHT } from '../../domain/layout';
import { sameItems } from '../../domain/equal';
import { blueprintLines, isBlueprint, laneOf, type LaneView } from '../../domain/lanes';
import { blockedTowards, type LaneGrid, type RouteBox } from '../../domain/lane-routes';
import { currentLanguage, sentenceWith, t as translate } from '../../i18n';
import { blueprintLineName, connectionKindName } from '../../i18n/vocabulary';
import { LANE_HEADER_WIDTH, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../domain/vocabulary';
import type { DocState } from '../../session/doc-state';
import { stackedPastCards, type LaneCrossing } from './edges/connection-path';
import { replacedRows } from './changed-rows';
import { ADD_LANE_RIGHT, CURVE_LANE_HEIGHT, NOTE_SIZE, TOUCHPOINT_HANDLES, type CanvasGeometry } from './geometry';

export interface TouchpointData extends Record<string, unknown> {
  touchpoint: Touchpoint;
  /** Drawn as a far-away tile (the node is made anew when this changes, so cards need not watch the zoom). */
  far: boolean;
}
export interface StageData extends Record<string, unknown> {
  stage: Stage;
  index: number;
  height: number;
  count: number;
}
export interface NoteData extends Record<string, unknown> {
  note: Note;
}
export interface LaneData extends Record<string, unknown> {
  lane: Lane;
  /** The blueprint line drawn along the top of this lane, labelled; null: none. */
  line: string | null;
  headerWidth: number;
}
export interface AddLaneData extends Record<string, unknown> {
  hasLanes: boolean;
}
export interface CurveData extends Record<string, unknown> {
  width: number;
}
export interface ConnectionData extends Record<string, unknown> {
  connection: Connection;
  /** Set when its cards are in two lanes of a blueprint: the line is routed between lanes and columns. */
  crossing?: LaneCrossing;
  /** Set when its cards are stacked with another card between them: the line goes round that card. */
  pastCards?: boolean;
}

export type TouchpointNode = Node<TouchpointData, 'touchpoint'>;
export type StageNode = Node<StageData, 'stage'>;
export type NoteNode = Node<NoteData, 'note'>;
export type CurveNode = Node<CurveData, 'curve'>;
export type LaneNode = Node<LaneData, 'lane'>;
export type AddLaneNode = Node<AddLaneData, 'lane-add'>;
export type CanvasNode = TouchpointNode | StageNode | NoteNode | CurveNode | LaneNode | AddLaneNode;
export type ConnectionEdgeType = Edge<ConnectionData, 'connection'>;

export interface BuildInputs {
  doc: DocState;
  geometry: CanvasGeometry;
  selection: ReadonlySet<string>;
  /** Live positions of nodes being dragged. */
  drag: ReadonlyMap<string, XYPosition>;
  /**
   * Zoomed out past the cards' detail: cards draw as tiles without handles. A
   * card's node is made anew when this changes, so React Flow takes its
   * handles from the node again instead of the (handle-less) tile it measured.
   */
  far: boolean;
}

/**
 * Size and handles given up front (`measured`, `handles`): React Flow then
 * treats a node as initialised without observing and measuring it in the DOM,
 * which is most of the cost of opening a map of thousands of cards. Every
 * canvas node has a fixed size, so the figures are always those drawn.
 */
const NO_HANDLES: NonNullable<Node['handles']> = [];
const sized = (width: number, height: number, handles: Node['handles'] = NO_HANDLES) => ({
  width,
  height,
  measured: { width, height },
  handles,
});

export const CURVE_NODE_ID = 'lane:emotion-curve';
export const ADD_LANE_NODE_ID = 'lane:add';

export function createCanvasBuilder() {
  const nodeCache = new Map<string, { deps: unknown[]; node: CanvasNode }>();
  const edgeCache = new Map<string, { deps: unknown[]; edge: ConnectionEdgeType }>();
  let lastEdges: ConnectionEdgeType[] | null = null;

  function cached<N extends CanvasNode>(id: string, deps: unknown[], make: () => N, seen?: Set<string>): N {
    seen?.add(id);
    const hit = nodeCache.get(id);
    if (hit && sameItems(hit.deps, deps)) return hit.node as N;
    const node = make();
    nodeCache.set(id, { deps, node });
    return node;
  }

  function touchpointNode(t: Touchpoint, { geometry, selection, drag, far }: BuildInputs, seen?: Set<string>) {
    const selected = selection.has(t.id);
    // Cards are drawn in their lane: shifted up under collapsed lanes, out of sight in a collapsed or hidden one.
    const view = geometry.lanes.length
      ? geometry.lanes.find((v) => v.lane.id === laneOf(geometry.lanes, t))
      : undefined;
    const shown = view ? view.open : true;
    const shift = view?.shift ?? 0;
    const position = drag.get(t.id) ?? (shift ? { x: t.position.x, y: t.position.y + shift } : t.position);
    return cached<TouchpointNode>(
      t.id,
      [t, selected, position, far, shown, currentLanguage()],
      () => ({
        id: t.id,
        type: 'touchpoint',
        position,
        hidden: !shown,
        ...sized(TOUCHPOINT_WIDTH, TOUCHPOINT_HEIGHT, TOUCHPOINT_HANDLES),
        selected,
        zIndex: 1,
        ariaLabel: sentenceWith('editor.card.node', 'title')(t.title),
        data: { touchpoint: t, far },
      }),
      seen,
    );
  }

  function noteNode(n: Note, { selection, drag }: BuildInputs, seen?: Set<string>) {
    const selected = selection.has(n.id);
    const position = drag.get(n.id) ?? n.position;
    return cached<NoteNode>(
      n.id,
      [n, selected, position, currentLanguage()],
      () => ({
        id: n.id,
        type: 'note',
        position,
        ...sized(NOTE_SIZE.width, NOTE_SIZE.height),
        selected,
        zIndex: 2,
        connectable: false,
        ariaLabel: `${translate('inspector.note')} ${n.text.slice(0, 40)}`,
        data: { note: n },
      }),
      seen,
    );
  }

  /** The last full build, so a drag frame (only live positions changed) re-makes just the dragged nodes. */
  let last: { inputs: BuildInputs; nodes: CanvasNode[]; index: Map<string, number>; language: string } | null = null;

  function onlyDragChanged(inputs: BuildInputs): boolean {
    if (!last) return false;
    const before = last.inputs;
    return (
      // A language switch changes every card's words, though nothing else did.
      last.language === currentLanguage() &&
      before.doc === inputs.doc &&
      before.geometry === inputs.geometry &&
      before.selection === inputs.selection &&
      before.far === inputs.far
    );
  }

  /**
   * The touchpoints replaced since the last build when nothing else a node depends on changed and
   * each stays in its stage (a stage's node counts its cards); null: build every node.
   */
  function onlyCardsReplaced(before: BuildInputs, inputs: BuildInputs): Touchpoint[] | null {
    if (
      !last ||
      last.language !== currentLanguage() ||
      before.geometry !== inputs.geometry ||
      before.selection !== inputs.selection ||
      before.drag !== inputs.drag ||
      before.far !== inputs.far ||
      before.doc.notes !== inputs.doc.notes ||
      before.doc.touchpoints === inputs.doc.touchpoints
    )
      return null;
    const replaced = replacedRows(before.doc.touchpoints, inputs.doc.touchpoints);
    const stayed = replaced?.every((t) => t.stageId === before.doc.touchpoints[t.id]!.stageId && last!.index.has(t.id));
    return stayed ? replaced : null;
  }

  function buildNodes(inputs: BuildInputs): CanvasNode[] {
    if (last && onlyDragChanged(inputs)) {
      const nodes = last.nodes.slice();
      for (const id of new Set([...last.inputs.drag.keys(), ...inputs.drag.keys()])) {
        const i = last.index.get(id);
        const t = inputs.doc.touchpoints[id];
        const n = inputs.doc.notes[id];
        if (i === undefined) continue;
        if (t) nodes[i] = touchpointNode(t, inputs);
        else if (n) nodes[i] = noteNode(n, inputs);
      }
      last = { inputs, nodes, index: last.index, language: last.language };
      return nodes;
    }
    const replaced = last ? onlyCardsReplaced(last.inputs, inputs) : null;
    if (last && replaced) {
      // Cards edited in place (a key in a title, an emotion): only their nodes are made again.
      const nodes = last.nodes.slice();
      for (const t of replaced) nodes[last.index.get(t.id)!] = touchpointNode(t, inputs);
      last = { inputs, nodes, index: last.index, language: last.language };
      return nodes;
    }
    const built = buildAll(inputs);
    // Every node as it was (a vote, a change React Flow does not draw): the same list, so React Flow is
    // not given "new" nodes to adopt and its nodes are not drawn again.
    if (last && sameItems(last.nodes, built)) {
      last = { ...last, inputs, language: currentLanguage() };
      return last.nodes;
    }
    last = { inputs, nodes: built, index: new Map(built.map((node, i) => [node.id, i])), language: currentLanguage() };
    return built;
  }

  function buildAll(inputs: BuildInputs): CanvasNode[] {
    const { doc, geometry, selection } = inputs;
    const seen = new Set<string>();
    const nodes: CanvasNode[] = [];
    const counts = new Map<string, number>();
    for (const t of Object.values(doc.touchpoints)) counts.set(t.stageId, (counts.get(t.stageId) ?? 0) + 1);

    geometry.columns.forEach((column, index) => {
      const { stage } = column;
      const selected = selection.has(stage.id);
      const count = counts.get(stage.id) ?? 0;
      nodes.push(
        cached(
          stage.id,
          [stage, column.x, geometry.columnHeight, selected, index, count, currentLanguage()],
          () => ({
            id: stage.id,
            type: 'stage',
            position: { x: column.x, y: 0 },
            ...sized(column.width, geometry.columnHeight),
            draggable: false,
            selectable: true,
            connectable: false,
            focusable: true,
            selected,
            zIndex: -1,
            ariaLabel: sentenceWith('editor.stage.node', 'name')(stage.name),
            data: { stage, index, height: geometry.columnHeight, count },
          }),
          seen,
        ),
      );
    });

    const lines = new Map(
      blueprintLines(geometry.lanes.map((v) => v.lane)).map((l) => [l.below as string, blueprintLineName(l.kind)]),
    );
    const laneWidth = geometry.totalWidth + LANE_HEADER_WIDTH;
    for (const view of geometry.lanes) {
      const line = lines.get(view.lane.id) ?? null;
      nodes.push(
        cached<LaneNode>(
          view.lane.id,
          [view.lane, view.viewY, view.viewHeight, laneWidth, line, currentLanguage()],
          () => ({
            id: view.lane.id,
            type: 'lane',
            position: { x: -LANE_HEADER_WIDTH, y: view.viewY },
            ...sized(laneWidth, view.viewHeight),
            draggable: false,
            selectable: false,
            connectable: false,
            focusable: false,
            zIndex: -1,
            ariaLabel: sentenceWith('editor.lane.label', 'name')(view.lane.name),
            data: { lane: view.lane, line, headerWidth: LANE_HEADER_WIDTH },
          }),
          seen,
        ),
      );
    }
    if (geometry.columns.length > 0) {
      const lastLane = geometry.lanes[geometry.lanes.length - 1];
      // Under the last lane; without lanes, where the first lane will start (under the stage headers),
      // so a new journey, which opens at its first stage at 100 % (or all its stages when they read so), shows it.
      const addY = lastLane ? lastLane.viewY + lastLane.viewHeight + 8 : STAGE_HEADER_HEIGHT + 8;
      nodes.push(
        cached<AddLaneNode>(
          ADD_LANE_NODE_ID,
          [addY, Boolean(lastLane)],
          () => ({
            id: ADD_LANE_NODE_ID,
            type: 'lane-add',
            position: { x: -LANE_HEADER_WIDTH, y: addY },
            ...sized(LANE_HEADER_WIDTH + ADD_LANE_RIGHT, 32),
            draggable: false,
            selectable: false,
            connectable: false,
            focusable: false,
            data: { hasLanes: Boolean(lastLane) },
          }),
          seen,
        ),
      );
    }

    if (geometry.columns.length > 0) {
      nodes.push(
        cached(
          CURVE_NODE_ID,
          [geometry.totalWidth, geometry.laneTop],
          () => ({
            id: CURVE_NODE_ID,
            type: 'curve',
            position: { x: 0, y: geometry.laneTop },
            ...sized(geometry.totalWidth, CURVE_LANE_HEIGHT),
            draggable: false,
            selectable: false,
            connectable: false,
            focusable: false,
            zIndex: -1,
            data: { width: geometry.totalWidth },
          }),
          seen,
        ),
      );
    }

    for (const t of Object.values(doc.touchpoints)) nodes.push(touchpointNode(t, inputs, seen));
    for (const n of Object.values(doc.notes)) nodes.push(noteNode(n, inputs, seen));

    for (const id of nodeCache.keys()) if (!seen.has(id)) nodeCache.delete(id);
    return nodes;
  }

  /** The drawn lanes and column edges, kept as one object while they stay the same (edges depend on it). */
  let lastGrid: { key: string; grid: LaneGrid } | null = null;
  function laneGrid(geometry: CanvasGeometry): LaneGrid {
    const lanes = geometry.lanes.map((v) => ({ top: v.viewY, bottom: v.viewY + v.viewHeight }));
    const columnEdges = geometry.columns.map((c) => c.x);
    if (geometry.columns.length) columnEdges.push(geometry.totalWidth);
    const key = `${lanes.map((l) => `${l.top},${l.bottom}`).join(';')}|${columnEdges.join(',')}`;
    if (lastGrid?.key !== key) lastGrid = { key, grid: { lanes, columnEdges } };
    return lastGrid.grid;
  }

  /**
   * The cards' boxes as drawn (in their lane's shift), and the other cards of a card's cell (its stage
   * and lane), both judged from the stored positions and made only when first asked for.
   */
  function cardCells(doc: DocState, views: readonly LaneView[]) {
    const index = new Map(views.map((v, i) => [v.lane.id as string, i]));
    const laneIndex = (t: Touchpoint) => index.get(laneOf(views, t) ?? '') ?? 0;
    let cells: Map<string, RouteBox[]> | null = null;
    const boxes = new Map<string, RouteBox>();
    const boxOf = (t: Touchpoint) => {
      let box = boxes.get(t.id);
      if (!box) {
        const shift = views[laneIndex(t)]?.shift ?? 0;
        box = { x: t.position.x, y: t.position.y + shift, width: TOUCHPOINT_WIDTH, height: TOUCHPOINT_HEIGHT };
        boxes.set(t.id, box);
      }
      return box;
    };
    const cellmates = (t: Touchpoint) => {
      if (!cells) {
        cells = new Map();
        for (const u of Object.values(doc.touchpoints)) {
          const key = `${u.stageId}|${laneIndex(u)}`;
          const list = cells.get(key) ?? [];
          list.push(boxOf(u));
          cells.set(key, list);
        }
      }
      return cells.get(`${t.stageId}|${laneIndex(t)}`) ?? [];
    };
    return { laneIndex, boxOf, cellmates };
  }

  type CardCells = ReturnType<typeof cardCells>;

  /**
   * For a connection between two lanes: the lanes' indexes, and whether
   * another card of either end's cell is in the way of leaving by the bottom
   * (or top).
   */
  function crossingOf(c: Connection, doc: DocState, { laneIndex, boxOf, cellmates }: CardCells) {
    const s = doc.touchpoints[c.source];
    const t = doc.touchpoints[c.target];
    if (!s || !t) return null;
    const sourceLane = laneIndex(s);
    const targetLane = laneIndex(t);
    if (sourceLane === targetLane) return null;
    const down = targetLane > sourceLane;
    return {
      sourceLane,
      targetLane,
      sourceSide: blockedTowards(boxOf(s), cellmates(s), down),
      targetSide: blockedTowards(boxOf(t), cellmates(t), !down),
    };
  }

  /** Whether a connection between cards stacked in one cell would run under another card of it. */
  function pastCardsOf(c: Connection, doc: DocState, { laneIndex, boxOf, cellmates }: CardCells): boolean {
    const s = doc.touchpoints[c.source];
    const t = doc.touchpoints[c.target];
    if (!s || !t || s.stageId !== t.stageId || laneIndex(s) !== laneIndex(t)) return false;
    return stackedPastCards(boxOf(s), boxOf(t), cellmates(s));
  }

  let lastEdgeInputs: BuildInputs | null = null;
  /** The language the last edges were named in: a switch names every connection again. */
  let lastEdgeLanguage = '';

  /** What a connection is called to a screen reader, in the interface language: its kind, and its label. */
  function connectionName(c: Connection, kinds: Map<string, string>): string {
    let kind = kinds.get(c.kind);
    if (kind === undefined) {
      kind = connectionKindName(c.kind);
      kinds.set(c.kind, kind);
    }
    if (!c.label) return sentenceWith('editor.connection.node', 'kind')(kind);
    return translate('editor.connection.labelled', { kind, label: c.label });
  }

  /**
   * Whether the edges built last still hold: the same connections, geometry and selection, and
   * touchpoints replaced without moving (a connection is routed around the cards in its way).
   */
  function sameEdgeInputs(before: BuildInputs, { doc, geometry, selection }: BuildInputs): boolean {
    if (before.doc.connections !== doc.connections || before.geometry !== geometry || before.selection !== selection)
      return false;
    if (before.doc.touchpoints === doc.touchpoints) return true;
    const old = before.doc.touchpoints;
    return (
      replacedRows(old, doc.touchpoints)?.every(
        (t) => t.position === old[t.id]!.position && t.laneId === old[t.id]!.laneId && t.stageId === old[t.id]!.stageId,
      ) ?? false
    );
  }

  function buildEdges(inputs: BuildInputs): ConnectionEdgeType[] {
    const before = lastEdgeInputs;
    lastEdgeInputs = inputs;
    const language = currentLanguage();
    const sameLanguage = language === lastEdgeLanguage;
    lastEdgeLanguage = language;
    if (before && lastEdges && sameLanguage && sameEdgeInputs(before, inputs)) return lastEdges;
    const kinds = new Map<string, string>();
    const { doc, geometry, selection } = inputs;
    const seen = new Set<string>();
    const edges: ConnectionEdgeType[] = [];
    const blueprint = isBlueprint(geometry.lanes.map((v) => v.lane));
    const grid = blueprint ? laneGrid(geometry) : null;
    const cells = cardCells(doc, geometry.lanes);
    for (const c of Object.values(doc.connections)) {
      seen.add(c.id);
      const selected = selection.has(c.id);
      const ends = blueprint ? crossingOf(c, doc, cells) : null;
      const pastCards = !ends && pastCardsOf(c, doc, cells);
      const hit = edgeCache.get(c.id);
      const deps = [
        c,
        selected,
        grid,
        ends?.sourceLane,
        ends?.targetLane,
        ends?.sourceSide,
        ends?.targetSide,
        pastCards,
        language,
      ];
      if (hit && sameItems(hit.deps, deps)) {
        edges.push(hit.edge);
        continue;
      }
      const edge: ConnectionEdgeType = {
        id: c.id,
        type: 'connection',
        source: c.source,
        target: c.target,
        selected,
        ariaLabel: connectionName(c, kinds),
        data:
          ends && grid
            ? { connection: c, crossing: { ends, grid } }
            : pastCards
              ? { connection: c, pastCards }
              : { connection: c },
      };
      edgeCache.set(c.id, { deps, edge });
      edges.push(edge);
    }
    for (const id of edgeCache.keys()) if (!seen.has(id)) edgeCache.delete(id);
    // Every connection as it was (a note or vote added): the same list, for React Flow as for nodes.
    if (lastEdges && sameItems(lastEdges, edges)) return lastEdges;
    lastEdges = edges;
    return edges;
  }

  return { buildNodes, buildEdges };
}
