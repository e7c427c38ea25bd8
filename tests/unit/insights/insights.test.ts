import { describe, expect, it } from 'vitest';
import {
  computeInsights,
  coverageGaps,
  HOTSPOT_FORMULA,
  hotSpotScore,
  lowPoints,
  mainPath,
  recoveryLoops,
} from '../../../renderer/src/domain/insights';
import { newPainPoint } from '../../../renderer/src/domain';
import { JourneyBuilder } from '../../fixtures/journey-builder';
import { SEED_PHRASE as SEED } from '../../fixtures/seed-text';

/**
 * An online order, worked out by hand:
 *
 *   Discover (Armenian name)   Buy                               Receive (Telugu name)     Renew (empty)
 *   ad +1 → site +2 →          checkout −2 → confirm +1 →        delivery (none) → unbox +3
 *                              checkout ⇢failure⇢ payFail −3 ⇢alternative⇢ callCentre −1 ⇢recovery⇢ confirm
 *                                                                delivery ⇢failure⇢ lostParcel −3 (no recovery)
 */
function orderJourney() {
  const b = new JourneyBuilder('Online order');
  const discover = b.stage(SEED.armenian);
  const buy = b.stage('Buy');
  const receive = b.stage(SEED.telugu);
  const renew = b.stage('Renew');
  const loyal = b.persona('Loyal buyer');
  const silent = b.persona(SEED.malayalam);
  const uncovered = b.persona('Not on this map', false);

  const ad = b.touchpoint(discover, {
    title: 'Ad',
    emotion: 1,
    channel: 'social media',
    personaEmotions: { [loyal.id]: 2 },
    metrics: { expectedEmotion: 0 },
  });
  const site = b.touchpoint(discover, {
    title: 'Website',
    emotion: 2,
    channel: 'website',
    delight: true,
    metrics: { expectedEmotion: 1 },
  });
  const checkout = b.touchpoint(buy, {
    title: 'Checkout',
    emotion: -2,
    channel: 'Website ',
    friction: { score: 4, types: ['effort'] },
    painPoints: [newPainPoint(SEED.telugu, 3), newPainPoint('slow', 2)],
    momentOfTruth: true,
    personaEmotions: { [loyal.id]: -3 },
    metrics: { expectedEmotion: 1, dropOff: 20 },
  });
  const payFail = b.touchpoint(buy, {
    title: 'Payment fails',
    emotion: -3,
    channel: 'website',
    friction: { score: 5, types: ['errors'] },
    pains: [3],
  });
  const callCentre = b.touchpoint(buy, { title: 'Call centre', emotion: -1, channel: 'phone' });
  const confirm = b.touchpoint(buy, {
    title: 'Confirmation',
    emotion: 1,
    channel: 'email',
    metrics: { expectedEmotion: 1 },
  });
  const delivery = b.touchpoint(receive, {
    title: 'Delivery',
    emotion: null,
    channel: '',
    friction: { score: 1, types: ['waiting'] },
    pains: [1],
    momentOfTruth: true,
  });
  const unbox = b.touchpoint(receive, {
    title: SEED.tamil,
    emotion: 3,
    channel: 'delivery',
    delight: true,
    metrics: { expectedEmotion: 1, nps: { promoters: 50, passives: 30, detractors: 20 } },
  });
  const lostParcel = b.touchpoint(receive, { title: 'Lost parcel', emotion: -3, channel: SEED.malayalam, pains: [2] });

  b.chain(ad, site, checkout, confirm, delivery, unbox);
  const failure = b.connect(checkout, payFail, 'failure');
  b.connect(payFail, callCentre, 'alternative');
  const recovery = b.connect(callCentre, confirm, 'recovery');
  const lost = b.connect(delivery, lostParcel, 'failure');
  b.doc.journey.churn = [{ period: 'Q1', start: 500, end: 450, recordedAt: 1 }];
  const t = { ad, site, checkout, payFail, callCentre, confirm, delivery, unbox, lostParcel };
  return { b, t, discover, buy, receive, renew, loyal, silent, uncovered, failure, recovery, lost };
}

