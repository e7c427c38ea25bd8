// @vitest-environment happy-dom
/**
 * The library's storage line writes its sizes in the interface language, number and unit, as the
 * file size refusals do: a Tamil library said "11 GB … 143 kB" in English units.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { StorageLine } from '../../../renderer/src/library/StorageLine';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await setUiLanguage('en');
});

function estimate(usage: number, quota: number) {
  vi.stubGlobal('navigator', { ...navigator, storage: { estimate: () => Promise.resolve({ usage, quota }) } });
}

describe('StorageLine', () => {
  it('says the sizes in English units in English', async () => {
    estimate(143_000, 11_000_000_000);
    render(<StorageLine revision={0} />);
    expect((await screen.findByTestId('storage-line')).textContent).toBe('Storage: 143 KB used of 11 GB available');
  });

  it('says the sizes in Tamil units and digits in Tamil, terabytes included', async () => {
    await setUiLanguage('ta');
    estimate(143_000, 1_234_000_000_000_000);
    render(<StorageLine revision={0} />);
    const text = (await screen.findByTestId('storage-line')).textContent ?? '';
    expect(text).toBe('சேமிப்பகம்: 1,234 டெ.பை. இல் 143 கி.பை. பயன்பாட்டில்');
    expect(text).not.toMatch(/\b(kB|KB|GB|TB)\b/);
  });

  it('says the sizes in Armenian units with Armenian separators', async () => {
    await setUiLanguage('hy');
    estimate(2_500_000, 11_000_000_000);
    render(<StorageLine revision={0} />);
    expect((await screen.findByTestId('storage-line')).textContent).toBe('Պահոց՝ 11 ԳԲ-ից օգտագործված է 2,5 ՄԲ');
  });
});
