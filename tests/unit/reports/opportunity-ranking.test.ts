import { describe, expect, it } from 'vitest';
import { newOpportunity } from '../../../renderer/src/domain/factories';
import { newId } from '../../../renderer/src/domain/ids';
import { rankOpportunities } from '../../../renderer/src/reports/opportunity-ranking';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE } from '../../fixtures/seed-text';

function rankedJourney() {
  const b = journey('Renewal');
  const stage = b.stage('Buy');
  const calm = newOpportunity('Say thank you');
  const hot = newOpportunity(SEED_PHRASE.tamil);
  const voted = newOpportunity('Offer bank transfer');
  const done = { ...newOpportunity('Fix the form'), status: 'done' as const };
  const dropped = { ...newOpportunity('Phone everyone'), status: 'dropped' as const };
  b.touchpoint(stage, { title: 'Calm', opportunities: [calm, done] });
  b.touchpoint(stage, { title: 'Hot', friction: { score: 5, types: [] }, pains: [3], opportunities: [hot, dropped] });
  b.touchpoint(stage, { title: 'Mild', friction: { score: 1, types: [] }, opportunities: [voted] });
  const doc = b.build();
  const voter = newId('voter');
  doc.journey.workshop.voters = [{ id: voter, name: 'Ana', colour: '#e03131' }];
  doc.journey.workshop.votes = [0, 1].map(() => ({
    id: newId('vote'),
    voterId: voter,
    targetKind: 'opportunity' as const,
    targetId: voted.id,
    castAt: 1,
  }));
  return doc;
}

describe('rankOpportunities', () => {
  it('ranks by workshop dots, then by the hot-spot score of the touchpoint, leaving out done and dropped ones', () => {
    const ranking = rankOpportunities(rankedJourney());
    expect(ranking.ranked.map((r) => [r.rank, r.opportunity.text, r.votes])).toEqual([
      [1, 'Offer bank transfer', 2],
      [2, SEED_PHRASE.tamil, 0],
      [3, 'Say thank you', 0],
    ]);
    // Equal dots: the hotter touchpoint first.
    expect(ranking.ranked[1]!.heat).toBeGreaterThan(ranking.ranked[2]!.heat);
    expect(ranking).toMatchObject({ done: 1, dropped: 1 });
  });

  it('ignores dots while a hidden tally is not revealed', () => {
    const doc = rankedJourney();
    doc.journey.workshop.voteMode = 'hidden';
    doc.journey.workshop.revealed = false;
    expect(rankOpportunities(doc).ranked.map((r) => r.opportunity.text)).toEqual([
      SEED_PHRASE.tamil,
      'Offer bank transfer',
      'Say thank you',
    ]);
  });
});
