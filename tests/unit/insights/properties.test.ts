import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareStates,
  computeInsights,
  emotionCurve,
  HEAT_MODES,
  heatValue,
  mainPath,
  rollUpStage,
} from '../../../renderer/src/domain/insights';
import {
  CONNECTION_KINDS,
  copyWithNewIds,
  JourneyDocumentSchema,
  LOYALTY_PILLARS,
  LOYALTY_QUESTIONS,
  sortStages,
  type JourneyDocument,
  type Metrics,
} from '../../../renderer/src/domain';
import { JourneyBuilder } from '../../fixtures/journey-builder';
import { SEED_PHRASE as SEED } from '../../fixtures/seed-text';

const emotion = fc.integer({ min: -3, max: 3 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const sample = optional(fc.integer({ min: 0, max: 10_000 }));

const metricsArb: fc.Arbitrary<Partial<Metrics>> = fc.record({
  csat: optional(
    fc.oneof(
      fc.record({ mode: fc.constant('share' as const), value: fc.double({ min: 0, max: 100, noNaN: true }), sample }),
      fc.record({ mode: fc.constant('mean' as const), value: fc.double({ min: 1, max: 5, noNaN: true }), sample }),
    ),
  ),
  ces: optional(fc.record({ mean: fc.double({ min: 1, max: 7, noNaN: true }), sample })),
  nps: optional(
    fc.record({
      promoters: fc.integer({ min: 0, max: 500 }),
      passives: fc.integer({ min: 0, max: 500 }),
      detractors: fc.integer({ min: 0, max: 500 }),
    }),
  ),
  dropOff: optional(fc.double({ min: 0, max: 100, noNaN: true })),
  volume: optional(fc.integer({ min: 0, max: 1_000_000 })),
  expectedEmotion: optional(emotion),
});

const touchpointArb = fc.record({
  stage: fc.nat(),
  title: fc.constantFrom('', 'Checkout', SEED.tamil, SEED.armenian, SEED.telugu, SEED.malayalam),
  emotion: optional(emotion),
  x: fc.integer({ min: -2000, max: 2000 }),
  y: fc.integer({ min: -2000, max: 2000 }),
  personaEmotions: fc.array(fc.tuple(fc.nat(), emotion), { maxLength: 4 }),
  pains: fc.array(fc.constantFrom(1 as const, 2 as const, 3 as const), { maxLength: 4 }),
  friction: fc.integer({ min: 0, max: 5 }),
  channel: fc.constantFrom('', 'website', ' Website', 'phone', SEED.tamil),
  metrics: metricsArb,
  momentOfTruth: fc.boolean(),
  delight: fc.boolean(),
  loyaltyQuestions: fc.subarray([...LOYALTY_QUESTIONS]),
  pillars: fc.subarray([...LOYALTY_PILLARS]),
});

const specArb = fc.record({
  stageOrders: fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 5 }),
  personas: fc.integer({ min: 0, max: 3 }),
  covered: fc.array(fc.nat(), { maxLength: 3 }),
  touchpoints: fc.array(touchpointArb, { maxLength: 14 }),
  connections: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...CONNECTION_KINDS)), { maxLength: 30 }),
  churn: fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2000 })), { maxLength: 3 }),
});

/** A valid journey document with consistent references, built from a random spec. */
const documentArb: fc.Arbitrary<JourneyDocument> = specArb.map((spec) => {
  const b = new JourneyBuilder();
  const stages = spec.stageOrders.map((order, i) => b.stage(`Stage ${i}`, order));
  const personas = Array.from({ length: spec.personas }, (_, i) => b.persona(`Persona ${i}`, false));
  if (personas.length)
    b.doc.journey.personaIds = [...new Set(spec.covered.map((i) => personas[i % personas.length]!.id))];
  if (stages.length) {
    for (const t of spec.touchpoints) {
      const personaEmotions = personas.length
        ? Object.fromEntries(t.personaEmotions.map(([i, e]) => [personas[i % personas.length]!.id, e]))
        : {};
      b.touchpoint(stages[t.stage % stages.length]!, {
        title: t.title,
        emotion: t.emotion,
        position: { x: t.x, y: t.y },
        personaEmotions,
        pains: t.pains,
        friction: { score: t.friction, types: [] },
        channel: t.channel,
        metrics: t.metrics,
        momentOfTruth: t.momentOfTruth,
        delight: t.delight,
        loyaltyQuestions: t.loyaltyQuestions,
        pillars: t.pillars,
      });
    }
  }
  const tps = b.doc.touchpoints;
  if (tps.length) {
    for (const [s, t, kind] of spec.connections) b.connect(tps[s % tps.length]!, tps[t % tps.length]!, kind);
  }
  b.doc.journey.churn = spec.churn.map(([start, end], i) => ({ period: `P${i}`, start, end, recordedAt: i }));
  return JourneyDocumentSchema.parse(b.doc);
});

describe('insights never throw on valid journeys', () => {
  it('computeInsights, mainPath and emotionCurve hold on random journeys', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const path = mainPath(doc);
        // Every touchpoint exactly once, stages in order.
        expect(path.map((t) => t.id).sort()).toEqual(doc.touchpoints.map((t) => t.id).sort());
        const rank = new Map(sortStages(doc.stages).map((s, i) => [s.id, i]));
        const ranks = path.map((t) => rank.get(t.stageId)!);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

        const insights = computeInsights(doc);
        expect(insights.path).toHaveLength(doc.touchpoints.length);
        for (const spot of insights.hotSpots) {
          expect(spot.score).toBeGreaterThan(0);
          expect(spot.score).toBeLessThanOrEqual(1 + 1e-9);
        }
        expect(insights.recovery.loops.length + insights.recovery.unrecovered.length).toBe(insights.recovery.failures);
        for (const f of insights.health) expect(f.value === null || Number.isFinite(f.value)).toBe(true);

        expect(emotionCurve(doc)).toHaveLength(doc.touchpoints.length);
        for (const p of doc.personas) emotionCurve(doc, p.id, { skipMissing: true });
        for (const s of doc.stages) rollUpStage(doc, s.id);
        for (const t of doc.touchpoints) for (const mode of HEAT_MODES) expect(heatValue(t, mode).label).not.toBe('');
      }),
    );
  });

  it('compareStates holds against a copy and against any other journey', () => {
    fc.assert(
      fc.property(documentArb, documentArb, (current, other) => {
        const future = copyWithNewIds(current, { keepOrigins: true }).document;
        const same = compareStates(current, future);
        const pains = current.touchpoints.reduce((n, t) => n + t.painPoints.length, 0);
        expect(same.pain.kept).toHaveLength(pains);
        expect(same.pain.removed).toEqual([]);
        expect(same.pain.added).toEqual([]);
        expect(same.rows).toHaveLength(current.touchpoints.length);
        for (const row of same.rows) expect(row.delta === null || row.delta === 0).toBe(true);

        const mixed = compareStates(current, other);
        expect(mixed.rows).toHaveLength(current.touchpoints.length + other.touchpoints.length);
        expect(mixed.pain.removed.length + mixed.pain.kept.length).toBe(pains);
      }),
    );
  });
});
