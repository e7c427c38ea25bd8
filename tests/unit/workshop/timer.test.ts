import { describe, expect, it } from 'vitest';
import * as timer from '../../../renderer/src/workshop/timer';

describe('timebox timer', () => {
  it('starts, pauses, adds a minute and resets without drifting', () => {
    let t = timer.idleTimer(5 * timer.MINUTE);
    t = timer.start(t, 0);
    expect(timer.remaining(t, 90_000)).toBe(210_000);
    t = timer.pause(t, 90_000);
    expect(timer.remaining(t, 999_999)).toBe(210_000);
    t = timer.addTime(t, 0);
    expect(timer.remaining(t, 0)).toBe(270_000);
    t = timer.start(t, 100_000);
    t = timer.addTime(t, 100_000);
    expect(timer.remaining(t, 100_000)).toBe(330_000);
    expect(timer.remaining(t, 10_000_000)).toBe(0);
    t = timer.reset(t);
    expect(t).toEqual({ durationMs: 300_000, remainingMs: 300_000, endsAt: null });
  });

  it('formats the clock, rounding up', () => {
    expect(timer.formatClock(300_000)).toBe('5:00');
    expect(timer.formatClock(59_001)).toBe('1:00');
    expect(timer.formatClock(0)).toBe('0:00');
    expect(timer.formatClock(3_725_000)).toBe('1:02:05');
    expect(timer.describeClock(61_000)).toBe('1 minute 1 second left');
  });
});
