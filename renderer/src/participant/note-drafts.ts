/**
 * A note being written on a participant's phone, kept in localStorage as it is typed (per journey
 * and stage): a phone that locks mid-sentence, a tab the browser throws away in the background, or
 * a reload gives the words back instead of an empty box. Cleared once the note is added (it then
 * waits in the outbox until the session has it).
 */
import { forgetStored, readStored, writeStored } from './stored';

const PREFIX = 'waymark:live:note-draft:';

export const noteDraftKey = (journeyId: string, stageId: string) => `${PREFIX}${journeyId}:${stageId}`;

/** The draft kept under `key`, or ''. */
export function readNoteDraft(storage: Storage | null, key: string): string {
  return readStored(storage, key) ?? '';
}

/** Keeps `text` under `key` (an empty text removes the draft). */
export function keepNoteDraft(storage: Storage | null, key: string, text: string): void {
  if (text === '') forgetStored(storage, key);
  else writeStored(storage, key, text);
}