describe('computeInsights on a hand-built journey', () => {
  const j = orderJourney();
  const insights = computeInsights(j.b.doc);
  const { t } = j;

  it('orders the path by stage, then along main connections', () => {
    expect(insights.path.map((x) => x.title)).toEqual([
      'Ad',
      'Website',
      'Checkout',
      'Confirmation',
      'Payment fails',
      'Call centre',
      'Delivery',
      SEED.tamil,
      'Lost parcel',
    ]);
  });

  it('finds the emotional low points, lowest first, ties in path order, and no moment felt well among them', () => {
    expect(insights.lowPoints.map((p) => [p.touchpointId, p.emotion, p.lowest])).toEqual([
      [t.payFail.id, -3, true],
      [t.lostParcel.id, -3, true],
      [t.checkout.id, -2, false],
      [t.callCentre.id, -1, false],
    ]);
  });

  it('on a journey felt well throughout, names its lowest moments all the same', () => {
    const path = [
      { ...t.ad, emotion: 2 },
      { ...t.site, emotion: 1 },
      { ...t.checkout, emotion: 3 },
      { ...t.confirm, emotion: 1 },
    ];
    expect(lowPoints(path).map((p) => [p.touchpointId, p.emotion, p.lowest])).toEqual([
      [t.site.id, 1, true],
      [t.confirm.id, 1, true],
    ]);
  });

  it('finds each persona’s low points from their own emotions', () => {
    expect(insights.personaLowPoints).toHaveLength(1);
    const [loyal] = insights.personaLowPoints;
    expect(loyal!.personaId).toBe(j.loyal.id);
    expect(loyal!.points.map((p) => [p.touchpointId, p.emotion])).toEqual([[t.checkout.id, -3]]);
  });

  it('ranks the steepest drops along the connections by size, stepping over a touchpoint without an emotion', () => {
    // Steps with a fall: Website +2 → Checkout −2, Checkout −2 ⇢ Payment fails −3, and Confirm +1 → Delivery (none)
    // ⇢ Lost parcel −3. Unbox +3 and Lost parcel, neighbours in the reading order, are no step: no connection joins
    // them (listing them as a fall of 6 was wrong).
    expect(insights.steepestDrops.map((d) => [d.from.touchpointId, d.to.touchpointId, d.drop])).toEqual([
      [t.site.id, t.checkout.id, 4],
      [t.confirm.id, t.lostParcel.id, 4],
      [t.checkout.id, t.payFail.id, 1],
    ]);
    expect(insights.steepestDrops[0]!.touchpointId).toBe(t.checkout.id);
  });

  it('lists a fall once when its two ends are joined directly and through a card without an emotion too', () => {
    const b = new JourneyBuilder('Two ways');
    const stage = b.stage('Only');
    const high = b.touchpoint(stage, { title: 'High', emotion: 2 });
    const unfelt = b.touchpoint(stage, { title: 'No emotion', emotion: null });
    const low = b.touchpoint(stage, { title: 'Low', emotion: -2 });
    const lower = b.touchpoint(stage, { title: 'Lower', emotion: -3 });
    b.connect(high, low);
    b.connect(high, unfelt, 'alternative');
    b.connect(unfelt, low, 'alternative');
    b.connect(low, lower, 'failure');
    expect(computeInsights(b.doc).steepestDrops.map((d) => [d.from.touchpointId, d.to.touchpointId, d.drop])).toEqual([
      [high.id, low.id, 4],
      [low.id, lower.id, 1],
    ]);
    // Only the biggest falls are kept when asked for fewer.
    expect(computeInsights(b.doc, { limit: 1 }).steepestDrops.map((d) => d.drop)).toEqual([4]);
  });

  it('on a map with no connections, ranks the drops between neighbours along the reading order', () => {
    const { b, t } = orderJourney();
    const drops = computeInsights({ ...b.doc, connections: [] }).steepestDrops;
    // By stage, then height, Delivery skipped: Ad 1, Website 2, Checkout −2, Payment fails −3, Call centre −1,
    // Confirm 1, Unbox 3, Lost parcel −3.
    expect(drops.map((d) => [d.from.touchpointId, d.to.touchpointId, d.drop])).toEqual([
      [t.unbox.id, t.lostParcel.id, 6],
      [t.site.id, t.checkout.id, 4],
      [t.checkout.id, t.payFail.id, 1],
    ]);
  });

  it('ranks friction and pain hot spots by the documented score', () => {
    // Checkout: 0.35 × 4/5 + 0.35 × 3/3 + 0.15 × 2/3 + 0.15 × 20/100 = 0.28 + 0.35 + 0.10 + 0.03 = 0.76.
    // Payment fails: 0.35 + 0.35 + 0.05 + 0 = 0.75. Lost parcel: 0.35 × 2/3 + 0.05 ≈ 0.2833.
    // Delivery: 0.35 × 1/5 + 0.35 × 1/3 + 0.05 ≈ 0.2367.
    const spots = insights.hotSpots;
    expect(spots.map((s) => s.touchpointId)).toEqual([t.checkout.id, t.payFail.id, t.lostParcel.id, t.delivery.id]);
    expect(spots.map((s) => s.score)).toEqual([
      expect.closeTo(0.76, 10),
      expect.closeTo(0.75, 10),
      expect.closeTo(0.35 * (2 / 3) + 0.05, 10),
      expect.closeTo(0.07 + 0.35 / 3 + 0.05, 10),
    ]);
    const top = spots[0]!;
    expect(top.parts.friction + top.parts.worstPain + top.parts.painCount + top.parts.reach).toBeCloseTo(top.score);
    expect(top.explanation).toBe('Friction 4/5 · worst pain Severe · 2 pain points · drop-off 20 %');
    expect(HOTSPOT_FORMULA).toMatch(/0\.35 × friction\/5/);
  });

  it('lets volume raise the reach part against the largest volume of the journey', () => {
    const b = new JourneyBuilder();
    const s = b.stage('S');
    const busy = b.touchpoint(s, { friction: { score: 2, types: [] }, metrics: { volume: 800 } });
    // Reach = max(drop-off 10 %, 800 / 1000) = 0.8 → 0.15 × 0.8 = 0.12.
    expect(hotSpotScore({ ...busy, metrics: { ...busy.metrics, dropOff: 10 } }, 1000).parts.reach).toBeCloseTo(0.12);
    expect(hotSpotScore(busy, null).parts.reach).toBe(0);
  });

  it('groups pain points by stage (all stages) and by channel (case- and space-insensitive)', () => {
    expect(insights.painByStage.map((g) => [g.name, g.count, g.worstSeverity])).toEqual([
      [SEED.armenian, 0, 0],
      ['Buy', 3, 3],
      [SEED.telugu, 2, 2],
      ['Renew', 0, 0],
    ]);
    const buy = insights.painByStage[1]!;
    expect(buy.bySeverity).toEqual({ 1: 0, 2: 1, 3: 2 });
    expect(buy.touchpointIds).toEqual([t.checkout.id, t.payFail.id]);
    expect(insights.painByChannel.map((g) => [g.channel, g.count, g.worstSeverity])).toEqual([
      // “website” is met first (on the Website touchpoint, which has no pain); “Website ” joins it.
      ['website', 3, 3],
      [SEED.malayalam, 1, 2],
      ['', 1, 1],
    ]);
  });

  it('lists moments of truth and delight moments in path order', () => {
    expect(insights.momentsOfTruth.map((m) => [m.touchpointId, m.atRisk])).toEqual([
      [t.checkout.id, true],
      [t.delivery.id, false],
    ]);
    expect(insights.delightMoments.map((d) => [d.touchpointId, d.emotion, d.aboveExpectation])).toEqual([
      [t.site.id, 2, 1],
      [t.unbox.id, 3, 2],
    ]);
  });

  it('finds the service-recovery loop with the emotions before, at and after', () => {
    const { loops, unrecovered, failures } = insights.recovery;
    expect(failures).toBe(2);
    expect(loops).toHaveLength(1);
    const loop = loops[0]!;
    expect(loop.failureConnectionId).toBe(j.failure.id);
    expect(loop.recoveryConnectionId).toBe(j.recovery.id);
    expect([loop.before.touchpointId, loop.before.emotion]).toEqual([t.checkout.id, -2]);
    expect([loop.at.touchpointId, loop.at.emotion]).toEqual([t.payFail.id, -3]);
    expect([loop.after.touchpointId, loop.after.emotion]).toEqual([t.confirm.id, 1]);
    expect(loop).toMatchObject({ steps: 2, lift: 4, net: 3, touchpointId: t.payFail.id });
    expect(unrecovered.map((u) => [u.failureConnectionId, u.touchpointId])).toEqual([[j.lost.id, t.lostParcel.id]]);
  });

  it('ranks expectation gaps: shortfalls first, then the largest surpluses, then met expectations', () => {
    expect(insights.expectationGaps.map((g) => [g.touchpointId, g.gap])).toEqual([
      [t.checkout.id, -3],
      [t.unbox.id, 2],
      [t.ad.id, 1],
      [t.site.id, 1],
      [t.confirm.id, 0],
    ]);
    expect(insights.expectationGaps[0]).toMatchObject({ expected: 1, experienced: -2 });
  });

  it('reports coverage gaps', () => {
    const c = insights.coverage;
    expect(c.emptyStages).toEqual([{ stageId: j.renew.id, name: 'Renew' }]);
    expect(c.withoutEmotion.map((x) => x.touchpointId)).toEqual([t.delivery.id]);
    expect(c.withoutChannel.map((x) => x.touchpointId)).toEqual([t.delivery.id]);
    expect(c.personasWithoutEmotion).toEqual([{ personaId: j.silent.id, name: SEED.malayalam }]);
  });

  it('summarises health with a formula for every figure', () => {
    const h = Object.fromEntries(insights.health.map((f) => [f.key, f]));
    for (const f of insights.health) expect(f.formula.length).toBeGreaterThan(10);
    // Emotions 1, 2, −2, 1, −3, −1, 3, −3: sum −2 over 8.
    expect(h.averageEmotion).toMatchObject({ value: -0.25, denominator: 8 });
    expect(h.lowestEmotion).toMatchObject({ value: -3, display: '\u22123' });
    expect(h.emotionCaptured).toMatchObject({ numerator: 8, denominator: 9, display: '89 %' });
    expect(h.severePainShare).toMatchObject({ numerator: 2, denominator: 9, display: '22 %' });
    // Friction 4 + 5 + 1 over 9 touchpoints.
    expect(h.averageFriction!.value).toBeCloseTo(10 / 9);
    expect(h.averageFriction!.display).toBe('1.1/5');
    expect(h.recoveryCoverage).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, display: '50 %' });
    expect(h.momentsOfTruthAtRisk).toMatchObject({ value: 0.5, display: '50 %' });
    expect(h.nps).toMatchObject({ value: 30, display: '+30', denominator: 100 });
    expect(h.churn).toMatchObject({
      label: 'Churn (Q1)',
      value: 0.1,
      display: '10 %',
      numerator: 50,
      denominator: 500,
    });
  });

  it('rolls up metrics per stage in stage order', () => {
    expect(insights.stageMetrics.map((s) => [s.name, s.metrics.touchpoints])).toEqual([
      [SEED.armenian, 2],
      ['Buy', 4],
      [SEED.telugu, 3],
      ['Renew', 0],
    ]);
    expect(insights.journeyMetrics.nps.value).toBe(30);
  });
});

