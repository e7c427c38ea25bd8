import { describe, expect, it } from 'vitest';
import { loyaltyLens } from '../../../renderer/src/domain/insights';
import { newOpportunity } from '../../../renderer/src/domain';
import { JourneyBuilder } from '../../fixtures/journey-builder';
import { SEED_PHRASE as SEED } from '../../fixtures/seed-text';

describe('loyaltyLens', () => {
  function build() {
    const b = new JourneyBuilder();
    const s1 = b.stage('Choose');
    const s2 = b.stage('Renew');
    const why = b.touchpoint(s1, {
      title: SEED.armenian,
      loyaltyQuestions: ['Why you?', 'Why pay?'],
      pillars: ['products and services'],
    });
    const stay = b.touchpoint(s2, {
      title: SEED.telugu,
      loyaltyQuestions: ['Why stay?', 'Why you?'],
      pillars: ['community and affinity'],
      opportunities: [
        { ...newOpportunity('Loyalty club'), loyaltyQuestions: ['Why evolve?'], pillars: ['bridges'] },
        { ...newOpportunity(SEED.malayalam), status: 'dropped', loyaltyQuestions: ['Why change?'] },
      ],
    });
    b.chain(why, stay);
    return { b, why, stay };
  }

  it('lists the touchpoints answering each question, in path order', () => {
    const { b, why, stay } = build();
    const lens = loyaltyLens(b.doc);
    const byKey = Object.fromEntries(lens.questions.map((q) => [q.key, q]));
    expect(byKey['Why you?']!.touchpoints.map((t) => t.touchpointId)).toEqual([why.id, stay.id]);
    expect(byKey['Why you?']!.touchpoints[0]!.title).toBe(SEED.armenian);
    expect(byKey['Why pay?']!.touchpoints.map((t) => t.touchpointId)).toEqual([why.id]);
    expect(byKey['Why stay?']!.answered).toBe(true);
  });

  it('names the unanswered questions and pillars, telling planned answers apart', () => {
    const { b, stay } = build();
    const lens = loyaltyLens(b.doc);
    expect(lens.unansweredQuestions).toEqual(['Why now?', 'Why evolve?', 'Why change?']);
    expect(lens.unansweredPillars).toEqual(['customer service', 'experiences', 'bridges']);
    const evolve = lens.questions.find((q) => q.key === 'Why evolve?')!;
    expect(evolve.plannedOnly).toBe(true);
    expect(evolve.opportunities).toEqual([
      expect.objectContaining({ touchpointId: stay.id, text: 'Loyalty club', status: 'idea' }),
    ]);
    // Only a dropped opportunity: not even planned.
    const change = lens.questions.find((q) => q.key === 'Why change?')!;
    expect(change).toMatchObject({ answered: false, plannedOnly: false });
    expect(change.opportunities[0]!.text).toBe(SEED.malayalam);
    expect(lens.pillars.find((p) => p.key === 'bridges')!.plannedOnly).toBe(true);
  });

  it('leaves everything unanswered on an empty journey', () => {
    const lens = loyaltyLens(new JourneyBuilder().doc);
    expect(lens.unansweredQuestions).toHaveLength(6);
    expect(lens.unansweredPillars).toHaveLength(5);
  });
});
