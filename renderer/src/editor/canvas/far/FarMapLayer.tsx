/**
 * The map as seen from far away (zoom below the cards' detail level), drawn
 * on one canvas under React Flow's nodes: a tile per card and every
 * connection. Far out, thousands of cards and connections fit on screen at
 * once; as DOM and SVG each pan frame would repaint every one of them, so
 * there the cards' own elements stay in place but transparent (they still
 * take clicks, drags and keyboard focus), React Flow draws no connections,
 * and this layer redraws in a few milliseconds per frame instead. On a huge
 * map even the transparent elements cost too much per frame: there only the
 * selected cards keep one, and far-card-pointer.ts takes the pointer.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ConnectionKind } from '../../../domain/vocabulary';
import type { CanvasNode, ConnectionEdgeType } from '../build-nodes';
import { useEditorSlots } from '../../slots';
import { useEditorUi } from '../../ui-store';
import { createFarMapKeeper, type FarMap } from './far-map';

interface Palette {
  lines: Record<ConnectionKind, string>;
  selected: string;
  match: string;
}

const FALLBACK: Palette = {
  lines: { main: '#495057', alternative: '#868e96', failure: '#e03131', recovery: '#2f9e44' },
  selected: '#3b5bdb',
  match: '#fab005',
};

/**
 * The canvas's colours, from the CSS custom properties the DOM connections use
 * (canvas.css). Reading them forces a style pass, so the layer does it once the
 * first frame is out, then keeps the result for later mounts.
 */
let palette: Palette = FALLBACK;

function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    lines: {
      main: read('--conn-main', FALLBACK.lines.main),
      alternative: read('--conn-alternative', FALLBACK.lines.alternative),
      failure: read('--conn-failure', FALLBACK.lines.failure),
      recovery: read('--conn-recovery', FALLBACK.lines.recovery),
    },
    selected: read('--accent', FALLBACK.selected),
    match: read('--conn-match', FALLBACK.match),
  };
}

/** Outline width of a selected or matching tile, in screen pixels (as the cards' 3 px ring). */
const OUTLINE_PX = 3;

function paint(canvas: HTMLCanvasElement, state: ReactFlowState, map: FarMap, lines: Path2D[], colours: Palette) {
  const ctx = canvas.getContext('2d');
  // Until React Flow has set up its viewport, its transform is not the one about to be shown.
  if (!ctx || state.panZoom === null) return;
  const dpr = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(state.width * dpr));
  const height = Math.max(1, Math.round(state.height * dpr));
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const [tx, ty, zoom] = state.transform;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);

  ctx.lineCap = 'round';
  map.lines.forEach((group, i) => {
    ctx.globalAlpha = group.dimmed ? 0.2 : 1;
    ctx.strokeStyle = colours.lines[group.kind];
    ctx.lineWidth = group.selected ? 3.5 : 2;
    ctx.stroke(lines[i]!);
  });

  for (const dimmed of [true, false]) {
    ctx.globalAlpha = dimmed ? 0.25 : 1;
    for (const tile of map.tiles) {
      if (tile.dimmed !== dimmed) continue;
      ctx.fillStyle = tile.colour;
      ctx.fillRect(tile.x, tile.y, tile.width, tile.height);
    }
  }
  ctx.globalAlpha = 1;
  ctx.lineWidth = OUTLINE_PX / zoom;
  for (const tile of map.tiles) {
    if (!tile.outline) continue;
    ctx.strokeStyle = tile.outline === 'selected' ? colours.selected : colours.match;
    ctx.strokeRect(tile.x, tile.y, tile.width, tile.height);
  }
}

interface FarMapLayerProps {
  nodes: readonly CanvasNode[];
  edges: readonly ConnectionEdgeType[];
  /** While a search is active, the ids that match (search-marks.ts); null: none. */
  matches: ReadonlySet<string> | null;
}

export function FarMapLayer({ nodes, edges, matches }: FarMapLayerProps) {
  const store = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { useCanvasDimming } = useEditorSlots();
  const lit = useCanvasDimming();
  const heat = useEditorUi((s) => s.heatMode);
  // The same map while nothing it draws changed (a key in a card's title): not made, nor painted, again.
  const [keepMap] = useState(createFarMapKeeper);
  const map = useMemo(() => keepMap(nodes, edges, lit, heat, matches), [keepMap, nodes, edges, lit, heat, matches]);
  const lines = useMemo(() => map.lines.map((g) => new Path2D(g.path)), [map]);

  // Drawn before the browser paints, and again (once a frame at most) whenever the view moves or resizes.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let frame = 0;
    const draw = () => {
      frame = 0;
      paint(canvas, store.getState(), map, lines, palette);
    };
    draw();
    const check = requestAnimationFrame(() => {
      const read = readPalette(canvas);
      if (JSON.stringify(read) === JSON.stringify(palette)) return;
      palette = read;
      draw();
    });
    let seen = store.getState();
    const unsubscribe = store.subscribe((state) => {
      const moved = state.transform !== seen.transform || state.width !== seen.width || state.height !== seen.height;
      seen = state;
      if (moved && !frame) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      cancelAnimationFrame(check);
    };
  }, [store, map, lines]);

  return (
    <canvas
      ref={canvasRef}
      className="far-map"
      aria-hidden
      data-tiles={map.tiles.length}
      data-connections={map.lineCount}
    />
  );
}