describe('recovery loops, edge cases', () => {
  it('needs the recovery within the step limit and back onto the main path', () => {
    const b = new JourneyBuilder();
    const s = b.stage('S');
    const a = b.touchpoint(s, { emotion: 0 });
    const z = b.touchpoint(s, { emotion: 1 });
    const f1 = b.touchpoint(s, { emotion: -2 });
    const f2 = b.touchpoint(s);
    const f3 = b.touchpoint(s);
    const side = b.touchpoint(s);
    b.chain(a, z);
    b.connect(a, f1, 'failure');
    b.connect(f1, f2, 'alternative');
    b.connect(f2, f3, 'alternative');
    b.connect(f3, z, 'recovery'); // 3 steps after f1: allowed by default
    b.connect(f1, side, 'recovery'); // side is not on the main path: not a recovery
    const path = mainPath(b.doc);
    const found = recoveryLoops(b.doc, path);
    expect(found.loops).toHaveLength(1);
    // at = −2, after = +1, before = 0.
    expect(found.loops[0]).toMatchObject({ steps: 3, lift: 3, net: 1 });
    expect(recoveryLoops(b.doc, path, 2).loops).toHaveLength(0);
  });

  it('copes with a failure self-loop and recovery cycles', () => {
    const b = new JourneyBuilder();
    const s = b.stage('S');
    const a = b.touchpoint(s, { emotion: -1 });
    const c = b.touchpoint(s, { emotion: 2 });
    b.chain(a, c);
    b.connect(a, a, 'failure');
    b.connect(a, c, 'recovery');
    b.connect(c, a, 'recovery');
    const r = recoveryLoops(b.doc, mainPath(b.doc));
    expect(r.failures).toBe(1);
    expect(r.loops[0]).toMatchObject({ steps: 1, lift: 3, net: 3 });
  });

  it('treats a journey without main connections as all main path, except failure targets', () => {
    const b = new JourneyBuilder();
    const s = b.stage('S');
    const a = b.touchpoint(s, { emotion: 1 });
    const f = b.touchpoint(s, { emotion: -3 });
    const back = b.touchpoint(s, { emotion: 2 });
    b.connect(a, f, 'failure');
    b.connect(f, f, 'recovery'); // back to the failure itself: not a recovery
    b.connect(f, back, 'recovery');
    const r = recoveryLoops(b.doc, mainPath(b.doc));
    expect(r.loops.map((l) => l.after.touchpointId)).toEqual([back.id]);
  });
});

