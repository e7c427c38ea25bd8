/** The workshop's words follow the interface language: the timer read aloud, and the vote targets. */
import { afterEach, describe, expect, it } from 'vitest';
import { countParams, setUiLanguage, t } from '../../../renderer/src/i18n';
import { describeClock } from '../../../renderer/src/workshop/timer';
import { NO_TARGET_LABELS, TARGET_LABELS } from '../../../renderer/src/workshop/panel/vote-labels';

afterEach(() => setUiLanguage('en'));

describe('workshop words in the interface language', () => {
  it('reads the timer aloud in English, Tamil and Armenian', async () => {
    expect(describeClock(245_000)).toBe('4 minutes 5 seconds left');
    expect(describeClock(61_000)).toBe('1 minute 1 second left');
    expect(describeClock(0)).toBe('Time is up');
    await setUiLanguage('ta');
    expect(describeClock(245_000)).toBe('4 நிமிடங்கள் 5 விநாடிகள் மீதமுள்ளது');
    expect(describeClock(0)).toBe('நேரம் முடிந்தது');
    await setUiLanguage('hy');
    expect(describeClock(61_000)).toBe('մնաց 1 րոպե 1 վայրկյան');
  });

  it('names each vote target, and says when the map has none, in Telugu', async () => {
    await setUiLanguage('te');
    expect(t(TARGET_LABELS.pain)).toBe('ఇబ్బంది అంశాలు');
    expect(t(NO_TARGET_LABELS.opportunity)).toBe('మ్యాప్‌లో ఇంకా అవకాశాలు లేవు.');
    expect(t('workshop.vote.hiddenTally', countParams(9))).toContain('9');
  });
});
