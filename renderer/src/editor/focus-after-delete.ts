import { sortStages } from '../domain/layout';
import type { DocState } from '../session/doc-state';
import { journeyOrder } from './search/order';

/** Where keyboard focus goes once a deletion has taken the card that held it. */
export type FocusAfterDelete = { kind: 'touchpoint'; id: string } | { kind: 'stage'; id: string } | null;

/**
 * The card that takes focus after a deletion (pure): the touchpoint after the deleted one in its
 * stage (reading order), else the one before it, else that stage's header; a deleted stage hands
 * focus to the next stage, else the one before. `focusedId` is the card that had focus, when it
 * was one of those deleted; otherwise the first deleted touchpoint (then stage) in reading order
 * is the place to go on from. Null when nothing was deleted that held a place on the map (notes
 * alone) or nothing is left near it.
 */
export function focusAfterDelete(before: DocState, after: DocState, focusedId: string | null): FocusAfterDelete {
  const order = journeyOrder(before.stages, before.touchpoints);
  const gone = order.filter((t) => !after.touchpoints[t.id]);
  const anchor = gone.find((t) => t.id === focusedId) ?? (focusedId && before.stages[focusedId] ? null : gone[0]);
  if (anchor) {
    const inStage = order.filter((t) => t.stageId === anchor.stageId);
    const at = inStage.findIndex((t) => t.id === anchor.id);
    const left = (t: { id: string }) => !!after.touchpoints[t.id];
    const next = inStage.slice(at + 1).find(left) ?? inStage.slice(0, at).reverse().find(left);
    if (next) return { kind: 'touchpoint', id: next.id };
    if (after.stages[anchor.stageId]) return { kind: 'stage', id: anchor.stageId };
  }
  const stages = sortStages(Object.values(before.stages));
  const goneStage =
    stages.find((s) => s.id === (anchor?.stageId ?? focusedId) && !after.stages[s.id]) ??
    stages.find((s) => !after.stages[s.id]);
  if (!goneStage) return null;
  const at = stages.indexOf(goneStage);
  const left = (s: { id: string }) => !!after.stages[s.id];
  const next = stages.slice(at + 1).find(left) ?? stages.slice(0, at).reverse().find(left);
  return next ? { kind: 'stage', id: next.id } : null;
}
