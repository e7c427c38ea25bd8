// @vitest-environment happy-dom
/**
 * One helper runs work right after the next frame is painted, for the four places that show a first frame
 * sooner (a large map's connections and card targets, the table's rows beyond its view, the map unmounted
 * under the table): not before the frame's rAF, and never once cancelled.
 */
import { describe, expect, it } from 'vitest';
import { afterNextPaint } from '../../../renderer/src/ui/paint';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

describe('afterNextPaint', () => {
  it('runs after the next frame’s rAF callbacks, once', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('after paint'));
    requestAnimationFrame(() => order.push('rAF'));
    expect(order).toEqual([]);
    await nextFrame();
    await settle();
    expect(order).toEqual(['rAF', 'after paint']);
  });

  it('does nothing once cancelled, before or after the frame', async () => {
    let runs = 0;
    afterNextPaint(() => runs++)();
    const late = afterNextPaint(() => runs++);
    await nextFrame();
    late();
    await settle();
    expect(runs).toBe(0);
  });
});
