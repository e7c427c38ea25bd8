/**
 * Text on computed colours stays readable (WCAG AA, 4.5:1): the emotion chips
 * on cards and in the presentation caption pick black or white ink by contrast.
 */
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  emotionColour,
  parseHexColour,
  readableInk,
  EMOTION_MAX,
  EMOTION_MIN,
} from '../../../renderer/src/domain';

describe('readable ink', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // The recovery green the connection labels used to have: just below AA on white.
    expect(contrastRatio(parseHexColour('#2b8a3e')!, [255, 255, 255])).toBeCloseTo(4.37, 2);
    expect(parseHexColour('#abc')).toEqual([170, 187, 204]);
    expect(parseHexColour('red')).toBeNull();
  });

  it('gives every emotion colour an ink of at least 4.5:1', () => {
    for (let score = EMOTION_MIN; score <= EMOTION_MAX; score++) {
      const background = parseHexColour(emotionColour(score))!;
      const ink = parseHexColour(readableInk(emotionColour(score)))!;
      expect(contrastRatio(background, ink), `emotion ${score}`).toBeGreaterThanOrEqual(4.5);
    }
    // White on the neutral grey would read at 2.6:1; the ink is black there.
    expect(readableInk(emotionColour(0))).toBe('#000000');
    expect(readableInk(emotionColour(-3))).toBe('#ffffff');
  });
});
