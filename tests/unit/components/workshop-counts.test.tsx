// @vitest-environment happy-dom
/**
 * Counts in the workshop panel, the table's stage groups and the loyalty lens are written in the
 * interface's number format, as the library writes its own: "1,234 dots placed", not "1234"; Tamil
 * groups digits the Indian way ("1,23,456"), Armenian with a space. The plural form still follows the count.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../renderer/src/domain/ids';
import { loyaltyLens } from '../../../renderer/src/domain/insights';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import { WorkshopSchema, type Vote } from '../../../renderer/src/domain/workshop-schema';
import { countParams, setUiLanguage, t } from '../../../renderer/src/i18n';
import { questionLine } from '../../../renderer/src/insights-ui/lens-display';
import { VoteResults } from '../../../renderer/src/workshop/panel/VoteResults';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

const voter = newId('voter');

function hiddenTally(dots: number) {
  const workshop = WorkshopSchema.parse({ voteMode: 'hidden', revealed: false });
  workshop.votes = Array.from({ length: dots }, (): Vote => ({
    id: newId('vote'),
    voterId: voter,
    targetKind: 'pain',
    targetId: 'pain:1',
    castAt: 1000,
  }));
  render(<VoteResults workshop={workshop} results={[]} visible={false} />);
}

describe('workshop, table and lens counts in the interface number format', () => {
  it('writes the hidden tally of dots with grouped digits in English and Tamil', async () => {
    hiddenTally(1234);
    screen.getByText('The tally is hidden until you reveal it (1,234 dots placed).');
    cleanup();
    await setUiLanguage('ta');
    hiddenTally(4321);
    expect(screen.getByText(/4,321/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('4321');
  });

  it('writes the loyalty lens badge and sentence with grouped digits', async () => {
    const stay = loyaltyLens(buildOnlineOrderTemplate(0)).questions.find((q) => q.key === 'Why stay?')!;
    const many = { ...stay, touchpoints: Array.from({ length: 1500 }, () => stay.touchpoints[0]!) };
    expect(questionLine(many)).toMatchObject({ badge: '1,500', sentence: 'Answered by 1,500 touchpoints.' });
    await setUiLanguage('hy');
    expect(questionLine(many).badge).toBe(new Intl.NumberFormat('hy-AM').format(1500));
    expect(questionLine(many).sentence).toContain(new Intl.NumberFormat('hy-AM').format(1500));
  });

  it('words every converted count with the number it is given, in all five languages', async () => {
    const keys = [
      'workshop.count.touchpoints',
      'workshop.count.notes',
      'workshop.count.questions',
      'workshop.session.openQuestions',
      'workshop.notes.selected',
      'workshop.vote.hiddenTally',
      'workshop.vote.yours',
      'workshop.vote.dotsLeftOf',
      'workshop.vote.left',
      'workshop.parking.titleCount',
      'workshop.present.more',
      'table.count',
      'insights.lens.answeredBy',
      'insights.lens.aims',
    ];
    for (const language of ['en', 'ta', 'te', 'ml', 'hy'] as const) {
      await setUiLanguage(language);
      for (const key of keys) {
        const text = t(key, countParams(123456));
        expect(text, `${language} ${key}`).not.toContain('123456');
        expect(text, `${language} ${key}`).toMatch(/123.456|1,23,456/);
      }
    }
  });
});
