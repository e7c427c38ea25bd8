/** Coverage gaps: what the map has not captured yet. */
import type { PersonaId, StageId } from '../ids';
import { sortStages } from '../layout';
import type { JourneyDocument, Touchpoint } from '../model';
import { refOf, type TouchpointRef } from './refs';

export interface CoverageGaps {
  /** Stages with no touchpoint, in stage order. */
  emptyStages: { stageId: StageId; name: string }[];
  /** Touchpoints without an emotion, in main-path order. */
  withoutEmotion: TouchpointRef[];
  /** Touchpoints without a channel, in main-path order. */
  withoutChannel: TouchpointRef[];
  /**
   * Personas the map covers (the journey's personaIds, or every persona of
   * the document when it lists none) that have no emotion on any touchpoint.
   * A listed persona missing from the document has an empty name.
   */
  personasWithoutEmotion: { personaId: PersonaId; name: string }[];
}

export function coverageGaps(doc: JourneyDocument, path: readonly Touchpoint[]): CoverageGaps {
  const used = new Set<string>(doc.touchpoints.map((t) => t.stageId));
  const names = new Map<string, string>(doc.personas.map((p) => [p.id, p.name]));
  const covered: PersonaId[] = doc.journey.personaIds.length
    ? [...new Set(doc.journey.personaIds)]
    : doc.personas.map((p) => p.id);
  const felt = new Set<string>();
  for (const t of doc.touchpoints) for (const id of Object.keys(t.personaEmotions)) felt.add(id);
  return {
    emptyStages: sortStages(doc.stages)
      .filter((s) => !used.has(s.id))
      .map((s) => ({ stageId: s.id, name: s.name })),
    withoutEmotion: path.filter((t) => t.emotion === null).map(refOf),
    withoutChannel: path.filter((t) => t.channel.trim() === '').map(refOf),
    personasWithoutEmotion: covered
      .filter((id) => !felt.has(id))
      .map((id) => ({ personaId: id, name: names.get(id) ?? '' })),
  };
}
