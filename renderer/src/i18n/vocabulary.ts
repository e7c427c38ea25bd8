/**
 * The product's shared words in the interface language (the `vocabulary`
 * section): emotion names, pain severity, connection kinds, opportunity
 * status, channels, friction types, evidence levels, lane kinds, blueprint
 * lines, journey status and type, loyalty questions and pillars. The data keeps its stable English ids
 * (domain/vocabulary.ts); these functions name them at the moment of showing,
 * so a language switch applies at once. Where the report translates the same
 * word (reports/labels.ts, reports/languages/), the word is the same
 * (tests/unit/i18n/vocabulary.test.ts).
 */
import type { BlueprintLineKind } from '../domain/lanes';
import {
  DEFAULT_CHANNELS,
  DEFAULT_STAGE_NAMES,
  type ConnectionKind,
  type EvidenceLevel,
  type FrictionType,
  type JourneyStatus,
  type JourneyType,
  type LaneKind,
  type LoyaltyPillar,
  type LoyaltyQuestion,
  type OpportunityStatus,
  type PainSeverity,
  type PERSONA_CHALLENGES,
} from '../domain/vocabulary';
import { compareText, currentLanguage, i18n } from './index';

type DefaultChannel = (typeof DEFAULT_CHANNELS)[number];

const EMOTION_KEYS: Record<'-3' | '-2' | '-1' | '0' | '1' | '2' | '3', string> = {
  '-3': 'vocabulary.emotion.angry',
  '-2': 'vocabulary.emotion.frustrated',
  '-1': 'vocabulary.emotion.uneasy',
  '0': 'vocabulary.emotion.neutral',
  '1': 'vocabulary.emotion.satisfied',
  '2': 'vocabulary.emotion.happy',
  '3': 'vocabulary.emotion.delighted',
};

const DEFAULT_STAGE_KEYS: Record<(typeof DEFAULT_STAGE_NAMES)[number], string> = {
  Discover: 'vocabulary.defaultStage.discover',
  Choose: 'vocabulary.defaultStage.choose',
  Buy: 'vocabulary.defaultStage.buy',
  Receive: 'vocabulary.defaultStage.receive',
  Use: 'vocabulary.defaultStage.use',
  Renew: 'vocabulary.defaultStage.renew',
};

const SEVERITY_KEYS: Record<PainSeverity, string> = {
  1: 'vocabulary.severity.minor',
  2: 'vocabulary.severity.moderate',
  3: 'vocabulary.severity.severe',
};

const CONNECTION_KEYS: Record<ConnectionKind, string> = {
  main: 'vocabulary.connection.main',
  alternative: 'vocabulary.connection.alternative',
  failure: 'vocabulary.connection.failure',
  recovery: 'vocabulary.connection.recovery',
};

const OPPORTUNITY_STATUS_KEYS: Record<OpportunityStatus, string> = {
  idea: 'vocabulary.opportunityStatus.idea',
  planned: 'vocabulary.opportunityStatus.planned',
  'in progress': 'vocabulary.opportunityStatus.inProgress',
  done: 'vocabulary.opportunityStatus.done',
  dropped: 'vocabulary.opportunityStatus.dropped',
};

const CHANNEL_KEYS: Record<DefaultChannel, string> = {
  website: 'vocabulary.channel.website',
  'mobile app': 'vocabulary.channel.mobileApp',
  email: 'vocabulary.channel.email',
  phone: 'vocabulary.channel.phone',
  chat: 'vocabulary.channel.chat',
  'social media': 'vocabulary.channel.socialMedia',
  store: 'vocabulary.channel.store',
  delivery: 'vocabulary.channel.delivery',
  mail: 'vocabulary.channel.mail',
  'word of mouth': 'vocabulary.channel.wordOfMouth',
  partner: 'vocabulary.channel.partner',
  other: 'vocabulary.channel.other',
};

