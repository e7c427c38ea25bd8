import * as realFs from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, type AtomicFs, type AtomicWriteStep } from '../../../electron/main/files/atomic-write';
import { fromUtf8, seedText, utf8, withTempDir } from './helpers';

const original = seedText('hy-loyalty-six-questions.txt');
const replacement = seedText('ta-customer-experience-management.txt');

/** Real fs whose `step` fails once, like a full disk or a locked file. */
function failingAt(step: AtomicWriteStep): AtomicFs {
  const boom = () => Promise.reject(Object.assign(new Error(`simulated ${step} failure`), { code: 'EIO' }));
  return {
    stat: (p) => realFs.stat(p),
    unlink: (p) => realFs.unlink(p),
    rename: (from, to) => (step === 'rename' ? boom() : realFs.rename(from, to)),
    open: async (p, flags, mode) => {
      if (step === 'open' && flags === 'wx') return boom();
      const handle = await realFs.open(p, flags, mode);
      return {
        writeFile: async (data) => {
          if (step === 'write') {
            // Half the bytes reach the temp file before the failure.
            await handle.writeFile(data.subarray(0, data.byteLength >> 1));
            return boom();
          }
          return handle.writeFile(data);
        },
        sync: () => (step === 'fsync' && flags === 'wx' ? boom() : handle.sync()),
        close: async () => {
          await handle.close();
          if (step === 'close' && flags === 'wx') return boom();
        },
      };
    },
  };
}

describe('atomicWrite', () => {
  it('creates a new file with exactly the given bytes and leaves no temp file', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'வாடிக்கையாளர்.journey');
      expect(await atomicWrite(target, utf8(replacement))).toEqual({ ok: true });
      expect(await readFile(target, 'utf8')).toBe(replacement);
      expect(await readdir(dir)).toEqual(['வாடிக்கையாளர்.journey']);
    });
  });

  it('replaces an existing file and keeps its permissions', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'map.journey');
      await writeFile(target, original, { mode: 0o640 });
      await realFs.chmod(target, 0o640);
      expect(await atomicWrite(target, utf8(replacement))).toEqual({ ok: true });
      expect(await readFile(target, 'utf8')).toBe(replacement);
      expect((await realFs.stat(target)).mode & 0o777).toBe(0o640);
      expect(await readdir(dir)).toEqual(['map.journey']);
    });
  });

  it.each<AtomicWriteStep>(['open', 'write', 'fsync', 'close', 'rename'])(
    'a failure at %s leaves the original byte-identical and removes the temp file',
    async (step) => {
      await withTempDir(async (dir) => {
        const target = path.join(dir, 'Հաճախորդ.journey');
        await writeFile(target, original);
        const before = await readFile(target);

        const result = await atomicWrite(target, utf8(replacement), failingAt(step));

        expect(result).toMatchObject({ ok: false, step });
        expect(result.ok ? '' : result.message).toContain(`simulated ${step} failure`);
        expect(Buffer.compare(await readFile(target), before)).toBe(0);
        expect(fromUtf8(await readFile(target))).toBe(original);
        expect(await readdir(dir)).toEqual(['Հաճախորդ.journey']);
      });
    },
  );

  it('fails cleanly when the folder does not exist', async () => {
    await withTempDir(async (dir) => {
      const result = await atomicWrite(path.join(dir, 'missing', 'x.journey'), utf8('x'));
      expect(result).toMatchObject({ ok: false, step: 'open' });
    });
  });
});
