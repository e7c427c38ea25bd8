/**
 * The minimap: the whole map in the corner, the part on screen outlined;
 * pressing on it moves the view there, dragging pans, the wheel zooms.
 *
 * React Flow's own minimap draws one component per node, each subscribed to
 * the flow's store, so on a 2,000-card map every frame of a pan runs 2,000
 * selectors and repaints 2,000 shapes. This one draws a path per kind of node
 * (rebuilt only when the nodes change) and keeps the on-screen outline in a
 * layer of its own, so panning only redraws that outline.
 */
import { Panel, useReactFlow, useStore, type ReactFlowState, type Viewport } from '@xyflow/react';
import { Map as MapIcon, Minimize2 } from 'lucide-react';
import { memo, useMemo, useRef, useState } from 'react';
import { shallow } from 'zustand/shallow';
import type { CanvasNode } from '../build-nodes';
import { fitViewBox, overviewShapes, unionBox, type OverviewItem } from './overview-shapes';
import { minimapLayout, type MinimapChoice } from './minimap-layout';
import { useTranslation } from '../../../i18n';
import './minimap.css';

/** Minimap pixels kept clear around the map. */
const MARGIN = 5;
/** Wheel delta to zoom factor, as React Flow's canvas zooms. */
const WHEEL_ZOOM = 0.002;

const viewportOf = (s: ReactFlowState) => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
  width: s.width,
  height: s.height,
});

function* itemsOf(nodes: readonly CanvasNode[]): Iterable<OverviewItem> {
  for (const n of nodes) {
    if (n.type === 'curve' || n.type === 'lane' || n.type === 'lane-add') continue;
    if (n.width === undefined || n.height === undefined) continue;
    yield { kind: n.type, x: n.position.x, y: n.position.y, width: n.width, height: n.height };
  }
}

interface MapOverviewProps {
  nodes: readonly CanvasNode[];
  /** Called with the viewport once a press or drag on the minimap ends, to remember it. */
  onViewportChosen: (viewport: Viewport) => void;
}

function MapOverviewView({ nodes, onViewportChosen }: MapOverviewProps) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const shapes = useMemo(() => overviewShapes(itemsOf(nodes)), [nodes]);
  const vp = useStore(viewportOf, shallow);
  // Sized for the canvas, folded to a button on a small one unless the user chose otherwise (minimap-layout.ts).
  const [choice, setChoice] = useState<MinimapChoice | null>(null);
  const measured = vp.width > 0 && vp.height > 0;
  const {
    folded,
    width: mapWidth,
    height: mapHeight,
  } = minimapLayout(measured ? vp : { width: 1e4, height: 1e4 }, choice);
  const zoom = vp.zoom || 1;
  const onScreen = { x: -vp.x / zoom, y: -vp.y / zoom, width: vp.width / zoom, height: vp.height / zoom };
  const view = fitViewBox(unionBox(shapes.bounds, onScreen), mapWidth, mapHeight, MARGIN);
  const viewBox = `${view.x} ${view.y} ${view.width} ${view.height}`;
  const svg = useRef<SVGSVGElement>(null);
  // Flow units per minimap pixel, fixed while a drag lasts (the viewBox may grow as the view moves).
  const drag = useRef<{ x: number; y: number; scale: number } | null>(null);

  const onPointerDown = (e: React.PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || !svg.current) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const box = svg.current.getBoundingClientRect();
    const x = view.x + ((e.clientX - box.left) / box.width) * view.width;
    const y = view.y + ((e.clientY - box.top) / box.height) * view.height;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
    drag.current = { x: e.clientX, y: e.clientY, scale: view.scale };
  };
  const onPointerMove = (e: React.PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const { x, y, zoom: z } = flow.getViewport();
    void flow.setViewport({ x: x - (e.clientX - d.x) * d.scale * z, y: y - (e.clientY - d.y) * d.scale * z, zoom: z });
    d.x = e.clientX;
    d.y = e.clientY;
  };
  const onPointerEnd = () => {
    if (!drag.current) return;
    drag.current = null;
    onViewportChosen(flow.getViewport());
  };
  const onWheel = (e: React.WheelEvent<SVGSVGElement>) => {
    void flow
      .zoomTo(flow.getZoom() * Math.pow(2, -e.deltaY * WHEEL_ZOOM))
      .then(() => onViewportChosen(flow.getViewport()));
  };

  if (folded) {
    return (
      <Panel position="bottom-right" className="wm-minimap-folded">
        <button
          type="button"
          className="wm-minimap-toggle"
          aria-label={t('editor.minimapShow')}
          title={t('editor.minimapShow')}
          onClick={() => setChoice('shown')}
        >
          <MapIcon size={16} aria-hidden />
        </button>
      </Panel>
    );
  }

  const outer = `M${view.x - view.width} ${view.y - view.height}h${view.width * 3}v${view.height * 3}h${-view.width * 3}z`;
  const inner = `M${onScreen.x} ${onScreen.y}h${onScreen.width}v${onScreen.height}h${-onScreen.width}z`;
  return (
    <Panel
      position="bottom-right"
      className="react-flow__minimap wm-minimap"
      style={{ width: mapWidth, height: mapHeight }}
    >
      <svg
        ref={svg}
        className="wm-minimap-map"
        width={mapWidth}
        height={mapHeight}
        viewBox={viewBox}
        role="img"
        aria-label={t('editor.minimap')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onWheel={onWheel}
      >
        <path className="wm-minimap-stage" d={shapes.paths.stage} />
        <path className="wm-minimap-touchpoint" d={shapes.paths.touchpoint} />
        <path className="wm-minimap-note" d={shapes.paths.note} />
      </svg>
      <svg className="wm-minimap-view" width={mapWidth} height={mapHeight} viewBox={viewBox} aria-hidden>
        <path className="wm-minimap-mask" d={`${outer}${inner}`} fillRule="evenodd" vectorEffect="non-scaling-stroke" />
      </svg>
      <button
        type="button"
        className="wm-minimap-toggle wm-minimap-fold"
        aria-label={t('editor.minimapHide')}
        title={t('editor.minimapHide')}
        onClick={() => setChoice('folded')}
      >
        <Minimize2 size={12} aria-hidden />
      </button>
    </Panel>
  );
}

export const MapOverview = memo(MapOverviewView);
