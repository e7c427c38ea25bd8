/** Small shared pieces of the insight modules: references the canvas can select, and pain helpers. */
import type { StageId, TouchpointId } from '../ids';
import type { JourneyDocument, Touchpoint } from '../model';

/** What every touchpoint insight carries so the canvas can select and the UI can name it. */
export interface TouchpointRef {
  touchpointId: TouchpointId;
  stageId: StageId;
  title: string;
}

export function refOf(t: Touchpoint): TouchpointRef {
  return { touchpointId: t.id, stageId: t.stageId, title: t.title };
}

/** Worst pain severity at a touchpoint, 0 when it has none. */
export function worstSeverity(t: Touchpoint): 0 | 1 | 2 | 3 {
  return t.painPoints.reduce<0 | 1 | 2 | 3>((max, p) => (p.severity > max ? p.severity : max), 0);
}

/** Position of each touchpoint along the main path, for stable tie-breaking. */
export function indexOf(path: readonly Touchpoint[]): Map<TouchpointId, number> {
  return new Map(path.map((t, i) => [t.id, i]));
}

/** Stage names by id. */
export function stageNames(doc: JourneyDocument): Map<StageId, string> {
  return new Map(doc.stages.map((s) => [s.id, s.name]));
}
