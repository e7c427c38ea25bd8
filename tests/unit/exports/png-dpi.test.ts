import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pixelsPerMetre, withPngDpi } from '../../../renderer/src/exports/png-dpi';
import { PNG_BASE64 } from '../reports/fixture';

const png = new Uint8Array(Buffer.from(PNG_BASE64, 'base64'));

/** The chunks of a PNG: type, data, and whether the stored CRC is right. */
function chunks(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = view.getUint32(at);
    const typeAndData = bytes.subarray(at + 4, at + 8 + length);
    out.push({
      type: Buffer.from(typeAndData.subarray(0, 4)).toString('latin1'),
      data: typeAndData.subarray(4),
      crcOk: view.getUint32(at + 8 + length) === crc32(typeAndData),
    });
    at += 12 + length;
  }
  return out;
}

describe('withPngDpi', () => {
  it('adds a pHYs chunk right after IHDR with the DPI in pixels per metre, and keeps every other chunk', () => {
    const out = withPngDpi(png, 300);
    expect([...out.subarray(0, 8)]).toEqual([...png.subarray(0, 8)]);
    const before = chunks(png);
    const after = chunks(out);
    expect(after.map((c) => c.type)).toEqual([before[0]!.type, 'pHYs', ...before.slice(1).map((c) => c.type)]);
    expect(after.every((c) => c.crcOk)).toBe(true);
    const phys = new DataView(after[1]!.data.buffer, after[1]!.data.byteOffset, 9);
    expect(pixelsPerMetre(300)).toBe(11811);
    expect([phys.getUint32(0), phys.getUint32(4), phys.getUint8(8)]).toEqual([11811, 11811, 1]);
    for (const [i, c] of before.entries()) expect(after[i === 0 ? 0 : i + 1]!.data).toEqual(c.data);
  });

  it('replaces an earlier resolution instead of adding a second one', () => {
    const twice = chunks(withPngDpi(withPngDpi(png, 72), 150));
    const phys = twice.filter((c) => c.type === 'pHYs');
    expect(phys).toHaveLength(1);
    expect(new DataView(phys[0]!.data.buffer, phys[0]!.data.byteOffset, 9).getUint32(0)).toBe(pixelsPerMetre(150));
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngDpi(new TextEncoder().encode('GIF89a not a png at all, long enough'), 300)).toThrow(
      'The image is not a PNG.',
    );
  });
});
