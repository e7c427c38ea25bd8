import { describe, expect, it } from 'vitest';
import {
  cesMean,
  churnRate,
  csatMean,
  csatShare,
  csatShareFromRatings,
  journeyChurn,
  latestChurn,
  mean,
  npsFromCounts,
  rollUpJourney,
  rollUpStage,
  weightedMean,
} from '../../../renderer/src/domain/insights';
import { newId } from '../../../renderer/src/domain';
import { JourneyBuilder } from '../../fixtures/journey-builder';

describe('single formulas', () => {
  it('computes NPS as % promoters − % detractors', () => {
    // 50 promoters, 30 passives, 20 detractors: 50 % − 20 % = 30.
    expect(npsFromCounts({ promoters: 50, passives: 30, detractors: 20 })).toBe(30);
    // 1 promoter, 0 passives, 3 detractors: 25 % − 75 % = −50.
    expect(npsFromCounts({ promoters: 1, passives: 0, detractors: 3 })).toBe(-50);
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
    expect(npsFromCounts({ promoters: -1, passives: 0, detractors: 0 })).toBeNull();
  });

  it('computes CSAT as a share and as a mean', () => {
    expect(csatShare(42, 50)).toBe(84);
    expect(csatShare(0, 0)).toBeNull();
    expect(csatShare(5, 4)).toBeNull();
    // Ratings 5, 4, 3, 2: mean 3.5; satisfied (4–5) = 2 of 4 = 50 %. The 9 is out of range and ignored.
    expect(csatMean([5, 4, 3, 2, 9])).toBe(3.5);
    expect(csatShareFromRatings([5, 4, 3, 2])).toBe(50);
    expect(csatMean([])).toBeNull();
  });

  it('computes CES as a 1–7 mean', () => {
    expect(cesMean([7, 6, 2])).toBe(5);
    expect(cesMean([0, 8])).toBeNull();
  });

  it('computes churn and refuses impossible counts with a typed result', () => {
    const r = churnRate(500, 450);
    expect(r).toEqual({ ok: true, rate: 0.1, lost: 50 });
    const zero = churnRate(0, 0);
    expect(zero.ok).toBe(false);
    if (!zero.ok) {
      expect(zero.code).toBe('start-not-positive');
      expect(zero.message).toMatch(/at least one customer/);
    }
    const growth = churnRate(100, 120);
    expect(growth.ok === false && growth.code).toBe('end-above-start');
    expect(churnRate(Number.NaN, 1).ok).toBe(false);
    expect(churnRate(100, 100)).toEqual({ ok: true, rate: 0, lost: 0 });
  });

  it('lists churn periods oldest first and finds the latest', () => {
    const b = new JourneyBuilder();
    b.doc.journey.churn = [
      { period: 'Q2', start: 450, end: 405, recordedAt: 2000 },
      { period: 'Q1', start: 500, end: 450, recordedAt: 1000 },
    ];
    expect(journeyChurn(b.doc.journey).map((c) => c.period)).toEqual(['Q1', 'Q2']);
    const latest = latestChurn(b.doc.journey);
    expect(latest?.period).toBe('Q2');
    expect(latest?.result.ok && latest.result.rate).toBeCloseTo(0.1);
    expect(latestChurn(new JourneyBuilder().doc.journey)).toBeNull();
  });

  it('weights means only when every present value has a weight, and never counts a missing value as zero', () => {
    expect(
      weightedMean([
        { value: 80, weight: 100 },
        { value: 60, weight: 300 },
      ]),
    ).toBe(65);
    expect(
      weightedMean([
        { value: 80, weight: 100 },
        { value: 60, weight: null },
      ]),
    ).toBe(70);
    expect(
      weightedMean([
        { value: null, weight: 5 },
        { value: 4, weight: 1 },
      ]),
    ).toBe(4);
    expect(weightedMean([])).toBeNull();
    expect(mean([2, null, -1])).toBe(0.5);
  });
});

