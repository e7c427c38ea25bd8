import { afterEach, describe, expect, it } from 'vitest';
import { pptxFileFilters } from '../../../renderer/src/files-ui/export/use-pptx-export';
import { setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';

afterEach(() => setUiLanguage('en'));

describe('the PowerPoint save dialog’s file type', () => {
  it('is named in the interface language, each its own words', async () => {
    const names = new Set<string>();
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      const [filter] = pptxFileFilters();
      expect(filter?.extensions).toEqual(['pptx']);
      expect(filter?.name).toMatch(/^PowerPoint \S/);
      names.add(filter!.name);
    }
    expect(names.size).toBe(UI_LANGUAGES.length);
  });
});
