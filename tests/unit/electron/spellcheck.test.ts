import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu/template';
import {
  PREFERENCES_NAME,
  createSpellcheckSetting,
  dictionaryDownloadUrl,
  spellcheckDefault,
} from '../../../electron/main/spellcheck';
import { withTempDir } from './helpers';

describe('spellcheck stays offline', () => {
  it('is on by default only on macOS, where the OS checks spelling and nothing is downloaded', () => {
    expect(spellcheckDefault('darwin')).toBe(true);
    expect(spellcheckDefault('win32')).toBe(false);
    expect(spellcheckDefault('linux')).toBe(false);
  });

  it('points dictionary downloads at a local folder inside the app, never a web address', () => {
    const url = dictionaryDownloadUrl('/opt/Waymark/resources');
    expect(url).toBe('file:///opt/Waymark/resources/dictionaries/');
    expect(new URL(url).protocol).toBe('file:');
  });

  it('remembers the choice in preferences.json, and falls back to the default when the file is damaged', async () => {
    await withTempDir(async (dir) => {
      const linux = createSpellcheckSetting({ userDataDir: dir, platform: 'linux', log: () => undefined });
      expect(await linux.enabled()).toBe(false);
      expect(await linux.set(true)).toBe(true);
      const again = createSpellcheckSetting({ userDataDir: dir, platform: 'linux' });
      expect(await again.enabled()).toBe(true);
      expect(JSON.parse(await readFile(path.join(dir, PREFERENCES_NAME), 'utf8'))).toEqual({
        format: 'waymark-preferences',
        version: 1,
        spellcheck: true,
      });

      await writeFile(path.join(dir, PREFERENCES_NAME), '{"format":"other","spellcheck":"yes"}');
      const logs: string[] = [];
      const damaged = createSpellcheckSetting({ userDataDir: dir, platform: 'darwin', log: (m) => logs.push(m) });
      expect(await damaged.enabled()).toBe(true);
      expect(logs).toHaveLength(1);
    });
  });

  it('Edit › Check Spelling is a checkbox showing the setting; clicking it toggles', () => {
    const toggle = vi.fn();
    const template = buildMenuTemplate('linux', vi.fn(), [], {
      appName: 'Waymark',
      isPackaged: true,
      openRecent: vi.fn(),
      clearRecent: vi.fn(),
      spellcheck: { enabled: false, toggle },
    });
    const edit = template.find((i) => i.label === 'Edit')?.submenu as MenuItemConstructorOptions[];
    const item = edit.find((i) => i.id === 'check-spelling');
    expect(item).toMatchObject({ label: 'Check Spelling', type: 'checkbox', checked: false });
    (item?.click as () => void)();
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});
