/**
 * Keeping one journey in sync with a team server (`npm run team-server`):
 * the app connects as an editor with the team's token, and the open journey's
 * store and the server's document are bound both ways, as the host of a
 * workshop session binds them. Every row the server sends is validated
 * before it reaches the store (and so Dexie); `.journey` files stay the
 * offline way to pass a map on.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  LIVE_WS_PATH,
  liveDocumentName,
  tokenSchema,
  participantNameSchema,
  REFUSALS,
} from '../../../../electron/common/live';
import { randomHex } from '../../domain/ids';
import type { UserMessage } from '../../domain/user-message';
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
  /** Why the server refused, in one sentence (English, for logs); null otherwise. */
  error: string | null;
  /** The same sentence as a message, for the interface to say in its language. */
  errorText: UserMessage | null;
  /** Rows from the server refused as invalid (not stored). */
  refusedRows: number;
  /** Why the last of them was refused (English, for logs), and as a message for the interface. */
  lastRefusal: string | null;
  lastRefusalText: UserMessage | null;
}

/** A sentence for the user: in English for logs and tests, and as a message to translate. */
export interface TeamProblem {
  message: string;
  text: UserMessage;
}

/** What a team server address looks like, in the sentences that ask for one. */
const ADDRESS_EXAMPLE = 'ws://team-server:4480';

/** The server's refusals (its English sentence, meant for a workshop's participants) as a team member reads them. */
const TEAM_REFUSALS: Partial<Record<string, TeamProblem>> = {
  [REFUSALS.badToken]: {
    message: 'The team server says this token is not valid; ask whoever runs the server for the current one.',
    text: { code: 'teamRefusedToken' },
  },
  [REFUSALS.wrongDocument]: {
    message: 'The team server does not keep this journey; check the address with whoever runs the server.',
    text: { code: 'teamRefusedJourney' },
  },
};

/** Why the team server refused this journey's connection, from the server's reason. */
export function teamRefusal(reason: string): TeamProblem {
  return (
    TEAM_REFUSALS[reason] ?? {
      message: `The team server refused the connection: ${reason}`,
      text: { code: 'teamRefused', params: { reason } },
    }
  );
}

export interface TeamSync {
  readonly state: StoreApi<TeamSyncState>;
  disconnect(): void;
}

/**
 * Reads what the user typed as a team server address and token: `host:port`,
 * `http(s)://…` or `ws(s)://…`; the endpoint path is added when missing.
 * Returns the problem instead when it is not usable.
 */
export function checkTeamLink(
  address: string,
  token: string,
): { ok: true; link: TeamLink } | ({ ok: false } & TeamProblem) {
  const refuse = (message: string, text: UserMessage) => ({ ok: false as const, message, text });
  const text = address.trim();
  if (text === '')
    return refuse(`Type the team server’s address, e.g. ${ADDRESS_EXAMPLE}.`, {
      code: 'teamAddressMissing',
      params: { example: ADDRESS_EXAMPLE },
    });
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `ws://${text}`);
  } catch {
    return refuse(`“${text}” is not a server address; type it like ${ADDRESS_EXAMPLE}.`, {
      code: 'teamAddressInvalid',
      params: { address: text, example: ADDRESS_EXAMPLE },
    });
  }
  const scheme = { 'ws:': 'ws:', 'http:': 'ws:', 'wss:': 'wss:', 'https:': 'wss:' }[url.protocol];
  if (!scheme)
    return refuse(`A team server is reached over ws:// or wss://, not ${url.protocol}//.`, {
      code: 'teamAddressScheme',
      params: { ws: 'ws://', wss: 'wss://', scheme: `${url.protocol}//` },
    });
  if (url.username || url.password)
    return refuse('Put the token in its own field, not in the address.', { code: 'teamAddressCredentials' });
  const path = url.pathname === '/' || url.pathname === '' ? LIVE_WS_PATH : url.pathname;
  if (path !== LIVE_WS_PATH)
    return refuse(`A team server answers on ${LIVE_WS_PATH}, not ${url.pathname}.`, {
      code: 'teamAddressPath',
      params: { path: LIVE_WS_PATH, given: url.pathname },
    });
  if (!tokenSchema.safeParse(token.trim()).success)
    return refuse('The team token is 40 to 64 letters, digits, “-” or “_”; ask whoever runs the server for it.', {
      code: 'teamTokenInvalid',
      params: { min: 40, max: 64 },
    });
  return { ok: true, link: { url: `${scheme}//${url.host}${LIVE_WS_PATH}`, token: token.trim() } };
}

/** The same, as the link or the problem's English sentence. */
export function parseTeamLink(address: string, token: string): TeamLink | string {
  const checked = checkTeamLink(address, token);
  return checked.ok ? checked.link : checked.message;
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
    errorText: null,
    refusedRows: 0,
    lastRefusal: null,
    lastRefusalText: null,
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
          onInvalid: (reason, text) => {
            console.warn(`Team server: a row was refused: ${reason}`);
            state.setState((s) => ({ refusedRows: s.refusedRows + 1, lastRefusal: reason, lastRefusalText: text }));
          },
        });
        state.setState({ status: 'synced', error: null, errorText: null });
      },
      onClosed() {
        if (!closed && state.getState().status !== 'refused') state.setState({ status: 'offline' });
      },
      onRefused(reason) {
        if (closed) return;
        stop();
        const refusal = teamRefusal(reason);
        state.setState({ status: 'refused', error: refusal.message, errorText: refusal.text });
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
