// @vitest-environment happy-dom
/**
 * The interface language at start: the OS locale (from main, asynchronously)
 * decides only while the person has not chosen a language. A choice made in
 * the first moments, before the locale arrives, is not overridden by it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Platform from '../../../renderer/src/platform';

let resolveInfo: (info: { locale: string }) => void = () => undefined;
const setLanguage = vi.fn();
vi.mock('../../../renderer/src/platform', async (importOriginal) => {
  const actual = await importOriginal<typeof Platform>();
  return {
    ...actual,
    getHost: () => ({
      appInfo: () => new Promise((resolve) => (resolveInfo = resolve)),
      setLanguage,
    }),
  };
});

const { startLanguage } = await import('../../../renderer/src/app/language');
const { chooseUiLanguage, currentLanguage, i18n, LANGUAGE_STORAGE_KEY } = await import('../../../renderer/src/i18n');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the language at start', () => {
  beforeEach(async () => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    i18n.off('languageChanged');
    await i18n.changeLanguage('en');
  });

  it('follows the OS locale when nothing is remembered', async () => {
    startLanguage();
    resolveInfo({ locale: 'hy-AM' });
    await settle();
    expect(currentLanguage()).toBe('hy');
    expect(document.documentElement.lang).toBe('hy');
  });

  it('keeps a language chosen before the OS locale arrived', async () => {
    startLanguage();
    await chooseUiLanguage('te');
    resolveInfo({ locale: 'hy-AM' });
    await settle();
    expect(currentLanguage()).toBe('te');
    expect(document.documentElement.lang).toBe('te');
    expect(setLanguage).toHaveBeenLastCalledWith('te', expect.objectContaining({}));
  });
});
