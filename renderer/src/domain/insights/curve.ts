/** Emotion curve data along the main path, for the canvas emotion lane and the report chart. */
import type { PersonaId, StageId, TouchpointId } from '../ids';
import type { JourneyDocument, Touchpoint } from '../model';
import { mainLineIds, mainPath } from './path';

export interface CurvePoint {
  touchpointId: TouchpointId;
  stageId: StageId;
  title: string;
  /** Position along the curve (0-based, counting touchpoints without an emotion too). */
  index: number;
  /** −3..+3, or null where no emotion was captured (no point there: the line runs on to the next rated one). */
  emotion: number | null;
}

export interface CurveOptions {
  /** Leave out touchpoints without an emotion instead of marking them with null. */
  skipMissing?: boolean;
  /**
   * Keep only touchpoints at either end of a main connection (failure and
   * alternative branches left out). Ignored in a journey without main connections.
   */
  mainLineOnly?: boolean;
}

/** The emotion a touchpoint holds for a persona (or the general one without a persona); null when not captured. */
export function emotionFor(touchpoint: Touchpoint, personaId?: PersonaId | null): number | null {
  if (personaId) return touchpoint.personaEmotions[personaId] ?? null;
  return touchpoint.emotion;
}

/**
 * Emotion along the main path. With a persona id, the persona's own emotion
 * (personaEmotions); never falls back to the general emotion.
 */
export function emotionCurve(
  doc: JourneyDocument,
  personaId?: PersonaId | null,
  options: CurveOptions = {},
): CurvePoint[] {
  const line = options.mainLineOnly ? mainLineIds(doc) : null;
  const path = mainPath(doc).filter((t) => !line || line.size === 0 || line.has(t.id));
  const points = path.map((t, index) => ({
    touchpointId: t.id,
    stageId: t.stageId,
    title: t.title,
    index,
    emotion: emotionFor(t, personaId),
  }));
  return options.skipMissing ? points.filter((p) => p.emotion !== null) : points;
}
