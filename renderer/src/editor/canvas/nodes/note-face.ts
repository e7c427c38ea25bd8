/**
 * What of a note's text is drawn on its face on the map. A note is a fixed box (180 × 120 at 13 px:
 * six lines, some 200 characters) that clips the rest, but the browser lays out all of it: a note
 * holding a pasted 100,000-character text took Chromium 20 seconds and more to lay out in that
 * narrow box, freezing the window when the note was left and on later layouts of the map. The face
 * draws a head that always fills the box; the note keeps its whole text, and its editor shows it.
 */
import { textHead } from '../../../ui/text-head';

/** Characters drawn on a note's face: far more than its box can show, however short its lines. */
export const NOTE_FACE_CHARS = 2_000;

/** The head of `text` drawn on a note's face. */
export function noteFace(text: string): string {
  return textHead(text, NOTE_FACE_CHARS);
}
