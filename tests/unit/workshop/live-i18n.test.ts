/** The live session's and capture bar's words follow the interface language, and English stays as it was. */
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage, t } from '../../../renderer/src/i18n';
import { roleName } from '../../../renderer/src/workshop/live/role-names';

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

  it('words the capture bar and the team server in Armenian, keeping the command as typed', async () => {
    await setUiLanguage('hy');
    expect(roleName('viewer')).toBe('Դիտող');
    expect(t('live.capture.pasted', { count: 4, stage: 'Վճարում' })).toContain('4 կպչուն նշում');
    expect(t('live.team.intro', { command: 'npm run team-server' })).toContain('(npm run team-server)');
    await setUiLanguage('en');
    expect(t('live.team.intro', { command: 'npm run team-server' })).toBe(
      'Keep this journey in sync with your team through a team server (npm run team-server). The map stays on this computer too; .journey files remain the offline way to pass it on.',
    );
    expect(t('live.capture.pasted', { count: 4, stage: 'Checkout' })).toBe(
      'Added 4 sticky notes above Checkout. Ctrl+Z undoes it.',
    );
  });
});
