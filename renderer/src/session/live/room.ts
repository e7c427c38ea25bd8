/**
 * The `room` map of a live session: live-only state the host writes and every
 * screen follows; it is never stored in the journey.
 */
import { z } from 'zod';
import type * as Y from 'yjs';
import { roomMap } from './y-layout';

const idText = z.string().min(1).max(200);

export const PresentSchema = z.object({ active: z.boolean(), stageId: idText.nullable() });
/** Participants compute their own end from `remainingMs` when they receive it (clocks differ). */
export const TimerSchema = z.object({
  durationMs: z.number().int().nonnegative(),
  remainingMs: z.number().int().nonnegative(),
  running: z.boolean(),
  sentAt: z.number().int().nonnegative(),
});
/** Whether participants may place and take back dots just now (the facilitator closes a vote to discuss its result). */
export const VotingSchema = z.object({ open: z.boolean() });

export interface LiveRoom {
  /** Presentation: when active, every screen follows the facilitator's stage. */
  present: z.infer<typeof PresentSchema> | null;
  timer: z.infer<typeof TimerSchema> | null;
  /** Absent in a room from before it existed, and then open. */
  voting: z.infer<typeof VotingSchema> | null;
  /** Participant id → the voter id their dots carry, so a participant finds their own dots. */
  voters: Record<string, string>;
  /** Anything else the facilitator drives (read as it is). */
  [key: string]: unknown;
}

const VotersSchema = z.record(z.string().max(64), idText);

/** The room as the shared document holds it; a malformed known entry reads as absent. */
export function readRoom(doc: Y.Doc): LiveRoom {
  const map = roomMap(doc);
  const raw = Object.fromEntries(map.entries()) as Record<string, unknown>;
  const present = PresentSchema.safeParse(raw.present);
  const timer = TimerSchema.safeParse(raw.timer);
  const voters = VotersSchema.safeParse(raw.voters);
  const voting = VotingSchema.safeParse(raw.voting);
  return {
    ...raw,
    present: present.success ? present.data : null,
    timer: timer.success ? timer.data : null,
    voting: voting.success ? voting.data : null,
    voters: voters.success ? voters.data : {},
  };
}

/** Whether the room lets participants place and take back dots: yes unless the facilitator closed voting. */
export const votingOpen = (room: Partial<Pick<LiveRoom, 'voting'>> | null): boolean => room?.voting?.open !== false;

/** Sets room entries (one transaction); an entry set to undefined is removed. */
export function writeRoom(doc: Y.Doc, patch: Partial<LiveRoom>, origin?: unknown): void {
  const map = roomMap(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) map.delete(key);
      else map.set(key, value);
    }
  }, origin);
}
