/**
 * The one debounce-with-longest-wait of the session (pace.ts), which the
 * autosave and text typed in place share: before, each had its own copy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { pace } from '../../../renderer/src/session/pace';
import { createEditorStore, type PersistRow } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(pauseMs = 300, maxWaitMs = 1000) {
  const run = vi.fn();
  return { run, paced: pace(run, { pauseMs, maxWaitMs }) };
}

describe('pace', () => {
  it('runs once the asks pause, once for a burst', () => {
    const { run, paced } = setup();
    paced.schedule();
    vi.advanceTimersByTime(200);
    paced.schedule();
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(paced.waiting()).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the longest wait while the asks keep coming, and again after the next longest wait', () => {
    const { run, paced } = setup();
    const times: number[] = [];
    run.mockImplementation(() => times.push(Date.now()));
    const start = Date.now();
    // An ask every 100 ms for 2.5 s: never a pause of 300 ms.
    for (let i = 0; i < 25; i++) {
      paced.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(times.map((t) => t - start)).toEqual([1000, 2000]);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('a longest wait shorter than the pause is taken as the pause', () => {
    const { run, paced } = setup(500, 100);
    paced.schedule();
    vi.advanceTimersByTime(499);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('flush runs a waiting run at once, and nothing when none waits', () => {
    const { run, paced } = setup();
    paced.flush();
    expect(run).not.toHaveBeenCalled();
    paced.schedule();
    expect(paced.waiting()).toBe(true);
    paced.flush();
    expect(run).toHaveBeenCalledTimes(1);
    expect(paced.waiting()).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the waiting run; later asks run as usual', () => {
    const { run, paced } = setup();
    paced.schedule();
    paced.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    paced.schedule();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('dispose drops the waiting run and ignores every ask after it', () => {
    const { run, paced } = setup();
    paced.schedule();
    paced.dispose();
    paced.schedule();
    paced.later(100);
    paced.flush();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    expect(paced.waiting()).toBe(false);
  });

  it('later runs once after its delay, leaves a waiting run as it is, and gives way to a schedule', () => {
    const { run, paced } = setup();
    paced.later(3000);
    vi.advanceTimersByTime(2999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);

    // A run already waits: the retry does not push it back.
    paced.schedule();
    paced.later(3000);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(2);

    // An ask after a retry is paced as usual, not held to the retry's delay.
    paced.later(3000);
    paced.schedule();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(3);
  });
});

describe('the autosave paced by it', () => {
  it('retries a failed write 3 s later, writes a new edit at its own pause instead, and stops at dispose', async () => {
    let fail = true;
    const persist = vi.fn(async (_rows: PersistRow[]) => {
      if (fail) throw new Error('disk full');
    });
    const doc = smallJourney();
    const tp = doc.touchpoints[0]!;
    const store = createEditorStore(doc, { persist, debounceMs: 400, maxWaitMs: 2000 });
    // Typed in the title field, as the inspector runs it: written at a pause in the keys.
    const rename = (title: string) => {
      const s = store.getState();
      s.run('Rename', updateTouchpoint(s.doc, tp.id, { title }), { coalesceKey: `title:${tp.id}` });
    };
    rename('One');
    await vi.advanceTimersByTimeAsync(400);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(store.getState().save.status).toBe('error');
    await vi.advanceTimersByTimeAsync(2999);
    expect(persist).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(persist).toHaveBeenCalledTimes(2);

    // An edit while the retry waits is written at its own pause, with the failed rows.
    rename('Two');
    await vi.advanceTimersByTimeAsync(400);
    expect(persist).toHaveBeenCalledTimes(3);

    // Disposed with a retry waiting: nothing is written any more.
    store.dispose();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(persist).toHaveBeenCalledTimes(3);

    fail = false;
    const again = createEditorStore(doc, { persist });
    const s = again.getState();
    s.run('Rename', updateTouchpoint(s.doc, tp.id, { title: 'Three' }));
    await again.getState().flush();
    expect((persist.mock.calls.at(-1)![0][0]!.row as { title: string }).title).toBe('Three');
    expect(again.getState().save.status).toBe('saved');
    again.dispose();
  });

  it('an edit made in one go (an emotion picked, a delete, an undo) is written when its task ends, not at the pause; edits of one task in one write', async () => {
    const persist = vi.fn(async (_rows: PersistRow[]) => undefined);
    const doc = smallJourney();
    const [a, b] = doc.touchpoints;
    const store = createEditorStore(doc, { persist, debounceMs: 60_000, maxWaitMs: 60_000 });
    const s = store.getState();
    s.run('Set emotion', updateTouchpoint(s.doc, a!.id, { emotion: -2 }));
    store.getState().run('Rename', updateTouchpoint(store.getState().doc, b!.id, { title: 'நன்றி' }));
    expect(persist).not.toHaveBeenCalled();
    // No timer has run: the write went at the end of the task (a window killed now keeps both).
    await vi.advanceTimersByTimeAsync(0);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persist.mock.calls[0]![0].map((r) => r.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(store.getState().save.status).toBe('saved');

    store.getState().undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(persist).toHaveBeenCalledTimes(2);
    expect((persist.mock.calls[1]![0][0]!.row as { title: string }).title).toBe(b!.title);

    // Typing (a coalesced run of keys) waits for its pause.
    store.getState().run('Rename', updateTouchpoint(store.getState().doc, a!.id, { title: 'Ա' }), {
      coalesceKey: `title:${a!.id}`,
    });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(persist).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(persist).toHaveBeenCalledTimes(3);
    store.dispose();
  });
});
