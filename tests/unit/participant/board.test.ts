import { describe, expect, it } from 'vitest';
import type { ContributionOp } from '../../../electron/common/live';
import { buildBoard, timerLeft, type Room } from '../../../renderer/src/participant/board';
import type { OutboxEntry } from '../../../renderer/src/participant/engine';
import { docStateFrom } from '../../../renderer/src/session/doc-state';
import type { Vote } from '../../../renderer/src/domain/workshop-schema';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE, TAMIL, ARMENIAN } from '../../fixtures/seed-text';

const ME = 'participant-me-0001';
const MY_VOTER = 'voter:me0001';
const OTHER_VOTER = 'voter:other01';

function fixture() {
  const b = journey(SEED_PHRASE.tamil);
  const [discover, buy] = b.stages('Discover', 'Buy');
  const search = b.touchpoint(discover!, { title: TAMIL[1]!, emotion: -2, pains: [3] });
  const pay = b.touchpoint(buy!, { title: 'Pay' });
  // Another person's note, placed above the Buy column.
  b.note(ARMENIAN[1]!, { position: { x: 320 + 20, y: -140 }, createdAt: 5 });
  return { b, discover: discover!, buy: buy!, search, pay };
}

const vote = (id: string, voterId: string, targetKind: Vote['targetKind'], targetId: string): Vote =>
  ({ id, voterId, targetKind, targetId, castAt: 1 }) as Vote;

const room = (patch: Partial<Room> = {}): Room => ({ present: null, timer: null, voters: {}, ...patch });

const entry = (op: ContributionOp, state: OutboxEntry['state'], reason?: string): OutboxEntry => ({
  op,
  state,
  ...(reason ? { reason } : {}),
});

