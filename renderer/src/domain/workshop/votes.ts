/**
 * Dot voting: what can be voted on, how many dots a voter has left, and the
 * ranked results. Ties share a rank (standard competition ranking: 1, 2, 2, 4),
 * so two items with the same dots are never shown as if one beat the other.
 */
import type { JourneyDocument, Touchpoint } from '../model';
import { readingOrder } from '../layout';
import type { Vote, Voter, Workshop } from '../workshop-schema';

export type VoteTargetKind = Vote['targetKind'];

export interface VoteTarget {
  kind: VoteTargetKind;
  id: string;
  /** The pain point, opportunity or touchpoint text. */
  label: string;
  touchpointId: string;
  touchpointTitle: string;
  stageName: string;
}

export interface VoteResult extends VoteTarget {
  votes: number;
  /** 1-based; tied items share the same rank. */
  rank: number;
  tied: boolean;
  /** Dots per voter id. */
  byVoter: Record<string, number>;
}

/** Everything of one kind that can take a dot, in journey order. */
export function voteTargets(doc: JourneyDocument, kind: VoteTargetKind): VoteTarget[] {
  const stageNames = new Map(doc.stages.map((s) => [s.id as string, s.name]));
  const out: VoteTarget[] = [];
  for (const t of readingOrder(doc.stages, doc.touchpoints)) {
    const base = { touchpointId: t.id, touchpointTitle: t.title, stageName: stageNames.get(t.stageId) ?? '' };
    if (kind === 'touchpoint') out.push({ kind, id: t.id, label: t.title, ...base });
    if (kind === 'pain') for (const p of t.painPoints) out.push({ kind, id: p.id, label: p.text, ...base });
    if (kind === 'opportunity') for (const o of t.opportunities) out.push({ kind, id: o.id, label: o.text, ...base });
  }
  return out;
}

/** A vote target's key, unique across kinds. */
const targetKey = (kind: VoteTargetKind, id: string) => `${kind}\u0000${id}`;

/** Every existing target of every kind, by id. */
function allTargets(doc: JourneyDocument): Map<string, VoteTarget> {
  const map = new Map<string, VoteTarget>();
  for (const kind of ['touchpoint', 'pain', 'opportunity'] as const)
    for (const t of voteTargets(doc, kind)) map.set(targetKey(kind, t.id), t);
  return map;
}

/** The targets a dot can go on among some touchpoints: each of them, their pain points and their opportunities. */
export interface VoteTargetSet {
  has(kind: VoteTargetKind, id: string): boolean;
}

/** The vote targets these touchpoints hold, gathered once, for callers that ask about several votes. */
export function existingTargets(touchpoints: Iterable<Touchpoint>): VoteTargetSet {
  const keys = new Set<string>();
  for (const t of touchpoints) {
    keys.add(targetKey('touchpoint', t.id));
    for (const p of t.painPoints) keys.add(targetKey('pain', p.id));
    for (const o of t.opportunities) keys.add(targetKey('opportunity', o.id));
  }
  return { has: (kind, id) => keys.has(targetKey(kind, id)) };
}

/**
 * The votes whose target is one of these touchpoints or one of their pain points or opportunities (a
 * deleted pain point takes its dots with it). For callers that hold the touchpoints without a whole
 * document, such as a live session's host deciding whether a participant has a dot left.
 */
export function votesOnExistingTargets(
  votes: readonly Vote[],
  touchpoints: Iterable<Touchpoint> | VoteTargetSet,
): Vote[] {
  const targets = 'has' in touchpoints ? touchpoints : existingTargets(touchpoints);
  return votes.filter((v) => targets.has(v.targetKind, v.targetId));
}

/** Votes whose target still exists. */
export function liveVotes(doc: JourneyDocument): Vote[] {
  return votesOnExistingTargets(doc.journey.workshop.votes, doc.touchpoints);
}

/** Dots a voter has placed on live targets. */
export function dotsUsed(doc: JourneyDocument, voterId: string): number {
  return dotsUsedByVoter(doc).get(voterId) ?? 0;
}

/** Dots a voter has left of `dotsPerVoter`, having placed `used` of them. */
export function dotsRemaining(dotsPerVoter: number, used: number): number {
  return Math.max(0, dotsPerVoter - used);
}

