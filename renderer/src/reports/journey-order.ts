/** Reading order of a journey for the report: stages left to right, touchpoints top to bottom, the main path. */
import { sortStages } from '../domain/layout';
import type { JourneyDocument, Stage, Touchpoint } from '../domain/model';

function byPosition(a: Touchpoint, b: Touchpoint): number {
  return a.position.y - b.position.y || a.position.x - b.position.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface StageGroup {
  stage: Stage;
  touchpoints: Touchpoint[];
}

/** Stages in order, each with its touchpoints top to bottom (then left to right). */
export function stageGroups(doc: JourneyDocument): StageGroup[] {
  return sortStages(doc.stages).map((stage) => ({
    stage,
    touchpoints: doc.touchpoints.filter((t) => t.stageId === stage.id).sort(byPosition),
  }));
}

/** Every touchpoint whose stage exists, in reading order. */
export function orderedTouchpoints(doc: JourneyDocument): Touchpoint[] {
  return stageGroups(doc).flatMap((g) => g.touchpoints);
}

/**
 * The main path: follow `main` connections from the first touchpoint that
 * starts one, always taking the earliest next touchpoint in reading order and
 * never visiting one twice; further main chains are appended. Without any
 * main connection, every touchpoint in reading order.
 */
export function mainPath(doc: JourneyDocument): Touchpoint[] {
  const ordered = orderedTouchpoints(doc);
  const rank = new Map(ordered.map((t, i) => [t.id as string, i]));
  const main = doc.connections.filter((c) => c.kind === 'main' && rank.has(c.source) && rank.has(c.target));
  if (main.length === 0) return ordered;

  const next = new Map<string, string[]>();
  const incoming = new Set<string>();
  for (const c of main) {
    if (c.source === c.target) continue;
    next.set(c.source, [...(next.get(c.source) ?? []), c.target]);
    incoming.add(c.target);
  }
  for (const list of next.values()) list.sort((a, b) => rank.get(a)! - rank.get(b)!);

  const onMain = ordered.filter((t) => next.has(t.id) || incoming.has(t.id));
  const visited = new Set<string>();
  const path: string[] = [];
  while (visited.size < onMain.length) {
    const start =
      onMain.find((t) => !visited.has(t.id) && !main.some((c) => c.target === t.id && !visited.has(c.source))) ??
      onMain.find((t) => !visited.has(t.id));
    if (!start) break;
    let current: string | undefined = start.id;
    while (current !== undefined && !visited.has(current)) {
      visited.add(current);
      path.push(current);
      current = (next.get(current) ?? []).find((id) => !visited.has(id));
    }
  }
  const stageIndex = new Map(sortStages(doc.stages).map((s, i) => [s.id as string, i]));
  const byId = new Map(ordered.map((t) => [t.id as string, t]));
  return path
    .map((id) => byId.get(id)!)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => stageIndex.get(a.t.stageId)! - stageIndex.get(b.t.stageId)! || a.i - b.i)
    .map(({ t }) => t);
}
