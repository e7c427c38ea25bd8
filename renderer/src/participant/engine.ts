/** What the participant app needs from the live-session engine: the participant client. */
export {
  joinLive,
  type ContributeResult,
  type LiveParticipantClient,
  type OutboxEntry,
  type ParticipantState,
} from '../session/live/participant';
export { votingOpen, type LiveRoom } from '../session/live/room';