export function dotsLeft(doc: JourneyDocument, voterId: string): number {
  return dotsRemaining(doc.journey.workshop.dotsPerVoter, dotsUsed(doc, voterId));
}

/**
 * Dots each voter has placed on live targets, by voter id (a voter without any is not in the map): one
 * pass over the votes, for lists of every voter (a live session's room may hold dozens).
 */
export function dotsUsedByVoter(doc: JourneyDocument): Map<string, number> {
  const used = new Map<string, number>();
  for (const v of liveVotes(doc)) used.set(v.voterId, (used.get(v.voterId) ?? 0) + 1);
  return used;
}

/** The first voter (in list order) with dots left, starting after `afterVoterId` and wrapping around. */
export function nextVoterWithDots(doc: JourneyDocument, afterVoterId: string | null): Voter | null {
  const voters = doc.journey.workshop.voters;
  if (!voters.length) return null;
  const used = dotsUsedByVoter(doc);
  const dots = doc.journey.workshop.dotsPerVoter;
  const start = afterVoterId ? voters.findIndex((v) => v.id === afterVoterId) + 1 : 0;
  for (let i = 0; i < voters.length; i++) {
    const v = voters[(start + i) % voters.length]!;
    if ((used.get(v.id) ?? 0) < dots) return v;
  }
  return null;
}

/** Rank by votes, highest first; equal votes share a rank. Items keep their given order within a tie. */
export function rankByVotes<T extends { votes: number }>(items: readonly T[]): (T & { rank: number; tied: boolean })[] {
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.votes - a.item.votes || a.index - b.index)
    .map((x) => x.item);
  const counts = new Map<number, number>();
  for (const i of sorted) counts.set(i.votes, (counts.get(i.votes) ?? 0) + 1);
  let rank = 0;
  let previous: number | null = null;
  return sorted.map((item, position) => {
    if (item.votes !== previous) {
      rank = position + 1;
      previous = item.votes;
    }
    return { ...item, rank, tied: (counts.get(item.votes) ?? 0) > 1 };
  });
}

/**
 * Ranked vote results for items that got at least one dot, across all target
 * kinds (pass `kind` to keep one). Votes on deleted items are left out.
 */
export function voteResults(doc: JourneyDocument, kind?: VoteTargetKind): VoteResult[] {
  const targets = allTargets(doc);
  const tallies = new Map<string, { target: VoteTarget; votes: number; byVoter: Record<string, number> }>();
  for (const v of doc.journey.workshop.votes) {
    if (kind && v.targetKind !== kind) continue;
    const key = targetKey(v.targetKind, v.targetId);
    const target = targets.get(key);
    if (!target) continue;
    const tally = tallies.get(key) ?? { target, votes: 0, byVoter: {} };
    tally.votes += 1;
    tally.byVoter[v.voterId] = (tally.byVoter[v.voterId] ?? 0) + 1;
    tallies.set(key, tally);
  }
  // Journey order breaks ties in display order (not in rank).
  const order = new Map([...targets.keys()].map((k, i) => [k, i]));
  const rows = [...tallies.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([, t]) => ({ ...t.target, votes: t.votes, byVoter: t.byVoter }));
  return rankByVotes(rows);
}

/** Whether the tally may be shown: always in open mode, after Reveal in hidden mode. */
export function tallyVisible(workshop: Workshop): boolean {
  return workshop.voteMode === 'open' || workshop.revealed;
}

/** Colours offered for new voters: distinct, and readable as dots on light and dark canvases. */
export const VOTER_COLOURS = [
  '#e03131',
  '#1971c2',
  '#2f9e44',
  '#f08c00',
  '#9c36b5',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#364fc7',
  '#e8590c',
] as const;

/**
 * The colour offered to the next voter: the first of `VOTER_COLOURS` no voter has (after a voter is
 * removed, their colour is free again, so no two voters share one while colours are left), else by count.
 */
export function nextVoterColour(voters: readonly Pick<Voter, 'colour'>[]): string {
  const used = new Set(voters.map((v) => v.colour.toLowerCase()));
  return VOTER_COLOURS.find((c) => !used.has(c)) ?? VOTER_COLOURS[voters.length % VOTER_COLOURS.length]!;
}
