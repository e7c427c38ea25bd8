/**
 * The benchmark's baseline: React Flow as it comes (default node and edge
 * types, no minimap, background or app chrome), with the same nodes and
 * edges as Waymark's canvas and the same React Flow settings that change
 * rendering work (zoom range, fit padding, visible-only rendering above 300
 * nodes, drag threshold). Controlled nodes, as the React Flow docs show.
 *
 * URL: ?w=&h= sets the canvas size (Waymark's canvas size, so both draw the
 * same area); ?x=&y=&zoom= opens at that viewport instead of fitting the view.
 */
import { applyNodeChanges, ReactFlow, type Edge, type Node, type NodeChange, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Flow {
  nodes: Node[];
  edges: Edge[];
}

const LARGE_MAP = 300;

function numberParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

function Bare({ flow, viewport, size }: { flow: Flow; viewport: Viewport | null; size: { w: number; h: number } }) {
  const [nodes, setNodes] = useState(flow.nodes);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  return (
    <div style={{ width: size.w, height: size.h }}>
      <ReactFlow
        nodes={nodes}
        edges={flow.edges}
        onNodesChange={onNodesChange}
        defaultViewport={viewport ?? undefined}
        fitView={!viewport}
        fitViewOptions={{ padding: 0.1 }}
        minZoom={0.05}
        maxZoom={2.5}
        selectNodesOnDrag={false}
        nodeDragThreshold={2}
        onlyRenderVisibleElements={nodes.length > LARGE_MAP}
        elevateNodesOnSelect={false}
        proOptions={{ hideAttribution: true }}
      />
    </div>
  );
}

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('The bare page has no #root element.');
  const params = new URLSearchParams(window.location.search);
  const x = numberParam(params, 'x');
  const y = numberParam(params, 'y');
  const zoom = numberParam(params, 'zoom');
  const viewport = x !== null && y !== null && zoom !== null ? { x, y, zoom } : null;
  const size = { w: numberParam(params, 'w') ?? window.innerWidth, h: numberParam(params, 'h') ?? window.innerHeight };
  const response = await fetch('./flow.json');
  if (!response.ok) throw new Error(`flow.json could not be loaded (HTTP ${response.status}).`);
  const flow = (await response.json()) as Flow;
  createRoot(root).render(<Bare flow={flow} viewport={viewport} size={size} />);
}

start().catch((error: unknown) => {
  document.body.textContent = `The bare benchmark page failed: ${error instanceof Error ? error.message : String(error)}`;
});
