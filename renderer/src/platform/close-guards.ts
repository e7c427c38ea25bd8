/**
 * Flush-before-close, host side. Parts of the app that hold unsaved edits
 * (the open journey's autosave) register a guard; when the window is about to
 * close, the host asks every guard to save and reports back: to main over IPC
 * (Electron), or to the browser's `beforeunload` warning (web).
 */
import type { CloseReply } from '../../../electron/common/contract';

export type { CloseReply };

export interface CloseGuard {
  /** True while an edit waits in the autosave delay, is being written, or failed to save. */
  hasUnsaved(): boolean;
  /** Saves what is pending; says whether everything is saved and, if not, what is not (with a copy). */
  flush(): Promise<CloseReply>;
}

const MAX_WHAT = 500;

export interface CloseGuards {
  add(guard: CloseGuard): () => void;
  hasUnsaved(): boolean;
  /** Flushes every guard; the first unsaved answer wins, a guard that throws counts as unsaved. */
  flushAll(): Promise<CloseReply>;
}

export function createCloseGuards(): CloseGuards {
  const guards = new Set<CloseGuard>();
  return {
    add(guard) {
      guards.add(guard);
      return () => void guards.delete(guard);
    },
    hasUnsaved: () => [...guards].some((g) => g.hasUnsaved()),
    async flushAll() {
      const replies = await Promise.all(
        [...guards].map((g) =>
          g.flush().catch((error: unknown): CloseReply => {
            // The error's own words; main says the sentence around them in the interface language.
            const failure = (error instanceof Error ? error.message : String(error)).slice(0, MAX_WHAT);
            return {
              saved: false,
              what: `Your latest changes could not be saved (${failure}).`.slice(0, MAX_WHAT),
              failure,
              copy: null,
            };
          }),
        ),
      );
      return replies.find((r) => !r.saved) ?? { saved: true };
    },
  };
}

interface UnloadTarget {
  addEventListener(type: 'beforeunload', listener: (event: Event) => void): void;
  removeEventListener(type: 'beforeunload', listener: (event: Event) => void): void;
}

/**
 * Web build: the browser cannot wait for a save, so while anything is
 * pending or failed `beforeunload` starts the save and asks the browser to
 * warn; with everything saved, the tab closes without a question.
 */
export function installUnloadWarning(target: UnloadTarget, guards: CloseGuards): () => void {
  const listener = (event: Event) => {
    if (!guards.hasUnsaved()) return;
    void guards.flushAll();
    event.preventDefault();
    // Older browsers show the warning only when returnValue is set.
    Reflect.set(event, 'returnValue', '');
  };
  target.addEventListener('beforeunload', listener);
  return () => target.removeEventListener('beforeunload', listener);
}
