/**
 * fast-check arbitraries for whole, valid journeys with consistent references:
 * text from the four seed scripts, emoji, arbitrary Unicode (lone surrogates
 * included) and strings at the schema's length limits.
 */
import fc from 'fast-check';
import { JourneyDocumentSchema, LIMITS, type JourneyDocument } from '../../../renderer/src/domain';
import {
  CONNECTION_KINDS,
  FRICTION_TYPES,
  LOYALTY_PILLARS,
  LOYALTY_QUESTIONS,
  NOTE_COLOURS,
  OPPORTUNITY_STATUSES,
} from '../../../renderer/src/domain/vocabulary';
import { ARMENIAN_LONG, MALAYALAM_LONG, SEED_SENTENCES, TAMIL_LONG, TELUGU_LONG } from '../../fixtures/seed-text';

const LONG_SEEDS = [TAMIL_LONG, TELUGU_LONG, MALAYALAM_LONG, ARMENIAN_LONG];

/** Seed text repeated to exactly `length` UTF-16 units (all four scripts are in the BMP). */
const filled = (seed: string, length: number) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

export function textArb(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SEED_SENTENCES.filter((s) => s.length <= max)) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '😄🙂😐🙁😠',
        '👩‍👩‍👧‍👦 🇮🇳 🏳️‍🌈',
        '<script>alert(1)</script>',
        'lone \ud83d surrogate',
        '',
        ' ',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...LONG_SEEDS).map((seed) => filled(seed, max)) },
  );
}

const shortText = textArb(LIMITS.shortText);
const longText = fc.oneof({ weight: 6, arbitrary: shortText }, { weight: 1, arbitrary: textArb(LIMITS.longText) });
const textList = fc.array(shortText, { maxLength: 4 });
const tag = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
  .filter((t) => t.length >= 1 && t.length <= 100);
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x || 0);
const position = fc.record({ x: coordinate, y: coordinate });
const timestamp = fc.integer({ min: 0, max: Date.UTC(2150, 0, 1) });
const emotion = fc.integer({ min: -3, max: 3 });
const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const idBodies = (min: number, max: number) =>
  fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/), { minLength: min, maxLength: max });
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const subset = <T>(items: readonly T[]) => (items.length ? fc.subarray([...items]) : fc.constant([] as T[]));

const metrics = fc.record({
  csat: nullable(
    fc.oneof(
      fc.record({
        mode: fc.constant('share' as const),
        value: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x || 0),
        sample: nullable(fc.nat()),
      }),
      fc.record({
        mode: fc.constant('mean' as const),
        value: fc.double({ min: 1, max: 5, noNaN: true }),
        sample: nullable(fc.nat()),
      }),
    ),
  ),
  ces: nullable(fc.record({ mean: fc.double({ min: 1, max: 7, noNaN: true }), sample: nullable(fc.nat()) })),
  nps: nullable(fc.record({ promoters: fc.nat(), passives: fc.nat(), detractors: fc.nat() })),
  dropOff: nullable(fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x || 0)),
  volume: nullable(fc.nat()),
  expectedEmotion: nullable(emotion),
});

