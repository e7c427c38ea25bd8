import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pathExists,
  resolveSaveTarget,
  withDefaultExtension,
  type SaveTargetPorts,
} from '../../../electron/main/files/save-target';
import { createIpcHandlers } from '../../../electron/main/ipc/handlers';
import { atomicWrite } from '../../../electron/main/files/atomic-write';
import { createRecentFilesStore } from '../../../electron/main/files/recent-files';
import { createScriptedDialog } from '../../support/node-bridge';
import { APP_SENDER, SEED_TITLES, fromUtf8, utf8, withTempDir } from './helpers';
import { open } from 'node:fs/promises';

const JOURNEY = [{ name: 'Waymark journey', extensions: ['journey'] }];

function ports(existing: string[], answer: boolean) {
  const asked: string[] = [];
  const p: SaveTargetPorts = {
    exists: async (f) => existing.includes(f),
    confirmReplace: async (f) => {
      asked.push(f);
      return answer;
    },
  };
  return { p, asked };
}

describe('resolveSaveTarget (Linux choosers add no extension)', () => {
  it('asks before replacing the file the added extension names, and keeps it on no', async () => {
    const { p, asked } = ports(['/home/ana/map.journey'], false);
    expect(await resolveSaveTarget('/home/ana/map', JOURNEY, p)).toBeNull();
    expect(asked).toEqual(['/home/ana/map.journey']);
  });

  it('replaces it on an explicit yes', async () => {
    const { p } = ports(['/home/ana/map.journey'], true);
    expect(await resolveSaveTarget('/home/ana/map', JOURNEY, p)).toBe('/home/ana/map.journey');
  });

  it('does not ask when nothing has that name, or when the dialog already saw the full name', async () => {
    const fresh = ports([], false);
    expect(await resolveSaveTarget('/home/ana/map', JOURNEY, fresh.p)).toBe('/home/ana/map.journey');
    const full = ports(['/home/ana/map.journey'], false);
    expect(await resolveSaveTarget('/home/ana/map.journey', JOURNEY, full.p)).toBe('/home/ana/map.journey');
    expect([...fresh.asked, ...full.asked]).toEqual([]);
  });

  it('adds the extension to a name with a dot of its own (a date, a version, “Mr.”), which is not an extension', async () => {
    for (const name of ['Workshop 12.03', 'Acme v2.1', 'Mr. Smith onboarding', 'Acme Inc.', 'வாடிக்கையாளர் 2.0']) {
      expect(withDefaultExtension(`/home/ana/${name}`, JOURNEY)).toBe(`/home/ana/${name}.journey`);
    }
    const fresh = ports([], false);
    expect(await resolveSaveTarget('/home/ana/Review 2024.05.01', JOURNEY, fresh.p)).toBe(
      '/home/ana/Review 2024.05.01.journey',
    );
  });

  it('keeps a name that already ends with one of the filters’ extensions, in any case', () => {
    expect(withDefaultExtension('/home/ana/map.JOURNEY', JOURNEY)).toBe('/home/ana/map.JOURNEY');
    const csv = [{ name: 'CSV', extensions: ['csv', 'txt'] }];
    expect(withDefaultExtension('/home/ana/list.txt', csv)).toBe('/home/ana/list.txt');
    expect(withDefaultExtension('/home/ana/list v1.2', csv)).toBe('/home/ana/list v1.2.csv');
    // Without a named extension (“All files”), the name is kept as typed.
    expect(withDefaultExtension('/home/ana/notes v1.2', [{ name: 'All files', extensions: ['*'] }])).toBe(
      '/home/ana/notes v1.2',
    );
  });

  it('counts a real file or folder as existing', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'a.journey'), 'x');
      expect(await pathExists(path.join(dir, 'a.journey'))).toBe(true);
      expect(await pathExists(dir)).toBe(true);
      expect(await pathExists(path.join(dir, 'b.journey'))).toBe(false);
    });
  });
});

describe('saveFile with a name the chooser left without extension', () => {
  async function save(dir: string, answer: boolean | null) {
    const dialog = createScriptedDialog();
    const handlers = createIpcHandlers({
      fs: { open, writeFileAtomic: (p, b) => atomicWrite(p, b) },
      dialog,
      printHtmlToPdf: async () => utf8('%PDF'),
      closeReady: () => false,
      setTitle: () => undefined,
      appInfo: () => ({ name: 'Waymark', version: '0', platform: 'linux', electron: null, chrome: null }),
      recent: createRecentFilesStore({ userDataDir: path.join(dir, 'userData'), now: () => 1, log: () => undefined }),
      now: () => 1,
      log: () => undefined,
    });
    dialog.nextSave(path.join(dir, SEED_TITLES.te.slice(0, 12)));
    if (answer !== null) dialog.nextConfirmReplace(answer);
    const result = await handlers.saveFile(APP_SENDER, [
      { suggestedName: 'map.journey', filters: JOURNEY, bytes: utf8('new content') },
    ]);
    return { result, dialog };
  }

  it('keeps the existing file when the user does not confirm', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, `${SEED_TITLES.te.slice(0, 12)}.journey`);
      await writeFile(target, SEED_TITLES.te);
      for (const answer of [false, null]) {
        const { result, dialog } = await save(dir, answer);
        expect(result).toEqual({ ok: true, value: null });
        expect(dialog.requests.map((r) => r.kind)).toEqual(['save', 'confirm-replace']);
        expect(fromUtf8(await readFile(target))).toBe(SEED_TITLES.te);
      }
    });
  });

  it('replaces it after a yes', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, `${SEED_TITLES.te.slice(0, 12)}.journey`);
      await writeFile(target, SEED_TITLES.te);
      const { result } = await save(dir, true);
      expect(result).toEqual({ ok: true, value: { name: path.basename(target), path: target } });
      expect(fromUtf8(await readFile(target))).toBe('new content');
    });
  });
});
