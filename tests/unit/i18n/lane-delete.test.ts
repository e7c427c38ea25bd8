/** The lane deletion question is asked in the interface language, with the lane's name and its count of touchpoints. */
import { afterAll, describe, expect, it } from 'vitest';
import { i18n, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { SEED_TITLES } from '../electron/helpers';

describe('lane deletion question', () => {
  afterAll(() => i18n.changeLanguage('en'));

  for (const language of UI_LANGUAGES) {
    it(`${language}: names the lane, counts its touchpoints, and says when it holds none`, async () => {
      await i18n.changeLanguage(language);
      const name = SEED_TITLES.ml.slice(0, 20);
      const one = i18n.t('editor.lane.deleteWith', { name, count: 1 });
      const many = i18n.t('editor.lane.deleteWith', { name, count: 3 });
      const none = i18n.t('editor.lane.deleteEmpty', { name });
      for (const text of [one, many, none]) expect(text).toContain(name);
      expect(many).toContain('3');
      expect(one).not.toContain('1');
      expect(new Set([one, many, none]).size).toBe(3);
    });
  }

  it('en: says exactly what the lanes domain says for logs', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('editor.lane.deleteWith', { name: 'Backstage', count: 2 })).toBe(
      'Delete the lane “Backstage” and the 2 touchpoints in it?',
    );
    expect(i18n.t('editor.lane.deleteEmpty', { name: 'Backstage' })).toBe(
      'Delete the lane “Backstage”? It holds no touchpoints.',
    );
  });
});
