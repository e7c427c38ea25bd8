/** What each vote target is called in the voting panel (catalogue keys). */
export const TARGET_LABELS = {
  pain: 'workshop.vote.targetPain',
  opportunity: 'workshop.vote.targetOpportunity',
  touchpoint: 'workshop.vote.targetTouchpoint',
} as const;

/** The sentence for a vote target with nothing on the map yet (catalogue keys). */
export const NO_TARGET_LABELS = {
  pain: 'workshop.vote.noPain',
  opportunity: 'workshop.vote.noOpportunity',
  touchpoint: 'workshop.vote.noTouchpoint',
} as const;
