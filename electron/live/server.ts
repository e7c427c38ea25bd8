/**
 * The live-session server: one HTTP server that serves the built app to
 * participants (static-site.ts) and, on LIVE_WS_PATH of the same port, a
 * Hocuspocus endpoint for the session's one document.
 *
 * It knows no journey model. It authenticates (a token per role, compared in
 * constant time), enforces roles (viewers and contributors are read-only;
 * contributors act through `contribute` messages that it relays to the host
 * with the sender it authenticated), approval, removals, limits (message size
 * per role, a token bucket per connection, connection attempts per address,
 * MAX_PARTICIPANTS) and relays. The host app validates every row it receives.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { Throttle } from '@hocuspocus/extension-throttle';
import { Hocuspocus, type Connection, type Extension, type WebSocketLike } from '@hocuspocus/server';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  HostMessageSchema,
  LIVE_ROLES,
  LIVE_WS_PATH,
  LiveCredentialsSchema,
  MAX_PARTICIPANTS,
  ParticipantMessageSchema,
  REFUSALS,
  joinHash,
  liveDocumentName,
  type ConnectionRole,
  type HostMessage,
  type LiveInterface,
  type LiveParticipant,
  type LiveRole,
  type LiveSessionInfo,
  type LiveStartRequest,
  type ParticipantMessage,
  type ToHostMessage,
  type ToParticipantMessage,
} from '../common/live';
import { liveSessionPolicy } from '../main/security/csp';
import { LOOPBACK_INTERFACE, lanInterfaces, type NetworkInterfaces } from './interfaces';
import { createTokenBucket, type TokenBucket } from './rate';
import { createMemoryResumeStore, type LiveResumeRecord, type LiveResumeStore } from './resume-store';
import { createStaticSite, wsOriginOf } from './static-site';

/** The port a session asks for first; another one is taken when it is busy. */
export const PREFERRED_LIVE_PORT = 4477;

export interface LiveLimits {
  /** Largest message per role, in bytes. */
  maxMessageBytes: Record<ConnectionRole, number>;
  /** Messages per second a participant's connection may send on average, and at once. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Connection attempts per address per minute before the address is shut out for `banMinutes`. */
  connectionsPerMinute: number;
  banMinutes: number;
  /** Open sockets one address may hold at once. */
  socketsPerAddress: number;
  /** Whether loopback addresses are throttled too (they are this machine; only tests turn this on). */
  throttleLoopback: boolean;
  /** A socket that has not authenticated (nor is waiting for approval) after this long is closed. */
  authDeadlineMs: number;
  /** How often sockets are pinged; one that missed the last ping is closed. */
  heartbeatMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxMessageBytes: { host: 32 * 1024 * 1024, editor: 2 * 1024 * 1024, contributor: 64 * 1024, viewer: 64 * 1024 },
  messagesPerSecond: 60,
  messageBurst: 300,
  connectionsPerMinute: 60,
  banMinutes: 1,
  socketsPerAddress: 8,
  throttleLoopback: false,
  authDeadlineMs: 20_000,
  heartbeatMs: 15_000,
};

/** The WebSocket frame limit (the host's message limit); larger frames close the socket. */
export const MAX_FRAME_BYTES = 32 * 1024 * 1024;

export interface LiveServerOptions {
  request: LiveStartRequest;
  /** The built app to serve participants (dist/renderer); null serves none. */
  staticDir: string | null;
  /** The port to try first (PREFERRED_LIVE_PORT when left out); 0 takes any free port. */
  port?: number;
  /** Where to listen: every interface (0.0.0.0) unless told otherwise. */
  listenHost?: string;
  /** Where ended sessions are remembered for resuming; in memory when left out. */
  resumeStore?: LiveResumeStore;
  limits?: Partial<LiveLimits>;
  now?: () => number;
  log?: (message: string) => void;
  /** The machine's interfaces (os.networkInterfaces() when left out). */
  networkInterfaces?: () => NetworkInterfaces;
}

