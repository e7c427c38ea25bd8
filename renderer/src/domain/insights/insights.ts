/**
 * Every insight of a journey in one bundle, computed live from the document.
 * Each item carries the touchpoint (or stage, or persona) id the canvas
 * selects when the item is clicked. Never throws on a valid document.
 */
import type { JourneyDocument, Touchpoint } from '../model';
import { coverageGaps, type CoverageGaps } from './coverage';
import {
  expectationGaps,
  lowPoints,
  personaLowPoints,
  steepestDrops,
  type EmotionDrop,
  type ExpectationGap,
  type LowPoint,
  type PersonaLowPoints,
} from './emotion';
import { journeyHealth, type HealthFigure } from './health';
import {
  hotSpots,
  painByChannel,
  painByStage,
  type ChannelPainGroup,
  type HotSpot,
  type StagePainGroup,
} from './hotspots';
import { loyaltyLens, type LoyaltyLens } from './loyalty';
import { rollUpJourney, rollUpTouchpoints, type RollUp } from './metrics';
import {
  delightMoments,
  momentsOfTruth,
  recoveryLoops,
  type DelightMoment,
  type MomentOfTruth,
  type RecoveryAnalysis,
} from './moments';
import { mainPath } from './path';
import { sortStages } from '../layout';
import type { StageId } from '../ids';

export interface Insights {
  /** Touchpoints in journey order, as every list below is ordered. */
  path: Touchpoint[];
  lowPoints: LowPoint[];
  personaLowPoints: PersonaLowPoints[];
  steepestDrops: EmotionDrop[];
  hotSpots: HotSpot[];
  painByStage: StagePainGroup[];
  painByChannel: ChannelPainGroup[];
  momentsOfTruth: MomentOfTruth[];
  delightMoments: DelightMoment[];
  recovery: RecoveryAnalysis;
  expectationGaps: ExpectationGap[];
  coverage: CoverageGaps;
  loyalty: LoyaltyLens;
  health: HealthFigure[];
  journeyMetrics: RollUp;
  stageMetrics: { stageId: StageId; name: string; metrics: RollUp }[];
}

export interface InsightOptions {
  /** How many low points and drops to list (default 5). Hot spots are all listed. */
  limit?: number;
}

export function computeInsights(doc: JourneyDocument, options: InsightOptions = {}): Insights {
  const limit = options.limit ?? 5;
  const path = mainPath(doc);
  const recovery = recoveryLoops(doc, path);
  const moments = momentsOfTruth(path);
  return {
    path,
    lowPoints: lowPoints(path, null, limit),
    personaLowPoints: personaLowPoints(doc, path, limit),
    steepestDrops: steepestDrops(path, doc.connections, null, limit),
    hotSpots: hotSpots(path),
    painByStage: painByStage(doc, path),
    painByChannel: painByChannel(path),
    momentsOfTruth: moments,
    delightMoments: delightMoments(path),
    recovery,
    expectationGaps: expectationGaps(path),
    coverage: coverageGaps(doc, path),
    loyalty: loyaltyLens(doc, path),
    health: journeyHealth(doc, path, recovery, moments),
    journeyMetrics: rollUpJourney(doc),
    stageMetrics: sortStages(doc.stages).map((s) => ({
      stageId: s.id,
      name: s.name,
      metrics: rollUpTouchpoints(path.filter((t) => t.stageId === s.id)),
    })),
  };
}
