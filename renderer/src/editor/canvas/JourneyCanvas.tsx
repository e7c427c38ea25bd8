import {
  Background,
  BackgroundVariant,
  getViewportForBounds,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection as FlowConnection,
  type EdgeChange,
  type EdgeTypes,
  type FinalConnectionState,
  type NodeChange,
  type NodeTypes,
  type ReactFlowState,
  type Viewport,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from '../../i18n';
import { afterNextPaint } from '../../ui/paint';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { stageAtX } from '../../domain/layout';
import { storedPosition } from '../../domain/lanes';
import { applyChanges } from '../../session/doc-state';
import { addConnection, moveItems } from '../../session/edits';
import { fitLane } from '../../session/lane-edits';
import { useEditor, useEditorStore } from '../../session/react';
import { useEditorUi } from '../ui-store';
import { useEditorActions } from '../actions-context';
import { createCanvasBuilder, CURVE_NODE_ID, type CanvasNode, type ConnectionEdgeType } from './build-nodes';
import { ConnectionEdge, ConnectionMarkers } from './edges/ConnectionEdge';
import {
  CANVAS_MAX_ZOOM,
  CANVAS_MIN_ZOOM,
  cardsFirstView,
  createGeometryKeeper,
  DETAIL_ZOOM,
  wholeMapView,
} from './geometry';
import { readableViewOf } from './first-view';
import { CurveNode } from './nodes/CurveNode';
import { AddLaneNode, LaneNode } from './nodes/LaneNode';
import { NoteNode } from './nodes/NoteNode';
import { StageNode } from './nodes/StageNode';
import { TouchpointNode, zoomedOut } from './nodes/TouchpointNode';
import { useSearchMatches } from '../search/use-search';
import { HeatLegendBox } from './HeatMenu';
import { EmptyMapHint } from './EmptyMapHint';
import { FarMapLayer } from './far/FarMapLayer';
import { useFarCardPointer } from './far/far-card-pointer';
import { skipConfirmingReports } from './first-measure';
import { MapOverview } from './minimap/MapOverview';
import {
  cardAt,
  cardsInside,
  HUGE_MAP_CARDS,
  LARGE_MAP,
  nextLimit,
  selectedCardsOnly,
  stagedNodes,
  TARGETS_FIRST,
} from './staged-targets';
import { usePaintedOnce } from './use-painted';
import { ZoomControls } from './ZoomControls';
import { createSearchMarks, SearchMarksContext } from './search-marks';
import './canvas.css';

// Made once, outside components, so React Flow never remounts node views.
const nodeTypes: NodeTypes = {
  touchpoint: TouchpointNode,
  stage: StageNode,
  note: NoteNode,
  curve: CurveNode,
  lane: LaneNode,
  'lane-add': AddLaneNode,
};
const edgeTypes: EdgeTypes = { connection: ConnectionEdge };
const EMPTY_DRAG: ReadonlyMap<string, XYPosition> = new Map();
const NO_EDGES: ConnectionEdgeType[] = [];
// Props React Flow compares by identity: made once, so a re-render of the canvas
// (every drag frame) does not push new options into React Flow's store.
const SNAP_GRID: [number, number] = [20, 20];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const markCanvasReady = () => performance.mark('waymark:canvas-ready');
const panZoomReady = (s: ReactFlowState) => s.panZoom !== null;

export function JourneyCanvas() {
  const { t, i18n } = useTranslation();
  // React Flow's own words (zoom buttons, keyboard help for nodes and edges) in the interface language.
  const flowLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('editor.flow.node'),
      'node.a11yDescription.keyboardDisabled': t('editor.flow.nodeMove'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('editor.flow.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('editor.flow.edge'),
      'controls.ariaLabel': t('editor.zoomControls'),
      'controls.zoomIn.ariaLabel': t('editor.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('editor.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('editor.flow.fitView'),
      'controls.interactive.ariaLabel': t('editor.flow.interactive'),
      'minimap.ariaLabel': t('editor.minimap'),
      'handle.ariaLabel': t('editor.flow.handle'),
    }),
    [t],
  );
  const store = useEditorStore();
  const actions = useEditorActions();
  const flow = useReactFlow<CanvasNode, ConnectionEdgeType>();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const snapToGrid = useEditorUi((s) => s.snapToGrid);
  const showMinimap = useEditorUi((s) => s.showMinimap);
  const matches = useSearchMatches();
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(() => store.getState().viewport);
  // Zoomed out past the cards' detail. Until React Flow has set up its viewport, its store still
  // holds the default zoom, so the first render goes by the viewport it is about to open at.
  const storeFar = useStore(zoomedOut);
  const viewportReady = useStore(panZoomReady);
  const far = viewportReady ? storeFar : (initialViewport?.zoom ?? 1) < DETAIL_ZOOM;
  const [drag, setDrag] = useState<ReadonlyMap<string, XYPosition>>(EMPTY_DRAG);
  const builder = useRef(createCanvasBuilder()).current;
  // What a search dims and outlines: each item reads its own mark (search-marks.ts), so a search
  // leaves React Flow's nodes and edges as they are. Set before the frame is painted.
  const [marks] = useState(createSearchMarks);
  useLayoutEffect(() => marks.setState({ matches }), [marks, matches]);

  // The same object while nothing is moved or resized (a key in a card's title): every node and edge depends on it.
  const [keepGeometry] = useState(createGeometryKeeper);
  const geometry = useMemo(
    () => keepGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes),
    [keepGeometry, doc.stages, doc.touchpoints, doc.notes, doc.lanes],
  );
  const inputs = { doc, geometry, selection, drag, far };
  const nodes = useMemo(
    () => builder.buildNodes(inputs),
    // The language is a dependency: node names (aria-labels, blueprint lines) are said in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [builder, doc, geometry, selection, drag, far, i18n.language],
  );
  // Rebuilt when cards move between lanes too (a connection across lanes is routed between them), never per drag frame.
  const edges = useMemo(
    () => builder.buildEdges(inputs),
    [builder, doc.connections, doc.touchpoints, geometry, selection], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const selectFromChanges = useCallback(
    (changes: ReadonlyArray<{ type: string; id?: string; selected?: boolean }>) => {
      const picks = changes.filter(
        (c) => c.type === 'select' && c.id && c.id !== CURVE_NODE_ID && !c.id.startsWith('lane:'),
      );
      if (!picks.length) return;
      const next = new Set(store.getState().selection);
      for (const c of picks) {
        if (c.selected) next.add(c.id!);
        else next.delete(c.id!);
      }
      store.getState().setSelection(next);
      const first = picks.find((c) => c.selected)?.id;
      const state = store.getState();
      const stageId = first
        ? (state.doc.touchpoints[first]?.stageId ?? (state.doc.stages[first] ? first : null))
        : null;
      if (stageId) useEditorUi.getState().set({ focusedStageId: stageId });
    },
    [store],
  );

  const dragRef = useRef<Map<string, XYPosition>>(new Map());
  const geometryRef = useRef(geometry);
  geometryRef.current = geometry;
  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      let moved = false;
      let finished = false;
      for (const c of changes) {
        if (c.type !== 'position') continue;
        if (c.position) {
          dragRef.current.set(c.id, c.position);
          moved = true;
        }
        if (c.dragging === false) finished = true;
      }
      if (finished) {
        // Cards are drawn shifted under collapsed lanes: a drop is stored in the lane under it, unshifted.
        const lanes = geometryRef.current.lanes;
        const stored = (id: string, p: XYPosition): XYPosition =>
          store.getState().doc.touchpoints[id] ? storedPosition(lanes, p) : p;
        const moves = [...dragRef.current].map(([id, position]) => ({ id, position: stored(id, position) }));
        dragRef.current = new Map();
        const state = store.getState();
        const changes = moveItems(state.doc, moves);
        // A card dropped low in a lane makes the lane taller (the lanes below move down with their cards).
        let after = applyChanges(state.doc, changes, 'forward');
        const lanesHit = new Set(
          moves.map((m) => after.touchpoints[m.id]?.laneId).filter((id): id is NonNullable<typeof id> => !!id),
        );
        for (const laneId of lanesHit) {
          const grow = fitLane(after, laneId);
          changes.push(...grow);
          after = applyChanges(after, grow, 'forward');
        }
        state.run(moves.length > 1 ? 'Move items' : 'Move item', changes);
        setDrag(EMPTY_DRAG);
      } else if (moved) {
        setDrag(new Map(dragRef.current));
      }
      selectFromChanges(changes);
    },
    [store, selectFromChanges],
  );

  // A box drawn over cards selects those cards, as Select all does: React Flow also selected every connection
  // touching them, even to cards outside the box, which Delete then removed ("Deleted 4 items" for 2 cards).
  const boxSelecting = useRef(false);
  const flowStore = useStoreApi<CanvasNode, ConnectionEdgeType>();
  // Far out on a huge map the cards are not React Flow's to select (staged-targets.ts): the box's corners
  // (where it started, in flow coordinates, and where it was let go) pick them.
  const boxStart = useRef<XYPosition | null>(null);
  const cardsWithoutTargets = useRef<readonly CanvasNode[] | null>(null);
  const onSelectionStart = useCallback(() => {
    boxSelecting.current = true;
    const rect = flowStore.getState().userSelectionRect;
    boxStart.current = rect ? { x: rect.startX, y: rect.startY } : null;
  }, [flowStore]);
  const onSelectionEnd = useCallback(
    (e: React.MouseEvent) => {
      boxSelecting.current = false;
      const start = boxStart.current;
      const cards = cardsWithoutTargets.current;
      boxStart.current = null;
      if (!start || !cards) return;
      const inside = cardsInside(cards, start, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      if (inside.length) store.getState().setSelection([...store.getState().selection, ...inside]);
    },
    [flow, store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<ConnectionEdgeType>[]) =>
      selectFromChanges(boxSelecting.current ? changes.filter((c) => !(c.type === 'select' && c.selected)) : changes),
    [selectFromChanges],
  );

  const onConnect = useCallback(
    (c: FlowConnection) => {
      const state = store.getState();
      const { changes, connection } = addConnection(state.doc, c.source, c.target, 'main');
      if (connection) state.run('Connect touchpoints', changes, { select: [connection.id] });
    },
    [store],
  );

  // A connection dragged from a card's handle and let go anywhere on another card joins them: React Flow
  // takes only a drop near the other card's handle, and a drop on the card's body did nothing, without a word.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      if (connection.isValid || !connection.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const under = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
      const other = under?.getAttribute('data-id');
      const from = connection.fromNode.id;
      if (!other || other === from || !store.getState().doc.touchpoints[other]) return;
      // From a card's left (incoming) handle, the connection runs the other way.
      const outgoing = connection.fromHandle?.type !== 'target';
      onConnect({
        source: outgoing ? from : other,
        target: outgoing ? other : from,
        sourceHandle: null,
        targetHandle: null,
      });
    },
    [store, onConnect],
  );

  const rememberViewport = useCallback(
    (viewport: Viewport) => store.getState().setViewport({ x: viewport.x, y: viewport.y, zoom: viewport.zoom }),
    [store],
  );
  const onMoveEnd = useCallback((_: unknown, viewport: Viewport) => rememberViewport(viewport), [rememberViewport]);

  const onPaneClick = useCallback(
    (e: React.MouseEvent) => {
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // Far out on a huge map a press on a card's tile reaches the pane (a Shift-click ends there on release):
      // the card's own click (far-card-pointer.ts) decides.
      const cards = cardsWithoutTargets.current;
      if (cards && cardAt(cards, p)) return;
      const stageId = stageAtX(geometry.columns, p.x);
      useEditorUi.getState().set({ focusedStageId: stageId, contextMenu: null, editingId: null });
      // React Flow deselects what it draws; far out that leaves out connections, so clear them all here.
      if (store.getState().selection.size > 0) store.getState().setSelection([]);
    },
    [flow, geometry.columns, store],
  );

  const onNodeDoubleClick = useCallback(
    (e: React.MouseEvent, node: CanvasNode) => {
      if (node.type === 'touchpoint' || node.type === 'note') useEditorUi.getState().set({ editingId: node.id });
      // A double-click on a stage's empty space adds a touchpoint there (its header renames the stage instead).
      else if (node.type === 'stage' && !(e.target as Element).closest('.stage-header, .stage-resize'))
        actions.addTouchpointAt(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [actions, flow],
  );

  const openMenu = useCallback(
    (e: React.MouseEvent | MouseEvent, kind: 'canvas' | 'node' | 'edge', id: string | null) => {
      e.preventDefault();
      if (id && !store.getState().selection.has(id)) store.getState().setSelection([id]);
      const flowPos = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      useEditorUi.getState().set({ contextMenu: { x: e.clientX, y: e.clientY, kind, id, flow: flowPos } });
    },
    [flow, store],
  );

  const onNodeContextMenu = useCallback((e: React.MouseEvent, n: CanvasNode) => openMenu(e, 'node', n.id), [openMenu]);
  const onEdgeContextMenu = useCallback(
    (e: React.MouseEvent, edge: ConnectionEdgeType) => openMenu(e, 'edge', edge.id),
    [openMenu],
  );
  const onPaneContextMenu = useCallback((e: React.MouseEvent | MouseEvent) => openMenu(e, 'canvas', null), [openMenu]);

  // The first viewport: the one saved with the journey, else its cards and notes at a
  // readable size when they fit so (first-view.ts), else the whole map fitted to the
  // canvas, or its start with the cards' text where that fit would draw them as tiles
  // only a little too far out; computed before React Flow's first paint (so a large map
  // never mounts its cards at full detail only to be fitted a frame later).
  const wrapRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (initialViewport || !wrapRef.current) return;
    const box = wrapRef.current.getBoundingClientRect();
    const canvas = { width: box.width || 1200, height: box.height || 800 };
    const readable = readableViewOf(geometry, doc.touchpoints, doc.notes, canvas);
    if (readable) return setInitialViewport(readable);
    const whole = wholeMapView(geometry, canvas, getViewportForBounds).viewport;
    setInitialViewport(cardsFirstView(geometry, canvas, whole) ?? whole);
  }, [initialViewport, geometry, doc.touchpoints, doc.notes]);

  const large = nodes.length > LARGE_MAP;
  // A large map paints its stages and cards first; its emotion curve, minimap and (closer in) the
  // connections React Flow draws follow a frame later. Far out, the far map layer draws the
  // connections in the first frame.
  const painted = usePaintedOnce(large);
  // Opened far out, a large map's card targets mount in slices after a first frame that shows the
  // whole map on the far map layer (staged-targets.ts). Decided once, when React Flow first renders.
  const [targetLimit, setTargetLimit] = useState<number | null>(null);
  let limit = targetLimit ?? Infinity;
  const cards = useMemo(() => nodes.reduce((count, n) => count + Number(n.type === 'touchpoint'), 0), [nodes]);
  // Far out on a huge map the cards have no targets at all (staged-targets.ts): nothing to mount in slices.
  const tilesOnly = far && cards > HUGE_MAP_CARDS;
  const cardsWithoutElements = tilesOnly ? nodes : null;
  cardsWithoutTargets.current = cardsWithoutElements;
  if (targetLimit === null && initialViewport) {
    limit = large && far && !tilesOnly && cards > TARGETS_FIRST ? TARGETS_FIRST : Infinity;
    setTargetLimit(limit);
  }
  // A small map that becomes large in one change (a 5,000-row CSV import, a large paste): React Flow
  // reads onlyRenderVisibleElements from its props in an effect, after this render, which would then
  // mount every new card at full detail (seconds for thousands). The cards mount in slices instead.
  const [wasLarge, setWasLarge] = useState(large);
  if (large !== wasLarge) {
    setWasLarge(large);
    if (large && targetLimit !== null && limit === Infinity && cards > TARGETS_FIRST) {
      limit = TARGETS_FIRST;
      setTargetLimit(limit);
    }
  }
  useEffect(() => {
    if (!painted || limit === Infinity) return;
    // The next slice once this frame is painted.
    return afterNextPaint(() => setTargetLimit(nextLimit(limit, cards)));
  }, [painted, limit, cards]);
  // Until that first frame is out, React Flow need not measure again the cards it was given the size of
  // (first-measure.ts): wrapped before React Flow first renders its nodes.
  useState(() => skipConfirmingReports(flowStore));
  const shownNodes = useMemo(
    () => (tilesOnly ? selectedCardsOnly(nodes, painted) : stagedNodes(nodes, limit, painted)),
    [nodes, limit, painted, tilesOnly],
  );
  const farCards = useFarCardPointer(wrapRef, cardsWithoutElements, openMenu);
  // Far out, the far map layer draws the connections, so React Flow is given none (even hidden, each
  // would keep a component and a store subscription that runs on every frame of a pan).
  const flowEdges = far || !painted ? NO_EDGES : edges;

  return (
    <SearchMarksContext.Provider value={marks}>
      <div className="canvas-wrap" data-testid="journey-canvas" ref={wrapRef} {...farCards}>
        <ConnectionMarkers />
        <HeatLegendBox />
        {initialViewport && (
          <ReactFlow<CanvasNode, ConnectionEdgeType>
            ariaLabelConfig={flowLabels}
            nodes={shownNodes}
            edges={flowEdges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onSelectionStart={onSelectionStart}
            onSelectionEnd={onSelectionEnd}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            onMoveEnd={onMoveEnd}
            onInit={markCanvasReady}
            onPaneClick={onPaneClick}
            onNodeDoubleClick={onNodeDoubleClick}
            onNodeContextMenu={onNodeContextMenu}
            onEdgeContextMenu={onEdgeContextMenu}
            onPaneContextMenu={onPaneContextMenu}
            defaultViewport={initialViewport}
            minZoom={CANVAS_MIN_ZOOM}
            maxZoom={CANVAS_MAX_ZOOM}
            snapToGrid={snapToGrid}
            snapGrid={SNAP_GRID}
            selectNodesOnDrag={false}
            nodeDragThreshold={2}
            deleteKeyCode={null}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            selectionKeyCode="Shift"
            zoomOnDoubleClick={false}
            onlyRenderVisibleElements={large && !far}
            elevateNodesOnSelect={false}
            proOptions={PRO_OPTIONS}
          >
            <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
            {far && <FarMapLayer nodes={nodes} edges={edges} matches={matches} />}
            {painted && showMinimap && <MapOverview nodes={nodes} onViewportChosen={rememberViewport} />}
            <ZoomControls />
            <EmptyMapHint />
          </ReactFlow>
        )}
      </div>
    </SearchMarksContext.Provider>
  );
}
