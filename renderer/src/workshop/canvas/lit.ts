/** Which canvas items stay lit when focus dimming is on. Pure. */
import { stageColumns } from '../../domain/layout';
import type { DocState } from '../../session/doc-state';
import { NOTE_SIZE } from '../../editor/canvas/geometry';

export function litForStage(doc: DocState, stageId: string | null): Set<string> {
  const lit = new Set<string>();
  if (!stageId || !doc.stages[stageId]) return lit;
  lit.add(stageId);
  for (const t of Object.values(doc.touchpoints)) if (t.stageId === stageId) lit.add(t.id);
  const column = stageColumns(Object.values(doc.stages)).find((c) => c.stage.id === stageId);
  if (column) {
    for (const n of Object.values(doc.notes)) {
      const centre = n.position.x + NOTE_SIZE.width / 2;
      if (centre >= column.x && centre < column.x + column.width) lit.add(n.id);
    }
  }
  addConnections(doc, lit);
  return lit;
}

export function litForSelection(doc: DocState, selection: ReadonlySet<string>): Set<string> {
  const lit = new Set<string>();
  for (const id of selection) {
    if (doc.stages[id]) for (const x of litForStage(doc, id)) lit.add(x);
    else lit.add(id);
  }
  addConnections(doc, lit);
  return lit;
}

function addConnections(doc: DocState, lit: Set<string>) {
  for (const c of Object.values(doc.connections)) if (lit.has(c.source) && lit.has(c.target)) lit.add(c.id);
}
