/** A hostile client against a real session server: refused, and nothing changes. */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_PARTICIPANTS, REFUSALS, type ToHostMessage } from '../../../../electron/common/live';
import { CLOSE_CODES } from '../../../../electron/live/server';
import {
  cleanUp,
  closedWith,
  connect,
  credentials,
  newParticipantId,
  opened,
  rawAuth,
  rawSocket,
  sleep,
  startTestServer,
  statelessMessage,
  tokenFor,
  updateMessage,
  waitFor,
} from './helpers';

afterEach(cleanUp);

const contributions = (messages: unknown[]) =>
  messages.filter((m) => (m as ToHostMessage).type === 'contribution') as ToHostMessage[];

describe('live server: who gets in', () => {
  it('refuses a wrong token, malformed credentials and another document, with the refusal sentence', async () => {
    const server = await startTestServer();
    const wrong = 'x'.repeat(43);
    expect((await rawAuth(server.info, credentials(wrong))).outcome).toEqual({
      kind: 'denied',
      reason: REFUSALS.badToken,
    });
    const good = tokenFor(server.info, 'editor');
    for (const token of [
      'not json',
      JSON.stringify({ token: good }),
      JSON.stringify({ token: good, participantId: 'a b', name: 'Bad id' }),
      JSON.stringify({ token: good, participantId: newParticipantId(), name: '' }),
      JSON.stringify([good]),
      good,
    ]) {
      expect((await rawAuth(server.info, token)).outcome, token).toEqual({ kind: 'denied', reason: REFUSALS.badToken });
    }
    expect((await rawAuth(server.info, credentials(good), 'journey/another')).outcome).toEqual({
      kind: 'denied',
      reason: REFUSALS.wrongDocument,
    });
    // A provider gets the same sentence, and is never authenticated.
    const client = connect(server.info, { role: 'viewer', rawToken: credentials(wrong) });
    await waitFor(() => client.failures.length > 0, 'the refusal');
    expect(client.failures[0]).toBe(REFUSALS.badToken);
    expect(client.authenticated()).toBe(false);
    expect(server.participants()).toEqual([]);
  });

  it('refuses the tokens of an ended session, and the ended port refuses connections', async () => {
    const first = await startTestServer({ request: { journeyId: 'journey:first' } });
    const oldEditor = tokenFor(first.info, 'editor');
    const oldHost = first.info.hostToken;
    await first.end();
    await expect(fetch(`http://127.0.0.1:${first.info.port}/`)).rejects.toThrow();

    const second = await startTestServer({ request: { journeyId: 'journey:second' } });
    expect(second.info.resumed).toBe(false);
    for (const token of [oldEditor, oldHost]) {
      expect((await rawAuth(second.info, credentials(token))).outcome).toEqual({
        kind: 'denied',
        reason: REFUSALS.badToken,
      });
    }
    expect((await rawAuth(second.info, credentials(tokenFor(second.info, 'editor')))).outcome.kind).toBe(
      'authenticated',
    );
  });

  it(`lets ${MAX_PARTICIPANTS} participants in and refuses the next one, telling the host`, async () => {
    const server = await startTestServer({ limits: { connectionsPerMinute: 1_000 } });
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const viewer = tokenFor(server.info, 'viewer');
    const joined = await Promise.all(
      Array.from({ length: MAX_PARTICIPANTS }, (_, i) =>
        rawAuth(server.info, credentials(viewer, newParticipantId(), `Viewer ${i}`)),
      ),
    );
    expect(joined.every((j) => j.outcome.kind === 'authenticated')).toBe(true);
    await waitFor(() => server.participants().length === MAX_PARTICIPANTS, 'every participant listed');
    const late = await rawAuth(server.info, credentials(viewer, newParticipantId(), 'Late'));
    expect(late.outcome).toEqual({ kind: 'denied', reason: REFUSALS.full });
    await waitFor(() => host.messages.some((m) => (m as ToHostMessage).type === 'refused'), 'the host told');
    expect(host.messages).toContainEqual({ type: 'refused', name: 'Late', reason: REFUSALS.full });
    // One leaves: there is room again.
    joined[0]!.ws.close();
    await waitFor(() => server.participants().length === MAX_PARTICIPANTS - 1, 'the leaver gone');
    expect((await rawAuth(server.info, credentials(viewer, newParticipantId(), 'Now'))).outcome.kind).toBe(
      'authenticated',
    );
  }, 30_000);
});

