import { describe, expect, it } from 'vitest';
import { newOpportunity } from '../../../renderer/src/domain/factories';
import {
  axisRoles,
  clampScore,
  DEFAULT_MATRIX_AXES,
  placeOpportunity,
  priorityOf,
  quadrantCorner,
  quadrantOf,
  scoresAt,
  withAxis,
  type MatrixAxes,
} from '../../../renderer/src/domain/matrix';
import { OpportunitySchema, type Opportunity, type OpportunityScores } from '../../../renderer/src/domain/model';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { rankOpportunities } from '../../../renderer/src/reports/opportunity-ranking';
import { emptySections } from '../../../renderer/src/reports/empty-sections';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE } from '../../fixtures/seed-text';
import { reportOptions } from '../reports/fixture';

const scored = (text: string, scores: Partial<OpportunityScores>): Opportunity => ({
  ...newOpportunity(text),
  scores: { ...newOpportunity().scores, ...scores },
});

describe('opportunity scores', () => {
  it('default to null, so older rows and files read, and accept only whole numbers 1–5', () => {
    const o = OpportunitySchema.parse({ id: `opportunity:${'1'.repeat(32)}` });
    expect(o.scores).toEqual({ customerValue: null, businessValue: null, effort: null, confidence: null });
    for (const bad of [0, 6, 2.5, '3']) {
      expect(OpportunitySchema.safeParse({ ...o, scores: { ...o.scores, effort: bad } }).success).toBe(false);
    }
    expect(OpportunitySchema.safeParse({ ...o, scores: { ...o.scores, effort: 5 } }).success).toBe(true);
  });
});

describe('matrix quadrants', () => {
  it('on effort × customer value: quick wins high value low effort, big bets high both, fill-ins low both, money pits low value high effort', () => {
    const axes = DEFAULT_MATRIX_AXES;
    expect(quadrantOf(axes, { x: 1, y: 5 })).toBe('quick-wins');
    expect(quadrantOf(axes, { x: 5, y: 5 })).toBe('big-bets');
    expect(quadrantOf(axes, { x: 2, y: 2 })).toBe('fill-ins');
    expect(quadrantOf(axes, { x: 4, y: 1 })).toBe('money-pits');
    // 3 counts as high on every axis.
    expect(quadrantOf(axes, { x: 2, y: 3 })).toBe('quick-wins');
    expect(quadrantOf(axes, { x: 3, y: 3 })).toBe('big-bets');
  });

  it('reads the same when effort is the vertical axis', () => {
    const axes: MatrixAxes = { x: 'businessValue', y: 'effort' };
    expect(axisRoles(axes)).toEqual({ value: 'x', cost: 'y' });
    expect(quadrantOf(axes, { x: 5, y: 1 })).toBe('quick-wins');
    expect(quadrantOf(axes, { x: 1, y: 5 })).toBe('money-pits');
    expect(quadrantCorner(axes, 'quick-wins')).toEqual({ highX: true, highY: false });
  });

  it('with two benefit axes takes the vertical as value and reads a low horizontal as the cost', () => {
    const axes: MatrixAxes = { x: 'confidence', y: 'customerValue' };
    expect(quadrantOf(axes, { x: 5, y: 5 })).toBe('quick-wins');
    expect(quadrantOf(axes, { x: 1, y: 5 })).toBe('big-bets');
    expect(quadrantOf(axes, { x: 5, y: 1 })).toBe('fill-ins');
    expect(quadrantOf(axes, { x: 1, y: 1 })).toBe('money-pits');
    expect(quadrantCorner(axes, 'quick-wins')).toEqual({ highX: true, highY: true });
    expect(quadrantCorner(DEFAULT_MATRIX_AXES, 'quick-wins')).toEqual({ highX: false, highY: true });
  });

  it('places an opportunity only when both of its axes are scored, and moves it by setting just those two scores', () => {
    const o = scored('SMS when ready', { customerValue: 4, effort: 2, confidence: 5 });
    expect(placeOpportunity(o, DEFAULT_MATRIX_AXES)).toEqual({ x: 2, y: 4, quadrant: 'quick-wins' });
    expect(placeOpportunity(o, { x: 'businessValue', y: 'customerValue' })).toBeNull();
    expect(scoresAt(o.scores, DEFAULT_MATRIX_AXES, 4.6, 0.2)).toEqual({
      customerValue: 1,
      businessValue: null,
      effort: 5,
      confidence: 5,
    });
    expect(clampScore(Number.NaN)).toBe(3);
    expect(withAxis(DEFAULT_MATRIX_AXES, 'x', 'customerValue')).toEqual({ x: 'customerValue', y: 'effort' });
  });
});

