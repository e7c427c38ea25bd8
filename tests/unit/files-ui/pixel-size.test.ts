import { afterEach, describe, expect, it } from 'vitest';
import { formatPx } from '../../../renderer/src/files-ui/export/use-image-export';
import { setUiLanguage } from '../../../renderer/src/i18n';

describe('image export sizes in the interface language’s number format', () => {
  afterEach(() => setUiLanguage('en'));

  it('groups pixel counts as each language does: a comma in English and Tamil, a space in Armenian (from five figures)', async () => {
    await setUiLanguage('en');
    expect(formatPx(3520)).toBe('3,520');
    await setUiLanguage('ta');
    expect(formatPx(3520)).toBe('3,520');
    expect(formatPx(123456)).toBe('1,23,456');
    await setUiLanguage('hy');
    expect(formatPx(35200)).toBe('35\u00a0200');
  });
});