describe('participant board', () => {
  it('shows stages in order with their touchpoints, and notes in the column that holds them', () => {
    const { b } = fixture();
    const board = buildBoard(docStateFrom(b.build()), room(), [], ME);
    expect(board.title).toBe(SEED_PHRASE.tamil);
    expect(board.stages.map((s) => s.name)).toEqual(['Discover', 'Buy']);
    expect(board.stages[0]!.touchpoints.map((t) => [t.title, t.emotion, t.pains.length])).toEqual([[TAMIL[1], -2, 1]]);
    expect(board.stages[1]!.notes.map((n) => [n.text, n.state])).toEqual([[ARMENIAN[1], null]]);
    expect(board.stages[0]!.notes).toEqual([]);
  });

  it('marks my notes not sent yet, sent, saved (acked) or refused, in the stage I added them to', () => {
    const { b, discover, buy } = fixture();
    const saved = b.note('saved one', { position: { x: 0, y: -140 }, createdAt: 9 });
    const outbox = [
      entry(
        { kind: 'note', opId: 'op-aaaaaaaa', noteId: 'note:waiting1', stageId: discover.id, text: 'waiting' },
        'pending',
      ),
      entry(
        { kind: 'note', opId: 'op-bbbbbbbb', noteId: 'note:sent0001', stageId: buy.id, text: 'on its way' },
        'sent',
      ),
      // Acked and already in the document: shown once, as saved, in the stage it was added to.
      entry({ kind: 'note', opId: 'op-cccccccc', noteId: saved.id, stageId: buy.id, text: 'saved one' }, 'acked'),
      entry(
        { kind: 'note', opId: 'op-dddddddd', noteId: 'note:refused1', stageId: buy.id, text: 'no' },
        'refused',
        'That stage was deleted.',
      ),
    ];
    const board = buildBoard(docStateFrom(b.build()), room(), outbox, ME);
    expect(board.stages[0]!.notes.map((n) => [n.text, n.state])).toEqual([['waiting', 'waiting']]);
    expect(board.stages[1]!.notes.map((n) => [n.text, n.state, n.reason])).toEqual([
      [ARMENIAN[1], null, null],
      ['saved one', 'saved', null],
      ['on its way', 'sent', null],
      ['no', 'refused', 'That stage was deleted.'],
    ]);
  });

  it('counts my dots (placed, on their way, being taken back) and hides the tally until it is revealed', () => {
    const { b, search, pay } = fixture();
    const doc = b.build();
    doc.journey.workshop = {
      ...doc.journey.workshop,
      voteTarget: 'touchpoint',
      dotsPerVoter: 5,
      voteMode: 'hidden',
      revealed: false,
      votes: [
        vote('vote:mine0001', MY_VOTER, 'touchpoint', search.id),
        vote('vote:mine0002', MY_VOTER, 'touchpoint', pay.id),
        vote('vote:other001', OTHER_VOTER, 'touchpoint', search.id),
      ],
    };
    const mine = room({ voters: { [ME]: MY_VOTER } });
    const outbox = [
      entry(
        { kind: 'vote', opId: 'op-eeeeeeee', voteId: 'vote:pending1', targetKind: 'touchpoint', targetId: search.id },
        'sent',
      ),
      entry({ kind: 'unvote', opId: 'op-ffffffff', voteId: 'vote:mine0002' }, 'pending'),
      // Refused votes are not mine.
      entry(
        { kind: 'vote', opId: 'op-gggggggg', voteId: 'vote:refused1', targetKind: 'touchpoint', targetId: pay.id },
        'refused',
        'You have no dots left.',
      ),
    ];
    const hidden = buildBoard(docStateFrom(doc), mine, outbox, ME);
    const tp = (board: typeof hidden, id: string) =>
      board.stages.flatMap((s) => s.touchpoints).find((t) => t.id === id)!.dots;
    // Each target also says how far my latest dot there got (a dot taken back counts for its target).
    expect(tp(hidden, search.id)).toEqual({
      mine: 2,
      total: null,
      myVoteId: 'vote:pending1',
      state: 'sent',
      reason: null,
    });
    expect(tp(hidden, pay.id)).toEqual({
      mine: 0,
      total: null,
      myVoteId: null,
      state: 'refused',
      reason: 'You have no dots left.',
    });
    expect(hidden.dotsLeft).toBe(3);
    expect(hidden.tallyVisible).toBe(false);

    doc.journey.workshop = { ...doc.journey.workshop, revealed: true };
    const revealed = buildBoard(docStateFrom(doc), mine, outbox, ME);
    expect(tp(revealed, search.id)).toEqual({
      mine: 2,
      total: 2,
      myVoteId: 'vote:pending1',
      state: 'sent',
      reason: null,
    });
    expect(tp(revealed, pay.id).total).toBe(1);
  });

  it('gives my dots on a deleted pain point back, as the host and the panel count them', () => {
    const { b, search } = fixture();
    const doc = b.build();
    const pain = doc.touchpoints.find((t) => t.id === search.id)!.painPoints[0]!;
    doc.journey.workshop = {
      ...doc.journey.workshop,
      voteTarget: 'pain',
      dotsPerVoter: 2,
      votes: [vote('vote:mine0001', MY_VOTER, 'pain', pain.id), vote('vote:mine0002', MY_VOTER, 'pain', pain.id)],
    };
    const mine = room({ voters: { [ME]: MY_VOTER } });
    expect(buildBoard(docStateFrom(doc), mine, [], ME).dotsLeft).toBe(0);
    doc.touchpoints = doc.touchpoints.map((t) => (t.id === search.id ? { ...t, painPoints: [] } : t));
    expect(buildBoard(docStateFrom(doc), mine, [], ME).dotsLeft).toBe(2);
  });

  it('a dot taken back shows its progress on the item it was on, then saved once acknowledged', () => {
    const { b, search } = fixture();
    const doc = b.build();
    doc.journey.workshop = {
      ...doc.journey.workshop,
      voteTarget: 'touchpoint',
      votes: [vote('vote:mine0001', MY_VOTER, 'touchpoint', search.id)],
    };
    const mine = room({ voters: { [ME]: MY_VOTER } });
    const dotsOf = (outbox: OutboxEntry[]) =>
      buildBoard(docStateFrom(doc), mine, outbox, ME).stages[0]!.touchpoints[0]!.dots;
    const unvote = { kind: 'unvote', opId: 'op-hhhhhhhh', voteId: 'vote:mine0001' } as const;
    expect(dotsOf([entry(unvote, 'pending')])).toMatchObject({ mine: 0, state: 'waiting' });
    expect(dotsOf([entry(unvote, 'acked')])).toMatchObject({ mine: 1, state: 'saved' });
    expect(dotsOf([])).toMatchObject({ mine: 1, state: null });
  });

  it('voting is open unless the room says the facilitator closed it (a room from before it existed says nothing)', () => {
    const doc = docStateFrom(journey('Vote').build());
    expect(buildBoard(doc, room(), [], 'me').votingOpen).toBe(true);
    expect(buildBoard(doc, room({ voting: null }), [], 'me').votingOpen).toBe(true);
    expect(buildBoard(doc, room({ voting: { open: true } }), [], 'me').votingOpen).toBe(true);
    expect(buildBoard(doc, room({ voting: { open: false } }), [], 'me').votingOpen).toBe(false);
  });

  it('follows the presented stage only while presenting, and only a stage that exists', () => {
    const { b, buy } = fixture();
    const doc = docStateFrom(b.build());
    expect(buildBoard(doc, room({ present: { active: true, stageId: buy.id } }), [], ME).presentedStageId).toBe(buy.id);
    expect(buildBoard(doc, room({ present: { active: false, stageId: buy.id } }), [], ME).presentedStageId).toBeNull();
    expect(
      buildBoard(doc, room({ present: { active: true, stageId: 'stage:gone' } }), [], ME).presentedStageId,
    ).toBeNull();
  });

  it('counts the timer down from when this device received it (clocks differ)', () => {
    const running = { durationMs: 300_000, remainingMs: 120_000, running: true, sentAt: 999_999_999 };
    expect(timerLeft(running, 1_000, 31_000)).toBe(90_000);
    expect(timerLeft(running, 1_000, 500_000)).toBe(0);
    expect(timerLeft({ ...running, running: false }, 1_000, 31_000)).toBe(120_000);
  });
});
