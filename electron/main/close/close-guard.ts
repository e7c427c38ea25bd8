/**
 * Nothing is lost on close or quit. Before a window closes (its close button,
 * the menu, Cmd/Ctrl+Q, the OS logging out), main asks the renderer to flush
 * its autosave and closes only once it confirms. When saving keeps failing,
 * the user chooses: try again, save a copy as a .journey file, quit without
 * saving, or cancel. Plain module: dialogs, IPC and the file write are
 * injected, so Node tests drive every path; `main/index.ts` only wires it.
 */
import { randomUUID } from 'node:crypto';
import type { CloseReply, IpcResult, MenuLabels, SavedFile } from '../../common/contract';
import { DEFAULT_MENU_LABELS, fillLabel } from '../menu/template';
import type { SenderInfo } from '../ipc/sender';

/** How long main waits for a window to say its changes are saved. */
export const FLUSH_TIMEOUT_MS = 5_000;

export type UnsavedChoice = 'retry' | 'save-copy' | 'discard' | 'cancel';

export interface UnsavedQuestion {
  /** One sentence naming what is unsaved. */
  what: string;
  /** Why we are asking again (a copy that could not be written), or null. */
  note: string | null;
  /** False when there is no document to copy (the window did not answer). */
  canSaveCopy: boolean;
}

export type SaveCopyOutcome = { outcome: 'saved' } | { outcome: 'cancelled' } | { outcome: 'failed'; message: string };

export interface CloseGuardDeps {
  /** Asks the window to flush; resolves with its reply, or 'timeout' when it did not answer in time. */
  requestFlush(): Promise<CloseReply | 'timeout'>;
  /** The native question; must resolve with the button the user chose. */
  askUnsaved(question: UnsavedQuestion): Promise<UnsavedChoice>;
  /** Writes the copy through the normal save dialog and atomic write. */
  saveCopy(copy: { suggestedName: string; bytes: Uint8Array }): Promise<SaveCopyOutcome>;
  log?(message: string): void;
  /** The native words in the interface language (English until the window sends them). */
  words?(): MenuLabels;
}

/** What the box says when the window did not answer, in the words given. */
export const noAnswerText = (labels: MenuLabels = DEFAULT_MENU_LABELS) =>
  fillLabel(labels.unsavedNoAnswer, { seconds: String(FLUSH_TIMEOUT_MS / 1000) });

export const NO_ANSWER = noAnswerText();

/** The window's sentence, or main's own words for a failure the window could not word. */
function unsavedText(reply: Extract<CloseReply, { saved: false }>, labels: MenuLabels): string {
  return reply.failure === undefined ? reply.what : fillLabel(labels.unsavedFailed, { detail: reply.failure });
}

/** Runs the flush → ask → act loop for one window: 'close' when it may close, 'stay' when the user cancelled. */
export async function confirmClose(deps: CloseGuardDeps): Promise<'close' | 'stay'> {
  let note: string | null = null;
  for (;;) {
    const reply = await deps.requestFlush();
    if (reply !== 'timeout' && reply.saved) return 'close';
    const copy = reply === 'timeout' ? null : reply.copy;
    const labels = deps.words?.() ?? DEFAULT_MENU_LABELS;
    const what = reply === 'timeout' ? noAnswerText(labels) : unsavedText(reply, labels);
    const choice = await deps.askUnsaved({ what, note, canSaveCopy: copy !== null });
    note = null;
    switch (choice) {
      case 'discard':
        deps.log?.(`Closed without saving: ${what}`);
        return 'close';
      case 'cancel':
        return 'stay';
      case 'retry':
        continue;
      case 'save-copy': {
        if (copy === null) continue;
        const saved = await deps.saveCopy(copy);
        if (saved.outcome === 'saved') return 'close';
        if (saved.outcome === 'failed') note = saved.message;
        continue;
      }
    }
  }
}

export interface FlushRequests {
  /** Sends a close request to the window and waits for its answer (or the timeout). */
  request(): Promise<CloseReply | 'timeout'>;
  /** Delivers the window's answer; false when no request with that id is waiting. */
  answer(requestId: string, reply: CloseReply): boolean;
}

/** Pairs close requests sent to a window with the answers that come back over IPC. */
export function createFlushRequests(deps: {
  send(requestId: string): void;
  timeoutMs?: number;
  newId?: () => string;
}): FlushRequests {
  const waiting = new Map<string, (reply: CloseReply | 'timeout') => void>();
  const timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS;
  return {
    request() {
      const id = (deps.newId ?? randomUUID)();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve('timeout');
        }, timeoutMs);
        waiting.set(id, (reply) => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve(reply);
        });
        try {
          deps.send(id);
        } catch {
          // The window is gone or crashed: nothing will answer.
          waiting.get(id)?.('timeout');
        }
      });
    },
    answer(requestId, reply) {
      const resolve = waiting.get(requestId);
      if (resolve === undefined) return false;
      resolve(reply);
      return true;
    },
  };
}