const FRICTION_KEYS: Record<FrictionType, string> = {
  waiting: 'vocabulary.friction.waiting',
  effort: 'vocabulary.friction.effort',
  confusion: 'vocabulary.friction.confusion',
  errors: 'vocabulary.friction.errors',
  'hand-offs': 'vocabulary.friction.handOffs',
  policy: 'vocabulary.friction.policy',
  price: 'vocabulary.friction.price',
  'missing information': 'vocabulary.friction.missingInformation',
  accessibility: 'vocabulary.friction.accessibility',
};

const EVIDENCE_KEYS: Record<EvidenceLevel, string> = {
  assumption: 'vocabulary.evidence.assumption',
  anecdote: 'vocabulary.evidence.anecdote',
  research: 'vocabulary.evidence.research',
  data: 'vocabulary.evidence.data',
};

const EVIDENCE_HINT_KEYS: Record<EvidenceLevel, string> = {
  assumption: 'vocabulary.evidenceHint.assumption',
  anecdote: 'vocabulary.evidenceHint.anecdote',
  research: 'vocabulary.evidenceHint.research',
  data: 'vocabulary.evidenceHint.data',
};

const LANE_KIND_KEYS: Record<LaneKind, string> = {
  customer: 'vocabulary.laneKind.customer',
  'frontstage-people': 'vocabulary.laneKind.frontstagePeople',
  'frontstage-systems': 'vocabulary.laneKind.frontstageSystems',
  backstage: 'vocabulary.laneKind.backstage',
  support: 'vocabulary.laneKind.support',
  evidence: 'vocabulary.laneKind.evidence',
  custom: 'vocabulary.laneKind.custom',
};

const BLUEPRINT_LINE_KEYS: Record<BlueprintLineKind, string> = {
  interaction: 'vocabulary.blueprintLine.interaction',
  visibility: 'vocabulary.blueprintLine.visibility',
  'internal-interaction': 'vocabulary.blueprintLine.internalInteraction',
};

const JOURNEY_STATUS_KEYS: Record<JourneyStatus, string> = {
  draft: 'vocabulary.journeyStatus.draft',
  'in-review': 'vocabulary.journeyStatus.inReview',
  final: 'vocabulary.journeyStatus.final',
};

const JOURNEY_TYPE_KEYS: Record<JourneyType, string> = {
  'current-state': 'vocabulary.journeyType.currentState',
  'future-state': 'vocabulary.journeyType.futureState',
  blueprint: 'vocabulary.journeyType.blueprint',
};

const say = (key: string) => i18n.t(key);

/** The emotion scale's name for a score (rounded, clamped to −3…+3); `null` is "Not rated". */
export function emotionName(score: number | null): string {
  if (score === null) return say('vocabulary.noEmotion');
  const key = String(Math.max(-3, Math.min(3, Math.round(score)))) as keyof typeof EMOTION_KEYS;
  return say(EMOTION_KEYS[key]);
}

/**
 * A copy's title in the interface language ("… (copy)"). The title goes in as
 * typed, not escaped as a quote in a sentence is (quotableText would turn its
 * bidi marks into replacement characters in the stored title).
 */
export function copyTitleIn(title: string): string {
  return i18n.t('library.copyTitle', { title, interpolation: { escapeValue: false } });
}

/** The title of the library copy an opened file replaced (kept in the trash): “… (replaced)”. */
export function replacedTitleIn(title: string): string {
  return i18n.t('library.replacedTitle', { title, interpolation: { escapeValue: false } });
}

/** The stages a new journey starts with, named in the interface language (they are the map's content). */
export function defaultStageNames(): string[] {
  return DEFAULT_STAGE_NAMES.map((name) => say(DEFAULT_STAGE_KEYS[name]));
}

export function severityName(severity: PainSeverity): string {
  return say(SEVERITY_KEYS[severity]);
}

export function connectionKindName(kind: ConnectionKind): string {
  return say(CONNECTION_KEYS[kind]);
}

export function opportunityStatusName(status: OpportunityStatus): string {
  return say(OPPORTUNITY_STATUS_KEYS[status]);
}

/** A default channel in the language; a channel the user typed stays as typed. */
export function channelName(channel: string): string {
  const key = CHANNEL_KEYS[channel as DefaultChannel] as string | undefined;
  return key ? say(key) : channel;
}

