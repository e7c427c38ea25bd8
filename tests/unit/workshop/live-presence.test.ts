import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readPresence } from '../../../renderer/src/workshop/live/presence';
import { presenceColours } from '../../../renderer/src/workshop/live/use-live-section';
import { roomPresent, roomTimer } from '../../../renderer/src/workshop/live/room';
import { createStage } from '../../../renderer/src/domain/factories';
import * as timer from '../../../renderer/src/workshop/timer';
import type { JourneyId } from '../../../renderer/src/domain/ids';

function awarenessWith(states: Record<number, Record<string, unknown>>) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { participantId: 'host-self-01', name: 'Me', colour: '#000000' } });
  for (const [id, state] of Object.entries(states)) awareness.states.set(Number(id), state);
  return awareness;
}

describe('live presence (from other devices, read defensively)', () => {
  it('reads names, colours, pointers and selections, never this device, never a malformed entry', () => {
    const live = (participantId: string, name: string) => ({ participantId, name, role: 'editor' });
    const awareness = awarenessWith({
      11: {
        live: live('participant-a1', 'Ана'),
        // What the device claims about itself is not who it is.
        user: { participantId: 'participant-zz', name: 'Someone else', colour: '#e8590c' },
        cursor: { x: 120.5, y: -40 },
        selection: ['touchpoint:abc', 7, 'note:def'],
      },
      12: { live: live('participant-b2', 'Ben'), user: { colour: 'red' } },
      13: { live: live('participant-c3', 'Chen'), user: { colour: '#2f9e44' }, cursor: { x: NaN, y: 1 } },
      // Not stamped by the server: not anyone in the session.
      14: { user: { participantId: 'participant-d4', name: 'Dan', colour: '#1971c2' } },
      15: {},
    });
    expect(readPresence(awareness)).toEqual([
      {
        clientId: 11,
        participantId: 'participant-a1',
        name: 'Ана',
        colour: '#e8590c',
        cursor: { x: 120.5, y: -40 },
        selection: ['touchpoint:abc', 'note:def'],
      },
      { clientId: 13, participantId: 'participant-c3', name: 'Chen', colour: '#2f9e44', cursor: null, selection: [] },
    ]);
    expect(presenceColours(awareness)).toEqual(
      new Map([
        ['participant-a1', '#e8590c'],
        ['participant-c3', '#2f9e44'],
      ]),
    );
    expect(presenceColours(null).size).toBe(0);
  });
});

describe('live room (what the facilitator drives on every screen)', () => {
  const journeyId = 'journey:room0001' as JourneyId;
  const stages = [
    createStage({ journeyId, name: 'Buy', order: 2 }),
    createStage({ journeyId, name: 'Discover', order: 0 }),
    createStage({ journeyId, name: 'Choose', order: 1 }),
  ];

  it('presents the stage at the presented index in stage order, and nothing when not presenting', () => {
    const choose = stages.find((s) => s.name === 'Choose')!;
    expect(roomPresent(true, 1, stages)).toEqual({ active: true, stageId: choose.id });
    expect(roomPresent(false, 1, stages)).toEqual({ active: false, stageId: null });
    expect(roomPresent(true, 9, stages)).toEqual({ active: false, stageId: null });
  });

  it('sends the time left when sent (a running timer), hides an untouched one', () => {
    const idle = timer.idleTimer(300_000);
    expect(roomTimer(idle, false, 1_000)).toBeNull();
    const running = timer.start(idle, 1_000);
    expect(roomTimer(running, false, 61_000)).toEqual({
      durationMs: 300_000,
      remainingMs: 240_000,
      running: true,
      sentAt: 61_000,
    });
    expect(roomTimer(timer.pause(running, 31_000), false, 99_000)).toMatchObject({
      remainingMs: 270_000,
      running: false,
    });
  });
});
