/** The workshop session row: its settings and its start. */
import type { Workshop } from '../../domain/workshop-schema';
import { updateJourney } from '../../session/edits';
import { type DocState, type RowChange } from '../../session/doc-state';

export function patchWorkshop(doc: DocState, patch: Partial<Workshop>): RowChange[] {
  return updateJourney(doc, { workshop: { ...doc.journey.workshop, ...patch } });
}

export function startSession(doc: DocState, now: number): RowChange[] {
  return patchWorkshop(doc, { sessionStartedAt: now });
}
