/**
 * What a file that is not a zip really is, read from its first bytes, so that
 * refusing it can say so ("this is a PNG image") instead of repeating the
 * extension back to the user.
 */
import { sniffImageType } from './assets';

export type SniffedKind =
  | { kind: 'empty' }
  | { kind: 'image'; name: string }
  | { kind: 'pdf' }
  | { kind: 'json' }
  | { kind: 'text' }
  | { kind: 'unknown' };

const IMAGE_NAMES: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
};

const SAMPLE_BYTES = 4096;

function isText(sample: Uint8Array): boolean {
  let text: string;
  try {
    // A multi-byte character cut at the sample's end is not a reason to call it binary.
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, trimPartialCharacter(sample)));
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** Length of the sample without a trailing, incomplete UTF-8 sequence. */
function trimPartialCharacter(sample: Uint8Array): number {
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (needed > back) end -= back;
    break;
  }
  return end;
}

export function sniffFileKind(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return { kind: 'empty' };
  const image = sniffImageType(bytes);
  if (image) return { kind: 'image', name: IMAGE_NAMES[image] ?? 'image' };
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) {
    return { kind: 'pdf' }; // %PDF-
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (!isText(sample)) return { kind: 'unknown' };
  const start = new TextDecoder()
    .decode(sample)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('{') || start.startsWith('[') ? { kind: 'json' } : { kind: 'text' };
}

/** A zip archive's first bytes: a local file header, or the end record of an empty zip. */
export function isZipStart(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/** A JSON object's first bytes, after a byte order mark and white space. */
export function isJsonObjectStart(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b; // {
}

/** The entries Waymark writes first in a `.journey` (write.ts), either of which may open one. */
const FIRST_ENTRIES = new Set(['manifest.json', 'journey.json']);

/**
 * True when the first bytes could start a journey: a zip archive whose first entry is one Waymark
 * writes first (an Excel workbook, a Word or PowerPoint file starts with another), or a JSON object.
 * A `.journey` renamed by a mail system or a user (`.dat`, no extension) is recognised by this; whether
 * it is one is decided by reading it whole.
 */
export function mayHoldJourney(head: Uint8Array): boolean {
  if (isJsonObjectStart(head)) return true;
  if (!isZipStart(head) || head[2] !== 3 || head.length < 30) return false;
  const nameLength = head[26]! | (head[27]! << 8);
  const name = String.fromCharCode(...head.subarray(30, 30 + nameLength));
  return FIRST_ENTRIES.has(name);
}
