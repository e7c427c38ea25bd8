/** Workshop logic with no React: capture parsing, dot-vote tallies, the session summary and its Markdown. */
export { parseCaptureLine, emojiEmotion, type CaptureLine } from './capture';
export { cleanLine, graphemes, splitLines, truncateGraphemes } from './text';
export {
  dotsLeft,
  dotsRemaining,
  dotsUsed,
  dotsUsedByVoter,
  existingTargets,
  liveVotes,
  nextVoterColour,
  nextVoterWithDots,
  rankByVotes,
  tallyVisible,
  voteResults,
  voteTargets,
  votesOnExistingTargets,
  VOTER_COLOURS,
  type VoteResult,
  type VoteTarget,
  type VoteTargetKind,
  type VoteTargetSet,
} from './votes';
export { buildSessionSummary, topWithTies, type SessionSummary, type SummaryEntry } from './summary';
export {
  escapeMd,
  hasWorkshopContent,
  summaryToMarkdown,
  workshopSummaryMarkdown,
  type SummaryMarkdownOptions,
} from './markdown';
