/**
 * A live session in Node: the real session server (electron/live), a host
 * app (the real editor store over the real storage layer and persister, on
 * fake-indexeddb) and participants, all joined over WebSockets on loopback.
 */
import WebSocket from 'ws';
import { LIVE_WS_PATH, type LiveRole, type LiveSessionInfo } from '../../../../electron/common/live';
import type { JourneyDocument } from '../../../../renderer/src/domain/model';
import { buildOnlineOrderTemplate } from '../../../../renderer/src/domain/templates';
import {
  createJourneyFromDocument,
  getJourneyDocument,
  getJourneyForEditing,
  WaymarkDB,
} from '../../../../renderer/src/storage';
import { createPersister } from '../../../../renderer/src/session/persistence';
import { createEditorStore, type EditorStore } from '../../../../renderer/src/session/store';
import { startLiveHost, type LiveHost, type LiveHostOptions } from '../../../../renderer/src/session/live/host';
import {
  joinLive,
  type JoinOptions,
  type LiveParticipantClient,
  type OutboxStorage,
} from '../../../../renderer/src/session/live/participant';
import { newParticipantId, startTestServer, tokenFor } from '../../electron/live/helpers';

export { cleanUp as cleanUpServers, waitFor, sleep, startTestServer } from '../../electron/live/helpers';

let dbCounter = 0;

export interface HostApp {
  db: WaymarkDB;
  store: EditorStore;
  host: LiveHost;
  logs: string[];
  /** The journey as the database holds it now. */
  stored(): Promise<JourneyDocument>;
  close(): Promise<void>;
}

/** The facilitator's app: the journey stored, opened in an editor store, hosting the session. */
export async function openHost(
  info: LiveSessionInfo,
  doc: JourneyDocument,
  options: Partial<LiveHostOptions> & { debounceMs?: number; dbName?: string } = {},
): Promise<HostApp> {
  const db = new WaymarkDB(options.dbName ?? `live-test-${process.pid}-${++dbCounter}`);
  if (!(await db.journeys.get(doc.journey.id))) await createJourneyFromDocument(db, doc);
  const read = await getJourneyForEditing(db, doc.journey.id);
  const persister = createPersister(db, doc.journey.id, read!.generation);
  const store = createEditorStore(read!.document, {
    persist: persister.persist,
    debounceMs: options.debounceMs ?? 50,
  });
  const logs: string[] = [];
  const host = startLiveHost({
    store,
    info,
    name: 'Facilitator',
    journeyId: doc.journey.id,
    WebSocketPolyfill: WebSocket,
    onLog: (m) => void logs.push(m),
    ...options,
  });
  return {
    db,
    store,
    host,
    logs,
    stored: async () => (await getJourneyDocument(db, doc.journey.id))!,
    async close() {
      await host.end();
      store.dispose();
      persister.close();
      db.close();
    },
  };
}

/** A participant's device joining by the role's link. */
export function join(
  info: LiveSessionInfo,
  role: LiveRole,
  options: Partial<JoinOptions> & { name?: string; participantId?: string } = {},
): LiveParticipantClient {
  return joinLive({
    wsUrl: `ws://127.0.0.1:${info.port}${LIVE_WS_PATH}`,
    documentName: info.documentName,
    credentials: {
      token: tokenFor(info, role),
      participantId: options.participantId ?? newParticipantId(),
      name: options.name ?? `${role} person`,
    },
    WebSocketPolyfill: WebSocket,
    resendMs: 300,
    ...options,
  });
}

/** localStorage in memory. */
export function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A server for one journey (the Online order template unless given). */
export async function session(doc: JourneyDocument = buildOnlineOrderTemplate()) {
  const server = await startTestServer({
    request: { journeyId: doc.journey.id, journeyTitle: doc.journey.title, requireApproval: false },
  });
  return { server, info: server.info, doc };
}

/**
 * A device's network, for its WebSocketPolyfill: `down()` cuts every socket and refuses new ones
 * (as `context.setOffline` does in a browser); `up()` brings it back.
 */
export function deviceNetwork(): { WebSocket: unknown; down(): void; up(): void } {
  let online = true;
  const sockets = new Set<WebSocket>();
  class DeviceWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      // Offline: a loopback port nothing listens on, so the connection is refused at once.
      super(online ? url : 'ws://127.0.0.1:9/', protocols);
      sockets.add(this);
      this.on('close', () => sockets.delete(this));
      this.on('error', () => undefined);
    }
  }
  return {
    WebSocket: DeviceWebSocket,
    down() {
      online = false;
      for (const socket of sockets) socket.terminate();
    },
    up() {
      online = true;
    },
  };
}
