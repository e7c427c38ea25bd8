/**
 * The live-session figure of `npm run bench`: 30 simulated participants
 * (Node Hocuspocus provider clients, the app's own participant client) each
 * add 20 notes and 5 votes at random moments of a window, through the real
 * session server, to a host app in Node: the real editor store, live host
 * controller and storage layer over fake-indexeddb (not a browser: the host
 * window's frame times are not measured here).
 *
 * Measured: from a participant's send (the call that queues and sends the
 * contribution) to the host store having the note or vote; from the send to
 * the participant's ack (which the host sends once Dexie has it); and, once
 * everything is acknowledged, every note and vote counted in Dexie.
 * Everything runs in this one Node process, so the figures include the
 * participants' and the server's own work on the same thread.
 */
// IndexedDB for Dexie in Node, as the unit tests have it (the other figures run in Chromium).
import 'fake-indexeddb/auto';
import WebSocket from 'ws';
import { startLiveServer } from '../../electron/live/server';
import { LIVE_WS_PATH } from '../../electron/common/live';
import { buildOnlineOrderTemplate } from '../../renderer/src/domain/templates';
import { startLiveHost } from '../../renderer/src/session/live/host';
import { joinLive, type LiveParticipantClient } from '../../renderer/src/session/live/participant';
import { createEditorStore } from '../../renderer/src/session/store';
import { createPersister } from '../../renderer/src/session/persistence';
import {
  WaymarkDB,
  createJourneyFromDocument,
  getJourneyDocument,
  getJourneyForEditing,
} from '../../renderer/src/storage';
import { percentile } from './stats';

export interface LiveFigures {
  participants: number;
  notes: number;
  votes: number;
  windowMs: number;
  /** Send → the host store has it, ms. */
  toHost: { p50: number; p95: number; max: number };
  /** Send → acknowledged (stored in Dexie), ms. */
  toAck: { p50: number; p95: number; max: number };
  /** Counted in Dexie afterwards, against what was sent (plus what the journey had). */
  storedNotes: number;
  expectedNotes: number;
  storedVotes: number;
  expectedVotes: number;
  /** From the first send to the last ack, ms. */
  totalMs: number;
  /** The host's saves to Dexie meanwhile: how many, and how long each took. */
  writes: { count: number; p50: number; p95: number; max: number };
}