export interface LiveServerHandle {
  info: LiveSessionInfo;
  /** Who is connected or waiting to be let in, in order of arrival. */
  participants(): LiveParticipant[];
  /** Closes every socket and the port; the session can be resumed for RESUME_WINDOW_MS. */
  end(): Promise<void>;
}

interface Identity {
  role: ConnectionRole;
  participantId: string;
  name: string;
}

interface SocketState {
  ws: WebSocket;
  /** The client's address (for the per-address limits). */
  address: string;
  openedAt: number;
  identity: Identity | null;
  /** Authentication (or the wait for approval) is under way. */
  authenticating: boolean;
  connection: Connection | null;
  bucket: TokenBucket;
  alive: boolean;
  closed: boolean;
  /** The Yjs client ids whose presence this socket may set. */
  awarenessClients: Set<number>;
}

interface LiveContext {
  socket: SocketState;
}

interface Member {
  participantId: string;
  name: string;
  role: LiveRole;
  state: 'waiting' | 'in';
  connectedAt: number;
  sockets: Set<SocketState>;
}

interface Waiter {
  socket: SocketState;
  resolve(): void;
  reject(reason: string): void;
}

/** A refusal Hocuspocus hands to the client as its permission-denied reason. No message, so it is not logged as an error. */
class LiveRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly code = 4403,
  ) {
    super();
  }
}

/** Close codes the server uses beside Hocuspocus's own. */
export const CLOSE_CODES = { removed: 4403, tooFast: 4429, tooLarge: 1009, ended: 4410, binaryOnly: 1003 } as const;
export const SESSION_ENDED_REASON = 'The facilitator ended the session.';

const newToken = () => randomBytes(32).toString('base64url');
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const isLoopbackAddress = (address: string) =>
  address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
/** The Electron app's own origin (electron/main/app-url.ts). */
const APP_ORIGIN = 'app://waymark';

function originAllowed(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true; // not a browser: the token decides
  if (origin === APP_ORIGIN) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.host === host || LOOPBACK_HOSTS.has(url.hostname);
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** The client's address: the peer's, or behind a trusted proxy the first X-Forwarded-For address. */
function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? request.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() ?? '';
  return first !== '' ? first.slice(0, 64) : (request.socket.remoteAddress ?? 'unknown');
}

/**
 * A WHATWG Request for Hocuspocus, with the peer's address as `x-real-ip` (never the client's claim; behind a
 * trusted proxy, the first X-Forwarded-For address, which the proxy sets).
 */
function toFetchRequest(request: IncomingMessage, address: string): Request {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] ?? '').toLowerCase();
    if (name === 'x-real-ip' || name === 'x-forwarded-for') continue;
    try {
      headers.append(name, raw[i + 1] ?? '');
    } catch {
      // a header the Fetch API refuses is not needed
    }
  }
  headers.set('x-real-ip', address);
  const path = (request.url ?? '/').startsWith('/') ? (request.url ?? '/') : '/';
  return new Request(`http://live.invalid${path}`, { headers });
}

