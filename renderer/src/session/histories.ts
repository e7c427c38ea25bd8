/**
 * Undo histories of the journeys opened while the app runs, so that leaving a
 * journey and coming back keeps its undo steps. A journey stored anew from a
 * file (opened, or replacing the stored one) starts with none: the steps kept
 * for its id describe edits of a map that is no longer there.
 */
import type { History } from './history';

const histories = new Map<string, History>();

export function keptHistory(journeyId: string): History | undefined {
  return histories.get(journeyId);
}

export function keepHistory(journeyId: string, history: History): void {
  histories.set(journeyId, history);
}

export function forgetHistory(journeyId: string): void {
  histories.delete(journeyId);
}
