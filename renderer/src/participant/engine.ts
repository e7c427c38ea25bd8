/**
 * What the participant app needs from the live-session engine: the
 * participant client (session/live/participant.ts).
 *
 * TEMPORARY: until the live-sync branch is merged, this is the documented
 * interface with a stand-in that says the feature is not there yet; after the
 * merge this module only re-exports the real one.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ContributionOp, LiveCredentials, LiveRole } from '../../../electron/common/live';
import type { DocState } from '../session/doc-state';
import type { EditorStore } from '../session/store';

export interface OutboxEntry {
  op: ContributionOp;
  state: 'pending' | 'sent' | 'acked' | 'refused';
  reason?: string;
}

export interface ParticipantState {
  status: 'connecting' | 'waiting' | 'live' | 'offline' | 'refused' | 'removed' | 'ended';
  role: LiveRole | null;
  refusal: string | null;
  doc: DocState | null;
  room: Record<string, unknown>;
  outbox: OutboxEntry[];
}

export interface ParticipantAwareness {
  setLocalStateField(field: string, value: unknown): void;
}

export interface LiveParticipantClient {
  state: StoreApi<ParticipantState>;
  addNote(stageId: string, text: string): void;
  vote(targetKind: 'touchpoint' | 'pain' | 'opportunity', targetId: string): void;
  unvote(voteId: string): void;
  editorStore(): EditorStore | null;
  awareness: ParticipantAwareness;
  disconnect(): void;
}

export interface JoinLiveOptions {
  wsUrl: string;
  documentName: string;
  credentials: LiveCredentials;
  storage?: Storage;
}

export function joinLive(options: JoinLiveOptions): LiveParticipantClient {
  void options;
  throw new Error('Live sessions are not available in this build yet.');
}
