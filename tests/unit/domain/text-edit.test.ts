/** The one edit between two texts, and where a caret goes when someone else's edit lands. */
import { describe, expect, it } from 'vitest';
import { mergeTextEdits, positionAfter, textEdit, type TextEdit } from '../../../renderer/src/domain/text-edit';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const apply = (text: string, e: TextEdit | null) =>
  e ? text.slice(0, e.index) + e.insert + text.slice(e.index + e.remove) : text;

describe('textEdit', () => {
  it('finds the run typed, pasted or deleted', () => {
    expect(textEdit('abc', 'abc')).toBeNull();
    expect(textEdit('abc', 'abXc')).toEqual({ index: 2, remove: 0, insert: 'X' });
    expect(textEdit('abc', 'ac')).toEqual({ index: 1, remove: 1, insert: '' });
    expect(textEdit('abc', 'aZZc')).toEqual({ index: 1, remove: 1, insert: 'ZZ' });
    expect(textEdit('', TAMIL[0]!)).toEqual({ index: 0, remove: 0, insert: TAMIL[0] });
    // A repeated letter: the run is placed once, and applying it gives the new text.
    expect(apply('aaa', textEdit('aaa', 'aaaa'))).toBe('aaaa');
  });

  it('never splits a character made of two code units', () => {
    // 😀 and 😃 share their first code unit; an edit starting after it would leave half a character each side.
    const e = textEdit('a😀b', 'a😃b')!;
    expect(e).toEqual({ index: 1, remove: 2, insert: '😃' });
    // 🙂 (U+1F642) and 🥂 (U+1F942) share their second code unit.
    expect(textEdit('x🙂', 'x🥂')).toEqual({ index: 1, remove: 2, insert: '🥂' });
  });

  it('gives the new text for any pair, in the seed scripts too', () => {
    const texts = ['', 'a', '😀😀', TAMIL[1]!, MALAYALAM[1]!, `${TAMIL[1]}😀${MALAYALAM[2]}`];
    for (const before of texts) for (const after of texts) expect(apply(before, textEdit(before, after))).toBe(after);
  });
});

describe('positionAfter', () => {
  const edit: TextEdit = { index: 4, remove: 2, insert: 'XYZ' };
  it('keeps a position before the edit, shifts one after it, and puts one inside it at its end', () => {
    expect(positionAfter(2, edit)).toBe(2);
    expect(positionAfter(4, edit)).toBe(4);
    expect(positionAfter(5, edit)).toBe(7);
    expect(positionAfter(6, edit)).toBe(7);
    expect(positionAfter(9, edit)).toBe(10);
  });
});

describe('mergeTextEdits', () => {
  it('keeps both edits when they change different runs, mine first where both add at one place', () => {
    expect(mergeTextEdits('Pay now', 'Pay now!', 'So Pay now')).toBe('So Pay now!');
    expect(mergeTextEdits('Pay now', 'Pay', 'Pay now later')).toBe('Pay later');
    expect(mergeTextEdits('ab', 'aXb', 'aYb')).toBe('aXYb');
    expect(mergeTextEdits(TAMIL[1]!, `${TAMIL[1]}.`, `${MALAYALAM[1]} ${TAMIL[1]}`)).toBe(
      `${MALAYALAM[1]} ${TAMIL[1]}.`,
    );
  });

  it('takes the other text when mine is unchanged, mine when theirs is, and neither where both changed one run', () => {
    expect(mergeTextEdits('abc', 'abc', 'abd')).toBe('abd');
    expect(mergeTextEdits('abc', 'abd', 'abc')).toBe('abd');
    expect(mergeTextEdits('abcdef', 'aXf', 'abYf')).toBeNull();
  });
});
