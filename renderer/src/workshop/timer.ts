/**
 * The timebox timer as a pure state machine (session-only, never saved):
 * a running timer keeps its end time, a paused one its remaining time, so
 * the display never drifts whatever the tick rate.
 */
import { t } from '../i18n';
export interface TimerState {
  /** The length it was set to (for Reset). */
  durationMs: number;
  /** Remaining time while paused or idle. */
  remainingMs: number;
  /** When it ends, while running; null otherwise. */
  endsAt: number | null;
}

export const MINUTE = 60_000;
export const MAX_TIMER_MS = 180 * MINUTE;

export const idleTimer = (durationMs = 5 * MINUTE): TimerState => ({
  durationMs,
  remainingMs: durationMs,
  endsAt: null,
});

export const isRunning = (t: TimerState) => t.endsAt !== null;

/** Whether the timer is on screen: running, paused part-way, or just run out. */
export const isTimerShown = (t: TimerState, timeUp: boolean) =>
  isRunning(t) || timeUp || t.remainingMs !== t.durationMs;

export function remaining(t: TimerState, now: number): number {
  return t.endsAt === null ? t.remainingMs : Math.max(0, t.endsAt - now);
}

export function start(t: TimerState, now: number): TimerState {
  if (t.endsAt !== null) return t;
  const left = t.remainingMs > 0 ? t.remainingMs : t.durationMs;
  return { ...t, remainingMs: left, endsAt: now + left };
}

export function pause(t: TimerState, now: number): TimerState {
  if (t.endsAt === null) return t;
  return { ...t, remainingMs: remaining(t, now), endsAt: null };
}

export function addTime(t: TimerState, now: number, ms = MINUTE): TimerState {
  if (t.endsAt !== null) {
    const left = Math.min(MAX_TIMER_MS, remaining(t, now) + ms);
    return { ...t, endsAt: now + left };
  }
  return { ...t, remainingMs: Math.min(MAX_TIMER_MS, t.remainingMs + ms) };
}

export function reset(t: TimerState, durationMs = t.durationMs): TimerState {
  const d = Math.max(MINUTE / 60, Math.min(MAX_TIMER_MS, durationMs));
  return { durationMs: d, remainingMs: d, endsAt: null };
}

/** m:ss, or h:mm:ss from an hour; rounds up so 0:00 shows only when time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Spoken form for screen readers, e.g. “4 minutes 5 seconds left”. */
export function describeClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  if (total === 0) return t('workshop.timer.up');
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts = [
    m ? t('workshop.timer.minutesLong', { count: m }) : '',
    s ? t('workshop.timer.seconds', { count: s }) : '',
  ];
  return t('workshop.timer.left', { time: parts.filter(Boolean).join(' ') });
}
