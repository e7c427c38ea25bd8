/**
 * Contributors' notes and dots through the real session server to the host
 * app: acknowledged only once the database has them, applied once however
 * often they arrive, within the dot budget; an offline participant keeps its
 * outbox and it arrives after reconnecting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TAMIL, ARMENIAN, TELUGU, MALAYALAM } from '../../../fixtures/seed-text';
import {
  cleanUpServers,
  deviceNetwork,
  join,
  memoryStorage,
  openHost,
  session,
  sleep,
  startTestServer,
  waitFor,
  type HostApp,
} from './helpers';
import type { LiveParticipantClient } from '../../../../renderer/src/session/live/participant';
import { getJourneyDocument } from '../../../../renderer/src/storage';
import { buildOnlineOrderTemplate } from '../../../../renderer/src/domain/templates';
import { createMemoryResumeStore } from '../../../../electron/live/resume-store';

const opened: Array<{ close(): Promise<void> } | { disconnect(): void }> = [];
const track = <T extends { close(): Promise<void> } | { disconnect(): void }>(x: T) => (opened.push(x), x);

afterEach(async () => {
  for (const x of opened.splice(0)) {
    if ('close' in x) await x.close();
    else x.disconnect();
  }
  await cleanUpServers();
});

const live = (c: LiveParticipantClient) =>
  waitFor(() => c.state.getState().status === 'live', 'the participant to be let in');
const acked = (c: LiveParticipantClient, opId: string) =>
  waitFor(
    () => c.state.getState().outbox.find((e) => e.op.opId === opId && e.state !== 'pending' && e.state !== 'sent'),
    `the ack of ${opId}`,
  );

describe('contributions from participants', () => {
  it('a note in each seed script is acknowledged only after the database has it, and every device sees it', async () => {
    const { info, doc } = await session();
    const app: HostApp = track(await openHost(info, doc, { debounceMs: 60_000 }));
    await waitFor(() => app.host.state.getState().status === 'live', 'the host to go live');
    const stage = doc.stages[1]!;
    const people = [TAMIL[0], ARMENIAN[0], TELUGU[0], MALAYALAM[0]].map((text, i) => {
      const c = track(join(info, 'contributor', { name: `P${i}` }));
      return { c, text };
    });
    await Promise.all(people.map(({ c }) => live(c)));
    // The host's autosave debounce is a minute: only the contribution's own flush can save it.
    const ops = people.map(({ c, text }) => {
      const r = c.addNote(stage.id, text);
      if (!r.ok) throw new Error(r.reason);
      return { c, op: r.op };
    });
    for (const { c, op } of ops) {
      const entry = await acked(c, op.opId);
      expect(entry.state).toBe('acked');
      // At the moment of the ack the row is stored.
      const stored = await app.db.notes.get((op.kind === 'note' ? op.noteId : '') as never);
      expect(stored).toMatchObject({ journeyId: doc.journey.id, text: op.kind === 'note' ? op.text : '' });
    }
    // Every participant's view shows all four notes (the shared document, validated).
    for (const { c } of people)
      await waitFor(
        () => Object.keys(c.state.getState().doc?.notes ?? {}).length === doc.notes.length + 4,
        'the notes',
      );
    expect(app.store.getState().history.past).toHaveLength(0);
  });

  it('a resent contribution is applied once; a dot over the budget is refused with a reason', async () => {
    const { info, doc } = await session();
    const app = track(await openHost(info, doc));
    const w = doc.journey.workshop;
    expect(w.dotsPerVoter).toBeGreaterThan(0);
    const c = track(join(info, 'contributor', { name: TELUGU[1].slice(0, 40) }));
    await live(c);
    const target = doc.touchpoints[0]!.id;
    const results = Array.from({ length: w.dotsPerVoter + 1 }, () => c.vote('touchpoint', target));
    const ops = results.map((r) => (r.ok ? r.op : null)).filter((op) => op !== null);
    const entries = [];
    for (const op of ops) entries.push(await acked(c, op.opId));
    expect(entries.slice(0, -1).every((e) => e.state === 'acked')).toBe(true);
    expect(entries.at(-1)).toMatchObject({ state: 'refused', reason: expect.stringMatching(/all \d+ of your dots/) });

    // The same ops again (a reload, a retry): nothing is applied twice.
    const client = c as unknown as { state: typeof c.state };
    client.state.setState({ outbox: client.state.getState().outbox.map((e) => ({ ...e, state: 'pending' })) });
    await sleep(900);
    await waitFor(
      () => c.state.getState().outbox.every((e) => e.state === 'acked' || e.state === 'refused'),
      'acks again',
    );
    await app.store.getState().flush();
    const stored = await getJourneyDocument(app.db, doc.journey.id);
    const voter = stored!.journey.workshop.voters.find((v) => v.name === TELUGU[1].slice(0, 40));
    expect(voter).toBeDefined();
    expect(stored!.journey.workshop.votes.filter((v) => v.voterId === voter!.id)).toHaveLength(w.dotsPerVoter);
    // The participant finds its own voter (and so its own dots) in the room.
    await waitFor(() => c.state.getState().voterId === voter!.id, 'the participant to know its voter');
    // Taking a dot back frees one.
    const mine = stored!.journey.workshop.votes.find((v) => v.voterId === voter!.id)!;
    const un = c.unvote(mine.id);
    if (!un.ok) throw new Error(un.reason);
    expect((await acked(c, un.op.opId)).state).toBe('acked');
    const after = await getJourneyDocument(app.db, doc.journey.id);
    expect(after!.journey.workshop.votes.some((v) => v.id === mine.id)).toBe(false);
  });

  it('dots on a pain point the facilitator deletes are given back, as the panel counts them', async () => {
    const { info, doc } = await session();
    const app = track(await openHost(info, doc));
    const w = doc.journey.workshop;
    const c = track(join(info, 'contributor', { name: ARMENIAN[0].slice(0, 40) }));
    await live(c);
    const touchpoint = doc.touchpoints.find((t) => t.painPoints.length > 0)!;
    const pain = touchpoint.painPoints[0]!;
    for (let i = 0; i < w.dotsPerVoter; i++) {
      const r = c.vote('pain', pain.id);
      if (!r.ok) throw new Error(r.reason);
      expect((await acked(c, r.op.opId)).state).toBe('acked');
    }
    const over = c.vote('touchpoint', touchpoint.id);
    if (!over.ok) throw new Error(over.reason);
    expect((await acked(c, over.op.opId)).state).toBe('refused');

    // The facilitator deletes the pain point: its dots go with it, in the panel and for the host.
    const before = app.store.getState().doc.touchpoints[touchpoint.id]!;
    const after = { ...before, painPoints: before.painPoints.filter((p) => p.id !== pain.id) };
    app.store.getState().run('Delete pain point', [{ table: 'touchpoints', id: before.id, before, after }]);
    const again = c.vote('touchpoint', touchpoint.id);
    if (!again.ok) throw new Error(again.reason);
    expect((await acked(c, again.op.opId)).state).toBe('acked');
    const stored = await app.stored();
    const voterId = c.state.getState().voterId;
    expect(
      stored.journey.workshop.votes.filter((v) => v.voterId === voterId && v.targetKind === 'touchpoint'),
    ).toHaveLength(1);
  });

  it('while the facilitator has voting closed, dots placed or taken back are refused and the tally stays; reopened, they count', async () => {
    const { info, doc } = await session();
    const app = track(await openHost(info, doc));
    const c = track(join(info, 'contributor', { name: MALAYALAM[0].slice(0, 40) }));
    await live(c);
    const target = doc.touchpoints[0]!.id;
    const first = c.vote('touchpoint', target);
    if (!first.ok) throw new Error(first.reason);
    expect((await acked(c, first.op.opId)).state).toBe('acked');

    app.host.setRoom({ voting: { open: false } });
    await waitFor(() => c.state.getState().room.voting?.open === false, 'the participant to see voting closed');
    const closed = c.vote('touchpoint', target);
    const back = c.unvote(first.op.kind === 'vote' ? first.op.voteId : '');
    if (!closed.ok || !back.ok) throw new Error('not queued');
    expect(await acked(c, closed.op.opId)).toMatchObject({ state: 'refused', reason: expect.stringMatching(/closed/) });
    expect(await acked(c, back.op.opId)).toMatchObject({ state: 'refused', reason: expect.stringMatching(/closed/) });
    expect(app.host.state.getState().lastRefusalText).toMatchObject({
      code: 'contributionRefused',
      params: { reason: { code: 'refusalVotingClosed' } },
    });
    await app.store.getState().flush();
    expect((await app.stored()).journey.workshop.votes.map((v) => v.id)).toEqual([
      ...doc.journey.workshop.votes.map((v) => v.id),
      first.op.kind === 'vote' ? first.op.voteId : '',
    ]);

    app.host.setRoom({ voting: { open: true } });
    await waitFor(() => c.state.getState().room.voting?.open === true, 'the participant to see voting open');
    const reopened = c.vote('touchpoint', target);
    if (!reopened.ok) throw new Error(reopened.reason);
    expect((await acked(c, reopened.op.opId)).state).toBe('acked');
    expect((await app.stored()).journey.workshop.votes).toHaveLength(doc.journey.workshop.votes.length + 2);
  });

  it('notes to a stage that is not there, and dots on nothing, are refused and not stored', async () => {
    const { info, doc } = await session();
    const app = track(await openHost(info, doc));
    const c = track(join(info, 'contributor'));
    await live(c);
    const note = c.addNote('stage:doesnotexist', ARMENIAN[1]);
    const vote = c.vote('pain', 'pain:doesnotexist');
    if (!note.ok || !vote.ok) throw new Error('not queued');
    expect(await acked(c, note.op.opId)).toMatchObject({ state: 'refused', reason: expect.stringContaining('stage') });
    expect(await acked(c, vote.op.opId)).toMatchObject({ state: 'refused' });
    expect(c.addNote(doc.stages[0]!.id, '   ')).toMatchObject({ ok: false });
    const stored = await app.stored();
    expect(stored.notes).toHaveLength(doc.notes.length);
    expect(stored.journey.workshop.votes).toHaveLength(doc.journey.workshop.votes.length);
    expect(app.host.state.getState().lastRefusal).toMatch(/^contributor person: /);
  });

  it('contributions while the host is away stay pending and are acknowledged once it is back', async () => {
    const { info, doc } = await session();
    const app = await openHost(info, doc);
    const c = track(join(info, 'contributor'));
    await live(c);
    await app.close();
    const away = c.addNote(doc.stages[0]!.id, MALAYALAM[1]);
    if (!away.ok) throw new Error(away.reason);
    await sleep(800);
    expect(c.state.getState().outbox.find((e) => e.op.opId === away.op.opId)!.state).toMatch(/pending|sent/);
    // The facilitator's app comes back (the same database) and the note is stored, then acknowledged.
    const again = track(await openHost(info, doc, { dbName: app.db.name }));
    expect((await again.stored()).notes.some((n) => n.text === MALAYALAM[1])).toBe(false);
    expect((await acked(c, away.op.opId)).state).toBe('acked');
    expect((await again.stored()).notes.some((n) => n.text === MALAYALAM[1])).toBe(true);
  });

  it('a participant that goes offline keeps its outbox (across a reload) and it arrives after reconnecting', async () => {
    const { info, doc } = await session();
    const app = track(await openHost(info, doc));
    const storage = memoryStorage();
    const participantId = 'participant-offline-1';
    const network = deviceNetwork();
    const phone = join(info, 'contributor', { storage, participantId, WebSocketPolyfill: network.WebSocket });
    await live(phone);
    network.down();
    await waitFor(() => phone.state.getState().status === 'offline', 'the phone to notice it is offline');
    const texts = [TAMIL[1], ARMENIAN[2], TELUGU[2]];
    const ops = texts.map((text) => {
      const r = phone.addNote(doc.stages[2]!.id, text);
      if (!r.ok) throw new Error(r.reason);
      return r.op;
    });
    expect(phone.state.getState().outbox.map((e) => e.state)).toEqual(['pending', 'pending', 'pending']);
    // The page is reloaded while offline: the outbox comes back from storage.
    phone.disconnect();
    const reloaded = track(join(info, 'contributor', { storage, participantId, WebSocketPolyfill: network.WebSocket }));
    expect(reloaded.state.getState().outbox.map((e) => e.op.opId)).toEqual(ops.map((op) => op.opId));
    await sleep(300);
    expect(reloaded.state.getState().status).not.toBe('live');
    network.up();
    for (const op of ops) expect((await acked(reloaded, op.opId)).state).toBe('acked');
    const stored = await app.stored();
    for (const text of texts) expect(stored.notes.filter((n) => n.text === text)).toHaveLength(1);
  });

  it('the session ends and is resumed with the same links: the outbox kept meanwhile arrives', async () => {
    const doc = buildOnlineOrderTemplate();
    const resumeStore = createMemoryResumeStore();
    const request = { journeyId: doc.journey.id, journeyTitle: doc.journey.title, requireApproval: false };
    const first = await startTestServer({ request, resumeStore });
    const info = first.info;
    const app = track(await openHost(info, doc));
    const phone = track(join(info, 'contributor'));
    await live(phone);
    await first.end();
    await waitFor(() => phone.state.getState().status === 'ended', 'the phone to say the session ended');
    const r = phone.addNote(doc.stages[1]!.id, MALAYALAM[3]);
    if (!r.ok) throw new Error(r.reason);
    // Failed reconnection attempts meanwhile do not turn "ended" into "offline".
    await sleep(1500);
    expect(phone.state.getState().status).toBe('ended');
    // The facilitator resumes it: same port, same links; the host and the phone reconnect by themselves.
    const second = await startTestServer({ request, resumeStore });
    expect(second.info.port).toBe(info.port);
    expect((await acked(phone, r.op.opId)).state).toBe('acked');
    expect(phone.state.getState().status).toBe('live');
    expect((await app.stored()).notes.filter((n) => n.text === MALAYALAM[3])).toHaveLength(1);
  });
});
