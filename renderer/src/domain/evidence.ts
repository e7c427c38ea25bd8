/**
 * Evidence levels on touchpoints and pain points: their order (assumption <
 * anecdote < research < data), the "at least" test the canvas filter uses,
 * and how much of a map is backed by data.
 */
import type { JourneyDocument, PainPoint, Touchpoint } from './model';
import { EVIDENCE_LEVELS, type EvidenceLevel } from './vocabulary';

/** 0 (assumption) … 3 (data); −1 for no level, which is below every level. */
export function evidenceRank(level: EvidenceLevel | null): number {
  return level === null ? -1 : EVIDENCE_LEVELS.indexOf(level);
}

/** Whether an item's level is at least `min`; everything passes a null minimum, an item without a level passes no other. */
export function meetsEvidence(level: EvidenceLevel | null, min: EvidenceLevel | null): boolean {
  return min === null || evidenceRank(level) >= evidenceRank(min);
}

export type EvidenceCounts = Record<EvidenceLevel | 'none', number>;

export interface EvidenceSummary {
  /** Touchpoints plus pain points. */
  items: number;
  touchpoints: EvidenceCounts;
  painPoints: EvidenceCounts;
  /** Both together. */
  all: EvidenceCounts;
  /** Share of items backed by data, 0–100, rounded; null for an empty map. */
  dataShare: number | null;
  /** Share of items backed by research or data, 0–100, rounded; null for an empty map. */
  researchOrDataShare: number | null;
}

const zero = (): EvidenceCounts => ({ assumption: 0, anecdote: 0, research: 0, data: 0, none: 0 });

function count(into: EvidenceCounts, items: readonly (Touchpoint | PainPoint)[]) {
  for (const item of items) into[item.evidence ?? 'none'] += 1;
}

export function evidenceSummary(doc: Pick<JourneyDocument, 'touchpoints'>): EvidenceSummary {
  const touchpoints = zero();
  const painPoints = zero();
  count(touchpoints, doc.touchpoints);
  count(
    painPoints,
    doc.touchpoints.flatMap((t) => t.painPoints),
  );
  const all = zero();
  for (const key of Object.keys(all) as (keyof EvidenceCounts)[]) all[key] = touchpoints[key] + painPoints[key];
  const items = doc.touchpoints.length + doc.touchpoints.reduce((n, t) => n + t.painPoints.length, 0);
  const share = (n: number) => (items ? Math.round((n / items) * 100) : null);
  return {
    items,
    touchpoints,
    painPoints,
    all,
    dataShare: share(all.data),
    researchOrDataShare: share(all.data + all.research),
  };
}

/**
 * One sentence on how much of the map is backed by data, e.g. "3 of 12
 * touchpoints and pain points (25 %) are backed by data and 2 more by
 * research; 4 rest on assumptions or anecdotes; 3 have no evidence level."
 */
export function evidenceSentence(s: EvidenceSummary): string {
  if (!s.items) return 'The map has no touchpoints yet.';
  const { all } = s;
  const parts = [
    `${all.data} of ${s.items} touchpoints and pain points (${s.dataShare ?? 0} %) ${all.data === 1 ? 'is' : 'are'} backed by data` +
      (all.research ? ` and ${all.research} more by research` : ''),
  ];
  const weak = all.assumption + all.anecdote;
  if (weak) parts.push(`${weak} ${weak === 1 ? 'rests' : 'rest'} on assumptions or anecdotes`);
  if (all.none) parts.push(`${all.none} ${all.none === 1 ? 'has' : 'have'} no evidence level`);
  return `${parts.join('; ')}.`;
}