/** The same name, whatever its case and spacing. */
export const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * The channel a typed text names: a default channel named in the interface
 * language or by its English id (either case) is stored as its id, so the
 * map, the inspector, the table and the report keep naming it in every
 * language; any other text is a channel of the user's own, kept as typed
 * (one line, 100 characters at most).
 */
export function channelFrom(text: string): string {
  const typed = text.replace(/[\r\n]+/g, ' ').trim();
  const known = DEFAULT_CHANNELS.find((id) => sameName(channelName(id), typed) || sameName(id, typed));
  return known ?? typed.slice(0, 100);
}

/**
 * The distinct channels of a journey (empty ones left out) in the order
 * their names take in the interface language, as a list of them shows them.
 */
export function channelsByName(channels: Iterable<string>): string[] {
  const compare = compareText(currentLanguage());
  return [...new Set(channels)]
    .filter((c) => c !== '')
    .map((c) => ({ c, name: channelName(c) }))
    .sort((a, b) => compare(a.name, b.name) || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0))
    .map(({ c }) => c);
}

export function frictionTypeName(type: FrictionType): string {
  return say(FRICTION_KEYS[type]);
}

export function evidenceName(level: EvidenceLevel): string {
  return say(EVIDENCE_KEYS[level]);
}

/** What an evidence level means ("heard from a customer or colleague once or twice"). */
export function evidenceHint(level: EvidenceLevel): string {
  return say(EVIDENCE_HINT_KEYS[level]);
}

export function laneKindName(kind: LaneKind): string {
  return say(LANE_KIND_KEYS[kind]);
}

export function blueprintLineName(kind: BlueprintLineKind): string {
  return say(BLUEPRINT_LINE_KEYS[kind]);
}

export function journeyStatusName(status: JourneyStatus): string {
  return say(JOURNEY_STATUS_KEYS[status]);
}

export function journeyTypeName(type: JourneyType): string {
  return say(JOURNEY_TYPE_KEYS[type]);
}

const LOYALTY_QUESTION_KEYS: Record<LoyaltyQuestion, string> = {
  'Why you?': 'vocabulary.loyaltyQuestion.whyYou',
  'Why now?': 'vocabulary.loyaltyQuestion.whyNow',
  'Why pay?': 'vocabulary.loyaltyQuestion.whyPay',
  'Why stay?': 'vocabulary.loyaltyQuestion.whyStay',
  'Why evolve?': 'vocabulary.loyaltyQuestion.whyEvolve',
  'Why change?': 'vocabulary.loyaltyQuestion.whyChange',
};

const LOYALTY_PILLAR_KEYS: Record<LoyaltyPillar, string> = {
  'products and services': 'vocabulary.loyaltyPillar.productsAndServices',
  'customer service': 'vocabulary.loyaltyPillar.customerService',
  'community and affinity': 'vocabulary.loyaltyPillar.communityAndAffinity',
  experiences: 'vocabulary.loyaltyPillar.experiences',
  bridges: 'vocabulary.loyaltyPillar.bridges',
};

/** One of the six loyalty questions (the Armenian seed's wording in Armenian). */
export function loyaltyQuestionName(question: LoyaltyQuestion): string {
  return say(LOYALTY_QUESTION_KEYS[question]);
}

/** One of the five pillars of Loyalty 3.0 (the Telugu seed's wording in Telugu). */
export function loyaltyPillarName(pillar: LoyaltyPillar): string {
  return say(LOYALTY_PILLAR_KEYS[pillar]);
}

const CHALLENGE_KEYS: Record<(typeof PERSONA_CHALLENGES)[number], string> = {
  'time-scarce': 'vocabulary.challenge.timeScarce',
  'money-tight': 'vocabulary.challenge.moneyTight',
};

/** One of the example persona challenges (the data keeps what was typed; these are the hint's examples). */
export function challengeName(challenge: (typeof PERSONA_CHALLENGES)[number]): string {
  return say(CHALLENGE_KEYS[challenge]);
}
