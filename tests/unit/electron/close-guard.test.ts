import { describe, expect, it } from 'vitest';
import type { CloseReply, IpcResult, SavedFile } from '../../../electron/common/contract';
import {
  NO_ANSWER,
  confirmClose,
  createCloseCoordinator,
  createFlushRequests,
  saveCopyThrough,
  unsavedDialogButtons,
  unsavedMessageBox,
  type SaveCopyOutcome,
  type UnsavedChoice,
  type UnsavedQuestion,
} from '../../../electron/main/close/close-guard';
import { SEED_TITLES, utf8 } from './helpers';

const WHAT = `Your latest changes to “${SEED_TITLES.te}” are not saved.`;
const COPY = { suggestedName: 'journey.journey', bytes: utf8('PK…') };
const unsaved: CloseReply = { saved: false, what: WHAT, copy: COPY };

/** Drives confirmClose with scripted replies and choices, recording what it asked and wrote. */
function script(replies: Array<CloseReply | 'timeout'>, choices: UnsavedChoice[], copies: SaveCopyOutcome[] = []) {
  const questions: UnsavedQuestion[] = [];
  const written: Array<{ suggestedName: string; bytes: Uint8Array }> = [];
  let flushes = 0;
  const run = confirmClose({
    requestFlush: async () => {
      flushes++;
      const next = replies.shift();
      if (next === undefined) throw new Error('asked to flush more often than scripted');
      return next;
    },
    askUnsaved: async (question) => {
      questions.push(question);
      const choice = choices.shift();
      if (choice === undefined) throw new Error('asked more often than scripted');
      return choice;
    },
    saveCopy: async (copy) => {
      written.push(copy);
      return copies.shift() ?? { outcome: 'saved' };
    },
  });
  return { run, questions, written, flushes: () => flushes };
}

describe('confirmClose', () => {
  it('closes at once, asking nothing, when the window confirms everything is saved', async () => {
    const s = script([{ saved: true }], []);
    expect(await s.run).toBe('close');
    expect(s.questions).toEqual([]);
  });

  it('asks when saving failed, naming what is unsaved, and "Try again" flushes again', async () => {
    const s = script([unsaved, { saved: true }], ['retry']);
    expect(await s.run).toBe('close');
    expect(s.flushes()).toBe(2);
    expect(s.questions).toEqual([{ what: WHAT, note: null, canSaveCopy: true }]);
  });

  it('"Save a copy" writes the in-memory document and then closes', async () => {
    const s = script([unsaved], ['save-copy'], [{ outcome: 'saved' }]);
    expect(await s.run).toBe('close');
    expect(s.written).toEqual([COPY]);
  });

  it('a copy that could not be written is reported and the question comes back; nothing closes', async () => {
    const s = script([unsaved, unsaved], ['save-copy', 'cancel'], [{ outcome: 'failed', message: 'Disk full.' }]);
    expect(await s.run).toBe('stay');
    expect(s.questions[1]).toEqual({ what: WHAT, note: 'Disk full.', canSaveCopy: true });
  });

  it('a cancelled save dialog asks again instead of closing', async () => {
    const s = script([unsaved, unsaved], ['save-copy', 'discard'], [{ outcome: 'cancelled' }]);
    expect(await s.run).toBe('close');
    expect(s.questions).toHaveLength(2);
  });

  it('"Quit without saving" closes; "Cancel" keeps the window', async () => {
    expect(await script([unsaved], ['discard']).run).toBe('close');
    expect(await script([unsaved], ['cancel']).run).toBe('stay');
  });

  it('a window that does not answer gets the question without a copy to save', async () => {
    const s = script(['timeout', { saved: true }], ['retry']);
    expect(await s.run).toBe('close');
    expect(s.questions).toEqual([{ what: NO_ANSWER, note: null, canSaveCopy: false }]);
  });
});

describe('createFlushRequests', () => {
  it('pairs the answer with its request by id and ignores unknown or late ids', async () => {
    const sent: string[] = [];
    let n = 0;
    const requests = createFlushRequests({ send: (id) => sent.push(id), newId: () => `id-${++n}`, timeoutMs: 1000 });
    const pending = requests.request();
    expect(sent).toEqual(['id-1']);
    expect(requests.answer('id-9', { saved: true })).toBe(false);
    expect(requests.answer('id-1', unsaved)).toBe(true);
    expect(await pending).toEqual(unsaved);
    expect(requests.answer('id-1', { saved: true })).toBe(false);
  });

  it('resolves "timeout" when the window does not answer in time, or cannot be sent to', async () => {
    const silent = createFlushRequests({ send: () => undefined, timeoutMs: 30 });
    expect(await silent.request()).toBe('timeout');
    const gone = createFlushRequests({
      send: () => {
        throw new Error('Object has been destroyed');
      },
    });
    expect(await gone.request()).toBe('timeout');
  });
});

