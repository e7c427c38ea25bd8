/** What a workshop edit returns: its row changes, or a sentence saying why it cannot be made. */
import { type NoteColour } from '../../domain/vocabulary';
import { truncateGraphemes } from '../../domain/workshop/text';
import { type RowChange } from '../../session/doc-state';

export type Edit = { ok: true; label: string; changes: RowChange[]; select?: string[]; message: string };
export type Refusal = { ok: false; message: string };
export type EditResult = Edit | Refusal;

export const refuse = (message: string): Refusal => ({ ok: false, message });
export const quote = (text: string, max = 40) => `“${truncateGraphemes(text, max)}${text.length > max ? '…' : ''}”`;

export const QUESTION_COLOUR: NoteColour = 'blue';
export const NOTE_GAP = 16;
