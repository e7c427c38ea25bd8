/**
 * What a participant's screen shows, computed from the session's rows, the
 * room the facilitator drives and this device's outbox. Pure: the views only
 * draw it, and the tests check it without a browser.
 */
import type { ContributionOp } from '../../../electron/common/live';
import { stageAtX, stageColumns } from '../domain/layout';
import { dotsRemaining, tallyVisible, votesOnExistingTargets } from '../domain/workshop/votes';
import type { VoteTargetKind } from '../domain/workshop/votes';
import { NOTE_SIZE } from '../editor/canvas/geometry';
import type { DocState } from '../session/doc-state';
import { votingOpen, type LiveRoom, type OutboxEntry } from './engine';

/** What the facilitator drives, as the participant client reads it from the session's room (voting open when absent). */
export type Room = Pick<LiveRoom, 'present' | 'timer' | 'voters'> & Partial<Pick<LiveRoom, 'voting'>>;

/** How far a contribution got: kept on this device, sent, saved by the facilitator's app, or refused. */
export type ContributionState = 'waiting' | 'sent' | 'saved' | 'refused';

export function contributionState(entry: OutboxEntry): ContributionState {
  switch (entry.state) {
    case 'pending':
      return 'waiting';
    case 'sent':
      return 'sent';
    case 'acked':
      return 'saved';
    case 'refused':
      return 'refused';
  }
}

export interface Dots {
  /** This participant's dots on it (placed or on their way). */
  mine: number;
  /** Everyone's, or null while the tally is hidden. */
  total: number | null;
  /** The id of one of my dots here, to take back. */
  myVoteId: string | null;
  /** How far my latest dot placed or taken back here got; null when I never touched it. */
  state: ContributionState | null;
  reason: string | null;
}

export interface BoardItem {
  kind: VoteTargetKind;
  id: string;
  text: string;
  dots: Dots;
}

export interface BoardTouchpoint {
  id: string;
  title: string;
  channel: string;
  emotion: number | null;
  /** What a participant reads behind the card's Details: the card's own words, as written. */
  description: string;
  thoughts: string;
  quotes: readonly string[];
  /** 0 (none) to 5 (blocking). */
  friction: number;
  dots: Dots;
  pains: BoardItem[];
  opportunities: BoardItem[];
}

export interface BoardNote {
  id: string;
  text: string;
  /** Set for this participant's own notes. */
  state: ContributionState | null;
  reason: string | null;
}

export interface BoardStage {
  id: string;
  name: string;
  colour: string;
  description: string;
  touchpoints: BoardTouchpoint[];
  notes: BoardNote[];
}

export interface Board {
  title: string;
  stages: BoardStage[];
  voteTarget: VoteTargetKind;
  dotsPerVoter: number;
  dotsLeft: number;
  tallyVisible: boolean;
  /** Whether the facilitator lets participants place and take back dots just now. */
  votingOpen: boolean;
  /** The stage the facilitator presents, when presenting. */
  presentedStageId: string | null;
}

type VoteOp = Extract<ContributionOp, { kind: 'vote' }>;

