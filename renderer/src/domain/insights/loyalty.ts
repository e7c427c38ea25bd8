/**
 * The loyalty lens: which touchpoints (and opportunities) answer each of the
 * six loyalty questions and each loyalty 3.0 pillar, and which the journey
 * leaves unanswered.
 *
 * A question or pillar is answered when at least one touchpoint is tagged
 * with it. One that only opportunities (not dropped) are tagged with is
 * `plannedOnly`: an answer is planned but the journey does not give it yet.
 */
import type { OpportunityId, StageId, TouchpointId } from '../ids';
import type { JourneyDocument, Opportunity, Touchpoint } from '../model';
import { LOYALTY_PILLARS, LOYALTY_QUESTIONS, type LoyaltyPillar, type LoyaltyQuestion } from '../vocabulary';
import { mainPath } from './path';
import { refOf, type TouchpointRef } from './refs';

export interface OpportunityRef {
  opportunityId: OpportunityId;
  touchpointId: TouchpointId;
  stageId: StageId;
  text: string;
  status: Opportunity['status'];
}

export interface LensEntry<K extends string> {
  key: K;
  touchpoints: TouchpointRef[];
  /** Opportunities tagged with it, dropped ones included (see `status`). */
  opportunities: OpportunityRef[];
  answered: boolean;
  plannedOnly: boolean;
}

export interface LoyaltyLens {
  questions: LensEntry<LoyaltyQuestion>[];
  pillars: LensEntry<LoyaltyPillar>[];
  unansweredQuestions: LoyaltyQuestion[];
  unansweredPillars: LoyaltyPillar[];
}

function entries<K extends string>(
  keys: readonly K[],
  path: readonly Touchpoint[],
  tagsOf: (item: Touchpoint | Opportunity) => readonly string[],
): LensEntry<K>[] {
  return keys.map((key) => {
    const touchpoints = path.filter((t) => tagsOf(t).includes(key)).map(refOf);
    const opportunities = path.flatMap((t) =>
      t.opportunities
        .filter((o) => tagsOf(o).includes(key))
        .map((o) => ({ opportunityId: o.id, touchpointId: t.id, stageId: t.stageId, text: o.text, status: o.status })),
    );
    const answered = touchpoints.length > 0;
    return {
      key,
      touchpoints,
      opportunities,
      answered,
      plannedOnly: !answered && opportunities.some((o) => o.status !== 'dropped'),
    };
  });
}

/** The loyalty lens of a journey, touchpoints in main-path order. */
export function loyaltyLens(doc: JourneyDocument, path: readonly Touchpoint[] = mainPath(doc)): LoyaltyLens {
  const questions = entries(LOYALTY_QUESTIONS, path, (i) => i.loyaltyQuestions);
  const pillars = entries(LOYALTY_PILLARS, path, (i) => i.pillars);
  return {
    questions,
    pillars,
    unansweredQuestions: questions.filter((q) => !q.answered).map((q) => q.key),
    unansweredPillars: pillars.filter((p) => !p.answered).map((p) => p.key),
  };
}
