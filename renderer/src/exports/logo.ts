/**
 * Checks a logo picked for the report: PNG or JPEG only (read from the
 * bytes, not the name), at most 2 MB. Returns the image as base64 for
 * ReportOptions.logo, or one sentence saying what is wrong: a file of
 * another kind is named by what its bytes hold ("brand.png is a GIF image").
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

const startsWithText = (bytes: Uint8Array, offset: number, text: string) =>
  bytes.length >= offset + text.length && [...text].every((c, i) => bytes[offset + i] === c.charCodeAt(0));

/** Image kinds a logo is often picked in that the report and deck cannot take, by their first bytes. */
const OTHER_IMAGE_KINDS: readonly [string, (bytes: Uint8Array) => boolean][] = [
  ['GIF', (b) => startsWithText(b, 0, 'GIF87a') || startsWithText(b, 0, 'GIF89a')],
  ['WebP', (b) => startsWithText(b, 0, 'RIFF') && startsWithText(b, 8, 'WEBP')],
  ['AVIF', (b) => startsWithText(b, 4, 'ftypavif') || startsWithText(b, 4, 'ftypavis')],
  [
    'HEIC',
    (b) =>
      ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].some((brand) => startsWithText(b, 4, `ftyp${brand}`)),
  ],
  ['BMP', (b) => startsWithText(b, 0, 'BM') && b.length >= 14],
  ['TIFF', (b) => startsWithText(b, 0, 'II*\0') || startsWithText(b, 0, 'MM\0*')],
  ['ICO', (b) => b.length >= 6 && b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0 && b[4]! + b[5]! > 0],
  ['SVG', isSvg],
];

/** An SVG drawing: XML text whose first element (after a declaration, comments or a doctype) is `<svg`. */
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  const rest = head.replace(/^(\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*/i, '');
  return /^<svg[\s>/]/i.test(rest);
}

/** The kind of image the bytes hold when it is not one a logo may be ("GIF", "SVG"), else null. */
export function otherImageKind(bytes: Uint8Array): string | null {
  return OTHER_IMAGE_KINDS.find(([, test]) => test(bytes))?.[0] ?? null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** `name`: the chosen file's name, which a refusal quotes. */
export function checkLogo(bytes: Uint8Array, name: string): LogoResult {
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
  if (!type) return notLogo(bytes, name);
  return { ok: true, logo: { type, dataBase64: bytesToBase64(bytes) } };
}

function notLogo(bytes: Uint8Array, name: string): LogoResult {
  const kind = otherImageKind(bytes);
  if (kind) {
    return {
      ok: false,
      message: `${name} is an image in ${kind} format; the logo must be a PNG or JPEG image, so save it as one and choose it again.`,
      text: { code: 'logoOtherImage', params: { name, type: kind } },
    };
  }
  if (startsWithText(bytes, 0, '%PDF-')) {
    return {
      ok: false,
      message: `${name} is a PDF document, not an image; the logo must be a PNG or JPEG image, so export it as one and choose it again.`,
      text: { code: 'logoIsPdf', params: { name } },
    };
  }
  return {
    ok: false,
    message: `${name} is not a PNG or JPEG image; choose a PNG or JPEG image as the logo.`,
    text: { code: 'logoNotImage', params: { name } },
  };
}
