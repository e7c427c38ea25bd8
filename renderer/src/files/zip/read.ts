/**
 * A strict zip reader for untrusted files. It reads the central directory
 * first (so sizes and entry counts are known before anything is inflated),
 * then inflates one entry at a time with fflate's streaming inflater, checking
 * the real size against the declared one as it goes: a header that lies about
 * its size cannot make the reader allocate more than it allowed for.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';

export interface ZipDirectoryEntry {
  /** The name as stored (decoded as UTF-8, lossy). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipProblemCode = 'truncated' | 'corrupt' | 'too-large' | 'unsupported';

/** Which size guard a `too-large` problem hit, so the refusal can name it with its numbers. */
export type ZipLimitHit =
  { kind: 'entries'; count: number; max: number } | { kind: 'zip64' } | { kind: 'inflated'; declared: number };

export interface ZipProblem {
  code: ZipProblemCode;
  /** Plain detail for the log and the error's details list. */
  detail: string;
  limit?: ZipLimitHit;
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; problem: ZipProblem };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Compressed bytes handed to the inflater per step; deflate expands at most ~1032×, so one step stays small. */
const INFLATE_STEP = 8 * 1024;

const fail = (code: ZipProblemCode, detail: string, limit?: ZipLimitHit): { ok: false; problem: ZipProblem } => ({
  ok: false,
  problem: limit ? { code, detail, limit } : { code, detail },
});

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (bytes[at] === 0x50 && dv.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      // The comment length must reach exactly to the end of the file.
      if (at + EOCD_SIZE + dv.getUint16(at + 20, true) === bytes.length) return at;
    }
  }
  return -1;
}

/**
 * Read the central directory. Refuses more than `maxEntries` entries before
 * walking them; everything else about sizes is left to the caller.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipResult<ZipDirectoryEntry[]> {
  if (bytes.length < EOCD_SIZE) return fail('truncated', 'The file is shorter than the smallest zip.');
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  if (eocd < 0) return fail('truncated', 'The zip’s central directory is missing.');

  const disk = dv.getUint16(eocd + 4, true);
  const centralDisk = dv.getUint16(eocd + 6, true);
  const onDisk = dv.getUint16(eocd + 8, true);
  const count = dv.getUint16(eocd + 10, true);
  const size = dv.getUint32(eocd + 12, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (disk !== 0 || centralDisk !== 0 || onDisk !== count)
    return fail('unsupported', 'The zip is split over several parts.');
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return fail('too-large', 'The zip uses 64-bit sizes, meant for archives far larger than a journey.', {
      kind: 'zip64',
    });
  }
  if (count > maxEntries) {
    return fail('too-large', `The zip holds ${count} entries; the limit is ${maxEntries}.`, {
      kind: 'entries',
      count,
      max: maxEntries,
    });
  }
  if (offset + size > eocd) return fail('truncated', 'The zip’s central directory points past its end.');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipDirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || dv.getUint32(at, true) !== CENTRAL_HEADER) {
      return fail('truncated', `The zip’s central directory is damaged at entry ${i + 1}.`);
    }
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > offset + size) return fail('truncated', `The zip’s central directory is damaged at entry ${i + 1}.`);
    const compressedSize = dv.getUint32(at + 20, true);
    const uncompressedSize = dv.getUint32(at + 24, true);
    const localHeaderOffset = dv.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      return fail('too-large', 'The zip uses 64-bit sizes, meant for archives far larger than a journey.', {
        kind: 'zip64',
      });
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      crc: dv.getUint32(at + 16, true),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at = end;
  }
  return { ok: true, value: entries };
}

class SizeExceeded extends Error {}

/** Inflate raw deflate data, refusing to produce more than `expected` bytes. */
function inflateBounded(data: Uint8Array, expected: number): ZipResult<Uint8Array> {
  const out = new Uint8Array(expected);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > expected) throw new SizeExceeded();
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(data.length, at + INFLATE_STEP);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof SizeExceeded) {
      return fail('too-large', `An entry inflates to more than the ${expected} bytes its header declares.`, {
        kind: 'inflated',
        declared: expected,
      });
    }
    return fail('corrupt', 'An entry’s compressed data is damaged.');
  }
  if (written !== expected)
    return fail('corrupt', `An entry inflates to ${written} bytes, not the ${expected} it declares.`);
  return { ok: true, value: out };
}

/** Extract one entry's bytes, verifying its local header, size and CRC. */
export function extractZipEntry(bytes: Uint8Array, entry: ZipDirectoryEntry): ZipResult<Uint8Array> {
  if (entry.flags & 0x0001) return fail('unsupported', `“${entry.name}” is encrypted.`);
  if (entry.method !== 0 && entry.method !== 8) {
    return fail('unsupported', `“${entry.name}” uses a compression method Waymark does not read (${entry.method}).`);
  }
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_HEADER) {
    return fail('truncated', `The zip entry “${entry.name}” is missing or damaged.`);
  }
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return fail('truncated', `The zip entry “${entry.name}” is cut short.`);
  const data = bytes.subarray(start, end);

  let result: ZipResult<Uint8Array>;
  if (entry.method === 0) {
    result =
      data.length === entry.uncompressedSize
        ? { ok: true, value: data.slice() }
        : fail('corrupt', `The stored entry “${entry.name}” has the wrong size.`);
  } else {
    result = inflateBounded(data, entry.uncompressedSize);
  }
  if (!result.ok) return result;
  if (crc32(result.value) !== entry.crc) return fail('corrupt', `The zip entry “${entry.name}” fails its checksum.`);
  return result;
}
