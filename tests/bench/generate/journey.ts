/**
 * Deterministic benchmark journeys. Touchpoints sit in lanes (rows) that run
 * left to right through every stage; each stage holds `columnsPerStage`
 * columns of cards. Main connections follow each lane; alternatives and
 * failures branch forward to a neighbouring lane; recoveries loop back.
 * Every emotion is set, pain points gather where the emotion is low, and a
 * fifth of the titles are sentences from the seed texts.
 */
import type { ConnectionKind } from '../../../renderer/src/domain/vocabulary';
import { LANE_KINDS } from '../../../renderer/src/domain/vocabulary';
import {
  DEFAULT_CHANNELS,
  FRICTION_TYPES,
  STAGE_COLOURS,
  TOUCHPOINT_HEIGHT,
  TOUCHPOINT_WIDTH,
} from '../../../renderer/src/domain/vocabulary';
import { STAGE_HEADER_HEIGHT, STAGE_PADDING } from '../../../renderer/src/domain/layout';
import {
  ConnectionSchema,
  JourneySchema,
  LaneSchema,
  PersonaSchema,
  StageSchema,
  TouchpointSchema,
  type Connection,
  type JourneyDocument,
  type Lane,
  type Stage,
  type Touchpoint,
} from '../../../renderer/src/domain/model';
import { SEED_SENTENCES } from '../../fixtures/seed-text';
import { seededRandom, type Random } from './random';

export interface BenchJourneyOptions {
  stages: number;
  /** Lanes of touchpoints (rows); touchpoints = stages × columnsPerStage × lanes. */
  lanes: number;
  columnsPerStage: number;
  /** Connections besides the main ones, by kind. */
  extra: Readonly<Record<Exclude<ConnectionKind, 'main'>, number>>;
  seed: number;
  title: string;
  /**
   * Group the rows into this many real lanes of a service blueprint (kinds
   * in blueprint order), each band holding its rows; 0 or absent: no lanes.
   */
  blueprintLanes?: number;
}

export interface BenchJourney {
  document: JourneyDocument;
  /** The touchpoint nearest the middle of the map: the one the drag scenario moves. */
  centreTouchpointId: string;
  /** The map's extent in flow units (stages side by side, lanes below the headers). */
  bounds: { width: number; height: number };
}

/** 20 stages × 2 columns × 50 lanes = 2,000 touchpoints; 1,950 main + 450 other = 2,400 connections. */
export const LARGE_JOURNEY: BenchJourneyOptions = {
  stages: 20,
  lanes: 50,
  columnsPerStage: 2,
  extra: { alternative: 250, failure: 120, recovery: 80 },
  seed: 20_000,
  title: 'Benchmark: 2,000 touchpoints',
};

/** The same 2,000 touchpoints as a service blueprint: the 50 rows grouped into 6 lanes. */
export const BLUEPRINT_JOURNEY: BenchJourneyOptions = {
  ...LARGE_JOURNEY,
  blueprintLanes: 6,
  title: 'Benchmark: 2,000 touchpoints in 6 lanes',
};

/**
 * 8 stages × 2 columns × 5 lanes = 80 touchpoints, 79 main + 90 other = 169 connections: 249 items, just
 * under the size up to which text typed on the map goes into it at every key (session/inline-draft.ts).
 */
export const KEY_BY_KEY_JOURNEY: BenchJourneyOptions = {
  stages: 8,
  lanes: 5,
  columnsPerStage: 2,
  extra: { alternative: 40, failure: 30, recovery: 20 },
  seed: 250,
  title: 'Benchmark: 80 touchpoints',
};

/**
 * 40 stages × 2 columns × 250 lanes = 20,000 touchpoints, the most a journey file may hold
 * (files/journey/json-limits.ts); 19,960 main + 1,900 other = 21,860 connections.
 */
export const HUGE_JOURNEY: BenchJourneyOptions = {
  stages: 40,
  lanes: 250,
  columnsPerStage: 2,
  extra: { alternative: 1000, failure: 500, recovery: 400 },
  seed: 20_001,
  title: 'Benchmark: 20,000 touchpoints',
};

/** 10 stages × 2 columns × 10 lanes = 200 touchpoints, 240 connections: the report benchmark. */
export const REPORT_JOURNEY: BenchJourneyOptions = {
  stages: 10,
  lanes: 10,
  columnsPerStage: 2,
  extra: { alternative: 25, failure: 15, recovery: 10 },
  seed: 200,
  title: 'Benchmark: 200 touchpoints',
};

