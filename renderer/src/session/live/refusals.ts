/**
 * The host's answers to a participant's note or dot, in the English sentence
 * the session carries; the participant's screen words a known one in its
 * language (participant/refusals.ts), and the facilitator's panel says who was
 * refused and why through `refusalMessage` (a code for `messageText`). Kept
 * apart from host.ts so the participant app imports only these sentences.
 */
import { MAX_PARTICIPANTS, REFUSALS } from '../../../../electron/common/live';
import type { UserMessage, UserMessageCode } from '../../domain/user-message';

/** Why the host refused a contribution, in the sentence it sends back (the participant's screen words it in its language). */
export const CONTRIBUTION_REFUSALS = {
  noStage: 'That stage is no longer on the map; pick another one.',
  badNote: 'That note could not be added: its text is empty or too long.',
  noTarget: 'That item is no longer on the map, so it cannot take a dot.',
  notYours: 'That dot belongs to someone else.',
  tooMany: 'The map cannot take more dots or voters.',
  notContributor: 'Only contributors and editors can add notes and dots.',
  votingClosed: 'Voting is closed just now; your dots stay as they are.',
} as const;

/** The refusal of a dot beyond the voter's share. */
export const dotsUsedRefusal = (dots: number) => `You have placed all ${dots} of your dots; take one back first.`;

/** The code of each sentence a refusal may carry: the host's own and the server's. */
const REFUSAL_CODES: ReadonlyArray<[string, UserMessageCode]> = [
  [CONTRIBUTION_REFUSALS.noStage, 'refusalNoStage'],
  [CONTRIBUTION_REFUSALS.badNote, 'refusalBadNote'],
  [CONTRIBUTION_REFUSALS.noTarget, 'refusalNoTarget'],
  [CONTRIBUTION_REFUSALS.notYours, 'refusalNotYours'],
  [CONTRIBUTION_REFUSALS.tooMany, 'refusalTooMany'],
  [CONTRIBUTION_REFUSALS.notContributor, 'refusalNotContributor'],
  [CONTRIBUTION_REFUSALS.votingClosed, 'refusalVotingClosed'],
  [REFUSALS.badToken, 'refusalBadToken'],
  [REFUSALS.denied, 'refusalDenied'],
  [REFUSALS.removed, 'refusalRemoved'],
  [REFUSALS.wrongDocument, 'refusalWrongDocument'],
  [REFUSALS.tooLarge, 'refusalTooLarge'],
  [REFUSALS.tooFast, 'refusalTooFast'],
  [REFUSALS.notAllowed, 'refusalNotAllowed'],
];

/** The most dots a refusal of one dot too many can name (the workshop's own limit is far lower). */
const MAX_DOTS_NAMED = 1000;

/** A refusal's sentence as a message, or null for one the session does not know (shown as it came). */
export function refusalReasonText(reason: string): UserMessage | null {
  const known = REFUSAL_CODES.find(([sentence]) => sentence === reason);
  if (known) return { code: known[1] };
  if (reason === REFUSALS.full) return { code: 'refusalFull', params: { count: MAX_PARTICIPANTS } };
  const dots = /^You have placed all (\d{1,4}) of your dots/.exec(reason);
  const count = dots ? Number(dots[1]) : NaN;
  if (count <= MAX_DOTS_NAMED && dotsUsedRefusal(count) === reason)
    return { code: 'refusalDotsUsed', params: { count } };
  return null;
}

/** "Name: reason", as the facilitator's panel shows a refused contribution or join; null for an unknown reason. */
export function refusalMessage(name: string, reason: string): UserMessage | null {
  const text = refusalReasonText(reason);
  return text && { code: 'contributionRefused', params: { name, reason: text } };
}
