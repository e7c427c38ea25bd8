/**
 * The participant's screen in their language: the session's refusals (sent by
 * the server in English) and the name check are worded from the participant
 * catalogue when shown; the language is the remembered one, else the phone's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PARTICIPANTS, REFUSALS } from '../../../electron/common/live';
import { initialLanguage, setUiLanguage, t } from '../../../renderer/src/i18n';
import { checkName } from '../../../renderer/src/participant/identity';
import { refusalText } from '../../../renderer/src/participant/refusals';
import { CONTRIBUTION_REFUSALS, dotsUsedRefusal } from '../../../renderer/src/session/live/refusals';
import { OWN_REFUSALS } from '../../../renderer/src/session/live/participant';

afterEach(() => setUiLanguage('en'));

describe('participant screen words', () => {
  it('keeps the English refusals word for word, and words them in Tamil and Armenian', async () => {
    for (const reason of Object.values(REFUSALS)) expect(refusalText(reason)).toBe(reason);
    expect(REFUSALS.full).toBe(`This session is full (${MAX_PARTICIPANTS} people).`);
    await setUiLanguage('ta');
    expect(refusalText(REFUSALS.denied)).toBe('நெறியாளர் உங்களை உள்ளே அனுமதிக்கவில்லை.');
    expect(refusalText(REFUSALS.full)).toBe(`இந்த அமர்வு நிரம்பிவிட்டது (${MAX_PARTICIPANTS} பேர்).`);
    // A reason the catalogue does not know is shown as it came.
    expect(refusalText('Disk full on the facilitator’s computer.')).toBe('Disk full on the facilitator’s computer.');
    await setUiLanguage('hy');
    expect(refusalText(REFUSALS.removed)).toBe('Վարողը ձեզ հեռացրեց այս նիստից։');
  });

  it('words the host’s answers to a note or a dot, and this device’s own refusals, in Tamil, Telugu and Armenian', async () => {
    const english = [...Object.values(CONTRIBUTION_REFUSALS), ...Object.values(OWN_REFUSALS), dotsUsedRefusal(3)];
    for (const reason of english) expect(refusalText(reason)).toBe(reason);
    expect(refusalText(dotsUsedRefusal(1))).toBe(dotsUsedRefusal(1));
    for (const language of ['ta', 'te', 'ml', 'hy'] as const) {
      await setUiLanguage(language);
      for (const reason of english) expect(refusalText(reason), `${language}: ${reason}`).not.toMatch(/[A-Za-z]{2,}/);
    }
    await setUiLanguage('ta');
    expect(refusalText(dotsUsedRefusal(5))).toBe('உங்கள் 5 புள்ளிகளையும் இட்டுவிட்டீர்கள்; முதலில் ஒன்றைத் திரும்பப் பெறுங்கள்.');
    expect(refusalText(OWN_REFUSALS.noteText)).toBe('குறிப்பில் சிறிது உரை வேண்டும், அதிகபட்சம் 2,000 எழுத்துகள்.');
    await setUiLanguage('te');
    expect(refusalText(CONTRIBUTION_REFUSALS.notContributor)).toBe('సహకారులు, సంపాదకులు మాత్రమే నోట్‌లు, చుక్కలు జోడించగలరు.');
    await setUiLanguage('hy');
    expect(refusalText(CONTRIBUTION_REFUSALS.notYours)).toBe('Այդ կետը ուրիշինն է։');
    // A sentence that only starts like a known one is shown as it came.
    expect(refusalText('You have placed all 3 of your dots; ask the facilitator.')).toBe(
      'You have placed all 3 of your dots; ask the facilitator.',
    );
  });

  it('says what is wrong with the name in the interface language', async () => {
    expect(checkName('   ')).toEqual({ error: 'Type your name so the others know who added what.' });
    expect(checkName('x'.repeat(61))).toEqual({ error: 'Use at most 60 characters.' });
    await setUiLanguage('te');
    expect(checkName('')).toEqual({ error: 'ఎవరు ఏమి జోడించారో ఇతరులకు తెలిసేలా మీ పేరు టైప్ చేయండి.' });
    expect(t('participant.endedUnsent', { count: 3 })).toContain('3 నోట్‌లు');
  });

  it('follows the phone’s languages (navigator.languages) unless a language is remembered', () => {
    expect(initialLanguage(null, ['ml-IN', 'en-US'])).toBe('ml');
    expect(initialLanguage(null, ['fr-FR', 'hy-AM'])).toBe('hy');
    const remembered = { getItem: () => 'ta', setItem: () => undefined };
    expect(initialLanguage(remembered, ['ml-IN'])).toBe('ta');
  });
});
