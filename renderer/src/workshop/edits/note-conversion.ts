/** Sticky notes turned into touchpoints, pain points or opportunities. */
import { newOpportunity, newPainPoint } from '../../domain/factories';
import { stageColumns, stageForPosition, sortStages } from '../../domain/layout';
import type { Note } from '../../domain/model';
import { LIMITS } from '../../domain/model';
import { truncateGraphemes } from '../../domain/workshop/text';
import { NOTE_SIZE } from '../../editor/canvas/geometry';
import { addTouchpoint, deleteItems, updateTouchpoint } from '../../session/edits';
import { workingCopy, type DocState } from '../../session/doc-state';
import { changeMerger, mergeChanges } from '../../session/history';
import { quote, refuse, type EditResult } from './result';
import { t } from '../../i18n';

const notesOf = (doc: DocState, ids: Iterable<string>): Note[] =>
  [...ids].map((id) => doc.notes[id]).filter((n): n is Note => !!n && n.text.trim() !== '');

/** Each note becomes a touchpoint in the stage below it; the notes go. One step. */
export function notesToTouchpoints(doc: DocState, ids: Iterable<string>, now: number): EditResult {
  const notes = notesOf(doc, ids);
  if (!notes.length) return refuse(t('live.edits.needText'));
  if (!Object.keys(doc.stages).length) return refuse(t('live.edits.stageFirstNotes'));
  const columns = stageColumns(Object.values(doc.stages));
  // One working copy and one merger for all the notes (a live session's hundreds): see workingCopy.
  const copy = workingCopy(doc);
  const working = copy.state;
  const merger = changeMerger();
  const created: string[] = [];
  for (const n of notes.sort((a, b) => a.position.x - b.position.x || b.position.y - a.position.y)) {
    const stageId =
      stageForPosition(columns, { x: n.position.x + NOTE_SIZE.width / 2 - 110, y: n.position.y }) ??
      sortStages(Object.values(doc.stages))[0]!.id;
    const title = truncateGraphemes(n.text, LIMITS.shortText);
    const { changes: c, touchpoint } = addTouchpoint(working, stageId, {
      title,
      description: title.length < n.text.length ? n.text : '',
      createdAt: now,
    });
    copy.apply(c);
    merger.add(c);
    created.push(touchpoint.id);
  }
  merger.add(
    deleteItems(
      working,
      notes.map((n) => n.id),
    ),
  );
  const changes = merger.result();
  const count = notes.length;
  return {
    ok: true,
    label: t('live.edits.toTouchpointsUndo', { count }),
    changes,
    select: created,
    message: t('live.edits.turned', { count }),
  };
}

/** The notes become pain points (or opportunities) of one touchpoint; the notes go. One step. */
export function notesToItems(
  doc: DocState,
  ids: Iterable<string>,
  touchpointId: string,
  kind: 'pain' | 'opportunity',
  severity: 1 | 2 | 3 = 2,
): EditResult {
  const notes = notesOf(doc, ids);
  const tp = doc.touchpoints[touchpointId];
  if (!notes.length) return refuse(t('live.edits.needText'));
  if (!tp) return refuse(t('live.edits.chooseTouchpoint'));
  const texts = notes.map((n) => truncateGraphemes(n.text, LIMITS.longText));
  const patch =
    kind === 'pain'
      ? { painPoints: [...tp.painPoints, ...texts.map((text) => newPainPoint(text, severity))] }
      : { opportunities: [...tp.opportunities, ...texts.map((text) => newOpportunity(text))] };
  const changes = mergeChanges(
    updateTouchpoint(doc, tp.id, patch),
    deleteItems(
      doc,
      notes.map((n) => n.id),
    ),
  );
  return {
    ok: true,
    label: kind === 'pain' ? t('live.edits.toPainUndo') : t('live.edits.toOpportunitiesUndo'),
    changes,
    select: [tp.id],
    message: t(kind === 'pain' ? 'live.edits.addedPains' : 'live.edits.addedOpportunities', {
      count: notes.length,
      title: quote(tp.title || t('workshop.untitledTouchpoint')),
    }),
  };
}