const STAGE_NAMES = [
  'Discover',
  'Research',
  'Compare',
  'Choose',
  'Sign up',
  'Buy',
  'Pay',
  'Confirm',
  'Wait',
  'Receive',
  'Unbox',
  'Set up',
  'Learn',
  'Use',
  'Get help',
  'Return',
  'Upgrade',
  'Renew',
  'Refer',
  'Leave',
];
const VERBS = ['Reads', 'Compares', 'Asks about', 'Checks', 'Opens', 'Waits for', 'Pays for', 'Tracks', 'Rates'];
const OBJECTS = ['the price page', 'a review', 'the delivery date', 'an order email', 'the help centre', 'a coupon'];
const PAIN_TEXTS = ['Has to repeat details', 'Cannot find the answer', 'Hidden fee at checkout', 'Long queue on hold'];
const CREATED_AT = Date.UTC(2025, 0, 15, 9, 0, 0);
const GAP_X = 40;
const GAP_Y = 32;

const pad = (n: number) => String(n).padStart(5, '0');

/** The first words of a seed sentence, cut at a word boundary, as a card title would be. */
function seedTitle(random: Random): string {
  const words = random.pick(SEED_SENTENCES).split(/\s+/);
  let title = '';
  for (const w of words) {
    if (title && title.length + w.length > 48) break;
    title = title ? `${title} ${w}` : w;
  }
  return title;
}

function touchpointFields(random: Random, emotion: number, index: number) {
  const low = emotion <= -1;
  const painCount = random.chance(low ? 0.7 : 0.12) ? random.int(1, low ? 3 : 1) : 0;
  const friction = Math.max(0, Math.min(5, (low ? 2 : 0) + random.int(0, 2) - (emotion > 1 ? 1 : 0)));
  return {
    title: index % 5 === 0 ? seedTitle(random) : `${random.pick(VERBS)} ${random.pick(OBJECTS)} ${index + 1}`,
    description: random.chance(0.3) ? random.pick(SEED_SENTENCES) : '',
    channel: random.pick(DEFAULT_CHANNELS),
    emotion,
    painPoints: Array.from({ length: painCount }, (_, p) => ({
      id: `pain:bench-${pad(index)}-${p}`,
      text: random.pick(PAIN_TEXTS),
      severity: (low ? random.int(2, 3) : 1) as 1 | 2 | 3,
    })),
    friction: {
      score: friction,
      types: friction > 0 ? [random.pick(FRICTION_TYPES)] : [],
    },
    opportunities: random.chance(0.1)
      ? [{ id: `opportunity:bench-${pad(index)}`, text: 'Tell the customer what happens next', owner: 'CX team' }]
      : [],
    momentOfTruth: random.chance(0.04),
    delight: emotion >= 2 && random.chance(0.2),
    metrics: random.chance(0.15) ? { csat: { mode: 'share', value: random.int(40, 95), sample: 120 } } : {},
  };
}

