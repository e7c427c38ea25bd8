import { describe, expect, it } from 'vitest';
import { checkLogo, LOGO_MAX_BYTES, sniffLogoType } from '../../../renderer/src/exports/logo';
import {
  defaultReportSettings,
  loadReportSettings,
  parseReportSettings,
  reportSettingsKey,
  saveReportSettings,
  serializeReportSettings,
  type SettingsStorage,
} from '../../../renderer/src/exports/report-settings';
import { previewWidthPx, reportPreviewHtml } from '../../../renderer/src/exports/report-preview';
import { PNG_BASE64 } from '../reports/fixture';

const PNG = new Uint8Array(Buffer.from(PNG_BASE64, 'base64'));
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

function memoryStorage(limit = Infinity): SettingsStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('checkLogo', () => {
  it('accepts PNG and JPEG by their bytes and returns base64', () => {
    const png = checkLogo(PNG, 'brand.png');
    expect(png).toEqual({ ok: true, logo: { type: 'image/png', dataBase64: PNG_BASE64 } });
    expect(sniffLogoType(JPEG)).toBe('image/jpeg');
    expect(checkLogo(JPEG, 'brand.jpg').ok).toBe(true);
  });

  it('refuses other files, empty files and files over 2 MB, in one sentence', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(checkLogo(svg, 'brand.svg')).toEqual({
      ok: false,
      message:
        'brand.svg is an image in SVG format; the logo must be a PNG or JPEG image, so save it as one and choose it again.',
      text: { code: 'logoOtherImage', params: { name: 'brand.svg', type: 'SVG' } },
    });
    expect(checkLogo(new Uint8Array(), 'brand.png')).toMatchObject({ ok: false });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(PNG.subarray(0, 8));
    expect(checkLogo(big, 'brand.png')).toEqual({
      ok: false,
      message: 'The logo is larger than 2 MB; choose a smaller PNG or JPEG image.',
      text: { code: 'logoTooLarge', params: { mb: 2 } },
    });
  });
});

describe('report settings in storage', () => {
  const chosen = {
    ...defaultReportSettings(),
    pageSize: 'Letter' as const,
    orientation: 'landscape' as const,
    brandColour: '#0b7285',
    logo: { type: 'image/png', dataBase64: PNG_BASE64 },
  };
  chosen.sections = { ...chosen.sections, notes: false, toc: false };

  it('round-trips per journey', () => {
    const storage = memoryStorage();
    expect(saveReportSettings(storage, 'journey:a', chosen)).toBe('all');
    expect(loadReportSettings(storage, 'journey:a')).toEqual(chosen);
    expect(loadReportSettings(storage, 'journey:b')).toEqual(defaultReportSettings());
    expect([...storage.map.keys()]).toEqual([reportSettingsKey('journey:a')]);
  });

  it('falls back field by field on damaged or hostile entries', () => {
    expect(parseReportSettings('{not json')).toEqual(defaultReportSettings());
    expect(parseReportSettings('null')).toEqual(defaultReportSettings());
    expect(parseReportSettings(JSON.stringify({ version: 99, pageSize: 'Letter' }))).toEqual(defaultReportSettings());
    const parsed = parseReportSettings(
      JSON.stringify({
        version: 1,
        pageSize: 'A3',
        orientation: 'landscape',
        brandColour: 'red; background:url(x)',
        logo: { type: 'image/svg+xml', dataBase64: 'PHN2Zz4=' },
        sections: { cover: false, map: 'yes', bogus: true },
        language: 'xx',
        extra: { __proto__: { polluted: true } },
      }),
    );
    expect(parsed).toEqual({
      ...defaultReportSettings(),
      orientation: 'landscape',
      sections: { ...defaultReportSettings().sections, cover: false },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the settings without the logo when storage is full', () => {
    const storage = memoryStorage(serializeReportSettings(chosen, false).length + 10);
    expect(saveReportSettings(storage, 'journey:a', chosen)).toBe('without-logo');
    expect(loadReportSettings(storage, 'journey:a')).toEqual({ ...chosen, logo: null });
    expect(saveReportSettings(memoryStorage(5), 'journey:a', chosen)).toBe('nothing');
    expect(saveReportSettings(null, 'journey:a', chosen)).toBe('nothing');
  });
});

describe('reportPreviewHtml', () => {
  it('adds screen-only sheet styles to the head and keeps the rest', () => {
    const html = '<!DOCTYPE html><html><head><title>x</title></head><body><p>y</p></body></html>';
    const out = reportPreviewHtml(html, 'Letter', 'landscape');
    expect(out).toMatch(/<style>@media screen \{[\s\S]*width: 279\.4mm[\s\S]*<\/style><\/head>/);
    expect(out.replace(/<style>[\s\S]*<\/style>/, '')).toBe(html);
    expect(previewWidthPx('A4', 'portrait')).toBe(Math.ceil((210 * 96) / 25.4) + 32);
  });
});
