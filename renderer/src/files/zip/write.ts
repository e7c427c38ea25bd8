/**
 * A small, deterministic zip writer: the same entries and timestamp always
 * give the same bytes (no local time zone, no OS attributes, no extra fields).
 * Entries are deflated with fflate or stored as they are (for data that is
 * already compressed, such as PNG or JPEG photos). No zip64: a `.journey`
 * never comes near 4 GB, and the reader's limits refuse far less.
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';

export interface ZipEntryInput {
  /** Forward-slash path inside the zip, UTF-8. */
  name: string;
  bytes: Uint8Array;
  /** Deflate (true) or store (false). */
  deflate: boolean;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
/** General purpose flag bit 11: names are UTF-8. */
const FLAG_UTF8 = 0x0800;
const MAX_U32 = 0xffffffff;

/** MS-DOS date and time of a moment, read in UTC so every machine writes the same fields. */
export function dosDateTime(epochMs: number): { date: number; time: number } {
  const d = new Date(Number.isFinite(epochMs) ? epochMs : 0);
  const year = Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  if (year !== d.getUTCFullYear()) {
    // Out of the DOS range: pin to the range's edge.
    return year === 1980
      ? { date: (0 << 9) | (1 << 5) | 1, time: 0 }
      : { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  }
  const date = ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  return { date, time };
}

class ByteWriter {
  private chunks: Uint8Array[] = [];
  length = 0;

  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }

  header(fields: readonly (readonly [number, 2 | 4])[]): void {
    const size = fields.reduce((n, [, w]) => n + w, 0);
    const buf = new Uint8Array(size);
    const view = new DataView(buf.buffer);
    let at = 0;
    for (const [value, width] of fields) {
      if (width === 2) view.setUint16(at, value, true);
      else view.setUint32(at, value >>> 0, true);
      at += width;
    }
    this.bytes(buf);
  }

  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** Build a zip from entries, in the order given, all stamped with `modifiedAt` (epoch ms, UTC). */
export function writeZip(entries: readonly ZipEntryInput[], modifiedAt: number): Uint8Array {
  if (entries.length > 0xffff) throw new RangeError('Too many zip entries');
  const { date, time } = dosDateTime(modifiedAt);
  const encoder = new TextEncoder();
  const out = new ByteWriter();
  const central = new ByteWriter();

  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = entry.deflate ? deflateSync(entry.bytes, { level: 6 }) : entry.bytes;
    const method = entry.deflate ? 8 : 0;
    const crc = crc32(entry.bytes);
    const offset = out.length;
    if (entry.bytes.length > MAX_U32 || data.length > MAX_U32 || offset > MAX_U32) {
      throw new RangeError('Zip entry too large');
    }
    const common = [
      [VERSION, 2],
      [FLAG_UTF8, 2],
      [method, 2],
      [time, 2],
      [date, 2],
      [crc, 4],
      [data.length, 4],
      [entry.bytes.length, 4],
      [name.length, 2],
      [0, 2], // extra field length
    ] as const;
    out.header([[LOCAL_HEADER, 4], ...common]);
    out.bytes(name);
    out.bytes(data);

    central.header([
      [CENTRAL_HEADER, 4],
      [VERSION, 2], // made by: MS-DOS, spec 2.0, so no OS attributes are implied
      ...common,
      [0, 2], // comment length
      [0, 2], // disk number
      [0, 2], // internal attributes
      [0, 4], // external attributes
      [offset, 4],
    ]);
    central.bytes(name);
  }

  const centralOffset = out.length;
  const centralBytes = central.concat();
  out.bytes(centralBytes);
  out.header([
    [END_OF_CENTRAL_DIRECTORY, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [centralBytes.length, 4],
    [centralOffset, 4],
    [0, 2], // comment length
  ]);
  return out.concat();
}
