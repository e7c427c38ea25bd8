import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, RECENT_FILES_NAME, createRecentFilesStore } from '../../../electron/main/files/recent-files';
import { SEED_TITLES, withTempDir } from './helpers';

const store = (userDataDir: string, start = 1000) => {
  let t = start;
  return createRecentFilesStore({ userDataDir, now: () => t++, log: () => undefined });
};

describe('recent files store', () => {
  it('keeps the newest first, moves a reopened file to the top, and caps the list', async () => {
    await withTempDir(async (dir) => {
      const recent = store(dir);
      for (let i = 0; i < 12; i++) await recent.add(`/maps/${i}.journey`);
      await recent.add('/maps/5.journey');
      const list = await recent.list();
      expect(list).toHaveLength(MAX_RECENT_FILES);
      expect(list.map((f) => f.path)).toEqual([
        '/maps/5.journey',
        '/maps/11.journey',
        '/maps/10.journey',
        '/maps/9.journey',
        '/maps/8.journey',
        '/maps/7.journey',
        '/maps/6.journey',
        '/maps/4.journey',
        '/maps/3.journey',
        '/maps/2.journey',
      ]);
      expect(list[0]).toEqual({ name: '5.journey', path: '/maps/5.journey', openedAt: 1012 });
    });
  });

  it('persists to a JSON file in userData, atomically, and a new store reads it back', async () => {
    await withTempDir(async (dir) => {
      const name = `${SEED_TITLES.ta.slice(0, 24)}.journey`;
      await store(dir).add(`/maps/${name}`);
      const raw = JSON.parse(await readFile(path.join(dir, RECENT_FILES_NAME), 'utf8'));
      expect(raw).toMatchObject({
        format: 'waymark-recent-files',
        version: 1,
        files: [{ name, path: `/maps/${name}` }],
      });
      expect(await readdir(dir)).toEqual([RECENT_FILES_NAME]);
      expect((await store(dir).list()).map((f) => f.name)).toEqual([name]);
    });
  });

  it('creates the userData folder when it does not exist yet', async () => {
    await withTempDir(async (dir) => {
      const userData = path.join(dir, 'fresh', 'Waymark');
      await store(userData).add('/a.journey');
      expect(await readdir(userData)).toEqual([RECENT_FILES_NAME]);
    });
  });

  it('has() matches exact listed paths only', async () => {
    await withTempDir(async (dir) => {
      const recent = store(dir);
      await recent.add('/maps/a.journey');
      expect(await recent.has('/maps/a.journey')).toBe(true);
      expect(await recent.has('/maps/../maps/a.journey')).toBe(false);
      expect(await recent.has('/maps/b.journey')).toBe(false);
    });
  });

  it('ignores a damaged list instead of failing', async () => {
    await withTempDir(async (dir) => {
      await mkdir(dir, { recursive: true });
      await writeFile(
        path.join(dir, RECENT_FILES_NAME),
        '{"format":"waymark-recent-files","version":1,"files":[{"path":42}]}',
      );
      expect(await store(dir).list()).toEqual([]);
      await writeFile(path.join(dir, RECENT_FILES_NAME), 'not json');
      expect(await store(dir).list()).toEqual([]);
    });
  });

  it('serialises concurrent changes so none is lost, and notifies listeners', async () => {
    await withTempDir(async (dir) => {
      const recent = store(dir);
      const seen: number[] = [];
      const off = recent.onChange((files) => seen.push(files.length));
      await Promise.all([recent.add('/a.journey'), recent.add('/b.journey'), recent.add('/c.journey')]);
      expect((await recent.list()).map((f) => f.path)).toEqual(['/c.journey', '/b.journey', '/a.journey']);
      expect(seen).toEqual([1, 2, 3]);
      off();
      await recent.remove('/b.journey');
      expect(seen).toEqual([1, 2, 3]);
      expect((await store(dir).list()).map((f) => f.path)).toEqual(['/c.journey', '/a.journey']);
      await recent.clear();
      expect(await store(dir).list()).toEqual([]);
    });
  });

  it('removing a path that is not listed changes nothing and notifies nobody', async () => {
    await withTempDir(async (dir) => {
      const recent = store(dir);
      await recent.add('/a.journey');
      let calls = 0;
      recent.onChange(() => (calls += 1));
      await recent.remove('/never-listed.journey');
      expect(calls).toBe(0);
      expect((await recent.list()).map((f) => f.path)).toEqual(['/a.journey']);
    });
  });
});
