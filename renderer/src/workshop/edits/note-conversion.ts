/** Sticky notes turned into touchpoints, pain points or opportunities. */
import { newOpportunity, newPainPoint } from '../../domain/factories';
import { stageColumns, stageForPosition, sortStages } from '../../domain/layout';
import type { Note } from '../../domain/model';
import { LIMITS } from '../../domain/model';
import { truncateGraphemes } from '../../domain/workshop/text';
import { NOTE_SIZE } from '../../editor/canvas/geometry';
import { addTouchpoint, deleteItems, updateTouchpoint } from '../../session/edits';
import { applyChanges, type DocState, type RowChange } from '../../session/doc-state';
import { mergeChanges } from '../../session/history';
import { quote, refuse, type EditResult } from './result';

const notesOf = (doc: DocState, ids: Iterable<string>): Note[] =>
  [...ids].map((id) => doc.notes[id]).filter((n): n is Note => !!n && n.text.trim() !== '');

/** Each note becomes a touchpoint in the stage below it; the notes go. One step. */
export function notesToTouchpoints(doc: DocState, ids: Iterable<string>, now: number): EditResult {
  const notes = notesOf(doc, ids);
  if (!notes.length) return refuse('Select sticky notes with text first.');
  if (!Object.keys(doc.stages).length) return refuse('Add a stage first, then turn notes into touchpoints.');
  const columns = stageColumns(Object.values(doc.stages));
  let working = doc;
  let changes: RowChange[] = [];
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
    working = applyChanges(working, c, 'forward');
    changes = mergeChanges(changes, c);
    created.push(touchpoint.id);
  }
  changes = mergeChanges(
    changes,
    deleteItems(
      working,
      notes.map((n) => n.id),
    ),
  );
  const count = notes.length;
  return {
    ok: true,
    label: count > 1 ? 'Notes to touchpoints' : 'Note to touchpoint',
    changes,
    select: created,
    message: `Turned ${count} ${count === 1 ? 'note' : 'notes'} into ${count === 1 ? 'a touchpoint' : 'touchpoints'}.`,
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
  const t = doc.touchpoints[touchpointId];
  if (!notes.length) return refuse('Select sticky notes with text first.');
  if (!t) return refuse('Choose the touchpoint the notes belong to.');
  const texts = notes.map((n) => truncateGraphemes(n.text, LIMITS.longText));
  const patch =
    kind === 'pain'
      ? { painPoints: [...t.painPoints, ...texts.map((text) => newPainPoint(text, severity))] }
      : { opportunities: [...t.opportunities, ...texts.map((text) => newOpportunity(text))] };
  const changes = mergeChanges(
    updateTouchpoint(doc, t.id, patch),
    deleteItems(
      doc,
      notes.map((n) => n.id),
    ),
  );
  const what = kind === 'pain' ? 'pain point' : 'opportunity';
  const plural = kind === 'pain' ? 'pain points' : 'opportunities';
  return {
    ok: true,
    label: kind === 'pain' ? 'Notes to pain points' : 'Notes to opportunities',
    changes,
    select: [t.id],
    message: `Added ${notes.length} ${notes.length === 1 ? what : plural} to ${quote(t.title || 'Untitled touchpoint')}.`,
  };
}
