/**
 * What the report's emotion curve plots, taken from the domain's main path
 * (domain/insights/path.ts) through `emotionCurve`, exactly as the canvas
 * emotion lane does: the same touchpoints, in the same order, with the same
 * emotions, for the journey and for each persona. The report keeps one slot
 * per touchpoint of the path (so the key can name every one); each line is
 * drawn through its rated points only, as on the canvas.
 */
import { emotionCurve, type CurvePoint } from '../domain/insights';
import type { JourneyDocument, Persona } from '../domain/model';

/** A point with an emotion. */
export type RatedPoint = CurvePoint & { emotion: number };

export interface CurveLine {
  /** null for the journey's own (general) emotion. */
  persona: Persona | null;
  /** Rated points in path order; `index` is the slot along the curve. */
  points: RatedPoint[];
}

export interface ReportCurve {
  /** Every touchpoint of the main path, in order, with its general emotion (null when not captured). */
  slots: CurvePoint[];
  /** The journey's line first (always, even when empty), then one per persona with at least one emotion. */
  lines: CurveLine[];
}

const rated = (points: CurvePoint[]) => points.filter((p): p is RatedPoint => p.emotion !== null);

export function reportCurve(doc: JourneyDocument): ReportCurve {
  const slots = emotionCurve(doc);
  const lines: CurveLine[] = [{ persona: null, points: rated(slots) }];
  for (const persona of doc.personas) {
    const points = rated(emotionCurve(doc, persona.id));
    if (points.length > 0) lines.push({ persona, points });
  }
  return { slots, lines };
}
