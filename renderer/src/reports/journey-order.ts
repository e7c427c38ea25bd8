/**
 * Reading order of a journey for the report's tables: stages left to right,
 * touchpoints top to bottom. The main path (the emotion curve's order) is the
 * domain's, in domain/insights/path.ts; see curve-lines.ts.
 */
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
