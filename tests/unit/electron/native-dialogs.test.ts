/**
 * Main's native dialogs (close with unsaved changes, save a copy, replace a
 * file, a file that could not be opened) speak the interface language: their
 * words travel with the menus over `setLanguage` (MENU_LABEL_KEYS, validated
 * with zod), English until the window sends them.
 */
import { describe, expect, it } from 'vitest';
import { IpcArgs, MENU_LABEL_KEYS, type MenuLabels } from '../../../electron/common/contract';
import {
  confirmClose,
  journeyCopyFilters,
  NO_ANSWER,
  saveCopyThrough,
  type UnsavedQuestion,
  unsavedDialogButtons,
  unsavedMessageBox,
} from '../../../electron/main/close/close-guard';
import { DEFAULT_MENU_LABELS, fillLabel } from '../../../electron/main/menu/template';
import { createOpenQueue } from '../../../electron/main/launch/open-queue';
import { openPath } from '../../../electron/main/ipc/file-actions';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import { MAX_OPEN_BYTES, megabytesText } from '../../../electron/common/contract';
import { menuLabels } from '../../../renderer/src/app/language';
import { CATALOGUES, setUiLanguage } from '../../../renderer/src/i18n';
import { createCloseGuards } from '../../../renderer/src/platform/close-guards';
import type { CloseReply } from '../../../electron/common/contract';
import { APP_SENDER } from './helpers';

/** The words the renderer sends in a language (app/language.ts menuLabels: the catalogue's menu section). */
function labelsIn(language: 'ta' | 'hy'): MenuLabels {
  const menu = CATALOGUES[language]['menu'] as Record<string, string>;
  return Object.fromEntries(
    MENU_LABEL_KEYS.map((key) => [key, menu[key]!.replace('{{appName}}', 'Waymark')]),
  ) as MenuLabels;
}

describe('native dialogs in the interface language', () => {
  it('setLanguage carries the dialog words and refuses a set without them', () => {
    const tamil = labelsIn('ta');
    expect(IpcArgs.setLanguage.safeParse([{ language: 'ta', menu: tamil }]).success).toBe(true);
    const { unsavedQuit: _dropped, ...withoutOne } = tamil;
    expect(IpcArgs.setLanguage.safeParse([{ language: 'ta', menu: withoutOne }]).success).toBe(false);
    expect(IpcArgs.setLanguage.safeParse([{ language: 'ta', menu: { ...tamil, cancel: '' } }]).success).toBe(false);
  });

  it('the unsaved-changes box is in Tamil once Tamil words are sent, English before', () => {
    const question = { what: 'x', note: null, canSaveCopy: true };
    const english = unsavedMessageBox(question);
    expect(english.options.title).toBe('Unsaved changes');
    expect(english.options.buttons).toEqual(['Try again', 'Save a copy as .journey…', 'Quit without saving', 'Cancel']);

    const tamil = labelsIn('ta');
    const box = unsavedMessageBox(question, tamil);
    expect(box.options.title).toBe('சேமிக்கப்படாத மாற்றங்கள்');
    expect(box.options.message).toBe(tamil.unsavedMessage);
    expect(box.options.detail).toContain(tamil.unsavedKept);
    expect(box.options.buttons).toEqual(unsavedDialogButtons(true, tamil).map((b) => b.label));
    for (const label of box.options.buttons) expect(label).toMatch(/[\u0B80-\u0BFF]/);
    expect(box.choiceFor(2)).toBe('discard');
  });

  it('the save-a-copy dialog is titled and filtered in Armenian', async () => {
    const armenian = labelsIn('hy');
    const seen: unknown[] = [];
    const save = saveCopyThrough(
      async (_sender, args) => {
        seen.push(args);
        return { ok: true, value: null };
      },
      APP_SENDER,
      () => armenian,
    );
    expect(await save({ suggestedName: 'a.journey', bytes: new Uint8Array([1]) })).toEqual({ outcome: 'cancelled' });
    const [[request]] = seen as [[{ title: string; filters: { name: string }[] }]];
    expect(request.title).toBe(armenian.saveCopyTitle);
    expect(request.title).toMatch(/[\u0530-\u058F]/);
    expect(request.filters).toEqual(journeyCopyFilters(armenian));
    expect(request.filters[0]!.name).toBe('Waymark ուղի');
  });

  it('main fills a file name and folder into the replace question, in any language', () => {
    expect(fillLabel(DEFAULT_MENU_LABELS.replaceMessage, { name: 'map.journey' })).toBe(
      '“map.journey” already exists. Replace it?',
    );
    const armenian = labelsIn('hy');
    expect(fillLabel(armenian.replaceDetail, { folder: '/home/anna' })).toContain('/home/anna');
    expect(fillLabel(armenian.replaceDetail, { folder: '/home/anna' })).not.toContain('{{');
    expect(fillLabel('{{other}}', {})).toBe('{{other}}');
  });
});

