import { afterEach, describe, expect, it } from 'vitest';
import { JOURNEY_OPEN_EXTENSIONS, dropOverlayText, planDrop } from '../../../renderer/src/files-ui/dropped-files';
import { CSV_OPEN_EXTENSIONS } from '../../../renderer/src/files-ui/csv-file';
import { setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';

afterEach(() => setUiLanguage('en'));

const everyName = [...JOURNEY_OPEN_EXTENSIONS, ...CSV_OPEN_EXTENSIONS].map((extension) => `.${extension}`);

describe('what the drop says it takes', () => {
  it('names, in every language, each file name the drop and the pickers really take', async () => {
    const refusals = new Set<string>();
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      const refused = planDrop([{ name: 'logo.gif' }], true).refused[0]!.message;
      refusals.add(refused);
      for (const name of everyName) {
        expect(refused, `${language}: refusal names ${name}`).toContain(name);
        expect(dropOverlayText(true), `${language}: overlay names ${name}`).toContain(name);
      }
      for (const name of JOURNEY_OPEN_EXTENSIONS) expect(dropOverlayText(false)).toContain(`.${name}`);
      // Over the library a CSV is not taken (it needs an open journey), so the overlay does not offer it.
      for (const name of ['.csv', '.tsv', '.txt']) expect(dropOverlayText(false)).not.toContain(name);
      expect(refused.startsWith('logo.gif')).toBe(true);
    }
    expect(refusals.size).toBe(UI_LANGUAGES.length);
  });

  it('reads as one English sentence', () => {
    expect(planDrop([{ name: 'logo.gif' }], true).refused[0]!.message).toBe(
      'logo.gif cannot be opened: Waymark opens journeys (.journey, .zip or .json) and imports touchpoints from .csv, .tsv or .txt files.',
    );
    expect(dropOverlayText(true)).toBe(
      'Drop journeys (.journey, .zip or .json) to open them, or one .csv, .tsv or .txt file to import its touchpoints into this journey.',
    );
    expect(dropOverlayText(false)).toBe('Drop journeys (.journey, .zip or .json) to add them to your library.');
  });
});
