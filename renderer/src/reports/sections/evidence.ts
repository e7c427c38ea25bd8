/**
 * Evidence markers in the report: a pill with four rising bars (one filled
 * for an assumption … four for data) and the level's name, and the legend
 * that explains them, printed where the markers are (the stage tables).
 */
import { evidenceRank } from '../../domain/evidence';
import type { JourneyDocument } from '../../domain/model';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../../domain/vocabulary';
import type { Labels } from '../labels';
import { esc } from './parts';

/** The bars drawn, not typed, so no glyph depends on a font. */
function bars(rank: number): string {
  const rects = [0, 1, 2, 3]
    .map(
      (i) =>
        `<rect x="${i * 3.5 + 0.4}" y="${7 - i * 2}" width="2.5" height="${3 + i * 2}" rx="0.4" ${i <= rank ? 'fill="currentColor"' : 'fill="none"'} stroke="currentColor" stroke-width="0.7"/>`,
    )
    .join('');
  return `<svg class="ev-bars" width="15" height="10" viewBox="0 0 15 10.5" aria-hidden="true">${rects}</svg>`;
}

export function evidencePill(level: EvidenceLevel | null, labels: Labels): string {
  if (level === null) return '';
  return `<span class="pill evidence ev-${level}">${bars(evidenceRank(level))}${esc(labels.evidence.levels[level])}</span>`;
}

/** Whether any touchpoint or pain point of the journey has an evidence level. */
export function hasEvidence(doc: Pick<JourneyDocument, 'touchpoints'>): boolean {
  return doc.touchpoints.some((t) => t.evidence !== null || t.painPoints.some((p) => p.evidence !== null));
}

/** The legend of the evidence markers: each level's marker and what it means. Empty when the journey uses none. */
export function evidenceLegend(doc: Pick<JourneyDocument, 'touchpoints'>, labels: Labels): string {
  if (!hasEvidence(doc)) return '';
  const items = EVIDENCE_LEVELS.map(
    (level) => `<span class="legend-item">${evidencePill(level, labels)} ${esc(labels.evidence.hints[level])}</span>`,
  ).join('');
  return `<div class="legend evidence-legend"><b>${esc(labels.evidence.title)}</b>${items}</div>`;
}