export function generateBenchJourney(options: BenchJourneyOptions): BenchJourney {
  const random = seededRandom(options.seed);
  const journey = JourneySchema.parse({
    id: `journey:bench-${options.seed}`,
    title: options.title,
    client: 'Waymark benchmark',
    author: 'npm run bench',
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
  });
  const journeyId = journey.id;
  const cols = options.columnsPerStage;
  const stageWidth = 2 * STAGE_PADDING + cols * TOUCHPOINT_WIDTH + (cols - 1) * GAP_X;
  const stages: Stage[] = Array.from({ length: options.stages }, (_, i) =>
    StageSchema.parse({
      id: `stage:bench-${pad(i)}`,
      journeyId,
      name: STAGE_NAMES[i % STAGE_NAMES.length],
      order: i,
      colour: STAGE_COLOURS[i % STAGE_COLOURS.length],
      width: stageWidth,
    }),
  );

  const personas = ['Anjali', 'Aram'].map((name, i) =>
    PersonaSchema.parse({
      id: `persona:bench-${i}`,
      journeyId,
      name,
      role: i === 0 ? 'Busy parent' : 'Small business owner',
      quote: SEED_SENTENCES[i] ?? '',
      needs: [SEED_SENTENCES[i + 2] ?? ''],
    }),
  );
  journey.personaIds = personas.map((p) => p.id);

  // Real lanes, when asked for: consecutive rows grouped into bands, the first band also holding the top padding.
  const rowHeight = TOUCHPOINT_HEIGHT + GAP_Y;
  const laneCount = Math.min(options.blueprintLanes ?? 0, options.lanes);
  const laneOfRow = (row: number) => Math.floor((row * laneCount) / options.lanes);
  const lanes: Lane[] = Array.from({ length: laneCount }, (_, i) => {
    const rows = Array.from({ length: options.lanes }, (_, r) => r).filter((r) => laneOfRow(r) === i).length;
    return LaneSchema.parse({
      id: `lane:bench-${pad(i)}`,
      journeyId,
      name: `Lane ${i + 1}`,
      kind: LANE_KINDS[i % LANE_KINDS.length],
      order: i,
      height: rows * rowHeight + (i === 0 ? STAGE_PADDING : 0),
    });
  });

  // grid[lane][globalColumn] = touchpoint
  const columns = options.stages * cols;
  const grid: Touchpoint[][] = [];
  for (let lane = 0; lane < options.lanes; lane += 1) {
    const row: Touchpoint[] = [];
    let emotion = random.int(-1, 2);
    for (let g = 0; g < columns; g += 1) {
      emotion = Math.max(-3, Math.min(3, emotion + random.int(-1, 1)));
      const stageIndex = Math.floor(g / cols);
      const col = g % cols;
      const index = lane * columns + g;
      row.push(
        TouchpointSchema.parse({
          id: `touchpoint:bench-${pad(index)}`,
          journeyId,
          stageId: stages[stageIndex]!.id,
          position: {
            x: stageIndex * stageWidth + STAGE_PADDING + col * (TOUCHPOINT_WIDTH + GAP_X),
            y: STAGE_HEADER_HEIGHT + STAGE_PADDING + lane * (TOUCHPOINT_HEIGHT + GAP_Y),
          },
          laneId: laneCount > 0 ? lanes[laneOfRow(lane)]!.id : null,
          personaEmotions: { [personas[0]!.id]: emotion, [personas[1]!.id]: Math.max(-3, emotion - 1) },
          createdAt: CREATED_AT,
          ...touchpointFields(random, emotion, index),
        }),
      );
    }
    grid.push(row);
  }
  const at = (lane: number, g: number) => grid[lane]?.[g];

  const connections: Connection[] = [];
  const pairs = new Set<string>();
  const connect = (kind: ConnectionKind, source: Touchpoint, target: Touchpoint, share: number | null) => {
    const key = `${source.id}>${target.id}`;
    if (source.id === target.id || pairs.has(key)) return false;
    pairs.add(key);
    connections.push(
      ConnectionSchema.parse({
        id: `connection:bench-${kind.slice(0, 3)}-${pad(connections.length)}`,
        journeyId,
        source: source.id,
        target: target.id,
        kind,
        share,
        label: kind === 'recovery' ? 'Call back' : '',
      }),
    );
    return true;
  };
  for (let lane = 0; lane < options.lanes; lane += 1) {
    for (let g = 0; g + 1 < columns; g += 1) connect('main', at(lane, g)!, at(lane, g + 1)!, null);
  }
  const branch = (kind: Exclude<ConnectionKind, 'main'>, count: number) => {
    let made = 0;
    for (let tries = 0; made < count && tries < count * 50; tries += 1) {
      const lane = random.int(0, options.lanes - 1);
      const g = random.int(0, columns - 1);
      const source = at(lane, g);
      const target =
        kind === 'recovery'
          ? at(lane, g - random.int(2, 4))
          : at(lane + (random.chance(0.5) ? 1 : -1) * (kind === 'failure' ? 2 : 1), g + 1);
      if (!source || !target) continue;
      if (connect(kind, source, target, kind === 'alternative' ? random.int(5, 40) : null)) made += 1;
    }
    if (made < count) throw new Error(`Could not place ${count} ${kind} connections in the benchmark journey.`);
  };
  branch('alternative', options.extra.alternative);
  branch('failure', options.extra.failure);
  branch('recovery', options.extra.recovery);

  const midLane = Math.floor(options.lanes / 2);
  const midColumn = Math.floor(columns / 2);
  return {
    document: { journey, stages, lanes, touchpoints: grid.flat(), connections, personas, notes: [] },
    centreTouchpointId: at(midLane, midColumn)!.id,
    bounds: {
      width: options.stages * stageWidth,
      height: STAGE_HEADER_HEIGHT + STAGE_PADDING + options.lanes * (TOUCHPOINT_HEIGHT + GAP_Y),
    },
  };
}
