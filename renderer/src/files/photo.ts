/**
 * Checks for an image the user picks as a persona photo, before it is
 * stored: its kind is read from its bytes (PNG, JPEG, WebP or GIF; never the
 * file name or the type the browser guesses from it), its pixel size from its
 * header, and whether it must be scaled down. Pure: the scaling itself (a
 * canvas) lives with the photo input in the editor. A refusal carries its
 * sentence as a code for the interface to translate (`text`) and in English
 * (`message`).
 */
import type { UserMessage } from '../domain/user-message';

export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Photos wider or taller than this are scaled down before they are stored. */
export const MAX_PHOTO_EDGE = 1024;
/** Largest image accepted for scaling (a camera photo), and largest stored after it. */
export const MAX_PHOTO_INPUT_BYTES = 20 * 1024 * 1024;
export const MAX_PHOTO_STORED_BYTES = 5 * 1024 * 1024;

export interface PixelSize {
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  bytes.length >= at + text.length && [...text].every((ch, k) => bytes[at + k] === ch.charCodeAt(0));

/** The photo type its bytes show, or null for anything else (SVG, HEIC, PDF, text…). */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  if (bytes[0] === 0x89 && ascii(bytes, 1, 'PNG\r\n\x1a\n')) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'image/gif';
  return null;
}

function jpegSize(bytes: Uint8Array, dv: DataView): PixelSize | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: dv.getUint16(at + 5), width: dv.getUint16(at + 7) };
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    at += 2 + dv.getUint16(at + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array, dv: DataView): PixelSize | null {
  if (ascii(bytes, 12, 'VP8 ') && bytes.length >= 30) {
    return { width: dv.getUint16(26, true) & 0x3fff, height: dv.getUint16(28, true) & 0x3fff };
  }
  if (ascii(bytes, 12, 'VP8L') && bytes.length >= 25) {
    const bits = dv.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(bytes, 12, 'VP8X') && bytes.length >= 30) {
    const w = bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16);
    const h = bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16);
    return { width: w + 1, height: h + 1 };
  }
  return null;
}

/** Width and height from the image's header, or null when the header cannot be read. */
export function readPixelSize(bytes: Uint8Array, type: PhotoType): PixelSize | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size: PixelSize | null = null;
  if (type === 'image/png' && bytes.length >= 24 && ascii(bytes, 12, 'IHDR')) {
    size = { width: dv.getUint32(16), height: dv.getUint32(20) };
  } else if (type === 'image/gif' && bytes.length >= 10) {
    size = { width: dv.getUint16(6, true), height: dv.getUint16(8, true) };
  } else if (type === 'image/jpeg') {
    size = jpegSize(bytes, dv);
  } else if (type === 'image/webp') {
    size = webpSize(bytes, dv);
  }
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/** The size to scale to so neither edge exceeds `maxEdge`, keeping the aspect ratio; null when it already fits. */
export function scaledPhotoSize(size: PixelSize, maxEdge: number = MAX_PHOTO_EDGE): PixelSize | null {
  const longest = Math.max(size.width, size.height);
  if (longest <= maxEdge) return null;
  const factor = maxEdge / longest;
  return {
    width: Math.max(1, Math.round(size.width * factor)),
    height: Math.max(1, Math.round(size.height * factor)),
  };
}

export type PhotoPlan =
  | { ok: true; type: PhotoType; size: PixelSize; scaleTo: PixelSize | null }
  | { ok: false; message: string; text: UserMessage };

/** What to do with the picked bytes: refuse them (one sentence), store them as they are, or scale them first. */
export function planPhoto(bytes: Uint8Array): PhotoPlan {
  if (bytes.length === 0) {
    return {
      ok: false,
      message: 'That file is empty; choose a PNG, JPEG, WebP or GIF image.',
      text: { code: 'photoEmpty' },
    };
  }
  const type = sniffPhotoType(bytes);
  if (!type) {
    return {
      ok: false,
      message: 'That file is not a PNG, JPEG, WebP or GIF image; choose a photo in one of those formats.',
      text: { code: 'photoNotImage' },
    };
  }
  if (bytes.length > MAX_PHOTO_INPUT_BYTES) {
    const mb = MAX_PHOTO_INPUT_BYTES / (1024 * 1024);
    return {
      ok: false,
      message: `That photo is larger than ${mb} MB; choose a smaller image.`,
      text: { code: 'photoTooLarge', params: { mb } },
    };
  }
  const size = readPixelSize(bytes, type);
  if (!size) {
    return {
      ok: false,
      message: 'That image is damaged or cut short; choose another photo.',
      text: { code: 'photoDamaged' },
    };
  }
  return { ok: true, type, size, scaleTo: scaledPhotoSize(size) };
}
