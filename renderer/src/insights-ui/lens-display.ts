/**
 * Words for the loyalty lens: what each question asks, what its absence
 * means, and the status line of a question or pillar.
 */
import type { LensEntry } from '../domain/insights';
import type { LoyaltyPillar, LoyaltyQuestion } from '../domain/vocabulary';
import { countParams, countText, t } from '../i18n';

/** The catalogue keys of each question: its name, and its unanswered and planned-only flags. */
const QUESTION_KEYS: Readonly<Record<LoyaltyQuestion, readonly [string, string, string]>> = {
  'Why you?': ['insights.lens.q.you', 'insights.lens.q.youMissing', 'insights.lens.q.youPlanned'],
  'Why now?': ['insights.lens.q.now', 'insights.lens.q.nowMissing', 'insights.lens.q.nowPlanned'],
  'Why pay?': ['insights.lens.q.pay', 'insights.lens.q.payMissing', 'insights.lens.q.payPlanned'],
  'Why stay?': ['insights.lens.q.stay', 'insights.lens.q.stayMissing', 'insights.lens.q.stayPlanned'],
  'Why evolve?': ['insights.lens.q.evolve', 'insights.lens.q.evolveMissing', 'insights.lens.q.evolvePlanned'],
  'Why change?': ['insights.lens.q.change', 'insights.lens.q.changeMissing', 'insights.lens.q.changePlanned'],
};

/** The catalogue keys of each pillar: its name, and its unanswered and planned-only flags. */
const PILLAR_KEYS: Readonly<Record<LoyaltyPillar, readonly [string, string, string]>> = {
  'products and services': [
    'insights.lens.p.products',
    'insights.lens.p.productsMissing',
    'insights.lens.p.productsPlanned',
  ],
  'customer service': ['insights.lens.p.service', 'insights.lens.p.serviceMissing', 'insights.lens.p.servicePlanned'],
  'community and affinity': [
    'insights.lens.p.community',
    'insights.lens.p.communityMissing',
    'insights.lens.p.communityPlanned',
  ],
  experiences: [
    'insights.lens.p.experiences',
    'insights.lens.p.experiencesMissing',
    'insights.lens.p.experiencesPlanned',
  ],
  bridges: ['insights.lens.p.bridges', 'insights.lens.p.bridgesMissing', 'insights.lens.p.bridgesPlanned'],
};

/** A loyalty question's name in the interface language ("Why stay?"). */
export function questionName(question: LoyaltyQuestion): string {
  return t(QUESTION_KEYS[question][0]);
}

/** A Loyalty 3.0 pillar's name in the interface language. */
export function pillarName(pillar: LoyaltyPillar): string {
  return t(PILLAR_KEYS[pillar][0]);
}

/** A question's or pillar's name, whichever the tag is. */
export function loyaltyTagName(tag: string): string {
  if (tag in QUESTION_KEYS) return questionName(tag as LoyaltyQuestion);
  if (tag in PILLAR_KEYS) return pillarName(tag as LoyaltyPillar);
  return tag;
}

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
  return line(entry, QUESTION_KEYS[entry.key]);
}

/** Status line of a pillar. */
export function pillarLine(entry: LensEntry<LoyaltyPillar>): LensLine {
  return line(entry, PILLAR_KEYS[entry.key]);
}

function line<K extends string>(
  entry: LensEntry<K>,
  [, missingKey, plannedKey]: readonly [string, string, string],
): LensLine {
  if (entry.answered) {
    const count = entry.touchpoints.length;
    return {
      status: 'answered',
      badge: countText(count),
      sentence: t('insights.lens.answeredBy', countParams(count)),
    };
  }
  if (entry.plannedOnly) {
    const count = liveOpportunities(entry);
    return {
      status: 'planned',
      badge: t('insights.lens.planned'),
      sentence: t('insights.lens.plannedOnly', {
        missing: t(plannedKey),
        aims: t('insights.lens.aims', countParams(count)),
      }),
    };
  }
  return {
    status: 'unanswered',
    badge: t('insights.lens.unanswered'),
    sentence: t('insights.lens.unansweredLine', { missing: t(missingKey) }),
  };
}

/** "4 of 6 answered" */
export function answeredCount<K extends string>(entries: readonly LensEntry<K>[]): string {
  return t('insights.lens.answeredCount', { n: entries.filter((e) => e.answered).length, total: entries.length });
}
