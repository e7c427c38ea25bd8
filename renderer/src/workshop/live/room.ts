/**
 * What the facilitator drives on every participant's screen, as the session's
 * `room` carries it: the presented stage and the timer. Pure, so the host's
 * publisher and the tests share it.
 */
import { sortStages } from '../../domain/layout';
import type { Stage } from '../../domain/model';
import * as timer from '../timer';

export interface RoomPresent {
  active: boolean;
  stageId: string | null;
}

export interface RoomTimer {
  durationMs: number;
  /** Left when it was sent; a participant counts down from when it received it (clocks differ). */
  remainingMs: number;
  running: boolean;
  sentAt: number;
}

export function roomPresent(presenting: boolean, presentIndex: number, stages: readonly Stage[]): RoomPresent {
  const stage = presenting ? sortStages(stages)[presentIndex] : undefined;
  return { active: presenting && stage !== undefined, stageId: stage?.id ?? null };
}

/** The timer as participants see it; an idle, untouched timer is not shown to them. */
export function roomTimer(t: timer.TimerState, timeUp: boolean, now: number): RoomTimer | null {
  if (!timer.isTimerShown(t, timeUp)) return null;
  return { durationMs: t.durationMs, remainingMs: timer.remaining(t, now), running: timer.isRunning(t), sentAt: now };
}