/**
 * Decides, for Electron's `close` and `before-quit` events, whether to let
 * them through or hold them while `confirm` runs. One confirmation at a time;
 * once confirmed, the close (or quit) is replayed and passes.
 */
export function createCloseCoordinator(deps: { confirm(): Promise<'close' | 'stay'> }) {
  let confirmed = false;
  let running: Promise<void> | null = null;
  let quitting = false;

  const run = (finish: { close(): void; quit(): void }) => {
    running ??= deps
      .confirm()
      .then(
        (decision) => {
          if (decision === 'stay') {
            quitting = false;
            return;
          }
          confirmed = true;
          if (quitting) finish.quit();
          else finish.close();
        },
        () => {
          quitting = false;
        },
      )
      .finally(() => {
        running = null;
      });
  };

  return {
    /** For the window's `close` event. */
    onWindowClose(event: { preventDefault(): void }, finish: { close(): void; quit(): void }): void {
      if (confirmed) return;
      event.preventDefault();
      run(finish);
    },
    /** For the app's `before-quit` event; `hasWindow` false lets the quit through. */
    onBeforeQuit(event: { preventDefault(): void }, hasWindow: boolean, finish: { close(): void; quit(): void }): void {
      if (confirmed || !hasWindow) return;
      event.preventDefault();
      quitting = true;
      run(finish);
    },
    /** A new window starts unconfirmed. */
    reset(): void {
      confirmed = false;
      quitting = false;
    },
    get confirmed() {
      return confirmed;
    },
  };
}

/** Native dialog buttons, in order; the index maps back to the choice. */
export function unsavedDialogButtons(
  canSaveCopy: boolean,
  labels: MenuLabels = DEFAULT_MENU_LABELS,
): Array<{ label: string; choice: UnsavedChoice }> {
  return [
    { label: labels.unsavedTryAgain, choice: 'retry' },
    ...(canSaveCopy ? [{ label: labels.unsavedSaveCopy, choice: 'save-copy' as const }] : []),
    { label: labels.unsavedQuit, choice: 'discard' },
    { label: labels.cancel, choice: 'cancel' },
  ];
}

/** The filter of the "Save a copy" dialog, named in the interface language. */
export const journeyCopyFilters = (labels: MenuLabels = DEFAULT_MENU_LABELS) => [
  { name: labels.journeyFilter, extensions: ['journey'] },
];

/**
 * "Save a copy" goes through the very `saveFile` handler the renderer uses
 * (save dialog, extension, atomic write, recent list), on behalf of the window
 * that is closing.
 */
export function saveCopyThrough(
  saveFile: (sender: SenderInfo, rawArgs: unknown) => Promise<IpcResult<SavedFile | null>>,
  sender: SenderInfo,
  labels: () => MenuLabels = () => DEFAULT_MENU_LABELS,
): CloseGuardDeps['saveCopy'] {
  return async (copy) => {
    const words = labels();
    const result = await saveFile(sender, [
      {
        title: words.saveCopyTitle,
        suggestedName: copy.suggestedName,
        filters: journeyCopyFilters(words),
        bytes: copy.bytes,
      },
    ]);
    if (!result.ok) {
      // A write that failed names the system's reason; main words it in the interface language.
      const detail = result.error.reason === 'write-failed' ? result.error.params?.detail : undefined;
      const message = detail === undefined ? result.error.message : fillLabel(words.saveCopyFailed, { detail });
      return { outcome: 'failed', message };
    }
    return result.value === null ? { outcome: 'cancelled' } : { outcome: 'saved' };
  };
}

/** The native message box for an unsaved close, and the choice each button stands for. */
export function unsavedMessageBox(question: UnsavedQuestion, labels: MenuLabels = DEFAULT_MENU_LABELS) {
  const buttons = unsavedDialogButtons(question.canSaveCopy, labels);
  return {
    options: {
      type: 'warning' as const,
      title: labels.unsavedTitle,
      message: labels.unsavedMessage,
      detail: [question.note, question.what, labels.unsavedKept]
        .filter((line): line is string => line !== null && line.length > 0)
        .join('\n\n'),
      buttons: buttons.map((b) => b.label),
      defaultId: 0,
      cancelId: buttons.length - 1,
      noLink: true,
    },
    choiceFor: (response: number): UnsavedChoice => buttons[response]?.choice ?? 'cancel',
  };
}