function listen(server: HttpServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** Builds a constant-time lookup from a token to the role it opens. */
export function tokenRoles(tokens: Partial<Record<ConnectionRole, string>>): (token: string) => ConnectionRole | null {
  const digests = Object.entries(tokens).map(([role, token]) => [role as ConnectionRole, digest(token)] as const);
  return (token) => {
    const candidate = digest(token);
    let found: ConnectionRole | null = null;
    for (const [role, expected] of digests) {
      if (timingSafeEqual(candidate, expected)) found = role;
    }
    return found;
  };
}

/** What differs between a workshop session and a team server; the rest (auth, roles, limits, relay) is shared. */
export interface RelayConfig {
  /** Whether a document may be opened at all (a session serves one; a team server its journeys). */
  documentAllowed(documentName: string): boolean;
  /** The role a token opens, or null; compare in constant time (tokenRoles). */
  roleOf(token: string): ConnectionRole | null;
  requireApproval: boolean;
  /** Participants removed (kept out) and admitted (need not ask again); the relay updates both. */
  banned: Set<string>;
  admitted: Set<string>;
  /** Called after `banned` or `admitted` changed. */
  membershipChanged(): void;
  /** More Hocuspocus extensions (persistence, Redis). */
  extensions: Extension[];
  staticDir: string | null;
  listenHost: string;
  /** Ports to try in order; 0 takes any free one. */
  ports: number[];
  /** Behind a load balancer: take the client's address from X-Forwarded-For (for the connection throttle). */
  trustProxy?: boolean;
  limits: LiveLimits;
  now: () => number;
  log: (message: string) => void;
}

export interface Relay {
  port: number;
  participants(): LiveParticipant[];
  end(): Promise<void>;
}

/** Starts the HTTP server and the Hocuspocus endpoint with the shared rules. */
export async function startRelay(config: RelayConfig): Promise<Relay> {
  const { now, log, limits, banned, admitted, roleOf } = config;
  let requireApproval = config.requireApproval;
  let ended = false;

  const sockets = new Set<SocketState>();
  const members = new Map<string, Member>();
  const waiters = new Map<string, Waiter[]>();
  const hostSockets = new Set<SocketState>();
  /** Which socket owns each Yjs client id's presence: nobody sets another's. */
  const awarenessOwners = new Map<number, SocketState>();
  /** When the host was last told that someone was refused, by name (repeated attempts are told once a minute). */
  const refusalsTold = new Map<string, number>();

  const participants = (): LiveParticipant[] =>
    [...members.values()]
      .sort((a, b) => a.connectedAt - b.connectedAt)
      .map(({ participantId, name, role, state, connectedAt }) => ({ participantId, name, role, state, connectedAt }));

  const sendTo = (socket: SocketState, message: ToHostMessage | ToParticipantMessage) => {
    if (socket.connection !== null && !socket.closed) socket.connection.sendStateless(JSON.stringify(message));
  };
  /** The host connection contributions go to: the one that connected last. */
  const currentHost = (): SocketState | null => {
    let latest: SocketState | null = null;
    for (const socket of hostSockets) if (socket.connection !== null && !socket.closed) latest = socket;
    return latest;
  };
  const toHosts = (message: ToHostMessage) => {
    for (const socket of hostSockets) sendTo(socket, message);
  };
  const pushParticipants = () => toHosts({ type: 'participants', list: participants() });
  const tellHostRefused = (name: string, reason: string) => {
    const key = `${reason}\n${name}`;
    const at = now();
    if (at - (refusalsTold.get(key) ?? -Infinity) < 60_000) return;
    refusalsTold.set(key, at);
    if (refusalsTold.size > 1_000) refusalsTold.clear();
    toHosts({ type: 'refused', name, reason });
  };

  let port = 0;
  const remember = () => config.membershipChanged();

  function forgetSocket(socket: SocketState): void {
    hostSockets.delete(socket);
    for (const clientId of socket.awarenessClients) {
      if (awarenessOwners.get(clientId) === socket) awarenessOwners.delete(clientId);
    }
    const identity = socket.identity;
    for (const [participantId, list] of waiters) {
      const rest = list.filter((waiter) => waiter.socket !== socket);
      if (rest.length !== list.length) {
        list.filter((waiter) => waiter.socket === socket).forEach((waiter) => waiter.reject(REFUSALS.denied));
        if (rest.length === 0) waiters.delete(participantId);
        else waiters.set(participantId, rest);
      }
    }
    for (const member of members.values()) {
      if (member.sockets.delete(socket) && member.sockets.size === 0) {
        members.delete(member.participantId);
        pushParticipants();
      }
    }
    if (identity !== null && identity.role === 'host') log('The host disconnected.');
  }

  function settleWaiters(participantId: string, outcome: { admit: true } | { admit: false; reason: string }): void {
    const list = waiters.get(participantId) ?? [];
    waiters.delete(participantId);
    for (const waiter of list) {
      if (outcome.admit) waiter.resolve();
      else waiter.reject(outcome.reason);
    }
  }

  function closeSocket(socket: SocketState, code: number, reason: string): void {
    if (socket.closed) return;
    socket.connection?.close({ code, reason });
    socket.ws.close(code, reason);
  }

  function admit(participantId: string): void {
    admitted.add(participantId);
    const member = members.get(participantId);
    if (member !== undefined) member.state = 'in';
    settleWaiters(participantId, { admit: true });
    remember();
  }

  function handleHostMessage(message: HostMessage): void {
    switch (message.type) {
      case 'ack': {
        const member = members.get(message.participantId);
        const reply: ToParticipantMessage = {
          type: 'ack',
          opId: message.opId,
          ok: message.ok,
          ...(message.reason !== undefined ? { reason: message.reason } : {}),
        };
        for (const socket of member?.sockets ?? []) sendTo(socket, reply);
        return;
      }
      case 'admit':
        if (members.get(message.participantId)?.state === 'waiting') {
          admit(message.participantId);
          pushParticipants();
        }
        return;
      case 'deny':
        settleWaiters(message.participantId, { admit: false, reason: REFUSALS.denied });
        return;
      case 'remove': {
        banned.add(message.participantId);
        admitted.delete(message.participantId);
        settleWaiters(message.participantId, { admit: false, reason: REFUSALS.removed });
        const member = members.get(message.participantId);
        members.delete(message.participantId);
        for (const socket of member?.sockets ?? []) closeSocket(socket, CLOSE_CODES.removed, REFUSALS.removed);
        pushParticipants();
        remember();
        return;
      }
      case 'set-approval':
        requireApproval = message.required;
        if (!requireApproval) {
          for (const participantId of [...waiters.keys()]) admit(participantId);
          pushParticipants();
        }
        return;
    }
  }

  function handleParticipantMessage(socket: SocketState, identity: Identity, message: ParticipantMessage): void {
    const op = message.op;
    if (identity.role === 'viewer' || identity.role === 'host') {
      sendTo(socket, { type: 'ack', opId: op.opId, ok: false, reason: REFUSALS.notAllowed });
      return;
    }
    const host = currentHost();
    if (host === null) {
      sendTo(socket, { type: 'host-away', opId: op.opId });
      return;
    }
    const from = { participantId: identity.participantId, name: identity.name, role: identity.role };
    sendTo(host, { type: 'contribution', from, op });
  }

  const liveExtension: Extension = {
    async onAuthenticate(payload) {
      const socket = (payload.context as LiveContext).socket;
      if (ended) throw new LiveRefusal(REFUSALS.badToken);
      if (!config.documentAllowed(payload.documentName)) throw new LiveRefusal(REFUSALS.wrongDocument);
      // One identity per socket: a second document connection on it is refused.
      if (socket.identity !== null || socket.authenticating) throw new LiveRefusal(REFUSALS.badToken);
      let credentials;
      try {
        credentials = LiveCredentialsSchema.safeParse(JSON.parse(payload.token));
      } catch {
        throw new LiveRefusal(REFUSALS.badToken);
      }
      if (!credentials.success) throw new LiveRefusal(REFUSALS.badToken);
      const { participantId, name } = credentials.data;
      const role = roleOf(credentials.data.token);
      if (role === null) throw new LiveRefusal(REFUSALS.badToken);

      if (role === 'host') {
        socket.identity = { role, participantId, name };
        return;
      }
      if (banned.has(participantId)) {
        tellHostRefused(name, REFUSALS.removed);
        throw new LiveRefusal(REFUSALS.removed);
      }
      let member = members.get(participantId);
      if (member === undefined && members.size >= MAX_PARTICIPANTS) {
        tellHostRefused(name, REFUSALS.full);
        throw new LiveRefusal(REFUSALS.full);
      }
      payload.connectionConfig.readOnly = role !== 'editor';
      const waits = requireApproval && !admitted.has(participantId);
      if (member === undefined) {
        member = { participantId, name, role, state: waits ? 'waiting' : 'in', connectedAt: now(), sockets: new Set() };
        members.set(participantId, member);
      } else {
        member.name = name;
        member.role = role;
      }
      member.sockets.add(socket);
      // Someone let in (or joining while approval is off) need not ask again if it is turned on later.
      if (!waits && !admitted.has(participantId)) {
        admitted.add(participantId);
        remember();
      }
      socket.authenticating = true;
      try {
        if (waits) {
          pushParticipants();
          await new Promise<void>((resolve, reject) => {
            const waiter: Waiter = { socket, resolve, reject: (reason) => reject(new LiveRefusal(reason)) };
            waiters.set(participantId, [...(waiters.get(participantId) ?? []), waiter]);
          });
        }
      } catch (error) {
        if (member.sockets.delete(socket) && member.sockets.size === 0 && members.get(participantId) === member) {
          members.delete(participantId);
        }
        pushParticipants();
        throw error;
      } finally {
        socket.authenticating = false;
      }
      if (socket.closed || ended) throw new LiveRefusal(REFUSALS.badToken);
      socket.identity = { role, participantId, name };
    },

    async connected(payload) {
      const socket = (payload.context as LiveContext).socket;
      socket.connection = payload.connection;
      const identity = socket.identity;
      if (identity === null) return;
      if (identity.role === 'host') {
        hostSockets.add(socket);
        sendTo(socket, { type: 'participants', list: participants() });
        return;
      }
      const member = members.get(identity.participantId);
      if (member !== undefined) member.state = 'in';
      sendTo(socket, { type: 'welcome', role: identity.role, participantId: identity.participantId });
      pushParticipants();
    },

    async beforeHandleMessage(payload) {
      const socket = (payload.context as LiveContext).socket;
      const role = socket.identity?.role ?? 'viewer';
      if (payload.update.byteLength > limits.maxMessageBytes[role]) {
        log(`Closed a ${role}'s connection: a ${payload.update.byteLength}-byte message is over its limit.`);
        socket.ws.close(CLOSE_CODES.tooLarge, REFUSALS.tooLarge);
        throw new LiveRefusal(REFUSALS.tooLarge, CLOSE_CODES.tooLarge);
      }
    },

    async beforeHandleAwareness(payload) {
      const socket = (payload.context as LiveContext | undefined)?.socket;
      if (socket === undefined) return; // the server's own update
      const identity = socket.identity;
      for (const [clientId, state] of payload.states) {
        const owner = awarenessOwners.get(clientId);
        // A Y.Doc may change its client id, and a client may pass on states it learnt: the first socket to
        // set an id owns it (up to a few ids per socket); another socket's ids are dropped from the update.
        const mine = owner === socket || (owner === undefined && socket.awarenessClients.size < 8);
        if (identity === null || !mine) {
          payload.states.delete(clientId);
          continue;
        }
        if (owner === undefined) {
          awarenessOwners.set(clientId, socket);
          socket.awarenessClients.add(clientId);
        }
        // Who this is, as the server authenticated it (whatever else the client put in its state).
        state.live = { participantId: identity.participantId, name: identity.name, role: identity.role };
      }
    },

    async onStateless(payload) {
      const socket = (payload.connection.context as LiveContext).socket;
      const identity = socket.identity;
      if (identity === null) return;
      let json: unknown;
      try {
        json = JSON.parse(payload.payload);
      } catch {
        return;
      }
      if (identity.role === 'host') {
        const parsed = HostMessageSchema.safeParse(json);
        if (parsed.success) handleHostMessage(parsed.data);
        else log('Ignored a host message that is not part of the protocol.');
        return;
      }
      const parsed = ParticipantMessageSchema.safeParse(json);
      if (parsed.success) handleParticipantMessage(socket, identity, parsed.data);
      else log(`Ignored a message from ${identity.participantId} that is not part of the protocol.`);
    },
  };

  const throttle = new Throttle({
    throttle: limits.connectionsPerMinute,
    consideredSeconds: 60,
    banTime: limits.banMinutes,
    cleanupInterval: 90,
  });
  // Connection attempts per address. Loopback is this machine (the host app itself): never shut out.
  const connectionThrottle: Extension = {
    async onConnect(payload) {
      const address = payload.request.headers.get('x-real-ip') ?? '';
      if (!limits.throttleLoopback && isLoopbackAddress(address)) return;
      try {
        await throttle.onConnect(payload);
      } catch {
        throw new LiveRefusal(REFUSALS.tooFast);
      }
    },
    onDestroy: () => throttle.onDestroy(),
  };
  const hocuspocus = new Hocuspocus({
    name: 'waymark-live',
    quiet: true,
    // Sockets are watched by our own heartbeat and auth deadline; this only bounds the approval wait.
    timeout: 60 * 60_000,
    extensions: [connectionThrottle, liveExtension, ...config.extensions],
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  function attach(ws: WebSocket, request: IncomingMessage, address: string): void {
    const socket: SocketState = {
      ws,
      address,
      openedAt: now(),
      identity: null,
      authenticating: false,
      connection: null,
      bucket: createTokenBucket(limits.messagesPerSecond, limits.messageBurst),
      alive: true,
      closed: false,
      awarenessClients: new Set(),
    };
    sockets.add(socket);
    const context: LiveContext = { socket };
    const client = hocuspocus.handleConnection(
      ws as unknown as WebSocketLike,
      toFetchRequest(request, address),
      context,
    );
    ws.on('message', (data, isBinary) => {
      if (socket.closed) return;
      if (!isBinary) {
        ws.close(CLOSE_CODES.binaryOnly, 'Binary frames only.');
        return;
      }
      if (socket.identity?.role !== 'host' && !socket.bucket.take()) {
        log('Closed a connection that sent too many messages.');
        socket.closed = true;
        ws.close(CLOSE_CODES.tooFast, REFUSALS.tooFast);
        return;
      }
      client.handleMessage(toBytes(data));
    });
    ws.on('pong', () => {
      socket.alive = true;
    });
    ws.on('error', (error) => log(`A connection failed: ${error.message}`));
    ws.on('close', (code, reason) => {
      socket.closed = true;
      sockets.delete(socket);
      client.handleClose({ code, reason: reason.toString('utf8') });
      forgetSocket(socket);
    });
  }

  const site = createStaticSite({
    rootDir: config.staticDir,
    policyFor: (request) => {
      const wsOrigin = wsOriginOf(request);
      return {
        header: liveSessionPolicy(wsOrigin, { meta: false }),
        meta: liveSessionPolicy(wsOrigin, { meta: true }),
      };
    },
  });
  const http = createServer(site);
  http.on('upgrade', (request: IncomingMessage, duplex: Duplex, head: Buffer) => {
    const pathname = (request.url ?? '').split('?', 1)[0];
    if (ended) return refuseUpgrade(duplex, 410, 'Gone');
    if (pathname !== LIVE_WS_PATH) return refuseUpgrade(duplex, 404, 'Not Found');
    if (!originAllowed(request.headers.origin, request.headers.host)) return refuseUpgrade(duplex, 403, 'Forbidden');
    if (sockets.size >= MAX_PARTICIPANTS * 2 + 20) return refuseUpgrade(duplex, 503, 'Service Unavailable');
    const address = clientAddress(request, config.trustProxy === true);
    if (limits.throttleLoopback || !isLoopbackAddress(address)) {
      let open = 0;
      for (const socket of sockets) if (socket.address === address) open += 1;
      if (open >= limits.socketsPerAddress) return refuseUpgrade(duplex, 429, 'Too Many Requests');
    }
    wss.handleUpgrade(request, duplex, head, (ws) => attach(ws, request, address));
  });
  http.on('clientError', (_error, duplex) => duplex.destroy());

  let lastError: unknown = null;
  for (const candidate of config.ports) {
    try {
      port = await listen(http, candidate, config.listenHost);
      break;
    } catch (error) {
      lastError = error;
    }
  }
  if (port === 0) {
    throw new Error(
      `The live server could not listen on any port (${lastError instanceof Error ? lastError.message : String(lastError)}).`,
    );
  }

  const heartbeat = setInterval(() => {
    const at = now();
    for (const socket of sockets) {
      if (!socket.alive) {
        socket.ws.terminate();
        continue;
      }
      if (socket.identity === null && !socket.authenticating && at - socket.openedAt > limits.authDeadlineMs) {
        socket.ws.terminate();
        continue;
      }
      socket.alive = false;
      socket.ws.ping();
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  let ending: Promise<void> | null = null;
  return {
    port,
    participants,
    end: () => {
      ending ??= (async () => {
        ended = true;
        clearInterval(heartbeat);
        for (const participantId of [...waiters.keys()]) {
          settleWaiters(participantId, { admit: false, reason: REFUSALS.badToken });
        }
        for (const socket of [...sockets]) closeSocket(socket, CLOSE_CODES.ended, SESSION_ENDED_REASON);
        hocuspocus.closeConnections();
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeAllConnections();
        for (const socket of [...sockets]) socket.ws.terminate();
        wss.close();
        await closed;
        // Stores what persistence extensions still hold, then stops their timers.
        hocuspocus.flushPendingStores();
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      })();
      return ending;
    },
  };
}

/** Starts a session for one journey; resumes the journey's last session when it ended less than RESUME_WINDOW_MS ago. */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServerHandle> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.warn(`[live] ${message}`));
  const store = options.resumeStore ?? createMemoryResumeStore();
  const listenHost = options.listenHost ?? '0.0.0.0';
  const { journeyId } = options.request;
  const documentName = liveDocumentName(journeyId);

  const previous = await store.load(journeyId, now());
  const tokens: LiveResumeRecord['tokens'] = previous?.tokens ?? {
    host: newToken(),
    editor: newToken(),
    contributor: newToken(),
    viewer: newToken(),
  };
  const banned = new Set(previous?.banned ?? []);
  const admitted = new Set(previous?.admitted ?? []);
  let port = 0;
  const remember = () =>
    store.save({ journeyId, tokens, port, savedAt: now(), banned: [...banned], admitted: [...admitted] });

  const relay = await startRelay({
    documentAllowed: (name) => name === documentName,
    roleOf: tokenRoles(tokens),
    requireApproval: options.request.requireApproval,
    banned,
    admitted,
    membershipChanged: () => void remember(),
    extensions: [],
    staticDir: options.staticDir,
    listenHost,
    ports: [
      ...(previous !== null ? [previous.port] : []),
      ...(options.port === 0 ? [] : [options.port ?? PREFERRED_LIVE_PORT]),
      0,
    ],
    limits: { ...DEFAULT_LIVE_LIMITS, ...options.limits },
    now,
    log,
  });
  port = relay.port;
  // Keep the resume record fresh while the session runs, so a crash can still be resumed.
  const refresh = setInterval(() => void remember(), 5 * 60_000);
  refresh.unref();
  await remember();

  const interfaces: LiveInterface[] = LOOPBACK_HOSTS.has(listenHost)
    ? [LOOPBACK_INTERFACE]
    : lanInterfaces(options.networkInterfaces?.());
  const linkHost = interfaces[0]?.address ?? '127.0.0.1';
  const joinUrls = Object.fromEntries(
    LIVE_ROLES.map((role) => [role, `http://${linkHost}:${port}/${joinHash(tokens[role], journeyId)}`]),
  ) as Record<LiveRole, string>;

  const info: LiveSessionInfo = {
    journeyId,
    documentName,
    port,
    interfaces,
    joinUrls,
    hostWsUrl: `ws://127.0.0.1:${port}${LIVE_WS_PATH}`,
    hostToken: tokens.host,
    startedAt: now(),
    requireApproval: options.request.requireApproval,
    resumed: previous !== null,
  };
  log(`Live session for ${journeyId} on port ${port}${previous !== null ? ' (resumed)' : ''}.`);

  let ending: Promise<void> | null = null;
  return {
    info,
    participants: relay.participants,
    end: () => {
      ending ??= (async () => {
        clearInterval(refresh);
        await relay.end();
        await remember();
        log(`Live session for ${journeyId} ended.`);
      })();
      return ending;
    },
  };
}
