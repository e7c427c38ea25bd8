/**
 * A participant's states as the real session server drives them: waiting for
 * approval, let in, refused, removed, a bad link; the host's participant list
 * and its own states.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { REFUSALS } from '../../../../electron/common/live';
import { ARMENIAN, TAMIL } from '../../../fixtures/seed-text';
import { buildOnlineOrderTemplate } from '../../../../renderer/src/domain/templates';
import type { LiveParticipantClient } from '../../../../renderer/src/session/live/participant';
import { joinLive } from '../../../../renderer/src/session/live/participant';
import { startLiveHost } from '../../../../renderer/src/session/live/host';
import { cleanUpServers, join, openHost, startTestServer, waitFor, type HostApp } from './helpers';
import WebSocket from 'ws';
import { createMemoryResumeStore } from '../../../../electron/live/resume-store';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await cleanUpServers();
});

async function approvalSession() {
  const doc = buildOnlineOrderTemplate();
  const server = await startTestServer({
    request: { journeyId: doc.journey.id, journeyTitle: doc.journey.title, requireApproval: true },
  });
  const app: HostApp = await openHost(server.info, doc);
  closers.push(() => app.close());
  await waitFor(() => app.host.state.getState().status === 'live', 'the host');
  return { info: server.info, doc, app, server };
}

const person = (c: LiveParticipantClient) => {
  closers.push(() => c.disconnect());
  return c;
};

describe('participant states', () => {
  it('waits for the facilitator, is let in, sees the map and the room, and is removed', async () => {
    const { info, doc, app } = await approvalSession();
    const phone = person(join(info, 'contributor', { name: TAMIL[0].slice(0, 60), participantId: 'phone-0001' }));
    await waitFor(() => phone.state.getState().status === 'waiting', 'waiting');
    const listed = await waitFor(
      () => app.host.state.getState().participants.find((p) => p.participantId === 'phone-0001'),
      'the host to list the phone',
    );
    expect(listed).toMatchObject({ state: 'waiting', role: 'contributor' });
    expect(phone.state.getState().doc).toBeNull();

    app.host.admit('phone-0001');
    await waitFor(() => phone.state.getState().status === 'live', 'let in');
    expect(phone.state.getState().role).toBe('contributor');
    await waitFor(() => phone.state.getState().doc, 'the map');
    expect(Object.keys(phone.state.getState().doc!.touchpoints).sort()).toEqual(
      doc.touchpoints.map((t) => t.id).sort(),
    );
    app.host.setRoom({ present: { active: true, stageId: doc.stages[2]!.id } });
    await waitFor(() => phone.state.getState().room.present?.stageId === doc.stages[2]!.id, 'the presented stage');

    app.host.remove('phone-0001');
    await waitFor(() => phone.state.getState().status === 'removed', 'removed');
    expect(phone.state.getState().refusal).toBe(REFUSALS.removed);
  });

  it('is refused when the facilitator says no, and with a link that is not valid', async () => {
    const { info, app } = await approvalSession();
    const laptop = person(join(info, 'editor', { name: ARMENIAN[0].slice(0, 60), participantId: 'laptop-0001' }));
    await waitFor(
      () => app.host.state.getState().participants.some((p) => p.participantId === 'laptop-0001'),
      'listed',
    );
    app.host.deny('laptop-0001');
    await waitFor(() => laptop.state.getState().status === 'refused', 'refused');
    expect(laptop.state.getState().refusal).toBe(REFUSALS.denied);

    const stranger = person(
      joinLive({
        wsUrl: info.hostWsUrl,
        documentName: info.documentName,
        credentials: { token: 'x'.repeat(43), participantId: 'stranger-01', name: 'Stranger' },
        WebSocketPolyfill: WebSocket,
      }),
    );
    await waitFor(() => stranger.state.getState().status === 'refused', 'a bad link refused');
    expect(stranger.state.getState().refusal).toBe(REFUSALS.badToken);
  });

  it('the host shows reconnecting while the session is away, and live again once it is back', async () => {
    const doc = buildOnlineOrderTemplate();
    const resumeStore = createMemoryResumeStore();
    const request = { journeyId: doc.journey.id, journeyTitle: doc.journey.title, requireApproval: false };
    const first = await startTestServer({ request, resumeStore });
    const app = await openHost(first.info, doc);
    closers.push(() => app.close());
    await waitFor(() => app.host.state.getState().status === 'live', 'the host');
    await first.end();
    await waitFor(() => app.host.state.getState().status === 'reconnecting', 'reconnecting');
    await startTestServer({ request, resumeStore });
    await waitFor(() => app.host.state.getState().status === 'live', 'live again');
    await app.host.end();
    expect(app.host.state.getState().status).toBe('ended');
  });

  it('a host for another journey than the open one is refused before it connects', async () => {
    const { info, app } = await approvalSession();
    expect(() =>
      startLiveHost({ store: app.store, info, name: 'F', journeyId: 'journey:other', WebSocketPolyfill: WebSocket }),
    ).toThrow(/^This live session is for another journey; .+\.$/);
    expect(() =>
      startLiveHost({
        store: app.store,
        info: { ...info, journeyId: 'journey:other' },
        name: 'F',
        journeyId: info.journeyId,
        WebSocketPolyfill: WebSocket,
      }),
    ).toThrow(/another journey/);
  });
});
