/**
 * Simple numbers for the executive summary and the hot spots section. The
 * richer analysis lives in domain/insights; its output can be passed in as
 * ReportOptions.insights.
 */
import type { JourneyDocument, Stage, Touchpoint } from '../domain/model';
import { stageGroups } from './journey-order';

export interface HotSpot {
  touchpoint: Touchpoint;
  stage: Stage;
  /** Sum of pain point severities. */
  painScore: number;
  maxSeverity: number;
  painCount: number;
  friction: number;
}

export interface ReportSummary {
  counts: { stages: number; touchpoints: number; painPoints: number; opportunities: number; personas: number };
  /** Mean emotion of rated touchpoints, one decimal; null when none is rated. */
  averageEmotion: number | null;
  lowPoint: { touchpoint: Touchpoint; stage: Stage } | null;
  painHotSpots: HotSpot[];
  frictionHotSpots: HotSpot[];
}

function hotSpots(doc: JourneyDocument): HotSpot[] {
  return stageGroups(doc).flatMap(({ stage, touchpoints }) =>
    touchpoints.map((touchpoint) => ({
      touchpoint,
      stage,
      painScore: touchpoint.painPoints.reduce((sum, p) => sum + p.severity, 0),
      maxSeverity: touchpoint.painPoints.reduce((max, p) => Math.max(max, p.severity), 0),
      painCount: touchpoint.painPoints.length,
      friction: touchpoint.friction.score,
    })),
  );
}

/** Touchpoints with pain points, worst first (severity sum, then worst severity, then friction); ties keep reading order. */
export function rankPainHotSpots(doc: JourneyDocument): HotSpot[] {
  return hotSpots(doc)
    .filter((h) => h.painCount > 0)
    .sort((a, b) => b.painScore - a.painScore || b.maxSeverity - a.maxSeverity || b.friction - a.friction);
}

/** Touchpoints with friction above 0, worst first (score, then pain); ties keep reading order. */
export function rankFrictionHotSpots(doc: JourneyDocument): HotSpot[] {
  return hotSpots(doc)
    .filter((h) => h.friction > 0)
    .sort((a, b) => b.friction - a.friction || b.painScore - a.painScore);
}

export function computeReportSummary(doc: JourneyDocument, top = 3): ReportSummary {
  const groups = stageGroups(doc);
  const all = groups.flatMap((g) => g.touchpoints.map((touchpoint) => ({ touchpoint, stage: g.stage })));
  const rated = all.filter((e) => e.touchpoint.emotion !== null);
  const lowPoint = rated.reduce<(typeof rated)[number] | null>(
    (low, e) => (low === null || e.touchpoint.emotion! < low.touchpoint.emotion! ? e : low),
    null,
  );
  const average =
    rated.length === 0
      ? null
      : Math.round((rated.reduce((s, e) => s + e.touchpoint.emotion!, 0) / rated.length) * 10) / 10;
  return {
    counts: {
      stages: groups.length,
      touchpoints: all.length,
      painPoints: all.reduce((s, e) => s + e.touchpoint.painPoints.length, 0),
      opportunities: all.reduce((s, e) => s + e.touchpoint.opportunities.length, 0),
      personas: doc.personas.length,
    },
    averageEmotion: average,
    lowPoint,
    painHotSpots: rankPainHotSpots(doc).slice(0, top),
    frictionHotSpots: rankFrictionHotSpots(doc).slice(0, top),
  };
}

/** NPS from answer counts: % promoters − % detractors, rounded; null without answers. */
export function npsFromCounts(counts: { promoters: number; passives: number; detractors: number }): number | null {
  const total = counts.promoters + counts.passives + counts.detractors;
  if (total <= 0) return null;
  return Math.round(((counts.promoters - counts.detractors) / total) * 100);
}
