/** Grouping sticky notes into named clusters. */
import { newId, type Id } from '../../domain/ids';
import type { Note } from '../../domain/model';
import { LIMITS } from '../../domain/model';
import { truncateGraphemes } from '../../domain/workshop/text';
import { diffRows, type DocState, type RowChange } from '../../session/doc-state';
import { quote, refuse, type EditResult } from './result';
import { t } from '../../i18n';
import { patchWorkshop } from './session';

export function groupNotes(doc: DocState, ids: Iterable<string>, title: string): EditResult {
  const notes = [...ids].map((id) => doc.notes[id]).filter((n): n is Note => !!n);
  if (notes.length === 0) return refuse(t('live.edits.selectNotes'));
  const clean = truncateGraphemes(title.normalize('NFC').trim(), LIMITS.shortText) || t('live.edits.untitledCluster');
  const id: Id<'cluster'> = newId('cluster');
  const oldClusters = new Set(notes.map((n) => n.clusterId).filter(Boolean));
  const noteRows = notes.map((n) => ({ id: n.id, after: { ...n, clusterId: id } }));
  // Clusters left without notes go away with the regrouping.
  const remaining = Object.values(doc.notes).filter((n) => !notes.includes(n));
  const clusters = doc.journey.workshop.clusters.filter(
    (c) => !oldClusters.has(c.id) || remaining.some((n) => n.clusterId === c.id),
  );
  const changes = [
    ...diffRows(doc, 'notes', noteRows),
    ...patchWorkshop(doc, { clusters: [...clusters, { id, title: clean }] }),
  ];
  return {
    ok: true,
    label: t('live.edits.groupUndo'),
    changes,
    select: notes.map((n) => n.id),
    message: `Grouped ${notes.length} ${notes.length === 1 ? 'note' : 'notes'} as ${quote(clean)}.`,
  };
}

export function ungroupCluster(doc: DocState, clusterId: string): RowChange[] {
  const rows = Object.values(doc.notes)
    .filter((n) => n.clusterId === clusterId)
    .map((n) => ({ id: n.id, after: { ...n, clusterId: null } }));
  return [
    ...diffRows(doc, 'notes', rows),
    ...patchWorkshop(doc, { clusters: doc.journey.workshop.clusters.filter((c) => c.id !== clusterId) }),
  ];
}

export function renameCluster(doc: DocState, clusterId: string, title: string): RowChange[] {
  const clusters = doc.journey.workshop.clusters.map((c) =>
    c.id === clusterId ? { ...c, title: truncateGraphemes(title.normalize('NFC'), LIMITS.shortText) } : c,
  );
  return patchWorkshop(doc, { clusters });
}
