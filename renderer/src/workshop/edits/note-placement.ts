/** Where new sticky notes go: free slots under a stage, one per captured line. */
import { createNote } from '../../domain/factories';
import { stageColumns } from '../../domain/layout';
import type { Note } from '../../domain/model';
import { LIMITS } from '../../domain/model';
import { truncateGraphemes } from '../../domain/workshop/text';
import { NOTE_SIZE } from '../../editor/canvas/geometry';
import { diffRows, type DocState, type RowChange } from '../../session/doc-state';
import { NOTE_GAP, QUESTION_COLOUR } from './result';

/**
 * Free slots for notes in the area above a stage's column (notes captured for
 * a stage stack upwards from its header, clear of touchpoints and the emotion lane).
 */
export function noteSlots(doc: DocState, stageId: string | null, count: number): { x: number; y: number }[] {
  const columns = stageColumns(Object.values(doc.stages));
  const column = columns.find((c) => c.stage.id === stageId) ?? columns[0];
  const x0 = column?.x ?? 0;
  const width = column?.width ?? NOTE_SIZE.width + 2 * NOTE_GAP;
  const perRow = Math.max(1, Math.floor((width - NOTE_GAP) / (NOTE_SIZE.width + NOTE_GAP)));
  const rowWidth = perRow * NOTE_SIZE.width + (perRow - 1) * NOTE_GAP;
  const left = x0 + Math.max(0, (width - rowWidth) / 2);
  const taken = Object.values(doc.notes).map((n) => n.position);
  const free = (p: { x: number; y: number }) =>
    !taken.some((t) => Math.abs(t.x - p.x) < NOTE_SIZE.width / 2 && Math.abs(t.y - p.y) < NOTE_SIZE.height / 2);
  const out: { x: number; y: number }[] = [];
  for (let i = 0; out.length < count && i < 5000; i++) {
    const p = {
      x: left + (i % perRow) * (NOTE_SIZE.width + NOTE_GAP),
      y: -(NOTE_SIZE.height + 2 * NOTE_GAP) - Math.floor(i / perRow) * (NOTE_SIZE.height + NOTE_GAP),
    };
    if (free(p)) {
      out.push(p);
      taken.push(p);
    }
  }
  return out;
}

/** One note per line, in a grid above the stage; lines starting with “?” become questions. */
export function notesForLines(
  doc: DocState,
  lines: readonly { text: string; question: boolean }[],
  stageId: string | null,
  now: number,
): { changes: RowChange[]; ids: string[] } {
  const slots = noteSlots(doc, stageId, lines.length);
  const notes: Note[] = lines.map((line, i) =>
    createNote({
      journeyId: doc.journey.id,
      text: truncateGraphemes(line.text, LIMITS.longText),
      kind: line.question ? 'question' : 'note',
      colour: line.question ? QUESTION_COLOUR : 'yellow',
      position: slots[i]!,
      createdAt: now,
    }),
  );
  return {
    changes: diffRows(
      doc,
      'notes',
      notes.map((n) => ({ id: n.id, after: n })),
    ),
    ids: notes.map((n) => n.id),
  };
}
