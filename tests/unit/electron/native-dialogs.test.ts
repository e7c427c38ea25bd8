/**
 * Main's native dialogs (close with unsaved changes, save a copy, replace a
 * file, a file that could not be opened) speak the interface language: their
 * words travel with the menus over `setLanguage` (MENU_LABEL_KEYS, validated
 * with zod), English until the window sends them.
 */
import { describe, expect, it } from 'vitest';
import { IpcArgs, MENU_LABEL_KEYS, type MenuLabels } from '../../../electron/common/contract';
import {
  journeyCopyFilters,
  saveCopyThrough,
  unsavedDialogButtons,
  unsavedMessageBox,
} from '../../../electron/main/close/close-guard';
import { DEFAULT_MENU_LABELS, fillLabel } from '../../../electron/main/menu/template';
import { CATALOGUES } from '../../../renderer/src/i18n';
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
