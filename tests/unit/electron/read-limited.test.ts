import { appendFile, mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileLimited, type ReadFs } from '../../../electron/main/files/read-limited';
import { seedText, utf8, withTempDir } from './helpers';

/** Node's fs, counting opens and bytes read, with a hook that runs right after the size check. */
function countingFs(afterStat: () => Promise<void> = async () => undefined) {
  const counts = { opens: 0, bytesRead: 0 };
  const fs: ReadFs = {
    open: async (p, flags) => {
      counts.opens += 1;
      const handle = await open(p, flags);
      return {
        stat: async () => {
          const info = await handle.stat();
          await afterStat();
          return info;
        },
        read: async (buffer, offset, length, position) => {
          const r = await handle.read(buffer, offset, length, position);
          counts.bytesRead += r.bytesRead;
          return r;
        },
        close: () => handle.close(),
      };
    },
  };
  return { fs, counts };
}

describe('readFileLimited', () => {
  it('reads a file through one handle, exactly', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'seeds.csv');
      const text = seedText('ta-customer-experience-management.txt');
      await writeFile(file, text);
      const { fs, counts } = countingFs();
      const r = await readFileLimited(file, 1024 * 1024, fs);
      expect(r.ok && new TextDecoder().decode(r.bytes)).toBe(text);
      expect(counts).toEqual({ opens: 1, bytesRead: utf8(text).byteLength });
    });
  });

  it('refuses a file that grows past the limit after its size was checked, reading no more than the limit', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'growing.journey');
      await writeFile(file, new Uint8Array(900));
      const { fs, counts } = countingFs(() => appendFile(file, new Uint8Array(50_000)));
      const r = await readFileLimited(file, 1000, fs);
      expect(r).toEqual({
        ok: false,
        reason: 'too-large',
        message:
          'the file grew past the 1000 bytes Waymark can open while it was being read; wait until it is complete and open it again.',
        grew: true,
      });
      expect(counts.opens).toBe(1);
      expect(counts.bytesRead).toBeLessThanOrEqual(1001);
    });
  });

  it('reads a file that grows but stays within the limit, to its new end', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'growing.csv');
      await writeFile(file, 'a,b\n');
      const { fs } = countingFs(() => appendFile(file, 'c,d\n'));
      const r = await readFileLimited(file, 1000, fs);
      expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('a,b\nc,d\n');
    });
  });

  it('refuses a folder and reports a missing file as not found', async () => {
    await withTempDir(async (dir) => {
      const folder = path.join(dir, 'folder.journey');
      await mkdir(folder);
      expect(await readFileLimited(folder, 1000)).toMatchObject({ ok: false, reason: 'not-a-file' });
      expect(await readFileLimited(path.join(dir, 'gone.journey'), 1000)).toMatchObject({
        ok: false,
        reason: 'not-found',
      });
    });
  });
});
