/**
 * A note being written on a participant's phone, kept in localStorage as it is typed (per journey
 * and stage): a phone that locks mid-sentence, a tab the browser throws away in the background, or
 * a reload gives the words back instead of an empty box. Cleared once the note is added (it then
 * waits in the outbox until the session has it).
 */
const PREFIX = 'waymark:live:note-draft:';

export const noteDraftKey = (journeyId: string, stageId: string) => `${PREFIX}${journeyId}:${stageId}`;

/** The draft kept under `key`, or ''. */
export function readNoteDraft(storage: Storage | null, key: string): string {
  try {
    return storage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** Keeps `text` under `key` (an empty text removes the draft). */
export function keepNoteDraft(storage: Storage | null, key: string, text: string): void {
  try {
    if (text === '') storage?.removeItem(key);
    else storage?.setItem(key, text);
  } catch {
    // Private mode or full storage: the box still holds the text; only a reload would lose it.
  }
}
