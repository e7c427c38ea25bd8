/**
 * Real clients against a real live server on an ephemeral loopback port:
 * Hocuspocus providers (what the app uses) and raw `ws` sockets speaking the
 * Hocuspocus wire format by hand (what a hostile client would do).
 */
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LIVE_WS_PATH, type LiveSessionInfo, type LiveRole } from '../../../../electron/common/live';
import { startLiveServer, type LiveServerHandle, type LiveServerOptions } from '../../../../electron/live/server';

export const INDEX_HTML =
  '<!doctype html><html><head><meta charset="UTF-8" />' +
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'" />` +
  '<title>Waymark</title></head><body><script type="module" src="/assets/app.js"></script></body></html>';

/** A stand-in for dist/renderer: index.html and one asset. */
export async function makeStaticDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-live-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log("waymark");\n');
  return dir;
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

const handles = new Set<LiveServerHandle>();
const clients = new Set<{ destroy(): void }>();

export async function startTestServer(
  overrides: Partial<Omit<LiveServerOptions, 'request'>> & { request?: Partial<LiveServerOptions['request']> } = {},
): Promise<LiveServerHandle & { logs: string[] }> {
  const logs: string[] = [];
  const handle = await startLiveServer({
    staticDir: null,
    port: 0,
    listenHost: '127.0.0.1',
    log: (message) => void logs.push(message),
    ...overrides,
    request: {
      journeyId: 'journey:live-test',
      journeyTitle: 'Live test',
      requireApproval: false,
      ...overrides.request,
    },
  });
  handles.add(handle);
  return Object.assign(handle, { logs });
}

/** Ends every server and client the test started. */
export async function cleanUp(): Promise<void> {
  for (const client of clients) client.destroy();
  clients.clear();
  await Promise.all([...handles].map((handle) => handle.end()));
  handles.clear();
}

export async function waitFor<T>(
  read: () => T | undefined | null | false,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let counter = 0;
export const newParticipantId = () =>
  `participant-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export function tokenFor(info: LiveSessionInfo, role: LiveRole | 'host'): string {
  if (role === 'host') return info.hostToken;
  const hash = new URL(info.joinUrls[role]).hash;
  const token = /^#\/join\/([^/]+)\//.exec(hash)?.[1];
  if (token === undefined) throw new Error(`No token in ${info.joinUrls[role]}`);
  return token;
}

export interface TestClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  messages: unknown[];
  failures: string[];
  closes: Array<{ code: number; reason: string }>;
  authenticated(): boolean;
  send(message: unknown): void;
  synced(): Promise<void>;
  destroy(): void;
}

export interface ConnectOptions {
  role: LiveRole | 'host';
  participantId?: string;
  name?: string;
  documentName?: string;
  /** A raw token string instead of credentials built from the role. */
  rawToken?: string;
  doc?: Y.Doc;
}

export function connect(info: LiveSessionInfo, options: ConnectOptions): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const messages: unknown[] = [];
  const failures: string[] = [];
  const closes: TestClient['closes'] = [];
  let isAuthenticated = false;
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${info.port}${LIVE_WS_PATH}`,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    onClose: ({ event }) => void closes.push({ code: event.code, reason: event.reason }),
  });
  const token =
    options.rawToken ??
    JSON.stringify({
      token: tokenFor(info, options.role),
      participantId: options.participantId ?? newParticipantId(),
      name: options.name ?? `${options.role} person`,
    });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName ?? info.documentName,
    document: doc,
    token,
    onAuthenticated: () => {
      isAuthenticated = true;
    },
    onAuthenticationFailed: ({ reason }) => void failures.push(reason),
    onStateless: ({ payload }) => void messages.push(JSON.parse(payload)),
  });
  provider.attach();
  const client: TestClient = {
    provider,
    doc,
    messages,
    failures,
    closes,
    authenticated: () => isAuthenticated && provider.isAuthenticated,
    send: (message) => provider.sendStateless(JSON.stringify(message)),
    synced: () => waitFor(() => provider.isSynced, 'the provider to sync').then(() => undefined),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
  clients.add(client);
  return client;
}

/** A raw socket to the live endpoint, for messages no provider would send. */
export function rawSocket(info: LiveSessionInfo, headers: Record<string, string> = {}): WebSocket {
  const ws = new WebSocket(`ws://127.0.0.1:${info.port}${LIVE_WS_PATH}`, { headers });
  clients.add({ destroy: () => ws.terminate() });
  return ws;
}

export const opened = (ws: WebSocket) =>
  new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
  });

export const closedWith = (ws: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );

/** Hocuspocus message types (server/src/types.ts). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, stateless: 5 } as const;

/** An auth message carrying `token` for `documentName`. */
export function authMessage(documentName: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MESSAGE.auth);
  encoding.writeVarUint(encoder, 0); // AuthMessageType.Token
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

/** A Yjs update message (sync type 2) for `documentName`. */
export function updateMessage(documentName: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function statelessMessage(documentName: string, payload: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MESSAGE.stateless);
  encoding.writeVarString(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const credentials = (token: string, participantId = newParticipantId(), name = 'Raw client') =>
  JSON.stringify({ token, participantId, name });

export type AuthOutcome = { kind: 'authenticated'; scope: string } | { kind: 'denied'; reason: string };

/** Reads the server's answer to an auth message from a raw socket's frames. */
export function authOutcome(ws: WebSocket): Promise<AuthOutcome> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== MESSAGE.auth) return;
      const kind = decoding.readVarUint(decoder);
      ws.off('message', onMessage);
      if (kind === 1) resolve({ kind: 'denied', reason: decoding.readVarString(decoder) });
      else if (kind === 2) resolve({ kind: 'authenticated', scope: decoding.readVarString(decoder) });
      else reject(new Error(`Unexpected auth message ${kind}`));
    };
    ws.on('message', onMessage);
    ws.once('close', (code, reason) => reject(new Error(`Closed ${code} ${reason.toString()} before an auth answer`)));
  });
}

/** Opens a raw socket and authenticates it with `token` (the whole Hocuspocus token string). */
export async function rawAuth(
  info: LiveSessionInfo,
  token: string,
  documentName = info.documentName,
): Promise<{ ws: WebSocket; outcome: AuthOutcome }> {
  const ws = rawSocket(info);
  await opened(ws);
  const answer = authOutcome(ws);
  ws.send(authMessage(documentName, token));
  return { ws, outcome: await answer };
}

/** Stateless payloads a raw socket received. */
export function statelessPayloads(ws: WebSocket): unknown[] {
  const received: unknown[] = [];
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) === MESSAGE.stateless) received.push(JSON.parse(decoding.readVarString(decoder)));
  });
  return received;
}
