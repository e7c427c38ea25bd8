/**
 * The report's numbers, taken from domain/insights so that the canvas, the
 * insights panel, the report and the exports agree: the main path, the low
 * point, the hot-spot ranking (domain/insights/hotspots.ts) and NPS
 * (domain/insights/metrics.ts) are defined there, once. This module only
 * attaches the touchpoint and stage records the report prints.
 */
import { computeInsights, type HotSpot as DomainHotSpot, type Insights } from '../domain/insights';
import type { JourneyDocument, Stage, Touchpoint } from '../domain/model';
import { stageGroups, type StageGroup } from './journey-order';

/** A domain hot spot with the touchpoint and stage records the report prints. */
export interface HotSpot extends DomainHotSpot {
  touchpoint: Touchpoint;
  stage: Stage;
}

export interface ReportSummary {
  counts: { stages: number; touchpoints: number; painPoints: number; opportunities: number; personas: number };
  /** Mean emotion along the main path (the health figure), one decimal; null when none is rated. */
  averageEmotion: number | null;
  /** The first of the domain's low points. */
  lowPoint: { touchpoint: Touchpoint; stage: Stage } | null;
  /** Every hot spot, hottest first: the insights panel's ranking. */
  hotSpots: HotSpot[];
  /** The top hot spots that have pain points, in the same ranking. */
  painHotSpots: HotSpot[];
  /** The top hot spots that have friction, in the same ranking. */
  frictionHotSpots: HotSpot[];
}

/** The domain's hot spots with their records, hottest first; touchpoints of a stage the report does not print are left out. */
export function reportHotSpots(doc: JourneyDocument, insights: Insights = computeInsights(doc)): HotSpot[] {
  const touchpoints = new Map(doc.touchpoints.map((t) => [t.id, t]));
  const stages = new Map(doc.stages.map((s) => [s.id, s]));
  return insights.hotSpots.flatMap((spot) => {
    const touchpoint = touchpoints.get(spot.touchpointId);
    const stage = stages.get(spot.stageId);
    return touchpoint && stage ? [{ ...spot, touchpoint, stage }] : [];
  });
}

/**
 * The summary's counts and average emotion, the one definition the report's summary and the interactive
 * viewer's insights panel both print. `groups` are the stages the report prints, in order.
 */
export function summaryFigures(
  doc: JourneyDocument,
  insights: Insights,
  groups: readonly StageGroup[] = stageGroups(doc),
): Pick<ReportSummary, 'counts' | 'averageEmotion'> {
  const all = groups.flatMap((g) => g.touchpoints);
  const average = insights.health.find((h) => h.key === 'averageEmotion')?.value ?? null;
  return {
    counts: {
      stages: groups.length,
      touchpoints: all.length,
      painPoints: all.reduce((s, t) => s + t.painPoints.length, 0),
      opportunities: all.reduce((s, t) => s + t.opportunities.length, 0),
      personas: doc.personas.length,
    },
    averageEmotion: average === null ? null : Math.round(average * 10) / 10,
  };
}

export function computeReportSummary(
  doc: JourneyDocument,
  top = 3,
  insights: Insights = computeInsights(doc),
): ReportSummary {
  const low = insights.lowPoints[0];
  const lowTouchpoint = low ? doc.touchpoints.find((t) => t.id === low.touchpointId) : undefined;
  const lowStage = low ? doc.stages.find((s) => s.id === low.stageId) : undefined;
  const hotSpots = reportHotSpots(doc, insights);
  return {
    ...summaryFigures(doc, insights),
    lowPoint: lowTouchpoint && lowStage ? { touchpoint: lowTouchpoint, stage: lowStage } : null,
    hotSpots,
    painHotSpots: hotSpots.filter((h) => h.painCount > 0).slice(0, top),
    frictionHotSpots: hotSpots.filter((h) => h.friction > 0).slice(0, top),
  };
}
