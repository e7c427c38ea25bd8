/**
 * The session's refusals (electron/common/live.ts REFUSALS, sent in English
 * by the server) in the participant's language: a known refusal is worded
 * from the catalogue when shown; any other reason is shown as it came.
 */
import { MAX_PARTICIPANTS, REFUSALS } from '../../../electron/common/live';
import { t } from '../i18n';

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

export function refusalText(reason: string): string {
  const known = (Object.keys(REFUSALS) as (keyof typeof REFUSALS)[]).find((k) => REFUSALS[k] === reason);
  return known ? t(REFUSAL_KEYS[known], { count: MAX_PARTICIPANTS }) : reason;
}
