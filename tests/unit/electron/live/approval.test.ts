/** The facilitator lets people in, refuses them, or removes them; the server enforces it. */
import { afterEach, describe, expect, it } from 'vitest';
import { REFUSALS, type ToHostMessage } from '../../../../electron/common/live';
import { CLOSE_CODES } from '../../../../electron/live/server';
import { cleanUp, connect, newParticipantId, sleep, startTestServer, waitFor } from './helpers';

afterEach(cleanUp);

const lastList = (messages: unknown[]) =>
  (
    messages.filter((m) => (m as ToHostMessage).type === 'participants').at(-1) as
      Extract<ToHostMessage, { type: 'participants' }> | undefined
  )?.list;

describe('live server: approval', () => {
  it('keeps a joiner waiting until the host admits them, and tells the host on every change', async () => {
    const server = await startTestServer({ request: { requireApproval: true } });
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const participantId = newParticipantId();
    const joiner = connect(server.info, { role: 'contributor', participantId, name: 'Nairi' });
    await waitFor(() => lastList(host.messages)?.length === 1, 'the host told someone waits');
    expect(lastList(host.messages)).toEqual([
      expect.objectContaining({ participantId, name: 'Nairi', role: 'contributor', state: 'waiting' }),
    ]);
    await sleep(300);
    expect(joiner.authenticated()).toBe(false);
    expect(joiner.provider.isSynced).toBe(false);

    host.send({ type: 'admit', participantId });
    await joiner.synced();
    expect(server.participants()).toEqual([expect.objectContaining({ participantId, state: 'in' })]);
    await waitFor(() => lastList(host.messages)?.[0]?.state === 'in', 'the host told they are in');

    // Once admitted, a reconnect does not ask again.
    joiner.destroy();
    await waitFor(() => server.participants().length === 0, 'the participant gone');
    await waitFor(() => lastList(host.messages)?.length === 0, 'the host told they left');
    const again = connect(server.info, { role: 'contributor', participantId, name: 'Nairi' });
    await again.synced();
  });

  it('refuses a joiner the host denies', async () => {
    const server = await startTestServer({ request: { requireApproval: true } });
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const participantId = newParticipantId();
    const joiner = connect(server.info, { role: 'editor', participantId });
    await waitFor(() => server.participants().length === 1, 'the joiner waiting');
    host.send({ type: 'deny', participantId });
    await waitFor(() => joiner.failures.length > 0, 'the refusal');
    expect(joiner.failures[0]).toBe(REFUSALS.denied);
    expect(joiner.authenticated()).toBe(false);
    await waitFor(() => server.participants().length === 0, 'the joiner gone from the list');
  });

  it('lets everyone waiting in when the host turns approval off', async () => {
    const server = await startTestServer({ request: { requireApproval: true } });
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const a = connect(server.info, { role: 'viewer' });
    const b = connect(server.info, { role: 'contributor' });
    await waitFor(() => server.participants().length === 2, 'two waiting');
    host.send({ type: 'set-approval', required: false });
    await a.synced();
    await b.synced();
    const c = connect(server.info, { role: 'viewer' });
    await c.synced();
    expect(server.participants().map((p) => p.state)).toEqual(['in', 'in', 'in']);
  });

  it('does not make someone who joined while approval was off ask again after it is turned on', async () => {
    const server = await startTestServer();
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const participantId = newParticipantId();
    const early = connect(server.info, { role: 'contributor', participantId });
    await early.synced();
    host.send({ type: 'set-approval', required: true });
    // Approval is on: a newcomer waits.
    const stranger = connect(server.info, { role: 'contributor' });
    await waitFor(() => server.participants().some((p) => p.state === 'waiting'), 'the newcomer waiting');
    expect(stranger.authenticated()).toBe(false);
    early.destroy();
    await waitFor(() => !server.participants().some((p) => p.participantId === participantId), 'the early one gone');
    const back = connect(server.info, { role: 'contributor', participantId });
    await back.synced();
    expect(server.participants().find((p) => p.participantId === participantId)?.state).toBe('in');
  });

  it('disconnects a removed participant, who cannot rejoin with the same participant id', async () => {
    const server = await startTestServer();
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const participantId = newParticipantId();
    const removed = connect(server.info, { role: 'editor', participantId, name: 'Ravi' });
    await removed.synced();
    host.send({ type: 'remove', participantId });
    await waitFor(() => removed.closes.length > 0, 'the removed socket closed');
    expect(removed.closes[0]).toEqual({ code: CLOSE_CODES.removed, reason: REFUSALS.removed });
    // The provider reconnects by itself: refused, with the sentence.
    await waitFor(() => removed.failures.includes(REFUSALS.removed), 'the reconnect refused');
    expect(removed.authenticated()).toBe(false);
    const fresh = connect(server.info, { role: 'viewer', participantId, name: 'Ravi again' });
    await waitFor(() => fresh.failures.length > 0, 'the second try refused');
    expect(fresh.failures[0]).toBe(REFUSALS.removed);
    expect(server.participants()).toEqual([]);
    // Someone else still gets in.
    const other = connect(server.info, { role: 'viewer' });
    await other.synced();
  });

  it('tells a contributor when the host is away, and a viewer that it may not contribute', async () => {
    const server = await startTestServer();
    const contributor = connect(server.info, { role: 'contributor' });
    const viewer = connect(server.info, { role: 'viewer' });
    await contributor.synced();
    await viewer.synced();
    const op = { kind: 'vote', opId: 'op-vote-0001', voteId: 'vote:1', targetKind: 'touchpoint', targetId: 'tp:1' };
    contributor.send({ type: 'contribute', op });
    viewer.send({ type: 'contribute', op });
    await waitFor(() => contributor.messages.some((m) => (m as { type: string }).type === 'host-away'), 'host-away');
    expect(contributor.messages).toContainEqual({ type: 'host-away', opId: 'op-vote-0001' });
    await waitFor(() => viewer.messages.some((m) => (m as { type: string }).type === 'ack'), 'the viewer refused');
    expect(viewer.messages).toContainEqual({
      type: 'ack',
      opId: 'op-vote-0001',
      ok: false,
      reason: REFUSALS.notAllowed,
    });
  });
});
