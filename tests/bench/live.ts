/**
 * The live-session figure of `npm run bench`: 30 simulated participants
 * (the app's own participant client over Node's `ws`, in a worker thread of
 * their own) each add 20 notes and 5 votes at random moments of a window,
 * through the real session server, to a host app on the main thread: the real
 * editor store, live host controller and storage layer over fake-indexeddb
 * (not a browser: the host window's frame times are not measured here).
 *
 * Measured, on a clock both threads share: from a participant's send (the
 * call that queues and sends the contribution) to the host store having the
 * note or vote; from the send to the participant's ack (which the host sends
 * once Dexie has it); the host's saves; and, once everything is acknowledged,
 * every note and vote counted in Dexie. The server shares the host's thread.
 */
// IndexedDB for Dexie in Node, as the unit tests have it (the other figures run in Chromium).
import 'fake-indexeddb/auto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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
import type { Browser, Locator, Page } from 'playwright-core';
import { startWebServer } from '../../electron/web/serve';
import { arrivalsFromChanges, matchInSendOrder } from './live-arrivals';
import { readJourneyRows } from './page/idb';
import { nextFrame, startLiveProbe, stopLiveProbe, waitForQuiet } from './page/probes';
import { recorded } from './page/recorded';
import { frameStats, percentile, type FrameStats } from './stats';

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
  const crowd = startParticipants({
    kind: PARTICIPANTS_WORKER,
    port: info.port,
    documentName: info.documentName,
    token: contributorToken(info.joinUrls.contributor),
    participants,
    notesEach,
    votesEach,
    windowMs,
    stages: journey.stages.map((s) => s.id),
    targets: journey.touchpoints.map((t) => t.id),
  });
  const { sentAt, ackedAt } = crowd;
  try {
    await until(() => host.state.getState().status === 'live', 'the host to go live', 10_000);

    // When the host store first has each note and vote (a clock both threads share).
    const hostHas = new Map<string, number>();
    store.subscribe((state, prev) => {
      const at = clock();
      if (state.doc.notes !== prev.doc.notes)
        for (const id of Object.keys(state.doc.notes)) if (!hostHas.has(id)) hostHas.set(id, at);
      const votes = state.doc.journey.workshop.votes;
      if (votes !== prev.doc.journey.workshop.votes)
        for (const v of votes) if (!hostHas.has(v.id)) hostHas.set(v.id, at);
    });

    await crowd.joined();
    const start = clock();
    await crowd.go();
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
    await crowd.terminate();
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
    `Live session, host in Node (no page, no frames): ${f.participants} participants × ${f.notes} notes + ${f.votes} votes in ${(f.windowMs / 1000).toFixed(0)} s; host store on fake-indexeddb`,
    `  send → host store   p50 ${ms(f.toHost.p50)}   p95 ${ms(f.toHost.p95)}   max ${ms(f.toHost.max)}   ${pass ? 'PASS' : 'MISS'} (p95 < ${LIVE_TARGET_P95_MS} ms)`,
    `  send → ack (stored) p50 ${ms(f.toAck.p50)}   p95 ${ms(f.toAck.p95)}   max ${ms(f.toAck.max)}`,
    `  host saves to Dexie ${f.writes.count}: p50 ${ms(f.writes.p50)}   p95 ${ms(f.writes.p95)}   max ${ms(f.writes.max)}`,
    `  in Dexie afterwards: notes ${f.storedNotes}/${f.expectedNotes}, votes ${f.storedVotes}/${f.expectedVotes}   ${counted ? 'PASS' : 'MISS'}; last ack ${(f.totalMs / 1000).toFixed(1)} s after the first send`,
  ];
}

// ---------- the host in the bench's Chromium: the real app, served by the web fallback server ----------

export interface LivePageFigures {
  participants: number;
  notes: number;
  votes: number;
  windowMs: number;
  /** Send → the host page shows it (the panel's counts, read once a frame), ms, matched in order. */
  toHost: { p50: number; p95: number; max: number };
  /** Arrivals seen out of send order would make a matched figure negative: how many (clock or order). */
  negative: number;
  /** Send → acknowledged (the host page's Dexie has it), ms. */
  toAck: { p50: number; p95: number; max: number };
  /** Host frame intervals at fit view from the first send to the last ack. */
  frames: FrameStats;
  /** The page's epoch clock minus Node's, ms (subtracted from the page's times). */
  clockOffsetMs: number;
  /** The map's zoom at fit view, with the workshop panel open. */
  zoom: number;
  storedNotes: number;
  expectedNotes: number;
  storedVotes: number;
  expectedVotes: number;
  totalMs: number;
}

