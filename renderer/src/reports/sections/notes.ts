import type { NoteColour } from '../../domain/vocabulary';
import type { ReportContext } from '../context';
import { emptyNote, multiline, sectionOpen } from './parts';

const NOTE_HEX: Record<NoteColour, string> = {
  yellow: '#f5c400',
  pink: '#e64980',
  blue: '#339af0',
  green: '#40c057',
  purple: '#845ef7',
};

export function notesSection(ctx: ReportContext): string {
  const notes = [...ctx.doc.notes]
    .filter((n) => n.text.trim())
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  const body =
    notes.length === 0
      ? emptyNote(ctx.labels.noNotes)
      : `<div class="notes">${notes
          .map(
            (n) =>
              `<div class="note" style="border-left-color:${NOTE_HEX[n.colour] ?? NOTE_HEX.yellow}">${multiline(n.text)}</div>`,
          )
          .join('')}</div>`;
  return `${sectionOpen('notes', ctx.labels)}${body}</section>`;
}
