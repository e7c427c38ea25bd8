/**
 * The journey model: zod schemas are the single source of truth, and the
 * stored (strict) types are inferred from them. Every field has a default,
 * so a schema's input side is the loose "imported" shape and its output the
 * complete "stored" shape (excalidraw's restore idea, done by zod).
 */
import { z } from 'zod';
import { idSchema, type BlobId, type JourneyId } from './ids';
import { timestampSchema, WorkshopSchema } from './workshop-schema';
import {
  CONNECTION_KINDS,
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE_LEVELS,
  FRICTION_MAX,
  FRICTION_MIN,
  FRICTION_TYPES,
  LANE_DEFAULT_HEIGHT,
  LANE_KINDS,
  LANE_MAX_HEIGHT,
  LANE_MIN_HEIGHT,
  JOURNEY_STATUSES,
  JOURNEY_TYPES,
  LOYALTY_PILLARS,
  LOYALTY_QUESTIONS,
  NOTE_COLOURS,
  OPPORTUNITY_STATUSES,
  STAGE_DEFAULT_WIDTH,
} from './vocabulary';

/** The document schema version this build writes. See migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 3;

export const LIMITS = {
  shortText: 1_000,
  longText: 100_000,
  listItems: 500,
  tags: 100,
} as const;

const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const textList = z.array(longText).max(LIMITS.listItems);
const tagList = z.array(z.string().min(1).max(100)).max(LIMITS.tags);
const timestamp = timestampSchema;
const finite = z.number().finite();
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour like #4c6ef5');

export const emotionSchema = z.number().int().min(EMOTION_MIN).max(EMOTION_MAX);
export const frictionScoreSchema = z.number().int().min(FRICTION_MIN).max(FRICTION_MAX);

export const PositionSchema = z.object({ x: finite, y: finite });
export type Position = z.infer<typeof PositionSchema>;

export const ViewportSchema = z.object({ x: finite, y: finite, zoom: z.number().positive().max(100) });
export type Viewport = z.infer<typeof ViewportSchema>;

/**
 * Where a journey's canvas was left: view state, not part of the journey, so
 * it is kept beside the journey row (storage's viewports table), never in it,
 * and never in a `.journey` file. Moving the view is not an edit.
 */
export const SavedViewportSchema = z.object({
  journeyId: idSchema('journey'),
  /** Null: fit the whole map to the window. */
  viewport: ViewportSchema.nullable(),
});
export type SavedViewport = z.infer<typeof SavedViewportSchema>;

export const PainPointSchema = z.object({
  id: idSchema('pain'),
  text: longText.default(''),
  severity: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  /** The pain point this one was copied from (current → future state). */
  originId: idSchema('pain').nullable().default(null),
  /** How well the pain point is backed; null: not said. */
  evidence: z.enum(EVIDENCE_LEVELS).nullable().default(null),
});
export type PainPoint = z.infer<typeof PainPointSchema>;

/** A 1–5 score of an opportunity; null while nobody has scored it. */
export const opportunityScoreSchema = z.number().int().min(1).max(5);
const score = opportunityScoreSchema.nullable().default(null);

/** The four scores an opportunity is placed by on the opportunity matrix (domain/matrix.ts). */
export const OpportunityScoresSchema = z.object({
  customerValue: score,
  businessValue: score,
  effort: score,
  confidence: score,
});
export type OpportunityScores = z.infer<typeof OpportunityScoresSchema>;

export const OpportunitySchema = z.object({
  id: idSchema('opportunity'),
  text: longText.default(''),
  status: z.enum(OPPORTUNITY_STATUSES).default('idea'),
  owner: shortText.default(''),
  loyaltyQuestions: z.array(z.enum(LOYALTY_QUESTIONS)).default([]),
  pillars: z.array(z.enum(LOYALTY_PILLARS)).default([]),
  scores: OpportunityScoresSchema.default(() => OpportunityScoresSchema.parse({})),
});
export type Opportunity = z.infer<typeof OpportunitySchema>;

export const FrictionSchema = z.object({
  score: frictionScoreSchema.default(0),
  types: z.array(z.enum(FRICTION_TYPES)).default([]),
});
export type Friction = z.infer<typeof FrictionSchema>;

const sample = z.number().int().nonnegative().nullable().default(null);

