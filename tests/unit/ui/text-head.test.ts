import { describe, expect, it } from 'vitest';
import { graphemes } from '../../../renderer/src/domain/workshop/text';
import { TEXT_HEAD_CHARS, textHead } from '../../../renderer/src/ui/text-head';
import { MALAYALAM, TAMIL, textOfLength } from '../../fixtures/seed-text';

describe('textHead', () => {
  it('keeps a text up to the limit whole', () => {
    const text = textOfLength(TAMIL, TEXT_HEAD_CHARS);
    expect(textHead(text)).toBe(text);
  });

  it('cuts a long text between graphemes, never parting a letter from its vowel sign', () => {
    for (const sentences of [TAMIL, MALAYALAM]) {
      const text = textOfLength(sentences, 100_000);
      const whole = new Set(graphemes(text.slice(0, 700)));
      // Every cut from 480 to 520 characters: each lands inside a cluster somewhere in these scripts.
      for (let max = 480; max <= 520; max++) {
        const head = textHead(text, max);
        expect(head.endsWith('…')).toBe(true);
        const kept = head.slice(0, -1);
        expect(kept.length).toBeLessThanOrEqual(max);
        expect(kept.length).toBeGreaterThan(max - 8);
        expect(text.startsWith(kept)).toBe(true);
        // The last cluster kept is one the whole text has (not a letter whose sign was left behind).
        expect(whole.has(graphemes(kept).at(-1)!)).toBe(true);
        expect(graphemes(text.slice(0, kept.length + 8))[graphemes(kept).length - 1]).toBe(graphemes(kept).at(-1));
      }
    }
  });

  it('never ends in half of a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(20)}`;
    expect(textHead(text, 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
