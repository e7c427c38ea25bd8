import { inflateSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../renderer/src/files/zip/crc32';
import { extractZipEntry, readZipDirectory } from '../../../renderer/src/files/zip/read';
import { dosDateTime, writeZip } from '../../../renderer/src/files/zip/write';
import { buildZip, deflated, text, zeroBomb } from './zip-tools';
import { TAMIL } from '../../fixtures/seed-text';

describe('zip container', () => {
  it('crc32 matches the standard check value', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes zips that fflate and our reader both read back', () => {
    const files = { 'a.txt': text(TAMIL[0]), 'b/c.bin': new Uint8Array([0, 1, 2, 255]) };
    const zip = writeZip(
      [
        { name: 'a.txt', bytes: files['a.txt'], deflate: true },
        { name: 'b/c.bin', bytes: files['b/c.bin'], deflate: false },
      ],
      Date.UTC(2024, 0, 2, 3, 4, 6),
    );
    expect(unzipSync(zip)).toEqual(files);
    const dir = readZipDirectory(zip, 10);
    expect(dir.ok).toBe(true);
    if (!dir.ok) return;
    expect(dir.value.map((e) => [e.name, e.method])).toEqual([
      ['a.txt', 8],
      ['b/c.bin', 0],
    ]);
    const a = extractZipEntry(zip, dir.value[0]!);
    expect(a.ok && new TextDecoder().decode(a.value)).toBe(TAMIL[0]);
  });

  it('stamps DOS time in UTC, clamped to the DOS range', () => {
    expect(dosDateTime(Date.UTC(2024, 0, 2, 3, 4, 6))).toEqual({
      date: (44 << 9) | (1 << 5) | 2,
      time: (3 << 11) | (4 << 5) | 3,
    });
    expect(dosDateTime(0)).toEqual({ date: (1 << 5) | 1, time: 0 });
    expect(dosDateTime(Date.UTC(2200, 0, 1)).date >> 9).toBe(127);
  });

  it('the zero bomb helper makes a valid deflate stream', () => {
    const out = inflateSync(zeroBomb(1000));
    expect(out.length).toBe(258_001);
    expect(out.every((b) => b === 0)).toBe(true);
  });

  it('refuses an entry that inflates past its declared size, without inflating it all', () => {
    const bomb = zeroBomb(4_200_000); // ≈ 1 GiB of zeros
    const zip = buildZip([{ name: 'x', data: bomb, method: 8, crc: 0, declaredSize: 1000 }]);
    const dir = readZipDirectory(zip, 10);
    expect(dir.ok).toBe(true);
    if (!dir.ok) return;
    const started = performance.now();
    const r = extractZipEntry(zip, dir.value[0]!);
    expect(r).toMatchObject({ ok: false, problem: { code: 'too-large' } });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports a checksum mismatch and a short entry as corrupt', () => {
    const good = deflated('a', text('hello hello hello'));
    const badCrc = buildZip([{ ...good, crc: good.crc ^ 1 }]);
    const dir = readZipDirectory(badCrc, 10);
    expect(dir.ok && extractZipEntry(badCrc, dir.value[0]!)).toMatchObject({ ok: false, problem: { code: 'corrupt' } });
    const longer = buildZip([{ ...good, declaredSize: good.declaredSize + 5 }]);
    const dir2 = readZipDirectory(longer, 10);
    expect(dir2.ok && extractZipEntry(longer, dir2.value[0]!)).toMatchObject({
      ok: false,
      problem: { code: 'corrupt' },
    });
  });
});