/** Optional measured metrics on a touchpoint. A missing value is null, never zero. */
export const MetricsSchema = z.object({
  /** CSAT either as a share of satisfied answers (0–100 %) or a 1–5 mean. */
  csat: z
    .object({
      mode: z.enum(['share', 'mean']),
      value: finite,
      sample,
    })
    .refine((c) => (c.mode === 'share' ? c.value >= 0 && c.value <= 100 : c.value >= 1 && c.value <= 5), {
      message: 'CSAT share is 0–100 %, CSAT mean is 1–5',
    })
    .nullable()
    .default(null),
  /** Customer effort score, 1–7 mean. */
  ces: z
    .object({ mean: z.number().min(1).max(7), sample })
    .nullable()
    .default(null),
  /** NPS answer counts: promoters 9–10, passives 7–8, detractors 0–6. */
  nps: z
    .object({
      promoters: z.number().int().nonnegative(),
      passives: z.number().int().nonnegative(),
      detractors: z.number().int().nonnegative(),
    })
    .nullable()
    .default(null),
  /** Share of customers lost at this touchpoint, 0–100 %. */
  dropOff: z.number().min(0).max(100).nullable().default(null),
  /** Customers passing through this touchpoint in the period. */
  volume: z.number().int().nonnegative().nullable().default(null),
  /** The emotion the customer expected here (−3..+3). */
  expectedEmotion: emotionSchema.nullable().default(null),
});
export type Metrics = z.infer<typeof MetricsSchema>;
export const emptyMetrics = (): Metrics => MetricsSchema.parse({});

export const JourneySchema = z.object({
  id: idSchema('journey'),
  title: shortText.default('Untitled journey'),
  description: longText.default(''),
  client: shortText.default(''),
  author: shortText.default(''),
  tags: tagList.default([]),
  /** Who answers for the journey (metadata for the library's filters). */
  owner: shortText.default(''),
  status: z.enum(JOURNEY_STATUSES).default('draft'),
  type: z.enum(JOURNEY_TYPES).default('current-state'),
  locale: z.string().max(35).default('en'),
  createdAt: timestamp,
  updatedAt: timestamp,
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION).default(CURRENT_SCHEMA_VERSION),
  /** Personas of this journey that the map covers (curves, coverage gaps). */
  personaIds: z.array(idSchema('persona')).default([]),
  /** Set when the journey is in the trash. */
  deletedAt: timestamp.nullable().default(null),
  /** For a future-state journey: the current-state journey it was copied from. */
  futureStateOf: idSchema('journey').nullable().default(null),
  churn: z
    .array(
      z.object({
        period: shortText,
        start: z.number().int().positive(),
        end: z.number().int().nonnegative(),
        recordedAt: timestamp,
      }),
    )
    .max(LIMITS.listItems)
    .default([]),
  /** Workshop state kept with the journey: voters, dot votes, clusters, parking lot. */
  workshop: WorkshopSchema.default(() => WorkshopSchema.parse({})),
});
export type Journey = z.infer<typeof JourneySchema>;

export const StageSchema = z.object({
  id: idSchema('stage'),
  journeyId: idSchema('journey'),
  name: shortText.default('Stage'),
  description: longText.default(''),
  customerGoal: longText.default(''),
  order: finite.default(0),
  colour: colourSchema.default('#4c6ef5'),
  width: z.number().min(120).max(5000).default(STAGE_DEFAULT_WIDTH),
  /** The sub-journey this stage opens (see links.ts); null when it opens none. */
  linkedJourneyId: idSchema('journey').nullable().default(null),
});
export type Stage = z.infer<typeof StageSchema>;

/**
 * A lane: one row of a service blueprint under the stage columns (customer
 * actions, frontstage, backstage, support, evidence or custom). Lanes stack
 * top to bottom in `order`, each `height` tall, below the stage headers.
 */
export const LaneSchema = z.object({
  id: idSchema('lane'),
  journeyId: idSchema('journey'),
  name: shortText.default('Lane'),
  colour: colourSchema.default('#4c6ef5'),
  kind: z.enum(LANE_KINDS).default('custom'),
  order: finite.default(0),
  height: z.number().min(LANE_MIN_HEIGHT).max(LANE_MAX_HEIGHT).default(LANE_DEFAULT_HEIGHT),
  /** Drawn as a thin band on the canvas, its cards out of sight. */
  collapsed: z.boolean().default(false),
  /** Left off the canvas altogether (its cards too) until shown again. */
  hidden: z.boolean().default(false),
});
export type Lane = z.infer<typeof LaneSchema>;