describe('createCloseCoordinator', () => {
  const event = () => {
    let prevented = false;
    return { preventDefault: () => void (prevented = true), prevented: () => prevented };
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('holds the close, confirms once, then lets the replayed close through', async () => {
    let confirms = 0;
    const coordinator = createCloseCoordinator({ confirm: async () => (confirms++, 'close') });
    const done: string[] = [];
    const finish = { close: () => done.push('close'), quit: () => done.push('quit') };
    const first = event();
    coordinator.onWindowClose(first, finish);
    coordinator.onWindowClose(event(), finish); // a second click while asking
    expect(first.prevented()).toBe(true);
    await settle();
    expect(confirms).toBe(1);
    expect(done).toEqual(['close']);
    const replay = event();
    coordinator.onWindowClose(replay, finish);
    expect(replay.prevented()).toBe(false);
  });

  it('holds a quit while a window is open and replays the quit, not a mere close', async () => {
    const coordinator = createCloseCoordinator({ confirm: async () => 'close' });
    const done: string[] = [];
    const finish = { close: () => done.push('close'), quit: () => done.push('quit') };
    const quit = event();
    coordinator.onBeforeQuit(quit, true, finish);
    expect(quit.prevented()).toBe(true);
    await settle();
    expect(done).toEqual(['quit']);
    const noWindow = event();
    createCloseCoordinator({ confirm: async () => 'close' }).onBeforeQuit(noWindow, false, finish);
    expect(noWindow.prevented()).toBe(false);
  });

  it('a cancelled close keeps the window and the next close asks again', async () => {
    let answer: 'close' | 'stay' = 'stay';
    let confirms = 0;
    const coordinator = createCloseCoordinator({ confirm: async () => (confirms++, answer) });
    const done: string[] = [];
    const finish = { close: () => done.push('close'), quit: () => done.push('quit') };
    coordinator.onBeforeQuit(event(), true, finish);
    await settle();
    expect(done).toEqual([]);
    answer = 'close';
    const again = event();
    coordinator.onWindowClose(again, finish);
    expect(again.prevented()).toBe(true);
    await settle();
    expect(confirms).toBe(2);
    expect(done).toEqual(['close']);
  });
});

describe('unsavedDialogButtons', () => {
  it('offers the copy only when there is a document to copy', () => {
    expect(unsavedDialogButtons(true).map((b) => b.label)).toEqual([
      'Try again',
      'Save a copy as .journey…',
      'Quit without saving',
      'Cancel',
    ]);
    expect(unsavedDialogButtons(false).map((b) => b.choice)).toEqual(['retry', 'discard', 'cancel']);
  });
});

describe('unsavedMessageBox', () => {
  it('puts the reason first, names what is unsaved, and maps each button (Escape = Cancel) back', () => {
    const box = unsavedMessageBox({ what: WHAT, note: 'Disk full.', canSaveCopy: true });
    expect(box.options.detail).toBe(`Disk full.\n\n${WHAT}\n\nWaymark keeps them in this window until you choose.`);
    expect(box.options.buttons[box.options.cancelId]).toBe('Cancel');
    expect(box.options.buttons[box.options.defaultId]).toBe('Try again');
    expect([0, 1, 2, 3, 9].map(box.choiceFor)).toEqual(['retry', 'save-copy', 'discard', 'cancel', 'cancel']);
  });
});

describe('saveCopyThrough', () => {
  it('goes through the saveFile handler as the window, with the journey filter, and maps its result', async () => {
    const calls: unknown[] = [];
    const sender = { frameUrl: 'app://waymark/index.html', isMainFrame: true, isAppWindow: true };
    const results: Array<IpcResult<SavedFile | null>> = [
      { ok: true, value: { name: 'a.journey', path: '/maps/a.journey' } },
      { ok: true, value: null },
      { ok: false, error: { code: 'write-failed', message: 'Waymark could not save a.journey.' } },
    ];
    const save = saveCopyThrough(async (s, args) => {
      calls.push([s, args]);
      return results.shift()!;
    }, sender);
    expect(await save(COPY)).toEqual({ outcome: 'saved' });
    expect(await save(COPY)).toEqual({ outcome: 'cancelled' });
    expect(await save(COPY)).toEqual({ outcome: 'failed', message: 'Waymark could not save a.journey.' });
    expect(calls[0]).toEqual([
      sender,
      [
        {
          title: 'Save a copy of your unsaved changes',
          suggestedName: COPY.suggestedName,
          filters: [{ name: 'Waymark journey', extensions: ['journey'] }],
          bytes: COPY.bytes,
        },
      ],
    ]);
  });
});
