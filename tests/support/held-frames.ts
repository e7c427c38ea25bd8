/**
 * Frames played by hand in a unit test (happy-dom): `holdFrames()` in a `beforeEach` keeps every
 * requestAnimationFrame callback until `paint()` runs them, as a frame would, and lets the tasks
 * posted from them (afterNextPaint's message) run. Restored by `vi.restoreAllMocks()`.
 */
import { act } from '@testing-library/react';
import { vi } from 'vitest';

let frames = new Map<number, FrameRequestCallback>();
let lastId = 0;

export function holdFrames(): void {
  frames = new Map();
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
    frames.set(++lastId, cb);
    return lastId;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => void frames.delete(id));
}

/** Runs the held frame's callbacks, then lets the messages posted from them arrive. */
export async function paint(): Promise<void> {
  const now = [...frames.values()];
  frames.clear();
  await act(async () => {
    for (const cb of now) cb(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

/** How many frame callbacks are waiting. */
export const heldFrames = (): number => frames.size;