export const LIVE_TARGET_P95_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}.`);
    await sleep(20);
  }
}

const stats = (values: number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: values.length ? Math.max(...values) : Number.NaN,
});

export async function benchLive(
  options: { participants?: number; notes?: number; votes?: number; windowMs?: number } = {},
): Promise<LiveFigures> {
  const participants = options.participants ?? 30;
  const notesEach = options.notes ?? 20;
  const votesEach = options.votes ?? 5;
  const windowMs = options.windowMs ?? 30_000;
  const journey = buildOnlineOrderTemplate();
  journey.journey.workshop.dotsPerVoter = Math.max(votesEach, 1);
  const db = new WaymarkDB(`waymark-bench-live-${process.pid}`);
  await createJourneyFromDocument(db, journey);
  const read = await getJourneyForEditing(db, journey.journey.id);
  const persister = createPersister(db, journey.journey.id, read!.generation);
  const writeMs: number[] = [];
  const store = createEditorStore(read!.document, {
    persist: async (rows) => {
      const at = performance.now();
      await persister.persist(rows);
      writeMs.push(performance.now() - at);
    },
  });

  const server = await startLiveServer({
    request: { journeyId: journey.journey.id, journeyTitle: journey.journey.title, requireApproval: false },
    staticDir: null,
    port: 0,
    listenHost: '127.0.0.1',
    log: () => undefined,
  });
  const info = server.info;
  const host = startLiveHost({
    store,
    info,
    name: 'Facilitator',
    journeyId: journey.journey.id,
    WebSocketPolyfill: WebSocket,
  });
  const clients: LiveParticipantClient[] = [];
  try {
    await until(() => host.state.getState().status === 'live', 'the host to go live', 10_000);

    // When the host store first has each note and vote.
    const hostHas = new Map<string, number>();
    store.subscribe((state, prev) => {
      const at = performance.now();
      if (state.doc.notes !== prev.doc.notes)
        for (const id of Object.keys(state.doc.notes)) if (!hostHas.has(id)) hostHas.set(id, at);
      const votes = state.doc.journey.workshop.votes;
      if (votes !== prev.doc.journey.workshop.votes)
        for (const v of votes) if (!hostHas.has(v.id)) hostHas.set(v.id, at);
    });

    const token = new URL(info.joinUrls.contributor).hash.split('/')[2]!;
    const sentAt = new Map<string, { rowId: string; at: number }>();
    const ackedAt = new Map<string, number>();
    for (let i = 0; i < participants; i++) {
      const client = joinLive({
        wsUrl: `ws://127.0.0.1:${info.port}${LIVE_WS_PATH}`,
        documentName: info.documentName,
        credentials: { token, participantId: `bench-participant-${i}`, name: `Participant ${i + 1}` },
        WebSocketPolyfill: WebSocket,
      });
      client.state.subscribe((state, prev) => {
        if (state.outbox === prev.outbox) return;
        const at = performance.now();
        for (const e of state.outbox) if (e.state === 'acked' && !ackedAt.has(e.op.opId)) ackedAt.set(e.op.opId, at);
      });
      clients.push(client);
    }
    await until(
      () => clients.every((c) => c.state.getState().status === 'live' && c.state.getState().doc),
      'everyone to join',
      30_000,
    );

    const stages = journey.stages.map((s) => s.id);
    const targets = journey.touchpoints.map((t) => t.id);
    const texts = [
      'Tracking page never updated',
      'பணம் திரும்ப வரவில்லை',
      'Առաքումը ուշացավ',
      'డెలివరీ ఆలస్యమైంది',
      'പണം തിരികെ കിട്ടിയില്ല',
    ];
    // Every contribution gets its own moment in the window.
    const plan: Array<{ at: number; run: () => void }> = [];
    clients.forEach((client, i) => {
      for (let n = 0; n < notesEach; n++)
        plan.push({
          at: Math.random() * windowMs,
          run: () => {
            const r = client.addNote(stages[(i + n) % stages.length]!, `${texts[n % texts.length]} (${i}/${n})`);
            if (r.ok && r.op.kind === 'note') sentAt.set(r.op.opId, { rowId: r.op.noteId, at: performance.now() });
          },
        });
      for (let v = 0; v < votesEach; v++)
        plan.push({
          at: Math.random() * windowMs,
          run: () => {
            const r = client.vote('touchpoint', targets[(i * votesEach + v) % targets.length]!);
            if (r.ok && r.op.kind === 'vote') sentAt.set(r.op.opId, { rowId: r.op.voteId, at: performance.now() });
          },
        });
    });
    const start = performance.now();
    const timers = plan.map(({ at, run }) => setTimeout(run, at));
    await sleep(windowMs + 50);
    timers.forEach(clearTimeout);
    const total = participants * (notesEach + votesEach);
    await until(() => ackedAt.size >= total, 'every contribution to be acknowledged', 120_000);
    const totalMs = Math.max(...ackedAt.values()) - start;

    await store.getState().flush();
    const stored = await getJourneyDocument(db, journey.journey.id);
    const toHost: number[] = [];
    const toAck: number[] = [];
    for (const [opId, { rowId, at }] of sentAt) {
      const had = hostHas.get(rowId);
      if (had !== undefined) toHost.push(had - at);
      const acked = ackedAt.get(opId);
      if (acked !== undefined) toAck.push(acked - at);
    }
    return {
      participants,
      notes: notesEach,
      votes: votesEach,
      windowMs,
      toHost: stats(toHost),
      toAck: stats(toAck),
      storedNotes: stored?.notes.length ?? 0,
      expectedNotes: journey.notes.length + participants * notesEach,
      storedVotes: stored?.journey.workshop.votes.length ?? 0,
      expectedVotes: journey.journey.workshop.votes.length + participants * votesEach,
      totalMs,
      writes: { count: writeMs.length, ...stats(writeMs) },
    };
  } finally {
    for (const c of clients) c.disconnect();
    await host.end();
    await server.end();
    store.dispose();
    persister.close();
    db.close();
  }
}

export function formatLive(f: LiveFigures): string[] {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const pass = f.toHost.p95 < LIVE_TARGET_P95_MS;
  const counted = f.storedNotes === f.expectedNotes && f.storedVotes === f.expectedVotes;
  return [
    `Live session: ${f.participants} participants (Node provider clients) × ${f.notes} notes + ${f.votes} votes in ${(f.windowMs / 1000).toFixed(0)} s; host store in Node on fake-indexeddb`,
    `  send → host store   p50 ${ms(f.toHost.p50)}   p95 ${ms(f.toHost.p95)}   max ${ms(f.toHost.max)}   ${pass ? 'PASS' : 'MISS'} (p95 < ${LIVE_TARGET_P95_MS} ms)`,
    `  send → ack (stored) p50 ${ms(f.toAck.p50)}   p95 ${ms(f.toAck.p95)}   max ${ms(f.toAck.max)}`,
    `  host saves to Dexie ${f.writes.count}: p50 ${ms(f.writes.p50)}   p95 ${ms(f.writes.p95)}   max ${ms(f.writes.max)}`,
    `  in Dexie afterwards: notes ${f.storedNotes}/${f.expectedNotes}, votes ${f.storedVotes}/${f.expectedVotes}   ${counted ? 'PASS' : 'MISS'}; last ack ${(f.totalMs / 1000).toFixed(1)} s after the first send`,
  ];
}