describe('live server: roles and limits', () => {
  it("ignores a contributor's or viewer's Y update that deletes a row: the server and other clients keep it", async () => {
    const server = await startTestServer();
    const host = connect(server.info, { role: 'host' });
    host.doc.getMap('touchpoints').set('touchpoint:1', new Y.Map(Object.entries({ title: 'Checkout' })));
    await host.synced();

    for (const role of ['contributor', 'viewer'] as const) {
      const hostile = connect(server.info, { role });
      await hostile.synced();
      await waitFor(() => hostile.doc.getMap('touchpoints').has('touchpoint:1'), 'the row at the hostile client');
      hostile.doc.getMap('touchpoints').delete('touchpoint:1');
      // And by hand, in case a client skips the provider.
      const raw = await rawAuth(server.info, credentials(tokenFor(server.info, role)));
      expect(raw.outcome).toEqual({ kind: 'authenticated', scope: 'readonly' });
      const evil = new Y.Doc();
      evil.getMap('touchpoints').set('touchpoint:2', 'injected');
      raw.ws.send(updateMessage(server.info.documentName, Y.encodeStateAsUpdate(evil)));
      await sleep(200);
    }

    const witness = connect(server.info, { role: 'editor' });
    await witness.synced();
    await sleep(100);
    expect(witness.doc.getMap('touchpoints').has('touchpoint:1')).toBe(true);
    expect(witness.doc.getMap('touchpoints').has('touchpoint:2')).toBe(false);
    expect(host.doc.getMap('touchpoints').has('touchpoint:1')).toBe(true);
    expect(host.doc.getMap('touchpoints').has('touchpoint:2')).toBe(false);
  });

  it('closes a connection that sends a message over its role limit, and relays nothing from it', async () => {
    const server = await startTestServer();
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const { ws, outcome } = await rawAuth(server.info, credentials(tokenFor(server.info, 'contributor')));
    expect(outcome.kind).toBe('authenticated');
    const closed = closedWith(ws);
    const op = { kind: 'note', opId: 'op-bigbigbig', noteId: 'note:big', stageId: 'stage:1', text: 'x'.repeat(1_900) };
    const padding = ' '.repeat(70 * 1024);
    ws.send(statelessMessage(server.info.documentName, `${JSON.stringify({ type: 'contribute', op })}${padding}`));
    expect(await closed).toEqual({ code: CLOSE_CODES.tooLarge, reason: REFUSALS.tooLarge });
    await sleep(100);
    expect(contributions(host.messages)).toEqual([]);
  });

  it('disconnects a client that floods messages', async () => {
    const server = await startTestServer({ limits: { messagesPerSecond: 20, messageBurst: 50 } });
    const { ws, outcome } = await rawAuth(server.info, credentials(tokenFor(server.info, 'contributor')));
    expect(outcome.kind).toBe('authenticated');
    const closed = closedWith(ws);
    const message = statelessMessage(server.info.documentName, JSON.stringify({ type: 'nothing' }));
    for (let i = 0; i < 500 && ws.readyState === ws.OPEN; i += 1) ws.send(message);
    expect(await closed).toEqual({ code: CLOSE_CODES.tooFast, reason: REFUSALS.tooFast });
  });

  it('refuses an address that keeps opening connections, and never shuts out loopback by default', async () => {
    const strict = await startTestServer({ limits: { connectionsPerMinute: 5, throttleLoopback: true } });
    const token = credentials(tokenFor(strict.info, 'viewer'));
    const outcomes = [];
    for (let i = 0; i < 7; i += 1) outcomes.push((await rawAuth(strict.info, token)).outcome);
    expect(outcomes.slice(0, 5).every((o) => o.kind === 'authenticated')).toBe(true);
    expect(outcomes.slice(5)).toEqual([
      { kind: 'denied', reason: REFUSALS.tooFast },
      { kind: 'denied', reason: REFUSALS.tooFast },
    ]);
    // Shut out for a while, even with another token.
    expect((await rawAuth(strict.info, credentials(strict.info.hostToken))).outcome).toEqual({
      kind: 'denied',
      reason: REFUSALS.tooFast,
    });

    const lenient = await startTestServer({ limits: { connectionsPerMinute: 5 } });
    for (let i = 0; i < 8; i += 1) {
      expect((await rawAuth(lenient.info, credentials(tokenFor(lenient.info, 'viewer')))).outcome.kind).toBe(
        'authenticated',
      );
    }
  });

  it('limits the sockets one address holds open at once', async () => {
    const server = await startTestServer({ limits: { socketsPerAddress: 3, throttleLoopback: true } });
    const held = [rawSocket(server.info), rawSocket(server.info), rawSocket(server.info)];
    await Promise.all(held.map(opened));
    await expect(opened(rawSocket(server.info))).rejects.toThrow('HTTP 429');
    held[0]!.close();
    await closedWith(held[0]!);
    await sleep(50);
    await opened(rawSocket(server.info));
  });

  it('ignores host messages (admit, remove, ack) from a contributor', async () => {
    const server = await startTestServer({ request: { requireApproval: true } });
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const insider = connect(server.info, { role: 'contributor', participantId: newParticipantId() });
    await waitFor(() => server.participants().some((p) => p.state === 'waiting'), 'the insider waiting');
    host.send({ type: 'admit', participantId: server.participants()[0]!.participantId });
    await insider.synced();

    const waitingId = newParticipantId();
    const waiting = connect(server.info, { role: 'contributor', participantId: waitingId });
    await waitFor(() => server.participants().some((p) => p.participantId === waitingId), 'the second one waiting');
    insider.send({ type: 'admit', participantId: waitingId });
    insider.send({ type: 'remove', participantId: server.participants()[0]!.participantId });
    insider.send({ type: 'set-approval', required: false });
    await sleep(300);
    expect(server.participants().map((p) => p.state)).toEqual(['in', 'waiting']);
    expect(waiting.authenticated()).toBe(false);
    expect(insider.authenticated()).toBe(true);
  });
});
