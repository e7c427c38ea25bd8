/**
 * The session's refusals in the participant's language: the server's
 * (electron/common/live.ts REFUSALS), the host's answers to a note or a dot
 * (session/live/host.ts), and this device's own (session/live/participant.ts)
 * all travel in English; a known refusal is worded from the catalogue when
 * shown; any other reason is shown as it came.
 */
import { MAX_PARTICIPANTS, REFUSALS } from '../../../electron/common/live';
import { CONTRIBUTION_REFUSALS, dotsUsedRefusal } from '../session/live/refusals';
import { OWN_REFUSALS } from '../session/live/participant';
import { currentLanguage, t } from '../i18n';
import { formatNumber } from '../i18n/format';

const REFUSAL_KEYS: Record<keyof typeof REFUSALS, string> = {
  badToken: 'participant.refusal.badToken',
  full: 'participant.refusal.full',
  denied: 'participant.refusal.denied',
  removed: 'participant.refusal.removed',
  wrongDocument: 'participant.refusal.wrongDocument',
  tooLarge: 'participant.refusal.tooLarge',
  tooFast: 'participant.refusal.tooFast',
  notAllowed: 'participant.refusal.notAllowed',
};

const CONTRIBUTION_KEYS: Record<keyof typeof CONTRIBUTION_REFUSALS | keyof typeof OWN_REFUSALS, string> = {
  noStage: 'participant.refusal.noStage',
  badNote: 'participant.refusal.badNote',
  noTarget: 'participant.refusal.noTarget',
  notYours: 'participant.refusal.notYours',
  tooMany: 'participant.refusal.tooMany',
  notContributor: 'participant.refusal.notContributor',
  votingClosed: 'participant.refusal.votingClosed',
  noteText: 'participant.refusal.noteText',
  dotFailed: 'participant.refusal.dotFailed',
  left: 'participant.refusal.left',
};

/** The longest note OWN_REFUSALS.noteText names. */
const NOTE_MAX_CHARS = 2000;

/** The most dots a refusal of one dot too many can name (the workshop's own limit is far lower). */
const MAX_DOTS_NAMED = 1000;

function keyOf<T extends Record<string, string>>(table: T, reason: string): keyof T | undefined {
  return (Object.keys(table) as (keyof T)[]).find((k) => table[k] === reason);
}

export function refusalText(reason: string): string {
  const known = keyOf(REFUSALS, reason);
  if (known) return t(REFUSAL_KEYS[known], { count: MAX_PARTICIPANTS });
  const contribution = keyOf(CONTRIBUTION_REFUSALS, reason) ?? keyOf(OWN_REFUSALS, reason);
  if (contribution) return t(CONTRIBUTION_KEYS[contribution], { max: formatNumber(NOTE_MAX_CHARS, currentLanguage()) });
  const dots = /^You have placed all (\d{1,4}) of your dots/.exec(reason);
  const count = dots ? Number(dots[1]) : NaN;
  if (count <= MAX_DOTS_NAMED && dotsUsedRefusal(count) === reason) return t('participant.refusal.dotsUsed', { count });
  return reason;
}
