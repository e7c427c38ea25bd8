/**
 * The insights screens speak the interface language: roll-up cells, the
 * loyalty lens lines and the comparison's words come from the catalogues (or,
 * for vocabulary words, from the report's labels of that language), and a
 * switch applies at once, with no reload.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loyaltyLens, rollUpJourney } from '../../../renderer/src/domain/insights';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { severityChangeText, toneWord } from '../../../renderer/src/insights-ui/compare-display';
import { checkChurnInput } from '../../../renderer/src/insights-ui/churn-form';
import { answeredCount, questionLine, questionName } from '../../../renderer/src/insights-ui/lens-display';
import { ROLLUP_METRICS, rollUpCells } from '../../../renderer/src/insights-ui/rollup-display';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';

afterEach(() => setUiLanguage('en'));

describe('insights screens in the interface language', () => {
  it('labels roll-ups in Tamil, then in English again after a switch', async () => {
    const rollUp = rollUpJourney(buildOnlineOrderTemplate(0));
    await setUiLanguage('ta');
    const csat = rollUpCells(rollUp).find((c) => c.key === 'csatShare')!;
    expect(csat).toMatchObject({
      label: 'CSAT (திருப்தியடைந்தோர் பங்கு)',
      from: '2 தொடுப்புள்ளிகளிலிருந்து',
      basis: 'மாதிரி அளவால் எடையிடப்பட்டது',
      mark: 'மா',
    });
    expect(ROLLUP_METRICS.find((m) => m.key === 'emotion')!.label).toBe('உணர்ச்சி (−3..+3)');
    await setUiLanguage('en');
    expect(rollUpCells(rollUp).find((c) => c.key === 'csatShare')!.from).toBe('from 2 touchpoints');
  });

  it('words the loyalty lens and the churn refusals in Armenian', async () => {
    const lens = loyaltyLens(buildOnlineOrderTemplate(0));
    await setUiLanguage('hy');
    const change = lens.questions.find((q) => q.key === 'Why change?')!;
    expect(questionName('Why change?')).toBe('Ինչո՞ւ փոխել');
    expect(questionLine(change)).toMatchObject({
      status: 'unanswered',
      badge: 'Անպատասխան',
      sentence:
        'Անպատասխան՝ ոչ մի շփման կետ հաճախորդին չի ասում, թե ինչու հրաժարվել այն բանից, ինչ օգտագործում է այսօր։',
    });
    expect(answeredCount(lens.questions)).toBe('6-ից 2-ը պատասխանված է');
    expect(checkChurnInput({ period: 'Q1', start: '400', end: '450' })).toMatchObject({
      status: 'invalid',
      field: 'end',
      message: expect.stringMatching(/^Վերջում ավելի շատ հաճախորդ կա/),
    });
  });

  it('uses the report’s own severity words, so the screen and the report agree', async () => {
    for (const language of ['ta', 'te', 'ml', 'hy'] as const) {
      await setUiLanguage(language);
      const words = REPORT_LABELS[language];
      const { text, tone } = severityChangeText(3, 1);
      expect(tone).toBe('better');
      expect(text.startsWith(`${words.severity[3]} → ${words.severity[1]} (`), language).toBe(true);
      expect(toneWord('better')).not.toBe('better');
    }
  });
});