/** The same limit as the pan figure at fit view (tests/bench/README.md, Reading it). */
export const LIVE_FRAME_TARGET_P95_MS = 33;
const FRAME_JITTER_MS = 0.5;

/** The page's epoch clock minus Node's: the reading with the shortest round trip of 9, taken at its middle. */
async function clockOffset(page: Page): Promise<number> {
  let best = { rtt: Number.POSITIVE_INFINITY, offset: 0 };
  for (let i = 0; i < 9; i++) {
    const sent = clock();
    const there = await page.evaluate(() => performance.timeOrigin + performance.now());
    const back = clock();
    if (back - sent < best.rtt) best = { rtt: back - sent, offset: there - (sent + back) / 2 };
  }
  return best.offset;
}

/** Waits on a page, failing with a sentence that says what did not show. */
async function shown(locator: Locator, what: string): Promise<void> {
  await locator.waitFor({ timeout: 30_000 }).catch(() => {
    throw new Error(`The host page never showed ${what}.`);
  });
}

/**
 * The host is the built app in a Chromium page, served with its live API by
 * electron/web/serve.ts (`npm start`'s server). A user's steps: the Online
 * order template from the library (it opens at fit view), the Workshop panel,
 * Start session, the tally hidden until Reveal (so the panel shows how many
 * dots are placed), Start live session. The participants take the
 * contributor token from the server's session info and join through it.
 */
export async function benchLiveHostPage(options: {
  browser: Browser;
  /** The built renderer (index.html). */
  appDir: string;
  window: { width: number; height: number };
  participants?: number;
  notes?: number;
  votes?: number;
  windowMs?: number;
  /** Where to save a screenshot of the host page once every contribution is in. */
  screenshot?: string;
}): Promise<LivePageFigures> {
  const participants = options.participants ?? 30;
  const notesEach = options.notes ?? 20;
  const votesEach = options.votes ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const template = buildOnlineOrderTemplate();
  const web = await startWebServer({
    rootDir: options.appDir,
    resumeDir: null,
    log: () => undefined,
    live: { port: 0, listenHost: '127.0.0.1' },
  });
  const context = await options.browser.newContext({ viewport: options.window });
  let crowd: Crowd | null = null;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.warn(`[live host page error] ${error.message}`));
    await page.goto(`${web.url}#/`);
    await page.getByRole('button', { name: template.journey.title }).click();
    await shown(page.getByTestId('journey-canvas'), 'the journey canvas');
    await shown(page.locator('.tp-title').first(), 'the template’s touchpoints');
    const panel = page.getByRole('complementary', { name: 'Workshop' });
    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    await shown(panel, 'the workshop panel');
    await panel.getByRole('button', { name: 'Start session' }).click();
    await panel.getByRole('radio', { name: 'Hidden until Reveal' }).check();
    await panel.getByRole('button', { name: 'Start live session' }).click();
    await shown(panel.getByRole('textbox', { name: 'Contributor link' }), 'the contributor link');
    // Fit view with the panel open, as the facilitator would have it.
    await page.locator('.react-flow__controls-fitview').click();
    await page.evaluate(waitForQuiet, { quietFrames: 30, maxInterval: 20, timeout: 5_000 });
    const zoom = await page.evaluate(() => {
      const m = /scale\(([\d.]+)\)/.exec(
        document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
      );
      return m ? Number(m[1]) : Number.NaN;
    });

    const info = web.live.status();
    if (!info) throw new Error('The live session did not start on the server.');
    const before = await page.evaluate(readJourneyRows, { database: 'waymark', journeyId: info.journeyId });
    crowd = startParticipants({
      kind: PARTICIPANTS_WORKER,
      port: info.port,
      documentName: info.documentName,
      token: contributorToken(info.joinUrls.contributor),
      participants,
      notesEach,
      votesEach,
      windowMs,
      stages: before.stageIds,
      targets: before.touchpointIds,
    });
    await crowd.joined();
    await shown(panel.getByText(`${participants} people connected`), `${participants} people connected`);
    const offset = await clockOffset(page);
    await page.evaluate(startLiveProbe);
    await page.evaluate(nextFrame);
    const start = clock();
    const going = crowd;
    await recorded(page, 'live-host', () => going.go());
    const lastAck = Math.max(...crowd.ackedAt.values());
    // A few frames more, so that the last arrivals are seen.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const seen = await page.evaluate(stopLiveProbe);
    if (options.screenshot) await page.screenshot({ path: options.screenshot });
    const after = await page.evaluate(readJourneyRows, { database: 'waymark', journeyId: info.journeyId });

    // Arrival times of each count's increments, matched in order with the sends of that kind.
    const total = participants * (notesEach + votesEach);
    if (crowd.sentAt.size !== total)
      throw new Error(`The participants reported ${crowd.sentAt.size} of their ${total} sends.`);
    const arrivals = arrivalsFromChanges(seen.changes, offset);
    const toHost = matchInSendOrder([...crowd.sentAt.values()], arrivals);
    const toAck: number[] = [];
    for (const [opId, { at }] of crowd.sentAt) {
      const acked = crowd.ackedAt.get(opId);
      if (acked !== undefined) toAck.push(acked - at);
    }
    const missing = total - toHost.length;
    if (missing > 0) throw new Error(`The host page never showed ${missing} of the contributions.`);
    const extra = arrivals.note.length + arrivals.vote.length - total;
    if (extra > 0) throw new Error(`The host page counted ${extra} contributions more than were sent.`);
    return {
      participants,
      notes: notesEach,
      votes: votesEach,
      windowMs,
      toHost: stats(toHost),
      negative: toHost.filter((ms) => ms < 0).length,
      toAck: stats(toAck),
      frames: frameStats(seen.frames.map((t) => t - offset).filter((t) => t >= start && t <= lastAck)),
      clockOffsetMs: offset,
      zoom,
      storedNotes: after.notes,
      expectedNotes: before.notes + participants * notesEach,
      storedVotes: after.journey?.workshop?.votes?.length ?? 0,
      expectedVotes: (before.journey?.workshop?.votes?.length ?? 0) + participants * votesEach,
      totalMs: lastAck - start,
    };
  } finally {
    await crowd?.terminate();
    await context.close();
    await web.close();
  }
}

