import { afterEach, describe, expect, it } from 'vitest';
import { checkLogo } from '../../../renderer/src/exports/logo';
import { setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { messageText } from '../../../renderer/src/i18n/messages';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(() => setUiLanguage('en'));

const ascii = (text: string) => new TextEncoder().encode(text);
const withTail = (head: Uint8Array) => {
  const bytes = new Uint8Array(64);
  bytes.set(head);
  return bytes;
};

describe('a logo that is no PNG or JPEG', () => {
  it('is named by what its bytes hold, not by its name', () => {
    const cases: [string, Uint8Array, string][] = [
      ['brand.png', withTail(ascii('GIF89a')), 'GIF'],
      ['brand.gif', withTail(ascii('GIF87a')), 'GIF'],
      ['brand.webp', withTail(ascii('RIFF\0\0\0\0WEBPVP8 ')), 'WebP'],
      ['brand.avif', withTail(ascii('\0\0\0\x1cftypavif')), 'AVIF'],
      ['brand.heic', withTail(ascii('\0\0\0\x18ftypheic')), 'HEIC'],
      ['brand.bmp', withTail(ascii('BM6\0\0\0')), 'BMP'],
      ['brand.tif', withTail(Uint8Array.of(0x49, 0x49, 0x2a, 0x00)), 'TIFF'],
      ['favicon.ico', withTail(Uint8Array.of(0, 0, 1, 0, 1, 0)), 'ICO'],
      ['brand.svg', ascii('<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'SVG'],
      ['brand.svg', ascii('\uFEFF  <svg viewBox="0 0 1 1"></svg>'), 'SVG'],
    ];
    for (const [name, bytes, type] of cases) {
      const result = checkLogo(bytes, name);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.message).toBe(
        `${name} is an image in ${type} format; the logo must be a PNG or JPEG image, so save it as one and choose it again.`,
      );
      expect(messageText(result.text)).toBe(result.message);
    }
  });

  it('says a PDF is a document, and what is neither names the file', () => {
    const pdf = checkLogo(ascii('%PDF-1.7\n%âãÏÓ\n'), 'logo.png');
    expect(pdf.ok || pdf.message).toBe(
      'logo.png is a PDF document, not an image; the logo must be a PNG or JPEG image, so export it as one and choose it again.',
    );
    const text = checkLogo(ascii('just some words'), `${TAMIL[0]}.jpg`);
    expect(text.ok || text.message).toBe(
      `${TAMIL[0]}.jpg is not a PNG or JPEG image; choose a PNG or JPEG image as the logo.`,
    );
  });

  it('says so in every language, each in its own words, naming the file and the type', async () => {
    const gif = checkLogo(withTail(ascii('GIF89a')), 'brand.png');
    const pdf = checkLogo(ascii('%PDF-1.4'), 'brand.pdf');
    const other = checkLogo(ascii('hello'), 'brand.jpg');
    const seen = new Set<string>();
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      for (const result of [gif, pdf, other]) {
        if (result.ok) throw new Error('accepted');
        const text = messageText(result.text);
        expect(text).toMatch(/^brand\.(png|pdf|jpg)/);
        expect(text).toContain('PNG');
        expect(text).toContain('JPEG');
        expect(text).not.toMatch(/\{\{/);
        seen.add(text);
      }
      expect(messageText(gif.ok ? (undefined as never) : gif.text)).toContain('GIF');
    }
    expect(seen.size).toBe(UI_LANGUAGES.length * 3);
  });
});
