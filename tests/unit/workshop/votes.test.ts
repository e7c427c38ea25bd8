import { describe, expect, it } from 'vitest';
import { newId } from '../../../renderer/src/domain/ids';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import {
  dotsLeft,
  existingTargets,
  nextVoterColour,
  nextVoterWithDots,
  rankByVotes,
  voteResults,
  voteTargets,
  votesOnExistingTargets,
} from '../../../renderer/src/domain/workshop/votes';
import type { Vote } from '../../../renderer/src/domain/workshop-schema';
import { VOTER_COLOURS } from '../../../renderer/src/domain/workshop/votes';
import { smallJourney } from '../editor/fixtures';
import { ARMENIAN, TAMIL, TELUGU } from '../../fixtures/seed-text';

function journeyWithPains() {
  const doc = smallJourney();
  const [a, b, c] = doc.touchpoints;
  const pains = [newPainPoint(TAMIL[0], 3), newPainPoint(ARMENIAN[0], 2), newPainPoint(TELUGU[1], 1)];
  doc.touchpoints = doc.touchpoints.map((t) =>
    t.id === a!.id
      ? { ...t, painPoints: [pains[0]!] }
      : t.id === b!.id
        ? { ...t, painPoints: [pains[1]!], opportunities: [newOpportunity('Live chat')] }
        : t.id === c!.id
          ? { ...t, painPoints: [pains[2]!] }
          : t,
  );
  const voters = ['Ana', 'Ben', 'Chen'].map((name, i) => ({
    id: newId('voter'),
    name,
    colour: ['#e03131', '#1971c2', '#2f9e44'][i]!,
  }));
  return { doc, pains, voters };
}

const vote = (voterId: string, targetKind: Vote['targetKind'], targetId: string, castAt: number): Vote => ({
  id: newId('vote'),
  voterId: voterId as Vote['voterId'],
  targetKind,
  targetId,
  castAt,
});

function withVotes(doc: JourneyDocument, voters: JourneyDocument['journey']['workshop']['voters'], votes: Vote[]) {
  return {
    ...doc,
    journey: { ...doc.journey, workshop: { ...doc.journey.workshop, voters, votes, dotsPerVoter: 3 } },
  };
}

