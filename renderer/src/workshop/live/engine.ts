/**
 * What the host panel needs from the live-session engine: the session server
 * (the Host's `live` API) and the host controller (session/live/host.ts).
 */
import { getHost, type LiveHostApi } from '../../platform';

export { defaultNotePlace, startLiveHost, type LiveHost, type LiveHostState } from '../../session/live/host';
export { votingOpen } from '../../session/live/room';

/** The session server this app runs: the desktop app's main process, or the Node process serving the web build. */
export const liveServer = (): LiveHostApi => getHost().live;