describe('the unsaved-changes box says what went wrong in the interface language', () => {
  /** The questions confirmClose asks for these replies, in these words; the user cancels each time. */
  async function questionsFor(replies: Array<CloseReply | 'timeout'>, words: MenuLabels): Promise<UnsavedQuestion[]> {
    const questions: UnsavedQuestion[] = [];
    for (const reply of replies) {
      await confirmClose({
        requestFlush: async () => reply,
        askUnsaved: async (question) => {
          questions.push(question);
          return 'cancel';
        },
        saveCopy: async () => ({ outcome: 'cancelled' }),
        words: () => words,
      });
    }
    return questions;
  }

  it('a flush that failed unexpectedly and a window that did not answer are said in Tamil, English before', async () => {
    const guards = createCloseGuards();
    guards.add({
      hasUnsaved: () => true,
      flush: () => Promise.reject(new Error('QuotaExceededError')),
    });
    const reply = await guards.flushAll();
    expect(reply).toMatchObject({
      saved: false,
      what: 'Your latest changes could not be saved (QuotaExceededError).',
      failure: 'QuotaExceededError',
    });
    const english = await questionsFor([reply, 'timeout'], DEFAULT_MENU_LABELS);
    expect(english.map((q) => q.what)).toEqual([
      'Your latest changes could not be saved (QuotaExceededError).',
      NO_ANSWER,
    ]);
    expect(NO_ANSWER).toBe(
      'Waymark could not confirm that your latest changes were saved, because the window did not answer within 5 seconds.',
    );
    const tamil = await questionsFor([reply, 'timeout'], labelsIn('ta'));
    expect(tamil.map((q) => q.what)).toEqual([
      'உங்கள் சமீபத்திய மாற்றங்களைச் சேமிக்க முடியவில்லை (QuotaExceededError).',
      'சாளரம் 5 விநாடிகளுக்குள் பதிலளிக்காததால், உங்கள் சமீபத்திய மாற்றங்கள் சேமிக்கப்பட்டனவா என்பதை Waymark-ஆல் உறுதிசெய்ய முடியவில்லை.',
    ]);
    // A sentence the window worded itself (the journey's autosave, in the interface language) is shown as sent.
    const worded = await questionsFor([{ saved: false, what: 'சேமிக்கப்படவில்லை.', copy: null }], labelsIn('ta'));
    expect(worded[0]!.what).toBe('சேமிக்கப்படவில்லை.');
  });

  it('a copy that could not be written is said in Armenian, with the system’s reason', async () => {
    const save = saveCopyThrough(
      async () => ({
        ok: false,
        error: {
          code: 'write-failed',
          message: 'Waymark could not save a.journey (EACCES: permission denied); check…',
          reason: 'write-failed',
          params: { name: 'a.journey', detail: 'EACCES: permission denied' },
        },
      }),
      APP_SENDER,
      () => labelsIn('hy'),
    );
    expect(await save({ suggestedName: 'a.journey', bytes: new Uint8Array([1]) })).toEqual({
      outcome: 'failed',
      message:
        'Պատճենը չպահվեց (EACCES: permission denied). ստուգեք, որ թղթապանակը գոյություն ունի, և դուք կարող եք գրել դրանում, ապա նորից փորձեք։',
    });
  });

  it('the renderer sends the dialog sentences with the blanks main fills in, within the contract', async () => {
    await setUiLanguage('ml');
    try {
      const words = menuLabels();
      expect(words.unsavedFailed).toContain('{{detail}}');
      expect(words.unsavedNoAnswer).toContain('{{seconds}}');
      expect(words.unsavedStarting).toMatch(/[\u0D00-\u0D7F]/);
      expect(IpcArgs.setLanguage.safeParse([{ language: 'ml', menu: words }]).success).toBe(true);
    } finally {
      await setUiLanguage('en');
    }
  });
});

