/**
 * Test tools for building zips byte by byte, including hostile ones: raw
 * entries with any name, method, CRC and declared size, and a deflate stream
 * that claims nothing but inflates to a gigabyte.
 */
import { concatBytes } from '../../../renderer/src/exports/bytes';
import { crc32 } from '../../../renderer/src/files/zip/crc32';
import { deflateSync } from 'fflate';

export interface RawEntry {
  name: string;
  /** Bytes as stored in the zip (already compressed when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** Uncompressed size written into both headers. */
  declaredSize: number;
  flags?: number;
}

export const text = (s: string) => new TextEncoder().encode(s);

export function deflated(name: string, bytes: Uint8Array): RawEntry {
  return { name, data: deflateSync(bytes), method: 8, crc: crc32(bytes), declaredSize: bytes.length };
}

export function stored(name: string, bytes: Uint8Array): RawEntry {
  return { name, data: bytes, method: 0, crc: crc32(bytes), declaredSize: bytes.length };
}

export function buildZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = text(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0x0800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc >>> 0, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declaredSize >>> 0, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const head = new Uint8Array(46 + name.length);
    const cv = new DataView(head.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0x0800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc >>> 0, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.declaredSize >>> 0, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    head.set(name, 46);
    parts.push(local, e.data);
    central.push(head);
    offset += local.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concatBytes([...parts, ...central, end]);
}

/**
 * A raw deflate stream of `copies * 258 + 1` zero bytes in one fixed-Huffman
 * block: a literal 0, then `copies` back-references of length 258 at
 * distance 1 (13 bits each). 4.2 million copies ≈ 1 GiB from ≈ 6.5 MB.
 */
export function zeroBomb(copies: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bitPos = 0;
  // Deflate packs header fields LSB first and Huffman codes MSB first.
  const bitsLsb = (value: number, count: number) => {
    for (let k = 0; k < count; k++, bitPos++) if ((value >> k) & 1) out[bitPos >> 3]! |= 1 << (bitPos & 7);
  };
  const code = (value: number, count: number) => {
    for (let k = count - 1; k >= 0; k--, bitPos++) if ((value >> k) & 1) out[bitPos >> 3]! |= 1 << (bitPos & 7);
  };
  bitsLsb(1, 1); // BFINAL
  bitsLsb(1, 2); // BTYPE 01: fixed Huffman
  code(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    code(0xc5, 8); // length code 285: 258 bytes
    code(0, 5); // distance code 0: distance 1
  }
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bitPos / 8));
}
