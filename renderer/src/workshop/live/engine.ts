/**
 * What the host panel needs from the live-session engine: the session server
 * (the Host's `live` API) and the host controller (session/live/host.ts).
 */
import type { LiveSessionInfo, LiveStartRequest } from '../../../../electron/common/live';
import { getHost } from '../../platform';

export { defaultNotePlace, startLiveHost, type LiveHost, type LiveHostState } from '../../session/live/host';

export interface LiveServerApi {
  start(request: LiveStartRequest): Promise<LiveSessionInfo>;
  end(): Promise<void>;
  status(): Promise<LiveSessionInfo | null>;
}

const NOT_YET = 'Live sessions are not available in this build yet.';

/** The session server this app runs (TEMPORARY fallback until Host.live is merged). */
export function liveServer(): LiveServerApi {
  const host = getHost() as { live?: LiveServerApi };
  return (
    host.live ?? {
      start: () => Promise.reject(new Error(NOT_YET)),
      end: () => Promise.resolve(),
      status: () => Promise.resolve(null),
    }
  );
}