describe('a file the OS hands over that cannot be opened is said in the interface language', () => {
  const recent = {
    list: async () => [],
    add: async () => [],
    has: async () => true,
    remove: async () => [],
    clear: async () => undefined,
    onChange: () => () => undefined,
  };
  /** The reports of a queue reading through the real openPath, over a file system that fails as given. */
  async function reportsFor(
    paths: string[],
    open: () => Promise<never | unknown>,
    words?: MenuLabels,
    language?: 'ta' | 'hy',
  ) {
    const reports: string[] = [];
    const queue = createOpenQueue({
      read: (filePath) => openPath({ fs: { open: open as never }, recent }, filePath),
      deliver: () => undefined,
      report: (message) => reports.push(message),
      ...(words ? { words: () => words } : {}),
      ...(language ? { language: () => language } : {}),
    });
    queue.push(...paths);
    await queue.markReady();
    return reports;
  }
  const missing = () => Promise.reject(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }));
  const huge = async () => ({
    stat: async () => ({ size: MAX_OPEN_BYTES + 1, isFile: () => true }),
    read: async () => ({ bytesRead: 0 }),
    close: async () => undefined,
  });

  it('in English, main’s own sentences, as before', async () => {
    expect(await reportsFor(['/maps/gone.journey', '/maps/logo.svg'], missing)).toEqual([
      'logo.svg was not opened: Waymark opens journeys (.journey, .zip, .json) and touchpoint spreadsheets (.csv, .tsv, .txt).',
      'gone.journey could not be opened: the file no longer exists; it may have been moved or deleted.',
    ]);
    expect(await reportsFor(['/maps/big.journey'], huge)).toEqual([
      'big.journey could not be opened: the file is 64.1 MB, larger than the 64 MB Waymark can open.',
    ]);
  });

  it('in Tamil and Armenian once their words are sent', async () => {
    const tamil = labelsIn('ta');
    const [notOpenable, gone] = await reportsFor(['/maps/gone.journey', '/maps/logo.svg'], missing, tamil);
    expect(notOpenable).toBe(
      'logo.svg திறக்கப்படவில்லை: Waymark பயணங்களையும் (.journey, .zip, .json) தொடுப்புள்ளி விரிதாள்களையும் (.csv, .tsv, .txt) மட்டுமே திறக்கும்.',
    );
    expect(gone).toBe(fillLabel(tamil.openFileNotFound, { name: 'gone.journey' }));
    expect(gone).toMatch(/^gone\.journey ஐத் திறக்க முடியவில்லை/);
    const [big] = await reportsFor(['/maps/big.journey'], huge, labelsIn('hy'), 'hy');
    // Armenian writes the decimal with a comma, as the renderer's own sentence does.
    expect(big).toContain('64,1 ՄԲ');
    expect(big).toContain('64 ՄԲ-ը');
    expect(big).toContain('«big.journey»');
    for (const text of [notOpenable!, gone!, big!]) expect(text).not.toMatch(/\{\{/);
  });

  it('sizes keep the Armenian decimal comma where the runtime has no Armenian number data (as Electron’s ICU)', async () => {
    const supported = Intl.NumberFormat.supportedLocalesOf;
    Intl.NumberFormat.supportedLocalesOf = (locales) =>
      supported(locales).filter((locale) => !locale.toLowerCase().startsWith('hy'));
    try {
      expect(megabytesText(MAX_OPEN_BYTES + 1, 'size', 'hy')).toBe('64,1');
      expect(megabytesText(1234 * 1024 * 1024, 'limit', 'hy')).toBe('1\u00a0234');
      const [big] = await reportsFor(['/maps/big.journey'], huge, labelsIn('hy'), 'hy');
      expect(big).toContain('64,1 ՄԲ');
    } finally {
      Intl.NumberFormat.supportedLocalesOf = supported;
    }
    expect(megabytesText(MAX_OPEN_BYTES + 1, 'size', 'hy')).toBe('64,1');
    expect(megabytesText(MAX_OPEN_BYTES + 1, 'size', 'ta')).toBe('64.1');
    expect(megabytesText(MAX_OPEN_BYTES, 'limit', 'en')).toBe('64');
  });

  it('a read that failed for no reason the system gave is said in Tamil too, naming the file, not its path', async () => {
    const tamil = labelsIn('ta');
    const unreadable = fillLabel(tamil.openFileUnreadable, { name: 'map.journey', detail: tamil.unknownError });
    // The read itself threw (main's reader broke), and a read the system refused without an error code.
    const reports: string[] = [];
    const queue = createOpenQueue({
      read: () => Promise.reject(new Error('reader broke')),
      deliver: () => undefined,
      report: (message) => reports.push(message),
      words: () => tamil,
    });
    queue.push('/maps/map.journey');
    await queue.markReady();
    const noCode = () => Promise.reject(new Error('refused'));
    expect([...reports, ...(await reportsFor(['/maps/map.journey'], noCode, tamil))]).toEqual([unreadable, unreadable]);
    expect(unreadable).toContain('அறியப்படாத பிழை');
    expect(unreadable).not.toContain('/maps/');
  });
});

describe('the PDF save dialog names its file type in the interface language', () => {
  it('PDF document in English, in Tamil once Tamil words are sent', async () => {
    const filters: string[] = [];
    const tamil = labelsIn('ta');
    const sent: { words: MenuLabels } = { words: DEFAULT_MENU_LABELS };
    const handlers = createIpcHandlers({
      fs: { open: async () => Promise.reject(new Error('unused')), writeFileAtomic: async () => ({ ok: true }) },
      dialog: {
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        showSaveDialog: async (request) => {
          filters.push(request.filters[0]!.name);
          return { canceled: true };
        },
        confirmReplace: async () => false,
      },
      printHtmlToPdf: async () => new Uint8Array(),
      setTitle: () => undefined,
      closeReady: () => false,
      appInfo: () => ({ name: 'Waymark', version: '0', platform: 'linux', electron: null, chrome: null }),
      recent: {
        list: async () => [],
        add: async () => [],
        has: async () => false,
        remove: async () => [],
        clear: async () => undefined,
        onChange: () => () => undefined,
      },
      now: Date.now,
      words: () => sent.words,
    });
    const request = [{ html: '<p>x</p>', pageSize: 'A4', landscape: false, suggestedName: 'map.pdf' }];
    await handlers.exportPdf(APP_SENDER, request);
    sent.words = tamil;
    await handlers.exportPdf(APP_SENDER, request);
    expect(filters).toEqual(['PDF document', 'PDF ஆவணம்']);
  });
});
