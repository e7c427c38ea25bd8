/**
 * One Hocuspocus connection to a live session: the host's and each
 * participant's. It reconnects by itself (quickly: the session is on the
 * room's network) until it is closed.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { REFUSALS, type LiveCredentials } from '../../../../electron/common/live';
import { defineLayout } from './y-layout';

export interface ConnectionEvents {
  /** The socket is up (not yet let in). */
  onOpen?(): void;
  /** Let in by the server; `readOnly` for viewers and contributors. */
  onAuthenticated?(readOnly: boolean): void;
  /** The server refused this connection; `reason` is its sentence. */
  onRefused?(reason: string): void;
  /**
   * The socket went away; it will try again unless closed. `reason` is the server's close reason,
   * if any; `ended` when the server said the facilitator ended the session.
   */
  onClosed?(reason: string, ended: boolean): void;
  /** The document has caught up with the server's. */
  onSynced?(): void;
  onStateless?(payload: string): void;
}

export interface LiveConnection {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly awareness: Awareness;
  isAuthenticated(): boolean;
  send(message: unknown): void;
  close(): void;
}

/** The close code the session server sends to everyone when the facilitator ends the session (electron/live/server.ts CLOSE_CODES.ended). */
export const SESSION_ENDED_CODE = 4410;

/**
 * Whether the server's sentence ends this device's part in the session (a bad
 * or expired link, a full session, denied, removed): no point trying again.
 * Too large or too fast closes one connection only; the client reconnects.
 */
const FINAL: readonly string[] = [
  REFUSALS.badToken,
  REFUSALS.full,
  REFUSALS.denied,
  REFUSALS.removed,
  REFUSALS.wrongDocument,
];
export const isRefusal = (reason: string): boolean => FINAL.includes(reason);

export function openConnection(options: {
  url: string;
  documentName: string;
  credentials: LiveCredentials;
  doc?: Y.Doc;
  /** A WebSocket class where the platform has none (Node). */
  WebSocketPolyfill?: unknown;
  events: ConnectionEvents;
}): LiveConnection {
  const doc = options.doc ?? new Y.Doc();
  defineLayout(doc);
  const { events } = options;
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: options.WebSocketPolyfill,
    // A room's network: try again soon, and never give up while the page is open.
    delay: 500,
    minDelay: 500,
    maxDelay: 4000,
    factor: 1.5,
    maxAttempts: 0,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document: doc,
    token: JSON.stringify(options.credentials),
    onOpen: () => events.onOpen?.(),
    onAuthenticated: ({ scope }) => events.onAuthenticated?.(scope === 'readonly'),
    onAuthenticationFailed: ({ reason }) => events.onRefused?.(reason),
    onClose: ({ event }) =>
      events.onClosed?.(typeof event?.reason === 'string' ? event.reason : '', event?.code === SESSION_ENDED_CODE),
    onSynced: ({ state }) => state && events.onSynced?.(),
    onStateless: ({ payload }) => events.onStateless?.(payload),
  });
  provider.attach();
  let closed = false;
  return {
    doc,
    provider,
    awareness: provider.awareness!,
    isAuthenticated: () => provider.isAuthenticated && socket.status === 'connected',
    send(message) {
      if (!closed) provider.sendStateless(JSON.stringify(message));
    },
    close() {
      if (closed) return;
      closed = true;
      provider.destroy();
      socket.destroy();
    },
  };
}
