/**
 * A debounce with a longest wait, without React or a store: `schedule` asks for
 * a run, which happens once the asks pause for `pauseMs`, or `maxWaitMs` after
 * the first ask since the last run however often they keep coming. The
 * autosave (store.ts) and text typed in place (inline-draft.ts) both pace
 * their work with it.
 */

export interface PaceOptions {
  /** A pause this long in the asks runs… */
  pauseMs: number;
  /** …and so does this long of asks without such a pause (at least `pauseMs`). */
  maxWaitMs: number;
}

export interface Pace {
  /** Asks for a run: after the next pause, or at the longest wait. */
  schedule(): void;
  /**
   * Asks for one run `ms` from now (a retry after a failure), unless a run is already waiting:
   * that one stands. A `schedule` after it paces the run as usual.
   */
  later(ms: number): void;
  /** Whether a run is waiting. */
  waiting(): boolean;
  /** Runs now if a run is waiting. */
  flush(): void;
  /** Drops the waiting run, if any. */
  cancel(): void;
  /** Drops the waiting run; asks after this do nothing. */
  dispose(): void;
}

export function pace(run: () => void, options: PaceOptions): Pace {
  const maxWaitMs = Math.max(options.pauseMs, options.maxWaitMs);
  let pause: ReturnType<typeof setTimeout> | null = null;
  let longest: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  const cancel = () => {
    if (pause !== null) clearTimeout(pause);
    if (longest !== null) clearTimeout(longest);
    pause = longest = null;
  };
  const fire = () => {
    cancel();
    run();
  };
  return {
    schedule() {
      if (disposed) return;
      if (pause !== null) clearTimeout(pause);
      pause = setTimeout(fire, options.pauseMs);
      longest ??= setTimeout(fire, maxWaitMs);
    },
    later(ms) {
      if (disposed || pause !== null || longest !== null) return;
      pause = setTimeout(fire, ms);
    },
    waiting: () => pause !== null || longest !== null,
    flush() {
      if (pause !== null || longest !== null) fire();
    },
    cancel,
    dispose() {
      disposed = true;
      cancel();
    },
  };
}