export const TouchpointSchema = z.object({
  id: idSchema('touchpoint'),
  journeyId: idSchema('journey'),
  stageId: idSchema('stage'),
  /** The lane (row) it sits in; null: the journey's first lane (see domain/lanes.ts laneOf). */
  laneId: idSchema('lane').nullable().default(null),
  title: shortText.default(''),
  description: longText.default(''),
  channel: z.string().max(100).default(''),
  owner: shortText.default(''),
  position: PositionSchema.default({ x: 0, y: 0 }),
  emotion: emotionSchema.nullable().default(null),
  emotionLabel: shortText.default(''),
  /** Emotion per persona, keyed by persona id. */
  personaEmotions: z.record(idSchema('persona'), emotionSchema).default({}),
  thoughts: longText.default(''),
  quotes: textList.default([]),
  painPoints: z.array(PainPointSchema).max(LIMITS.listItems).default([]),
  friction: FrictionSchema.default({ score: 0, types: [] }),
  opportunities: z.array(OpportunitySchema).max(LIMITS.listItems).default([]),
  metrics: MetricsSchema.default(() => emptyMetrics()),
  momentOfTruth: z.boolean().default(false),
  /** A positive surprise, beyond what was expected. */
  delight: z.boolean().default(false),
  tags: tagList.default([]),
  loyaltyQuestions: z.array(z.enum(LOYALTY_QUESTIONS)).default([]),
  pillars: z.array(z.enum(LOYALTY_PILLARS)).default([]),
  /** The touchpoint this one was copied from (current → future state). */
  originId: idSchema('touchpoint').nullable().default(null),
  /** When it was added (for the workshop session summary); null for older data. */
  createdAt: timestamp.nullable().default(null),
  /** The sub-journey this touchpoint opens (see links.ts); null when it opens none. */
  linkedJourneyId: idSchema('journey').nullable().default(null),
  /** How well the touchpoint is backed; null: not said. */
  evidence: z.enum(EVIDENCE_LEVELS).nullable().default(null),
});
export type Touchpoint = z.infer<typeof TouchpointSchema>;

export const ConnectionSchema = z.object({
  id: idSchema('connection'),
  journeyId: idSchema('journey'),
  source: idSchema('touchpoint'),
  target: idSchema('touchpoint'),
  kind: z.enum(CONNECTION_KINDS).default('main'),
  label: shortText.default(''),
  /** Share of customers taking this path, 0–100 %. */
  share: z.number().min(0).max(100).nullable().default(null),
});
export type Connection = z.infer<typeof ConnectionSchema>;

export const PersonaSchema = z.object({
  id: idSchema('persona'),
  journeyId: idSchema('journey'),
  name: shortText.default('Persona'),
  role: shortText.default(''),
  quote: longText.default(''),
  needs: textList.default([]),
  fears: textList.default([]),
  goals: textList.default([]),
  desires: textList.default([]),
  colour: colourSchema.default('#7950f2'),
  photoBlobId: idSchema('blob').nullable().default(null),
  /** Spends with the business. */
  spender: z.boolean().default(false),
  /** Sends others to the business (advocate). */
  sender: z.boolean().default(false),
  challenges: tagList.default([]),
  /**
   * The shared persona this row is a journey's copy of (persona-library.ts);
   * null when the row is the library persona itself (its own id is the key).
   */
  libraryId: idSchema('persona').nullable().default(null),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const NoteSchema = z.object({
  id: idSchema('note'),
  journeyId: idSchema('journey'),
  text: longText.default(''),
  colour: z.enum(NOTE_COLOURS).default('yellow'),
  position: PositionSchema.default({ x: 0, y: 0 }),
  /** A plain sticky note, or an open question raised in a workshop. */
  kind: z.enum(['note', 'question']).default('note'),
  /** The cluster (in journey.workshop.clusters) this note was grouped into. */
  clusterId: idSchema('cluster').nullable().default(null),
  /** When it was added (for the workshop session summary); null for older data. */
  createdAt: timestamp.nullable().default(null),
});
export type Note = z.infer<typeof NoteSchema>;

/** A whole journey as one value: what files, reports, insights and snapshots work on. */
export const JourneyDocumentSchema = z.object({
  journey: JourneySchema,
  stages: z.array(StageSchema).default([]),
  lanes: z.array(LaneSchema).default([]),
  touchpoints: z.array(TouchpointSchema).default([]),
  connections: z.array(ConnectionSchema).default([]),
  personas: z.array(PersonaSchema).default([]),
  notes: z.array(NoteSchema).default([]),
});
export type JourneyDocument = z.infer<typeof JourneyDocumentSchema>;
/** The loose shape accepted on input (files, clipboard): every field optional where it has a default. */
export type JourneyDocumentInput = z.input<typeof JourneyDocumentSchema>;

/** Persona photos and other images, stored in Dexie's blobs table and in `.journey` assets/. */
export interface BlobRecord {
  id: BlobId;
  journeyId: JourneyId;
  type: string;
  data: Blob;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}