describe('dot vote tallying', () => {
  it('ranks by dots; equal dots share a rank and the next rank skips', () => {
    const { doc, pains, voters } = journeyWithPains();
    const [ana, ben, chen] = voters;
    const d = withVotes(doc, voters, [
      vote(ana!.id, 'pain', pains[1]!.id, 1),
      vote(ana!.id, 'pain', pains[1]!.id, 2),
      vote(ben!.id, 'pain', pains[0]!.id, 3),
      vote(ben!.id, 'pain', pains[2]!.id, 4),
      vote(chen!.id, 'pain', pains[0]!.id, 5),
      vote(chen!.id, 'pain', pains[2]!.id, 6),
    ]);
    const results = voteResults(d);
    expect(results.map((r) => [r.label, r.votes, r.rank, r.tied])).toEqual([
      // All three have two dots: one three-way tie at rank 1, listed in journey order.
      [TAMIL[0], 2, 1, true],
      [ARMENIAN[0], 2, 1, true],
      [TELUGU[1], 2, 1, true],
    ]);
    const more = withVotes(doc, voters, [...d.journey.workshop.votes, vote(ana!.id, 'pain', pains[2]!.id, 7)]);
    expect(voteResults(more).map((r) => [r.label, r.votes, r.rank, r.tied])).toEqual([
      [TELUGU[1], 3, 1, false],
      [TAMIL[0], 2, 2, true],
      [ARMENIAN[0], 2, 2, true],
    ]);
    expect(voteResults(more)[0]!.byVoter).toEqual({ [ben!.id]: 1, [chen!.id]: 1, [ana!.id]: 1 });
  });

  it('competition ranking: 1, 2, 2, 4', () => {
    const ranked = rankByVotes([{ votes: 1 }, { votes: 5 }, { votes: 3 }, { votes: 3 }]);
    expect(ranked.map((r) => [r.votes, r.rank, r.tied])).toEqual([
      [5, 1, false],
      [3, 2, true],
      [3, 2, true],
      [1, 4, false],
    ]);
  });

  it('leaves out votes on deleted items and filters by kind', () => {
    const { doc, pains, voters } = journeyWithPains();
    const opp = doc.touchpoints[1]!.opportunities[0]!;
    const d = withVotes(doc, voters, [
      vote(voters[0]!.id, 'pain', pains[0]!.id, 1),
      vote(voters[0]!.id, 'pain', newId('pain'), 2),
      vote(voters[1]!.id, 'opportunity', opp.id, 3),
    ]);
    expect(voteResults(d)).toHaveLength(2);
    expect(voteResults(d, 'opportunity').map((r) => r.label)).toEqual(['Live chat']);
    // The dot on the deleted pain point is given back.
    expect(dotsLeft(d, voters[0]!.id)).toBe(2);
  });

  it('gathers the existing targets once, of each kind, and counts the same votes from them as from the touchpoints', () => {
    const { doc, pains, voters } = journeyWithPains();
    const opp = doc.touchpoints[1]!.opportunities[0]!;
    const targets = existingTargets(doc.touchpoints);
    expect(targets.has('pain', pains[1]!.id)).toBe(true);
    expect(targets.has('opportunity', opp.id)).toBe(true);
    expect(targets.has('touchpoint', doc.touchpoints[2]!.id)).toBe(true);
    // An id is a target only as its own kind.
    expect(targets.has('touchpoint', pains[1]!.id)).toBe(false);
    expect(targets.has('pain', newId('pain'))).toBe(false);
    const votes = [
      vote(voters[0]!.id, 'pain', pains[0]!.id, 1),
      vote(voters[0]!.id, 'pain', newId('pain'), 2),
      vote(voters[1]!.id, 'opportunity', opp.id, 3),
    ];
    expect(votesOnExistingTargets(votes, targets)).toEqual(votesOnExistingTargets(votes, doc.touchpoints));
    expect(votesOnExistingTargets(votes, targets)).toHaveLength(2);
  });

  it('passes the turn to the next voter with dots left, wrapping around', () => {
    const { doc, pains, voters } = journeyWithPains();
    const [ana, ben] = voters;
    const d = withVotes(
      doc,
      voters,
      [1, 2, 3].map((i) => vote(ben!.id, 'pain', pains[0]!.id, i)),
    );
    expect(nextVoterWithDots(d, ana!.id)?.name).toBe('Chen');
    expect(nextVoterWithDots(d, null)?.name).toBe('Ana');
    expect(nextVoterWithDots(d, voters[2]!.id)?.name).toBe('Ana');
  });

  it('offers the next voter the first colour nobody has, a removed voter’s colour included', () => {
    expect(nextVoterColour([])).toBe(VOTER_COLOURS[0]);
    const three = VOTER_COLOURS.slice(0, 3).map((colour) => ({ colour }));
    expect(nextVoterColour(three)).toBe(VOTER_COLOURS[3]);
    // The first of three removed: their red is offered again, not the third voter's green.
    expect(nextVoterColour(three.slice(1))).toBe(VOTER_COLOURS[0]);
    // A colour picked by hand in capitals counts as taken.
    expect(nextVoterColour([{ colour: VOTER_COLOURS[0].toUpperCase() }])).toBe(VOTER_COLOURS[1]);
    // Every colour taken: by count, as before.
    const all = VOTER_COLOURS.map((colour) => ({ colour }));
    expect(nextVoterColour([...all, { colour: '#000000' }])).toBe(VOTER_COLOURS[1]);
  });

  it('lists targets in journey order with their touchpoint and stage', () => {
    const { doc } = journeyWithPains();
    const targets = voteTargets(doc, 'pain');
    expect(targets.map((t) => t.stageName)).toEqual(['Discover', 'Discover', 'Buy']);
    expect(voteTargets(doc, 'touchpoint')).toHaveLength(6);
  });
});