describe('priority and the one ranking', () => {
  it('is mean value × confidence ÷ effort, with a missing effort or confidence read as 3, and null without a value', () => {
    expect(priorityOf({ customerValue: 5, businessValue: 3, effort: 2, confidence: 5 })).toBe(10);
    expect(priorityOf({ customerValue: 4, businessValue: null, effort: null, confidence: null })).toBe(4);
    expect(priorityOf({ customerValue: 1, businessValue: 1, effort: 5, confidence: 1 })).toBe(0.2);
    expect(priorityOf({ customerValue: null, businessValue: null, effort: 1, confidence: 5 })).toBeNull();
  });

  function scoredJourney() {
    const b = journey('Claims');
    const stage = b.stage('Report');
    b.touchpoint(stage, {
      title: 'Hot',
      friction: { score: 5, types: [] },
      pains: [3],
      opportunities: [scored('Unscored but hot', {})],
    });
    b.touchpoint(stage, {
      title: 'Calm',
      opportunities: [
        scored('Low priority', { customerValue: 2, effort: 5 }),
        scored(SEED_PHRASE.telugu, { customerValue: 5, businessValue: 5, effort: 1, confidence: 4 }),
        scored('Money pit', { customerValue: 1, businessValue: 1, effort: 5, confidence: 2 }),
      ],
    });
    return b.build();
  }

  it('ranks scored opportunities by priority before unscored ones, whatever their heat', () => {
    const ranking = rankOpportunities(scoredJourney());
    expect(ranking.ranked.map((r) => [r.rank, r.opportunity.text, r.priority])).toEqual([
      [1, SEED_PHRASE.telugu, 20],
      [2, 'Low priority', 1.2],
      [3, 'Money pit', 0.4],
      [4, 'Unscored but hot', null],
    ]);
  });

  it('prints the matrix section: chart with quadrant names and numbered points, and the ranked table', () => {
    const doc = scoredJourney();
    const html = buildReportHtml(doc, reportOptions(), { fonts: [], personaPhotos: {} });
    const section = html.slice(
      html.indexOf('id="sec-matrix"'),
      html.indexOf('</section>', html.indexOf('id="sec-matrix"')),
    );
    expect(section).toContain('<h2>Opportunity matrix</h2>');
    for (const q of ['Quick wins', 'Big bets', 'Fill-ins', 'Money pits']) expect(section).toContain(`>${q}</text>`);
    expect(section.match(/<circle /g)).toHaveLength(3);
    const rows = [...section.matchAll(/<tr><td class="r"><b class="num">(\d+)<\/b><\/td><td>([^<]*)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(rows).toEqual([
      ['1', SEED_PHRASE.telugu],
      ['2', 'Low priority'],
      ['3', 'Money pit'],
    ]);
    expect(section).toContain('<td>Quick wins</td>');
    expect(section).toContain('<td>Money pits</td>');
    expect(html).toContain('href="#sec-matrix"');
  });

  it('leaves the matrix out while no opportunity has a score', () => {
    const b = journey('Plain');
    b.touchpoint(b.stage('Buy'), { title: 'Pay', opportunities: [newOpportunity('Wallet pay')] });
    expect(emptySections(b.build())).toContain('matrix');
    expect(emptySections(scoredJourney())).not.toContain('matrix');
  });
});