export const journeyDocumentArb: fc.Arbitrary<JourneyDocument> = fc
  .record({
    journey: idBodies(1, 1),
    stages: idBodies(1, 4),
    touchpoints: idBodies(0, 6),
    personas: idBodies(0, 3),
    notes: idBodies(0, 2),
    connections: idBodies(0, 6),
  })
  .chain((bodies) => {
    const journeyId = `journey:${bodies.journey[0]}`;
    const stageIds = bodies.stages.map((b) => `stage:${b}`);
    const touchpointIds = bodies.touchpoints.map((b) => `touchpoint:${b}`);
    const personaIds = bodies.personas.map((b) => `persona:${b}`);
    const journey = fc.record({
      id: fc.constant(journeyId),
      title: shortText,
      description: longText,
      client: shortText,
      author: shortText,
      tags: fc.array(tag, { maxLength: 3 }),
      locale: fc.constantFrom('en', 'ta-IN', 'te', 'ml', 'hy-AM'),
      createdAt: timestamp,
      updatedAt: timestamp,
      personaIds: subset(personaIds),
      viewport: nullable(
        fc.record({ x: coordinate, y: coordinate, zoom: fc.double({ min: 0.05, max: 4, noNaN: true }) }),
      ),
      deletedAt: nullable(timestamp),
      futureStateOf: nullable(fc.constant('journey:origin')),
      churn: fc.array(
        fc.record({ period: shortText, start: fc.integer({ min: 1, max: 1e6 }), end: fc.nat(), recordedAt: timestamp }),
        {
          maxLength: 2,
        },
      ),
    });
    const stages = fc.tuple(
      ...stageIds.map((id, order) =>
        fc.record({
          id: fc.constant(id),
          journeyId: fc.constant(journeyId),
          name: shortText,
          description: longText,
          customerGoal: shortText,
          order: fc.constant(order),
          colour,
          width: fc.integer({ min: 120, max: 5000 }),
        }),
      ),
    );
    const touchpoints = fc.tuple(
      ...touchpointIds.map((id) =>
        fc.record({
          id: fc.constant(id),
          journeyId: fc.constant(journeyId),
          stageId: fc.constantFrom(...stageIds),
          title: shortText,
          description: longText,
          channel: fc.constantFrom('website', 'store', 'ஸ்டோர்', ''),
          owner: shortText,
          position,
          emotion: nullable(emotion),
          emotionLabel: shortText,
          personaEmotions: subset(personaIds).chain((ids) =>
            fc.tuple(...ids.map(() => emotion)).map((es) => Object.fromEntries(ids.map((pid, i) => [pid, es[i]]))),
          ),
          thoughts: longText,
          quotes: textList,
          painPoints: idBodies(0, 3).chain((ps) =>
            fc.tuple(
              ...ps.map((b) =>
                fc.record({
                  id: fc.constant(`pain:${b}`),
                  text: shortText,
                  severity: fc.constantFrom(1, 2, 3),
                  originId: nullable(fc.constant('pain:origin')),
                }),
              ),
            ),
          ),
          friction: fc.record({ score: fc.integer({ min: 0, max: 5 }), types: fc.subarray([...FRICTION_TYPES]) }),
          opportunities: idBodies(0, 2).chain((os) =>
            fc.tuple(
              ...os.map((b) =>
                fc.record({
                  id: fc.constant(`opportunity:${b}`),
                  text: shortText,
                  status: fc.constantFrom(...OPPORTUNITY_STATUSES),
                  owner: shortText,
                  loyaltyQuestions: fc.subarray([...LOYALTY_QUESTIONS]),
                  pillars: fc.subarray([...LOYALTY_PILLARS]),
                }),
              ),
            ),
          ),
          metrics,
          momentOfTruth: fc.boolean(),
          delight: fc.boolean(),
          tags: fc.array(tag, { maxLength: 3 }),
          loyaltyQuestions: fc.subarray([...LOYALTY_QUESTIONS]),
          pillars: fc.subarray([...LOYALTY_PILLARS]),
          originId: nullable(fc.constant('touchpoint:origin')),
        }),
      ),
    );
    const connections = touchpointIds.length
      ? fc.tuple(
          ...bodies.connections.map((b) =>
            fc.record({
              id: fc.constant(`connection:${b}`),
              journeyId: fc.constant(journeyId),
              source: fc.constantFrom(...touchpointIds),
              target: fc.constantFrom(...touchpointIds),
              kind: fc.constantFrom(...CONNECTION_KINDS),
              label: shortText,
              share: nullable(fc.integer({ min: 0, max: 100 })),
            }),
          ),
        )
      : fc.constant([]);
    const personas = fc.tuple(
      ...personaIds.map((id) =>
        fc.record({
          id: fc.constant(id),
          journeyId: fc.constant(journeyId),
          name: shortText,
          role: shortText,
          quote: longText,
          needs: textList,
          fears: textList,
          goals: textList,
          desires: textList,
          colour,
          photoBlobId: fc.constant(null),
          spender: fc.boolean(),
          sender: fc.boolean(),
          challenges: fc.array(tag, { maxLength: 2 }),
        }),
      ),
    );
    const notes = fc.tuple(
      ...bodies.notes.map((b) =>
        fc.record({
          id: fc.constant(`note:${b}`),
          journeyId: fc.constant(journeyId),
          text: longText,
          colour: fc.constantFrom(...NOTE_COLOURS),
          position,
        }),
      ),
    );
    return fc.record({ journey, stages, touchpoints, connections, personas, notes });
  })
  // Through the schema: every default filled and every value checked, as the app stores it.
  .map((raw) => JourneyDocumentSchema.parse(raw));