export function formatLivePage(f: LivePageFigures): string[] {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const pass = f.toHost.p95 < LIVE_TARGET_P95_MS;
  const framesPass = f.frames.p95 <= LIVE_FRAME_TARGET_P95_MS + FRAME_JITTER_MS;
  const counted = f.storedNotes === f.expectedNotes && f.storedVotes === f.expectedVotes;
  return [
    `Live session, host in Chromium: ${f.participants} participants (Node provider clients) × ${f.notes} notes + ${f.votes} votes in ${(f.windowMs / 1000).toFixed(0)} s; Online order template at fit view (zoom ${f.zoom.toFixed(2)}), served by electron/web/serve.ts`,
    `  send → host page shows it  p50 ${ms(f.toHost.p50)}   p95 ${ms(f.toHost.p95)}   max ${ms(f.toHost.max)}   ${pass ? 'PASS' : 'MISS'} (p95 < ${LIVE_TARGET_P95_MS} ms; panel counts read each frame, matched in send order; page clock ${f.clockOffsetMs >= 0 ? '+' : ''}${f.clockOffsetMs.toFixed(1)} ms${f.negative ? `; ${f.negative} negative` : ''})`,
    `  send → ack (in host Dexie) p50 ${ms(f.toAck.p50)}   p95 ${ms(f.toAck.p95)}   max ${ms(f.toAck.max)}`,
    `  host frames meanwhile      ${f.frames.frames}: p50 ${ms(f.frames.p50)}   p95 ${ms(f.frames.p95)}   max ${ms(f.frames.max)}   ${framesPass ? 'PASS' : 'MISS'} (p95 ≤ ${LIVE_FRAME_TARGET_P95_MS} ms, as pan at fit view)`,
    `  in the host's IndexedDB afterwards: notes ${f.storedNotes}/${f.expectedNotes}, votes ${f.storedVotes}/${f.expectedVotes}   ${counted ? 'PASS' : 'MISS'}; last ack ${(f.totalMs / 1000).toFixed(1)} s after the first send`,
  ];
}

// ---------- the participants, in a worker thread of their own (30 phones are not the host's thread) ----------

const PARTICIPANTS_WORKER = 'waymark-bench-live-participants';
/** Milliseconds on a clock the main thread and the worker share. */
const clock = () => performance.timeOrigin + performance.now();

interface ParticipantsJob {
  kind: typeof PARTICIPANTS_WORKER;
  port: number;
  documentName: string;
  token: string;
  participants: number;
  notesEach: number;
  votesEach: number;
  windowMs: number;
  stages: string[];
  targets: string[];
}

type FromParticipants =
  | { type: 'joined' }
  | { type: 'sent'; opId: string; rowId: string; kind: 'note' | 'vote'; at: number }
  | { type: 'acked'; opId: string; at: number }
  | { type: 'failed'; message: string };