describe('roll-ups', () => {
  function build() {
    const b = new JourneyBuilder();
    const discover = b.stage('Discover');
    const buy = b.stage('Buy');
    const empty = b.stage('Renew');
    const a = b.touchpoint(discover, {
      emotion: 2,
      metrics: {
        csat: { mode: 'share', value: 80, sample: 100 },
        ces: { mean: 5, sample: null },
        nps: { promoters: 30, passives: 10, detractors: 10 },
        volume: 1000,
        dropOff: 10,
      },
    });
    const c = b.touchpoint(discover, {
      emotion: null,
      metrics: {
        csat: { mode: 'share', value: 60, sample: 300 },
        ces: { mean: 2, sample: null },
        nps: { promoters: 20, passives: 20, detractors: 10 },
        volume: 3000,
        dropOff: 30,
      },
    });
    const d = b.touchpoint(buy, {
      emotion: -1,
      friction: { score: 4, types: ['waiting'] },
      pains: [3, 1],
      metrics: { csat: { mode: 'mean', value: 4.5, sample: 10 } },
    });
    return { b, discover, buy, empty, a, c, d };
  }

  it('rolls up a stage: CSAT weighted by sample, CES by volume, NPS from summed counts', () => {
    const { b, discover, a, c } = build();
    const r = rollUpStage(b.doc, discover.id);
    expect(r.touchpoints).toBe(2);
    // (80 × 100 + 60 × 300) / 400 = 65.
    expect(r.csatShare).toMatchObject({ value: 65, contributors: 2, weighting: 'sample' });
    expect(r.csatShare.touchpointIds).toEqual([a.id, c.id]);
    expect(r.csatMean).toMatchObject({ value: null, contributors: 0 });
    // No CES sample, so by volume: (5 × 1000 + 2 × 3000) / 4000 = 2.75.
    expect(r.ces).toMatchObject({ value: 2.75, contributors: 2, weighting: 'volume' });
    // 30+20 promoters, 10+20 passives, 10+10 detractors = 50/30/20 → 30.
    expect(r.nps).toMatchObject({
      promoters: 50,
      passives: 30,
      detractors: 20,
      answers: 100,
      value: 30,
      contributors: 2,
    });
    // Drop-off by volume: (10 × 1000 + 30 × 3000) / 4000 = 25.
    expect(r.dropOff).toMatchObject({ value: 25, weighting: 'volume' });
    // Only one touchpoint has an emotion: the null one is not a zero.
    expect(r.emotion).toMatchObject({ value: 2, contributors: 1, touchpointIds: [a.id] });
    expect(r.volume).toMatchObject({ value: 4000, contributors: 2 });
  });

  it('rolls up the journey, keeping share and mean CSAT apart and falling back to unweighted', () => {
    const { b } = build();
    const r = rollUpJourney(b.doc);
    expect(r.touchpoints).toBe(3);
    expect(r.csatShare.value).toBe(65);
    expect(r.csatMean).toMatchObject({ value: 4.5, contributors: 1, weighting: 'sample' });
    // Emotions 2 and −1; the buy touchpoint has no volume, so unweighted: 0.5.
    expect(r.emotion).toMatchObject({ value: 0.5, contributors: 2, weighting: 'unweighted' });
    // Friction always counts: (0 + 0 + 4) / 3.
    expect(r.friction.value).toBeCloseTo(4 / 3);
    expect(r.painPoints).toBe(2);
  });

  it('rolls up an empty or unknown stage to nulls with no contributors', () => {
    const { b, empty } = build();
    for (const r of [rollUpStage(b.doc, empty.id), rollUpStage(b.doc, newId('stage'))]) {
      expect(r.touchpoints).toBe(0);
      expect(r.csatShare).toMatchObject({ value: null, contributors: 0 });
      expect(r.nps).toMatchObject({ value: null, answers: 0, contributors: 0 });
      expect(r.volume.value).toBeNull();
      expect(r.emotion.value).toBeNull();
    }
  });
});
