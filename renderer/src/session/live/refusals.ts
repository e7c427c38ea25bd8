/**
 * The host's answers to a participant's note or dot, in the English sentence
 * the session carries; the participant's screen words a known one in its
 * language (participant/refusals.ts). Kept apart from host.ts so the
 * participant app imports only these sentences.
 */

/** Why the host refused a contribution, in the sentence it sends back (the participant's screen words it in its language). */
export const CONTRIBUTION_REFUSALS = {
  noStage: 'That stage is no longer on the map; pick another one.',
  badNote: 'That note could not be added: its text is empty or too long.',
  noTarget: 'That item is no longer on the map, so it cannot take a dot.',
  notYours: 'That dot belongs to someone else.',
  tooMany: 'The map cannot take more dots or voters.',
  notContributor: 'Only contributors and editors can add notes and dots.',
} as const;

/** The refusal of a dot beyond the voter's share. */
export const dotsUsedRefusal = (dots: number) => `You have placed all ${dots} of your dots; take one back first.`;