/** The contributor link's token (`…/#/join/<token>/<journey>`). */
const contributorToken = (link: string) => new URL(link).hash.split('/')[2]!;

/** The participants' worker, as the host side drives it: what was sent and acknowledged, by op id. */
interface Crowd {
  /** Send time and note or vote id of each contribution, by op id (shared clock). */
  sentAt: Map<string, { rowId: string; kind: 'note' | 'vote'; at: number }>;
  /** Ack time by op id (shared clock). */
  ackedAt: Map<string, number>;
  /** Resolves once every participant is live. */
  joined(): Promise<void>;
  /** Starts the window; resolves once every contribution is acknowledged. */
  go(): Promise<void>;
  terminate(): Promise<void>;
}

function startParticipants(job: ParticipantsJob): Crowd {
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  const sentAt: Crowd['sentAt'] = new Map();
  const ackedAt = new Map<string, number>();
  let joined = false;
  let failure: string | null = null;
  worker.on('message', (m: FromParticipants) => {
    if (m.type === 'joined') joined = true;
    else if (m.type === 'sent') sentAt.set(m.opId, { rowId: m.rowId, kind: m.kind, at: m.at });
    else if (m.type === 'acked') ackedAt.set(m.opId, m.at);
    else failure = m.message;
  });
  worker.on('error', (error) => (failure = error.message));
  const total = job.participants * (job.notesEach + job.votesEach);
  return {
    sentAt,
    ackedAt,
    joined: async () => {
      await until(() => joined || failure !== null, 'everyone to join', 60_000);
      if (failure) throw new Error(failure);
    },
    go: async () => {
      worker.postMessage('go');
      await until(
        () => ackedAt.size >= total || failure !== null,
        'every contribution to be acknowledged',
        job.windowMs + 120_000,
      );
      if (failure) throw new Error(failure);
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
}

const TEXTS = [
  'Tracking page never updated',
  'பணம் திரும்ப வரவில்லை',
  'Առաքումը ուշացավ',
  'డెలివరీ ఆలస్యమైంది',
  'പണം തിരികെ കിട്ടിയില്ല',
];

async function runParticipants(job: ParticipantsJob): Promise<void> {
  const post = (m: FromParticipants) => parentPort!.postMessage(m);
  const clients: LiveParticipantClient[] = [];
  const acked = new Set<string>();
  for (let i = 0; i < job.participants; i++) {
    const client = joinLive({
      wsUrl: `ws://127.0.0.1:${job.port}${LIVE_WS_PATH}`,
      documentName: job.documentName,
      credentials: { token: job.token, participantId: `bench-participant-${i}`, name: `Participant ${i + 1}` },
      WebSocketPolyfill: WebSocket,
    });
    client.state.subscribe((state, prev) => {
      if (state.outbox === prev.outbox) return;
      const at = clock();
      for (const e of state.outbox)
        if (e.state === 'acked' && !acked.has(e.op.opId)) {
          acked.add(e.op.opId);
          post({ type: 'acked', opId: e.op.opId, at });
        }
    });
    clients.push(client);
  }
  await until(
    () => clients.every((c) => c.state.getState().status === 'live' && c.state.getState().doc),
    'everyone to join',
    30_000,
  );
  await new Promise<void>((resolve) => {
    parentPort!.once('message', () => resolve());
    post({ type: 'joined' });
  });
  // Every contribution gets its own moment in the window.
  clients.forEach((client, i) => {
    for (let n = 0; n < job.notesEach; n++)
      setTimeout(() => {
        const text = `${TEXTS[n % TEXTS.length]} (${i}/${n})`;
        // The send starts with the call (which queues and sends it), so the clock is read before it.
        const at = clock();
        const r = client.addNote(job.stages[(i + n) % job.stages.length]!, text);
        if (r.ok && r.op.kind === 'note') post({ type: 'sent', opId: r.op.opId, rowId: r.op.noteId, kind: 'note', at });
      }, Math.random() * job.windowMs);
    for (let v = 0; v < job.votesEach; v++)
      setTimeout(() => {
        const at = clock();
        const r = client.vote('touchpoint', job.targets[(i * job.votesEach + v) % job.targets.length]!);
        if (r.ok && r.op.kind === 'vote') post({ type: 'sent', opId: r.op.opId, rowId: r.op.voteId, kind: 'vote', at });
      }, Math.random() * job.windowMs);
  });
}

if (!isMainThread && (workerData as ParticipantsJob | null)?.kind === PARTICIPANTS_WORKER) {
  runParticipants(workerData as ParticipantsJob).catch((error: unknown) =>
    parentPort!.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies FromParticipants),
  );
}
