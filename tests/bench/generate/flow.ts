/**
 * The bare comparison page's nodes and edges: the same touchpoints (same ids,
 * positions and sizes) and the same stage columns as Waymark draws, as React
 * Flow's default node and edge types. Plain JSON, served to the bare page.
 */
import { canvasGeometry } from '../../../renderer/src/editor/canvas/geometry';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../../renderer/src/domain/vocabulary';

export interface BareNode {
  id: string;
  type: 'default' | 'group';
  position: { x: number; y: number };
  width: number;
  height: number;
  data: { label: string };
  draggable?: boolean;
  zIndex?: number;
}

export interface BareEdge {
  id: string;
  source: string;
  target: string;
}

export interface BareFlow {
  nodes: BareNode[];
  edges: BareEdge[];
}

export function bareFlow(doc: JourneyDocument): BareFlow {
  const byId = <T extends { id: string }>(items: readonly T[]) => Object.fromEntries(items.map((i) => [i.id, i]));
  const geometry = canvasGeometry(byId(doc.stages), byId(doc.touchpoints), byId(doc.notes));
  const stages: BareNode[] = geometry.columns.map(({ stage, x, width }) => ({
    id: stage.id,
    type: 'group',
    position: { x, y: 0 },
    width,
    height: geometry.columnHeight,
    data: { label: stage.name },
    draggable: false,
    zIndex: -1,
  }));
  const touchpoints: BareNode[] = doc.touchpoints.map((t) => ({
    id: t.id,
    type: 'default',
    position: t.position,
    width: TOUCHPOINT_WIDTH,
    height: TOUCHPOINT_HEIGHT,
    data: { label: t.title },
  }));
  return {
    nodes: [...stages, ...touchpoints],
    edges: doc.connections.map((c) => ({ id: c.id, source: c.source, target: c.target })),
  };
}