export function buildBoard(doc: DocState, room: Room, outbox: readonly OutboxEntry[], participantId: string): Board {
  const w = doc.journey.workshop;
  const visible = tallyVisible(w);
  const myVoterId = room.voters[participantId] ?? null;
  const inFlight = outbox.filter((e) => e.state === 'pending' || e.state === 'sent');

  // My dots: those stored under my voter id on targets that still exist (as the host counts them), plus
  // votes on their way, minus dots being taken back.
  const placed = new Set<string>(w.votes.map((v) => v.id));
  const takingBack = new Set(inFlight.flatMap((e) => (e.op.kind === 'unvote' ? [e.op.voteId] : [])));
  const myVotes: { id: string; targetKind: VoteTargetKind; targetId: string }[] = [
    ...votesOnExistingTargets(w.votes, Object.values(doc.touchpoints)).filter(
      (v) => myVoterId !== null && v.voterId === myVoterId,
    ),
    ...inFlight
      .flatMap((e) => (e.op.kind === 'vote' ? [e.op] : []))
      .filter((op: VoteOp) => !placed.has(op.voteId))
      .map((op) => ({ id: op.voteId, targetKind: op.targetKind, targetId: op.targetId })),
  ].filter((v) => !takingBack.has(v.id));

  const totals = new Map<string, number>();
  for (const v of w.votes)
    totals.set(`${v.targetKind}\u0000${v.targetId}`, (totals.get(`${v.targetKind}\u0000${v.targetId}`) ?? 0) + 1);
  // My latest dot operation per target (a taken-back dot's target is found from the dot).
  const targetOfVote = new Map<string, string>(w.votes.map((v) => [v.id, `${v.targetKind}\u0000${v.targetId}`]));
  for (const e of outbox)
    if (e.op.kind === 'vote') targetOfVote.set(e.op.voteId, `${e.op.targetKind}\u0000${e.op.targetId}`);
  const latest = new Map<string, OutboxEntry>();
  for (const e of outbox) {
    const target = e.op.kind === 'vote' || e.op.kind === 'unvote' ? targetOfVote.get(e.op.voteId) : undefined;
    if (target) latest.set(target, e);
  }
  const dots = (kind: VoteTargetKind, id: string): Dots => {
    const mine = myVotes.filter((v) => v.targetKind === kind && v.targetId === id);
    const last = latest.get(`${kind}\u0000${id}`);
    return {
      mine: mine.length,
      total: visible ? (totals.get(`${kind}\u0000${id}`) ?? 0) : null,
      myVoteId: mine[mine.length - 1]?.id ?? null,
      state: last ? contributionState(last) : null,
      reason: last?.reason ?? null,
    };
  };

  // Notes: mine go to the stage I added them to; others to the column that holds them.
  const columns = stageColumns(Object.values(doc.stages));
  const myNotes = new Map<string, OutboxEntry & { op: Extract<ContributionOp, { kind: 'note' }> }>();
  for (const e of outbox) if (e.op.kind === 'note') myNotes.set(e.op.noteId, e as never);
  const notesByStage = new Map<string, BoardNote[]>();
  const addNote = (stageId: string | null, note: BoardNote) => {
    if (!stageId) return;
    notesByStage.set(stageId, [...(notesByStage.get(stageId) ?? []), note]);
  };
  const sortedNotes = Object.values(doc.notes).sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  for (const n of sortedNotes) {
    const mine = myNotes.get(n.id);
    const stageId = mine?.op.stageId ?? stageAtX(columns, n.position.x + NOTE_SIZE.width / 2);
    addNote(stageId, {
      id: n.id,
      text: n.text,
      state: mine ? contributionState(mine) : null,
      reason: mine?.reason ?? null,
    });
  }
  for (const [id, e] of myNotes) {
    if (doc.notes[id]) continue;
    addNote(e.op.stageId, { id, text: e.op.text, state: contributionState(e), reason: e.reason ?? null });
  }

  const touchpoints = Object.values(doc.touchpoints).sort(
    (a, b) => a.position.y - b.position.y || a.position.x - b.position.x,
  );
  const stages: BoardStage[] = columns.map(({ stage }) => ({
    id: stage.id,
    name: stage.name,
    colour: stage.colour,
    description: stage.description,
    touchpoints: touchpoints
      .filter((t) => t.stageId === stage.id)
      .map((t) => ({
        id: t.id,
        title: t.title,
        channel: t.channel,
        emotion: t.emotion,
        description: t.description,
        thoughts: t.thoughts,
        quotes: t.quotes,
        friction: t.friction.score,
        dots: dots('touchpoint', t.id),
        pains: t.painPoints.map((p) => ({ kind: 'pain' as const, id: p.id, text: p.text, dots: dots('pain', p.id) })),
        opportunities: t.opportunities.map((o) => ({
          kind: 'opportunity' as const,
          id: o.id,
          text: o.text,
          dots: dots('opportunity', o.id),
        })),
      })),
    notes: notesByStage.get(stage.id) ?? [],
  }));

  const present = room.present?.active ? room.present.stageId : null;
  return {
    title: doc.journey.title,
    stages,
    voteTarget: w.voteTarget,
    dotsPerVoter: w.dotsPerVoter,
    dotsLeft: dotsRemaining(w.dotsPerVoter, myVotes.length),
    tallyVisible: visible,
    votingOpen: votingOpen(room),
    presentedStageId: present && doc.stages[present] ? present : null,
  };
}

/** Time left on the facilitator's timer, counted from when this device received it. */
export function timerLeft(timer: NonNullable<Room['timer']>, receivedAt: number, now: number): number {
  return timer.running ? Math.max(0, timer.remainingMs - Math.max(0, now - receivedAt)) : timer.remainingMs;
}
