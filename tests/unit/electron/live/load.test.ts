/** A full room: 30 participants' contributions all reach the host once, stamped, and every ack comes back. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ToHostMessage, ToParticipantMessage } from '../../../../electron/common/live';
import { cleanUp, connect, newParticipantId, startTestServer, waitFor, type TestClient } from './helpers';

afterEach(cleanUp);

const PARTICIPANTS = 30;
const NOTES = 20;
const VOTES = 5;

describe('live server under a full workshop', () => {
  it(`relays ${PARTICIPANTS} × (${NOTES} notes + ${VOTES} votes) to the host and every ack back`, async () => {
    const server = await startTestServer();
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    host.provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = JSON.parse(payload) as ToHostMessage;
      if (message.type !== 'contribution') return;
      latencies.push(performance.now() - (sentAt.get(message.op.opId) ?? Number.NaN));
      host.send({ type: 'ack', participantId: message.from.participantId, opId: message.op.opId, ok: true });
    });
    const people: Array<{ id: string; client: TestClient }> = [];
    for (let i = 0; i < PARTICIPANTS; i += 1) {
      const id = newParticipantId();
      people.push({ id, client: connect(server.info, { role: 'contributor', participantId: id, name: `P${i}` }) });
    }
    await Promise.all(people.map((p) => p.client.synced()));

    for (let round = 0; round < NOTES + VOTES; round += 1) {
      for (const [index, { client }] of people.entries()) {
        const opId = `op-${index}-${round}-xxxxxx`;
        const op =
          round < NOTES
            ? { kind: 'note', opId, noteId: `note:${index}:${round}`, stageId: 'stage:1', text: `Note ${round}` }
            : { kind: 'vote', opId, voteId: `vote:${index}:${round}`, targetKind: 'touchpoint', targetId: 'tp:1' };
        sentAt.set(opId, performance.now());
        client.send({ type: 'contribute', op });
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const total = PARTICIPANTS * (NOTES + VOTES);
    await waitFor(() => latencies.length === total, 'every contribution at the host', 20_000);
    const contributions = host.messages.filter((m) => (m as ToHostMessage).type === 'contribution') as Array<
      Extract<ToHostMessage, { type: 'contribution' }>
    >;
    expect(new Set(contributions.map((c) => c.op.opId)).size).toBe(total);
    for (const c of contributions) {
      const index = Number(c.op.opId.split('-')[1]);
      expect(c.from).toEqual({ participantId: people[index]!.id, name: `P${index}`, role: 'contributor' });
    }
    await waitFor(
      () =>
        people.every(
          ({ client }) =>
            client.messages.filter((m) => (m as ToParticipantMessage).type === 'ack').length === NOTES + VOTES,
        ),
      'every ack back',
      20_000,
    );
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? Number.NaN;
    if (process.env.LIVE_LOAD_REPORT === '1')
      console.log(`relay p50 ${latencies[latencies.length >> 1]?.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    expect(server.participants()).toHaveLength(PARTICIPANTS);
  }, 60_000);
});
