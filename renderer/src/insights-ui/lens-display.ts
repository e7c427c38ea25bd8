/**
 * Words for the loyalty lens: what each question asks, what its absence
 * means, and the status line of a question or pillar.
 */
import type { LensEntry } from '../domain/insights';
import type { LoyaltyPillar, LoyaltyQuestion } from '../domain/vocabulary';
import { touchpointCount } from './rollup-display';

/** What a touchpoint answering the question tells the customer ("…tells the customer why to stay"). */
export const QUESTION_MEANINGS: Readonly<Record<LoyaltyQuestion, string>> = {
  'Why you?': 'why to choose you over the alternatives',
  'Why now?': 'why to act now rather than later',
  'Why pay?': 'why it is worth paying for',
  'Why stay?': 'why to stay',
  'Why evolve?': 'why to grow with you as their needs change',
  'Why change?': 'why to switch from what they use today',
};

/** What a touchpoint on the pillar does for loyalty ("…builds loyalty through customer service"). */
export const PILLAR_MEANINGS: Readonly<Record<LoyaltyPillar, string>> = {
  'products and services': 'builds loyalty through the products and services themselves',
  'customer service': 'builds loyalty through customer service',
  'community and affinity': 'builds loyalty through community and affinity',
  experiences: 'builds loyalty through memorable experiences',
  bridges: 'builds a bridge to partners or other offers',
};

export type LensStatus = 'answered' | 'planned' | 'unanswered';

export interface LensLine {
  status: LensStatus;
  /** Short badge text. */
  badge: string;
  /** One sentence; for unanswered entries the flag the user must not miss. */
  sentence: string;
}

function liveOpportunities<K extends string>(entry: LensEntry<K>): number {
  return entry.opportunities.filter((o) => o.status !== 'dropped').length;
}

/** Status line of a question. */
export function questionLine(entry: LensEntry<LoyaltyQuestion>): LensLine {
  return line(entry, `tells the customer ${QUESTION_MEANINGS[entry.key]}`);
}

/** Status line of a pillar. */
export function pillarLine(entry: LensEntry<LoyaltyPillar>): LensLine {
  return line(entry, PILLAR_MEANINGS[entry.key]);
}

function line<K extends string>(entry: LensEntry<K>, what: string): LensLine {
  if (entry.answered) {
    return {
      status: 'answered',
      badge: `${entry.touchpoints.length}`,
      sentence: `Answered by ${touchpointCount(entry.touchpoints.length)}.`,
    };
  }
  if (entry.plannedOnly) {
    const n = liveOpportunities(entry);
    return {
      status: 'planned',
      badge: 'Planned',
      sentence: `Planned only: no touchpoint ${what} yet; ${n === 1 ? 'an opportunity aims' : `${n} opportunities aim`} to.`,
    };
  }
  return { status: 'unanswered', badge: 'Unanswered', sentence: `Unanswered: no touchpoint ${what}.` };
}

/** "4 of 6 answered" */
export function answeredCount<K extends string>(entries: readonly LensEntry<K>[]): string {
  return `${entries.filter((e) => e.answered).length} of ${entries.length} answered`;
}
