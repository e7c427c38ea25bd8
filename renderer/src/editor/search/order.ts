import { readingOrder } from '../../domain/layout';
import type { Stage, Touchpoint } from '../../domain/model';

/** Touchpoints of the open journey in reading order (Tab order, search results). */
export function journeyOrder(stages: Record<string, Stage>, touchpoints: Record<string, Touchpoint>): Touchpoint[] {
  return readingOrder(Object.values(stages), Object.values(touchpoints));
}
