/**
 * How a presentation caption gives way on a short screen (caption-fit.ts). Seen on the web build at 1280×800,
 * 1366×768 and 1024×700: a stage with many touchpoints, once its lists were down to three touchpoints and one
 * pain point, still ran its emotion curve and pain points past the bottom of the window, because the lists were
 * the only thing that could give way.
 */
import { describe, expect, it } from 'vitest';
import {
  longestCaption,
  MAX_FIT,
  shrinkCaption,
  type CaptionFit,
  type CaptionMeasure,
} from '../../../renderer/src/workshop/present/caption-fit';

const OVERFLOWS: CaptionMeasure = { overflows: true, touchpointsCut: false };
const LIST_CUT: CaptionMeasure = { overflows: true, touchpointsCut: true };
const FITS: CaptionMeasure = { overflows: false, touchpointsCut: false };

/** Every step from `start` while `measure` says the same, as the caption does on a screen with no room. */
function steps(start: CaptionFit, measure: (fit: CaptionFit) => CaptionMeasure): CaptionFit[] {
  const seen = [start];
  for (let next = shrinkCaption(start, measure(start)); next; next = shrinkCaption(next, measure(next)))
    seen.push(next);
  return seen;
}

const describeFit = (f: CaptionFit) =>
  `${f.touchpoints} tp, ${f.pains} pains, ${f.curve} curve, ${f.scale}${f.clamp ? ', clamped' : ''}`;

describe('the longest caption of a stage', () => {
  it('lists every touchpoint and pain point up to the most a caption lists, in its full size', () => {
    expect(longestCaption(2, 0)).toEqual({ ...MAX_FIT, touchpoints: 2, pains: 0 });
    expect(longestCaption(13, 9)).toEqual({ touchpoints: 7, pains: 5, curve: 'full', scale: 'large', clamp: false });
  });
});

describe('a caption that does not fit its screen', () => {
  it('gives way in order: lists to a few items, a flatter curve, smaller type, two-line texts, then one item each', () => {
    expect(steps(longestCaption(13, 9), () => OVERFLOWS).map(describeFit)).toEqual([
      '7 tp, 5 pains, full curve, large',
      '6 tp, 5 pains, full curve, large',
      '5 tp, 5 pains, full curve, large',
      '4 tp, 5 pains, full curve, large',
      '3 tp, 5 pains, full curve, large',
      '3 tp, 4 pains, full curve, large',
      '3 tp, 3 pains, full curve, large',
      '3 tp, 2 pains, full curve, large',
      '3 tp, 2 pains, compact curve, large',
      '3 tp, 2 pains, compact curve, medium',
      '3 tp, 2 pains, compact curve, small',
      '3 tp, 2 pains, compact curve, small, clamped',
      '3 tp, 1 pains, compact curve, small, clamped',
      '2 tp, 1 pains, compact curve, small, clamped',
      '1 tp, 1 pains, compact curve, small, clamped',
    ]);
  });

  it('still makes room for the curve and pain points once the lists are at three touchpoints and one pain point', () => {
    // Where the old caption stopped, leaving the curve and pain points cut off at the foot of the screen.
    const next = shrinkCaption({ ...MAX_FIT, touchpoints: 3, pains: 1 }, OVERFLOWS);
    expect(next).toEqual({ ...MAX_FIT, touchpoints: 3, pains: 1, curve: 'compact' });
  });

  it('shrinks a stage without pain points or touchpoints too (the curve and type give way)', () => {
    const last = steps(longestCaption(0, 0), () => OVERFLOWS).at(-1)!;
    expect(last).toEqual({ touchpoints: 0, pains: 0, curve: 'compact', scale: 'small', clamp: true });
  });

  it('keeps the touchpoints’ count in sight first, with only what makes room for it: its items, the type, two-line texts', () => {
    expect(steps(longestCaption(10, 4), () => LIST_CUT).map(describeFit)).toEqual([
      '7 tp, 4 pains, full curve, large',
      '6 tp, 4 pains, full curve, large',
      '5 tp, 4 pains, full curve, large',
      '4 tp, 4 pains, full curve, large',
      '3 tp, 4 pains, full curve, large',
      '3 tp, 4 pains, full curve, medium',
      '3 tp, 4 pains, full curve, small',
      '3 tp, 4 pains, full curve, small, clamped',
      '2 tp, 4 pains, full curve, small, clamped',
      '1 tp, 4 pains, full curve, small, clamped',
      // The list ends in sight at last; what runs past the foot below it gives way as before.
      '1 tp, 3 pains, full curve, small, clamped',
      '1 tp, 2 pains, full curve, small, clamped',
      '1 tp, 2 pains, compact curve, small, clamped',
      '1 tp, 1 pains, compact curve, small, clamped',
    ]);
  });

  it('stops at the first step that fits', () => {
    const fitsAtMedium = (f: CaptionFit) => (f.scale === 'large' ? OVERFLOWS : FITS);
    expect(steps(longestCaption(3, 2), fitsAtMedium).at(-1)).toEqual({
      touchpoints: 3,
      pains: 2,
      curve: 'compact',
      scale: 'medium',
      clamp: false,
    });
    expect(shrinkCaption(longestCaption(13, 9), FITS)).toBeNull();
  });
});
