/**
 * Checks a logo picked for the report: PNG or JPEG only (read from the
 * bytes, not the name), at most 2 MB. Returns the image as base64 for
 * ReportOptions.logo, or one sentence saying what is wrong.
 */
import type { UserMessage } from '../domain/user-message';
import type { ReportImage } from '../reports/types';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

export type LogoResult = { ok: true; logo: ReportImage } | { ok: false; message: string; text: UserMessage };

/** The image type the bytes hold, or null when they are neither PNG nor JPEG. */
export function sniffLogoType(bytes: Uint8Array): (typeof LOGO_TYPES)[number] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function checkLogo(bytes: Uint8Array): LogoResult {
  if (bytes.length === 0) {
    return { ok: false, message: 'The logo file is empty; choose another image.', text: { code: 'logoEmpty' } };
  }
  if (bytes.length > LOGO_MAX_BYTES) {
    const mb = LOGO_MAX_BYTES / (1024 * 1024);
    return {
      ok: false,
      message: `The logo is larger than ${mb} MB; choose a smaller PNG or JPEG image.`,
      text: { code: 'logoTooLarge', params: { mb } },
    };
  }
  const type = sniffLogoType(bytes);
  if (!type) return { ok: false, message: 'The logo must be a PNG or JPEG image.', text: { code: 'logoNotImage' } };
  return { ok: true, logo: { type, dataBase64: bytesToBase64(bytes) } };
}
