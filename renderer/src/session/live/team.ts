/**
 * Keeping one journey in sync with a team server (`npm run team-server`):
 * the app connects as an editor with the team's token, and the open journey's
 * store and the server's document are bound both ways, as the host of a
 * workshop session binds them. Every row the server sends is validated
 * before it reaches the store (and so Dexie); `.journey` files stay the
 * offline way to pass a map on.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { LIVE_WS_PATH, liveDocumentName, tokenSchema, participantNameSchema } from '../../../../electron/common/live';
import { randomHex } from '../../domain/ids';
import type { EditorStore } from '../store';
import { bindStore, type Binding } from './bind';
import { openConnection } from './connection';

export interface TeamLink {
  /** The server's WebSocket endpoint, e.g. `ws://team.example:4480/live`. */
  url: string;
  token: string;
}

export type TeamStatus = 'connecting' | 'synced' | 'offline' | 'refused' | 'closed';

export interface TeamSyncState {
  status: TeamStatus;
  /** Why the server refused, in its one sentence; null otherwise. */
  error: string | null;
  /** Rows from the server refused as invalid (not stored). */
  refusedRows: number;
  lastRefusal: string | null;
}

export interface TeamSync {
  readonly state: StoreApi<TeamSyncState>;
  disconnect(): void;
}

/**
 * Reads what the user typed as a team server address and token: `host:port`,
 * `http(s)://…` or `ws(s)://…`; the endpoint path is added when missing.
 * Returns a sentence naming the problem instead when it is not usable.
 */
export function parseTeamLink(address: string, token: string): TeamLink | string {
  const text = address.trim();
  if (text === '') return 'Type the team server’s address, e.g. ws://team-server:4480.';
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `ws://${text}`);
  } catch {
    return `“${text}” is not a server address; type it like ws://team-server:4480.`;
  }
  const scheme = { 'ws:': 'ws:', 'http:': 'ws:', 'wss:': 'wss:', 'https:': 'wss:' }[url.protocol];
  if (!scheme) return `A team server is reached over ws:// or wss://, not ${url.protocol}//.`;
  if (url.username || url.password) return 'Put the token in its own field, not in the address.';
  const path = url.pathname === '/' || url.pathname === '' ? LIVE_WS_PATH : url.pathname;
  if (path !== LIVE_WS_PATH) return `A team server answers on ${LIVE_WS_PATH}, not ${url.pathname}.`;
  if (!tokenSchema.safeParse(token.trim()).success)
    return 'The team token is 40 to 64 letters, digits, “-” or “_”; ask whoever runs the server for it.';
  return { url: `${scheme}//${url.host}${LIVE_WS_PATH}`, token: token.trim() };
}

export function connectTeam(options: {
  store: EditorStore;
  link: TeamLink;
  /** Who this is, as teammates see it. */
  name: string;
  WebSocketPolyfill?: unknown;
}): TeamSync {
  const { store, link } = options;
  const journeyId = store.getState().doc.journey.id;
  const name = participantNameSchema.safeParse(options.name).success ? options.name.trim() : 'Waymark';
  const state = createStore<TeamSyncState>(() => ({
    status: 'connecting',
    error: null,
    refusedRows: 0,
    lastRefusal: null,
  }));
  let binding: Binding | null = null;
  let closed = false;
  const connection = openConnection({
    url: link.url,
    documentName: liveDocumentName(journeyId),
    credentials: { token: link.token, participantId: `team_${randomHex().slice(0, 16)}`, name },
    WebSocketPolyfill: options.WebSocketPolyfill,
    events: {
      onSynced() {
        if (closed) return;
        // Bound only once the server's copy has arrived: the team's document wins where rows
        // differ, and rows only this app has are added to it.
        binding ??= bindStore(store, connection.doc, {
          seed: 'store',
          repair: true,
          onInvalid: (reason) => {
            console.warn(`Team server: a row was refused: ${reason}`);
            state.setState((s) => ({ refusedRows: s.refusedRows + 1, lastRefusal: reason }));
          },
        });
        state.setState({ status: 'synced', error: null });
      },
      onClosed() {
        if (!closed && state.getState().status !== 'refused') state.setState({ status: 'offline' });
      },
      onRefused(reason) {
        if (closed) return;
        stop();
        state.setState({ status: 'refused', error: reason });
      },
    },
  });
  const stop = () => {
    closed = true;
    binding?.unbind();
    binding = null;
    connection.close();
  };
  return {
    state,
    disconnect() {
      if (closed) return;
      stop();
      state.setState({ status: 'closed' });
    },
  };
}
