/**
 * The toast stack: at most four at once, the oldest that would go by itself
 * making way for a new one; a toast shown until dismissed (a warning such as
 * "deleted in another window", whose action keeps the user's edits) is never
 * pushed out; a toast of a kind takes the place of the one of that kind.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useToasts } from '../../../renderer/src/ui/toasts';

afterEach(() => useToasts.setState({ toasts: [] }));

const messages = () => useToasts.getState().toasts.map((t) => t.message);
const push = (message: string, timeoutMs?: number, kind?: string) =>
  useToasts.getState().push({ message, tone: 'info', ...(kind ? { kind } : {}) }, timeoutMs);

describe('toast stack', () => {
  it('keeps the four latest', () => {
    for (const m of ['a', 'b', 'c', 'd', 'e']) push(m, 60_000);
    expect(messages()).toEqual(['b', 'c', 'd', 'e']);
  });

  it('never pushes out a toast shown until dismissed', () => {
    push('a', 60_000);
    push('sticky', 0);
    for (const m of ['b', 'c', 'd', 'e', 'f']) push(m, 60_000);
    expect(messages()).toEqual(['sticky', 'd', 'e', 'f']);
    const sticky = useToasts.getState().toasts[0]!;
    useToasts.getState().dismiss(sticky.id);
    expect(messages()).toEqual(['d', 'e', 'f']);
  });

  it('lets a toast of a kind take the place of the one of that kind, sticky or not', () => {
    push('moved to the trash', 60_000, 'elsewhere');
    push('other', 60_000);
    push('deleted for good', 0, 'elsewhere');
    expect(messages()).toEqual(['other', 'deleted for good']);
  });

  it('shows the same words once: a repeat replaces the toast still saying them, unless either has an action', () => {
    const error = (message: string) => useToasts.getState().push({ message, tone: 'error' }, 60_000);
    error('“a.journey” is damaged.');
    push('other', 60_000);
    error('“a.journey” is damaged.');
    error('“a.journey” is damaged.');
    expect(messages()).toEqual(['other', '“a.journey” is damaged.']);
    // The same words as info are another toast; toasts with an Undo each keep theirs.
    push('“a.journey” is damaged.', 60_000);
    const undo = { label: 'Undo', run: () => undefined };
    useToasts.getState().push({ message: 'Moved “x” to the trash.', tone: 'info', action: undo }, 60_000);
    useToasts.getState().push({ message: 'Moved “x” to the trash.', tone: 'info', action: undo }, 60_000);
    expect(messages()).toEqual([
      '“a.journey” is damaged.',
      '“a.journey” is damaged.',
      'Moved “x” to the trash.',
      'Moved “x” to the trash.',
    ]);
  });
});