describe('coverage gaps, persona fallback', () => {
  it('checks every persona of the journey when the journey lists none', () => {
    const b = new JourneyBuilder();
    const s = b.stage('S');
    const p1 = b.persona('One', false);
    const p2 = b.persona(SEED.armenian, false);
    b.touchpoint(s, { emotion: 0, channel: 'store', personaEmotions: { [p1.id]: 1 } });
    const gaps = coverageGaps(b.doc, mainPath(b.doc));
    expect(gaps.personasWithoutEmotion).toEqual([{ personaId: p2.id, name: SEED.armenian }]);
    expect(gaps.emptyStages).toEqual([]);
    expect(gaps.withoutChannel).toEqual([]);
  });
});

describe('computeInsights on an empty journey', () => {
  it('returns empty lists and figures without values', () => {
    const i = computeInsights(new JourneyBuilder().doc);
    expect(i.path).toEqual([]);
    expect(i.lowPoints).toEqual([]);
    expect(i.hotSpots).toEqual([]);
    expect(i.recovery).toEqual({ loops: [], unrecovered: [], failures: 0 });
    expect(i.loyalty.unansweredQuestions).toHaveLength(6);
    for (const f of i.health) {
      expect(f.value).toBeNull();
      expect(f.display).toBe('—');
    }
  });
});
