/** The product's shared vocabulary (see shared/PRODUCT.md): scales, defaults and labels. */

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;

export interface EmotionLevel {
  score: number;
  label: string;
  face: string;
}

export const EMOTION_SCALE: readonly EmotionLevel[] = [
  { score: 3, label: 'Delighted', face: '😄' },
  { score: 2, label: 'Happy', face: '🙂' },
  { score: 1, label: 'Satisfied', face: '🙂' },
  { score: 0, label: 'Neutral', face: '😐' },
  { score: -1, label: 'Uneasy', face: '🙁' },
  { score: -2, label: 'Frustrated', face: '🙁' },
  { score: -3, label: 'Angry', face: '😠' },
];

export function emotionLevel(score: number): EmotionLevel {
  const rounded = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score)));
  return EMOTION_SCALE.find((l) => l.score === rounded) ?? EMOTION_SCALE[3]!;
}

/** Diverging colour: red (−3) through neutral grey (0) to green (+3). */
export function emotionColour(score: number | null): string {
  if (score === null) return '#9aa0a6';
  const t = Math.max(-1, Math.min(1, score / 3));
  const grey = [154, 160, 166];
  const end = t < 0 ? [211, 47, 47] : [46, 160, 67];
  const k = Math.abs(t);
  const mix = grey.map((g, i) => Math.round(g + (end[i]! - g) * k));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export const DEFAULT_CHANNELS = [
  'website',
  'mobile app',
  'email',
  'phone',
  'chat',
  'social media',
  'store',
  'delivery',
  'mail',
  'word of mouth',
  'partner',
  'other',
] as const;

export const FRICTION_TYPES = [
  'waiting',
  'effort',
  'confusion',
  'errors',
  'hand-offs',
  'policy',
  'price',
  'missing information',
  'accessibility',
] as const;
export type FrictionType = (typeof FRICTION_TYPES)[number];

export const FRICTION_MIN = 0;
export const FRICTION_MAX = 5;

export const PAIN_SEVERITIES = [1, 2, 3] as const;
export type PainSeverity = (typeof PAIN_SEVERITIES)[number];
export const PAIN_SEVERITY_LABELS: Record<PainSeverity, string> = {
  1: 'Minor',
  2: 'Moderate',
  3: 'Severe',
};

export const CONNECTION_KINDS = ['main', 'alternative', 'failure', 'recovery'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

/** A connection's kind as drawn: one Waymark does not know is drawn, and named, as a main path. */
export const drawnConnectionKind = (kind: string): ConnectionKind =>
  (CONNECTION_KINDS as readonly string[]).includes(kind) ? (kind as ConnectionKind) : 'main';

/**
 * The kinds a map's connections use, as drawn (`drawnConnectionKind`), in legend order: a legend lists only these,
 * and none on a map without connections.
 */
export function connectionKindsUsed(connections: readonly { kind: string }[]): ConnectionKind[] {
  const used = new Set(connections.map((c) => drawnConnectionKind(c.kind)));
  return CONNECTION_KINDS.filter((kind) => used.has(kind));
}

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in progress', 'done', 'dropped'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Where a journey is in its review: draft, in review, final. */
export const JOURNEY_STATUSES = ['draft', 'in-review', 'final'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];
export const JOURNEY_STATUS_LABELS: Record<JourneyStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  final: 'Final',
};

/** What a journey maps: the experience today, the one to build, or a service blueprint. */
export const JOURNEY_TYPES = ['current-state', 'future-state', 'blueprint'] as const;
export type JourneyType = (typeof JOURNEY_TYPES)[number];
export const JOURNEY_TYPE_LABELS: Record<JourneyType, string> = {
  'current-state': 'Current state',
  'future-state': 'Future state',
  blueprint: 'Blueprint',
};

/**
 * How well a touchpoint or pain point is backed, weakest first: a team's
 * assumption, an anecdote someone heard, research (interviews, observation)
 * or data (analytics, measured metrics).
 */
export const EVIDENCE_LEVELS = ['assumption', 'anecdote', 'research', 'data'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  assumption: 'Assumption',
  anecdote: 'Anecdote',
  research: 'Research',
  data: 'Data',
};
/** What each level means, for the inspector's hints and the report's legend. */
export const EVIDENCE_HINTS: Record<EvidenceLevel, string> = {
  assumption: 'what the team believes, not yet checked',
  anecdote: 'heard from a customer or colleague once or twice',
  research: 'seen in interviews, observation or usability tests',
  data: 'measured: analytics, surveys at scale, operational data',
};

export const LOYALTY_QUESTIONS = [
  'Why you?',
  'Why now?',
  'Why pay?',
  'Why stay?',
  'Why evolve?',
  'Why change?',
] as const;
export type LoyaltyQuestion = (typeof LOYALTY_QUESTIONS)[number];

export const LOYALTY_PILLARS = [
  'products and services',
  'customer service',
  'community and affinity',
  'experiences',
  'bridges',
] as const;
export type LoyaltyPillar = (typeof LOYALTY_PILLARS)[number];

export const PERSONA_CHALLENGES = ['time-scarce', 'money-tight'] as const;

export const NOTE_COLOURS = ['yellow', 'pink', 'blue', 'green', 'purple'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];

export const STAGE_COLOURS = [
  '#4c6ef5',
  '#15aabf',
  '#40c057',
  '#fab005',
  '#fd7e14',
  '#e64980',
  '#7950f2',
  '#868e96',
] as const;

/**
 * The colours new personas take, in turn: each the first of these no persona of the journey has yet, so
 * their emotion curves and legend swatches differ without recolouring (all took the same purple before).
 * Purple first, as it always was; grey, the general curve's family, last.
 */
export const PERSONA_COLOUR_ORDER = [
  '#7950f2',
  '#e64980',
  '#15aabf',
  '#fd7e14',
  '#40c057',
  '#4c6ef5',
  '#fab005',
  '#868e96',
] as const;

/** The colour for a new persona beside personas of these colours (the first again when all are taken). */
export function nextPersonaColour(used: Iterable<string>): string {
  const taken = new Set([...used].map((c) => c.toLowerCase()));
  return PERSONA_COLOUR_ORDER.find((c) => !taken.has(c)) ?? PERSONA_COLOUR_ORDER[0];
}

export const DEFAULT_STAGE_NAMES = ['Discover', 'Choose', 'Buy', 'Receive', 'Use', 'Renew'] as const;

/** Layout defaults for the canvas (in flow units). */
export const STAGE_DEFAULT_WIDTH = 320;
/** The widths a person can give a stage (the inspector and the table); files may hold any the schema takes. */
export const STAGE_WIDTH_MIN = 160;
export const STAGE_WIDTH_MAX = 3000;
export const TOUCHPOINT_WIDTH = 220;
export const TOUCHPOINT_HEIGHT = 96;

/**
 * Lanes: the rows of a service blueprint under the stage columns. The kinds
 * run top to bottom in a blueprint's usual order; the lines of a blueprint
 * are drawn where one group of kinds meets the next (domain/lanes.ts).
 */
export const LANE_KINDS = [
  'customer',
  'frontstage-people',
  'frontstage-systems',
  'backstage',
  'support',
  'evidence',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  customer: 'Customer actions',
  'frontstage-people': 'Frontstage (people)',
  'frontstage-systems': 'Frontstage (systems)',
  backstage: 'Backstage',
  support: 'Support processes',
  evidence: 'Evidence',
  custom: 'Custom',
};

export const LANE_KIND_COLOURS: Record<LaneKind, string> = {
  customer: '#4c6ef5',
  'frontstage-people': '#12b886',
  'frontstage-systems': '#15aabf',
  backstage: '#fd7e14',
  support: '#868e96',
  evidence: '#be4bdb',
  custom: '#495057',
};

/** Lane heights in flow units: a new lane, the smallest a lane may be, a collapsed lane on the canvas. */
export const LANE_DEFAULT_HEIGHT = 240;
export const LANE_MIN_HEIGHT = 120;
export const LANE_MAX_HEIGHT = 1_000_000;
export const LANE_COLLAPSED_HEIGHT = 40;
/** A hidden lane keeps only a strip with its header, to show it again. */
export const LANE_HIDDEN_HEIGHT = 20;
/** The lane headers' column, left of the first stage (x < 0). */
export const LANE_HEADER_WIDTH = 180;
