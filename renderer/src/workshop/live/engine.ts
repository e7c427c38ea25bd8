/**
 * What the host panel needs from the live-session engine: the session server
 * (Host.live) and the host controller (session/live/host.ts).
 *
 * TEMPORARY: until the live-server and live-sync branches are merged, these
 * are the documented interfaces with stand-ins that say the feature is not
 * there yet; after the merge this module only re-exports the real ones.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { LiveParticipant, LiveSessionInfo, LiveStartRequest } from '../../../../electron/common/live';
import type { EditorStore } from '../../session/store';

export interface LiveHostState {
  status: 'connecting' | 'live' | 'reconnecting' | 'ended' | 'error';
  info: LiveSessionInfo;
  participants: LiveParticipant[];
  refusedRows: number;
  lastRefusal: string | null;
  error: string | null;
}

/** The awareness of the session (y-protocols), as far as the panel reads it. */
export interface LiveAwareness {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}

export interface LiveHost {
  state: StoreApi<LiveHostState>;
  admit(participantId: string): void;
  deny(participantId: string): void;
  remove(participantId: string): void;
  setRequireApproval(required: boolean): void;
  setRoom(patch: Record<string, unknown>): void;
  awareness: LiveAwareness;
  end(): Promise<void>;
}

export interface StartLiveHostOptions {
  store: EditorStore;
  info: LiveSessionInfo;
  name: string;
  journeyId: string;
}

export interface LiveServerApi {
  start(request: LiveStartRequest): Promise<LiveSessionInfo>;
  end(): Promise<void>;
  status(): Promise<LiveSessionInfo | null>;
}

const NOT_YET = 'Live sessions are not available in this build yet.';

export function liveServer(): LiveServerApi {
  return {
    start: () => Promise.reject(new Error(NOT_YET)),
    end: () => Promise.resolve(),
    status: () => Promise.resolve(null),
  };
}

export function startLiveHost(options: StartLiveHostOptions): LiveHost {
  void options;
  throw new Error(NOT_YET);
}
