import { sortStages } from '../../domain/layout';
import type { Stage, Touchpoint } from '../../domain/model';

/** Touchpoints in reading order: stage by stage, then top to bottom, then left to right. */
export function journeyOrder(stages: Record<string, Stage>, touchpoints: Record<string, Touchpoint>): Touchpoint[] {
  const rank = new Map(sortStages(Object.values(stages)).map((s, i) => [s.id as string, i]));
  return Object.values(touchpoints).sort(
    (a, b) =>
      (rank.get(a.stageId) ?? 0) - (rank.get(b.stageId) ?? 0) ||
      a.position.y - b.position.y ||
      a.position.x - b.position.x,
  );
}
