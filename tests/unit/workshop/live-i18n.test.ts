/** The live session's and capture bar's words follow the interface language, and English stays as it was. */
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage, t } from '../../../renderer/src/i18n';
import { roleName } from '../../../renderer/src/workshop/live/role-names';
import { parseCaptureLine } from '../../../renderer/src/domain/workshop/capture';
import { addVoter, captureEdit, capturePreview } from '../../../renderer/src/workshop/edits';
import { smallState } from '../editor/fixtures';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(() => setUiLanguage('en'));

describe('live session words in the interface language', () => {
  it('names the roles and counts the people connected, in English as before and in Tamil', async () => {
    expect(roleName('contributor')).toBe('Contributor');
    expect(t('live.people', { count: 1 })).toBe('1 person connected');
    expect(t('live.people', { count: 3 })).toBe('3 people connected');
    expect(t('live.refusedBecause', { count: 2, reason: 'not a note' })).toBe('2 changes refused: not a note');
    await setUiLanguage('ta');
    expect(roleName('contributor')).toBe('பங்களிப்பாளர்');
    expect(t('live.people', { count: 3 })).toBe('3 பேர் இணைந்துள்ளனர்');
    expect(t('live.title')).toBe('நேரலை அமர்வு');
  });

  it('words the capture bar and the team server in Armenian, with no developer command in the team server', async () => {
    await setUiLanguage('hy');
    expect(roleName('viewer')).toBe('Դիտող');
    expect(t('live.capture.pasted', { count: 4, stage: 'Վճարում' })).toContain('4 կպչուն նշում');
    expect(t('live.team.intro')).toContain('թիմի բանալին');
    expect(t('live.team.intro')).not.toContain('npm');
    await setUiLanguage('en');
    expect(t('live.team.intro')).toBe(
      'Keep this journey in sync with your team through a team server: whoever runs it gives you its address and the team token. The map stays on this computer too; .journey files remain the offline way to pass it on.',
    );
    expect(t('live.capture.pasted', { count: 4, stage: 'Checkout' })).toBe(
      'Added 4 sticky notes above Checkout. Ctrl+Z undoes it.',
    );
  });

  it('words what a captured line did, its undo step and the preview in Tamil, with the seed text quoted as typed', async () => {
    const s = smallState();
    const buy = Object.values(s.stages).find((x) => x.name === 'Buy')!.id;
    const line = parseCaptureLine(TAMIL[0]!);
    const ctx = { mode: 'touchpoint' as const, stageId: buy, target: null };
    expect(capturePreview(line, ctx, 'Buy')).toBe('Enter adds a touchpoint to Buy.');
    await setUiLanguage('ta');
    const result = captureEdit(s, line, { ...ctx, now: 1_700_000_000_000 });
    if (!result.ok) throw new Error(result.message);
    expect(result.label).toBe('தொடுப்புள்ளியைப் பதிவு செய்');
    expect(result.message).toMatch(/^“.+” தொடுப்புள்ளி Buy கட்டத்தில் சேர்க்கப்பட்டது\.$/u);
    expect(capturePreview(parseCaptureLine('!!! மெதுவான பக்கம்'), ctx, 'Buy')).toContain('(தீவிரம் 3)');
    expect(capturePreview(line, ctx, 'Buy')).toBe('Enter அழுத்தினால் Buy கட்டத்தில் தொடுப்புள்ளி சேரும்.');
    const refused = addVoter(s, '  ', '#e03131');
    expect(refused.ok).toBe(false);
    expect(refused.message).toBe('முதலில் வாக்காளரின் பெயரைத் தட்டச்சிடுங்கள்.');
  });

  it('says what a prefix typed alone still needs in the interface language, in the preview and on Enter', async () => {
    const s = smallState();
    const buy = Object.values(s.stages).find((x) => x.name === 'Buy')!.id;
    const ctx = { mode: 'touchpoint' as const, stageId: buy, target: null };
    expect(capturePreview(parseCaptureLine('!!'), ctx, 'Buy')).toBe('Type the pain point after the “!”.');
    await setUiLanguage('ta');
    expect(capturePreview(parseCaptureLine('!!'), ctx, 'Buy')).toBe('“!” குறிக்குப் பிறகு வலிப்புள்ளியைத் தட்டச்சிடுங்கள்.');
    const refused = captureEdit(s, parseCaptureLine('? '), { ...ctx, now: 1_700_000_000_000 });
    expect(refused).toMatchObject({ ok: false, message: '“?” குறிக்குப் பிறகு கேள்வியைத் தட்டச்சிடுங்கள்.' });
    await setUiLanguage('hy');
    expect(capturePreview(parseCaptureLine('+'), ctx, 'Buy')).toBe('Մուտքագրեք հնարավորությունը «+»-ից հետո։');
  });
});
