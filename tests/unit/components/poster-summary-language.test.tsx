// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePosterExport } from '../../../renderer/src/files-ui/export/use-poster-export';
import { setUiLanguage } from '../../../renderer/src/i18n';
import taExport from '../../../renderer/src/i18n/locales/ta/export.json';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

describe('the poster dialog’s summary line', () => {
  it('is said again in the new language when the interface switches with the dialog open', async () => {
    await setUiLanguage('en');
    const b = journey(TAMIL[0]);
    b.touchpoint(b.stage('Discover'), { title: TAMIL[3] });
    const doc = b.build();
    const { result, rerender } = renderHook(() => usePosterExport(doc, () => undefined));
    act(() => result.current.set({ output: 'single' }));
    expect(result.current.summary).toMatch(/^One page, /);
    await setUiLanguage('ta');
    // The dialog re-renders on a switch (it reads its words through useTranslation): so does the hook.
    rerender();
    expect(result.current.summary).toMatch(new RegExp(`^${taExport.onePage}`));
    expect(result.current.summary).not.toMatch(/One page/);
  });
});
