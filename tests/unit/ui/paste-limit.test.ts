// @vitest-environment happy-dom
/**
 * A paste cut to a text box's `maxlength` is said (ui/paste-limit.ts): the
 * browser keeps the start of the pasted text and drops the rest silently.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pastedBeyondLimit, watchPasteLimits } from '../../../renderer/src/ui/paste-limit';
import { MALAYALAM, TELUGU } from '../../fixtures/seed-text';

const box = (value: string, maxLength: number, start: number | null = value.length, end = start) => ({
  value,
  maxLength,
  selectionStart: start,
  selectionEnd: end,
});

describe('pastedBeyondLimit', () => {
  it('counts what does not fit after the text kept, the selection replaced', () => {
    expect(pastedBeyondLimit(box('abc', 10), 'defgh')).toBe(0);
    expect(pastedBeyondLimit(box('abc', 10), 'defghijk')).toBe(1);
    // The whole text selected: the paste replaces it and has the whole limit.
    expect(pastedBeyondLimit(box('abcdefghij', 10, 0, 10), TELUGU[0].slice(0, 12))).toBe(2);
    expect(pastedBeyondLimit(box('abcdefghij', 10, 2, 4), 'xyz')).toBe(1);
  });

  it('counts nothing for a box without a limit or an empty paste', () => {
    expect(pastedBeyondLimit(box('abc', -1), 'x'.repeat(500))).toBe(0);
    expect(pastedBeyondLimit(box('abc', 3), '')).toBe(0);
  });
});

describe('watchPasteLimits', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  function paste(target: Element, text: string) {
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
    target.dispatchEvent(event);
  }

  it('tells how much a paste into a limited text area or text input loses, and nothing for one that fits', async () => {
    const told: { max: number; left: number }[] = [];
    // Said once the paste's handlers have run (a turn of the event loop later).
    const settled = () => new Promise((resolve) => setTimeout(resolve, 10));
    stop = watchPasteLimits(document, (cut) => told.push(cut));
    const area = document.createElement('textarea');
    area.maxLength = 20;
    const input = document.createElement('input');
    input.maxLength = 5;
    const free = document.createElement('textarea');
    document.body.append(area, input, free);
    // A box's own handler that stops the paste does not hide it.
    area.addEventListener('paste', (e) => e.stopPropagation());

    // A box that takes the paste itself (as the capture bar makes a block into notes): nothing was cut.
    const own = document.createElement('input');
    own.maxLength = 5;
    own.addEventListener('paste', (e) => e.preventDefault());
    document.body.append(own);

    paste(area, MALAYALAM[0].slice(0, 25));
    paste(input, 'abc');
    paste(free, 'x'.repeat(10_000));
    paste(own, 'abcdefgh');
    paste(input, 'abcdefgh');
    await settled();
    expect(told).toEqual([
      { max: 20, left: 5 },
      { max: 5, left: 3 },
    ]);

    stop();
    paste(input, 'abcdefgh');
    await settled();
    expect(told).toHaveLength(2);
  });
});
