import { describe, expect, it } from 'vitest';
import { parseCaptureLine } from '../../../renderer/src/domain/workshop/capture';
import { graphemes, splitLines, truncateGraphemes } from '../../../renderer/src/domain/workshop/text';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

const SEEDS = { Tamil: TAMIL[0], Armenian: ARMENIAN[0], Telugu: TELUGU[1], Malayalam: MALAYALAM[0] } as const;

describe('capture line parsing', () => {
  it('empty and whitespace-only lines add nothing', () => {
    for (const line of ['', '   ', '\t', '\u00a0\u2003', '\r\n'])
      expect(parseCaptureLine(line)).toEqual({ kind: 'empty' });
  });

  it('a plain line is an item, trimmed', () => {
    expect(parseCaptureLine('  Checkout page  ')).toEqual({ kind: 'item', text: 'Checkout page' });
  });

  it('bangs set the pain severity: one is minor, three or more is severe', () => {
    expect(parseCaptureLine('! Slow page')).toEqual({ kind: 'pain', text: 'Slow page', severity: 1 });
    expect(parseCaptureLine('!!Slow page')).toEqual({ kind: 'pain', text: 'Slow page', severity: 2 });
    expect(parseCaptureLine('!!! Slow page')).toEqual({ kind: 'pain', text: 'Slow page', severity: 3 });
    expect(parseCaptureLine('!!!!! Slow page')).toEqual({ kind: 'pain', text: 'Slow page', severity: 3 });
    expect(parseCaptureLine('！ full-width bang')).toEqual({ kind: 'pain', text: 'full-width bang', severity: 1 });
  });

  it('a prefix without text is incomplete, with a sentence saying what to type', () => {
    for (const line of ['!', '!!! ', '?', '+  ']) {
      const parsed = parseCaptureLine(line);
      expect(parsed.kind).toBe('incomplete');
      if (parsed.kind === 'incomplete') expect(parsed.message).toMatch(/^Type the /);
    }
  });

  it('question and opportunity prefixes', () => {
    expect(parseCaptureLine('? Who owns returns')).toEqual({ kind: 'question', text: 'Who owns returns' });
    expect(parseCaptureLine('？Full width')).toEqual({ kind: 'question', text: 'Full width' });
    expect(parseCaptureLine('+ Live chat')).toEqual({ kind: 'opportunity', text: 'Live chat' });
    // Only a leading mark routes the line.
    expect(parseCaptureLine('Why so slow?')).toEqual({ kind: 'item', text: 'Why so slow?' });
  });

  it('emoticons and emoji set the emotion; text after them is the emotion label', () => {
    const cases: [string, number, string][] = [
      [':D', 3, ''],
      [':)', 2, ''],
      [':-)', 2, ''],
      [':|', 0, ''],
      [':(', -2, ''],
      [":'(", -3, ''],
      [':’( autocorrected', -3, 'autocorrected'],
      ['😄', 3, ''],
      ['🙂 relieved', 2, 'relieved'],
      ['😐', 0, ''],
      ['🙁', -2, ''],
      ['😠 furious', -3, 'furious'],
      ['☹️', -2, ''],
    ];
    for (const [line, emotion, label] of cases) {
      const parsed = parseCaptureLine(line);
      expect(parsed, line).toMatchObject({ kind: 'emotion', emotion, label });
    }
  });

  it('an emoji that is not a face stays part of the text', () => {
    expect(parseCaptureLine('👍🏽 Great support')).toEqual({ kind: 'item', text: '👍🏽 Great support' });
    expect(parseCaptureLine('👨‍👩‍👧 Family plan')).toEqual({ kind: 'item', text: '👨‍👩‍👧 Family plan' });
  });

  it.each(Object.entries(SEEDS))('%s text passes through every prefix unchanged', (_, seed) => {
    expect(parseCaptureLine(seed)).toEqual({ kind: 'item', text: seed });
    expect(parseCaptureLine(`!! ${seed}`)).toEqual({ kind: 'pain', text: seed, severity: 2 });
    expect(parseCaptureLine(`?${seed}`)).toEqual({ kind: 'question', text: seed });
    expect(parseCaptureLine(`+ ${seed}`)).toEqual({ kind: 'opportunity', text: seed });
    expect(parseCaptureLine(`:( ${seed}`)).toMatchObject({ kind: 'emotion', emotion: -2, label: seed });
    expect(parseCaptureLine(`😄${seed}`)).toMatchObject({ kind: 'emotion', emotion: 3, label: seed });
  });

  it('normalises to NFC (a decomposed Tamil vowel sign becomes the composed one)', () => {
    const composed = 'கொ'; // U+0B95 U+0BCA
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(parseCaptureLine(`! ${decomposed}`)).toEqual({ kind: 'pain', text: composed, severity: 1 });
  });

  it('a mark that combines with the prefix character is text, not a prefix', () => {
    // “!” followed by a Malayalam vowel sign forms one grapheme cluster: never split it.
    const line = '!\u0D3E ' + MALAYALAM[0];
    const parsed = parseCaptureLine(line);
    expect(parsed).toEqual({ kind: 'item', text: line.normalize('NFC') });
  });

  it('keeps zero-width joiners that shape Malayalam and Telugu, drops control characters', () => {
    const chillu = 'ന്‍'; // with ZWJ
    expect(parseCaptureLine(`+ ${chillu}\u0007`)).toEqual({ kind: 'opportunity', text: chillu });
  });
});

describe('capture text helpers', () => {
  it('truncates at a grapheme boundary', () => {
    const text = TAMIL[0];
    const cut = truncateGraphemes(text, 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(text.startsWith(cut)).toBe(true);
    expect(graphemes(text).slice(0, graphemes(cut).length).join('')).toBe(cut);
  });

  it('splits pasted blocks into clean lines', () => {
    expect(splitLines(`${TAMIL[0]}\r\n\n  ${ARMENIAN[0]}  \r${TELUGU[0]}\n\t\n`)).toEqual([
      TAMIL[0],
      ARMENIAN[0],
      TELUGU[0],
    ]);
  });
});
