/**
 * The opportunities in the order a client should look at them: most workshop
 * dots first (only when the tally may be shown), then the priority of their
 * matrix scores (domain/matrix.ts `priorityOf`; scored ones before unscored
 * ones), then the hot-spot score of
 * the touchpoint they would improve (domain/insights/hotspots.ts: the hotter
 * the spot, the more an improvement is worth), then reading order. Done and
 * dropped opportunities, and those without text, are not ranked; their
 * numbers are given so a slide can say so.
 */
import { computeInsights, type Insights } from '../domain/insights';
import { priorityOf } from '../domain/matrix';
import type { JourneyDocument, Opportunity, Stage, Touchpoint } from '../domain/model';
import { tallyVisible, voteResults } from '../domain/workshop';
import { stageGroups } from './journey-order';

export interface RankedOpportunity {
  /** 1-based; equal dots and equal heat share a rank. */
  rank: number;
  opportunity: Opportunity;
  touchpoint: Touchpoint;
  stage: Stage;
  /** Workshop dots on this opportunity (0 while a hidden tally is not revealed). */
  votes: number;
  /** The hot-spot score (0..1) of its touchpoint; 0 when the touchpoint is no hot spot. */
  heat: number;
  /** Value × confidence ÷ effort from its matrix scores; null while it has no value score. */
  priority: number | null;
}

export interface OpportunityRanking {
  ranked: RankedOpportunity[];
  /** Opportunities left out because they are done or dropped. */
  done: number;
  dropped: number;
}

export function rankOpportunities(doc: JourneyDocument, insights: Insights = computeInsights(doc)): OpportunityRanking {
  const votes = new Map<string, number>();
  if (tallyVisible(doc.journey.workshop)) {
    for (const r of voteResults(doc, 'opportunity')) votes.set(r.id, r.votes);
  }
  const spots = new Map(insights.hotSpots.map((h) => [h.touchpointId as string, h]));
  let done = 0;
  let dropped = 0;
  const rows: Omit<RankedOpportunity, 'rank'>[] = [];
  for (const { stage, touchpoints } of stageGroups(doc)) {
    for (const touchpoint of touchpoints) {
      for (const opportunity of touchpoint.opportunities) {
        if (!opportunity.text.trim()) continue;
        if (opportunity.status === 'done') done++;
        else if (opportunity.status === 'dropped') dropped++;
        else {
          const spot = spots.get(touchpoint.id);
          const dots = votes.get(opportunity.id) ?? 0;
          rows.push({
            opportunity,
            touchpoint,
            stage,
            votes: dots,
            heat: spot?.score ?? 0,
            priority: priorityOf(opportunity.scores),
          });
        }
      }
    }
  }
  // A stable sort keeps reading order within equal dots, priority and heat.
  const priorityKey = (p: number | null) => p ?? -1;
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        b.row.votes - a.row.votes ||
        priorityKey(b.row.priority) - priorityKey(a.row.priority) ||
        b.row.heat - a.row.heat ||
        a.index - b.index,
    )
    .map((x) => x.row);
  let rank = 0;
  const ranked = sorted.map((row, i) => {
    const before = sorted[i - 1];
    if (!before || before.votes !== row.votes || before.priority !== row.priority || before.heat !== row.heat) {
      rank = i + 1;
    }
    return { ...row, rank };
  });
  return { ranked, done, dropped };
}
