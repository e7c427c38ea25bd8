import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { ToHostMessage, ToParticipantMessage } from '../../../../electron/common/live';
import {
  MESSAGE,
  cleanUp,
  connect,
  credentials,
  newParticipantId,
  rawAuth,
  sleep,
  startTestServer,
  tokenFor,
  waitFor,
} from './helpers';

afterEach(cleanUp);

const note = (opId: string) => ({
  kind: 'note' as const,
  opId,
  noteId: `note:${opId}`,
  stageId: 'stage:1',
  text: 'ஒரு புதிய குறிப்பு',
});

describe('live server: the document and the relay', () => {
  it('syncs the document between the host and an editor, both ways', async () => {
    const server = await startTestServer();
    const host = connect(server.info, { role: 'host' });
    host.doc.getMap('stages').set('stage:1', new Y.Map(Object.entries({ title: 'Հետազոտություն' })));
    await host.synced();
    const editor = connect(server.info, { role: 'editor' });
    await editor.synced();
    await waitFor(() => editor.doc.getMap('stages').has('stage:1'), 'the host row at the editor');
    expect((editor.doc.getMap('stages').get('stage:1') as Y.Map<unknown>).get('title')).toBe('Հետազոտություն');

    (editor.doc.getMap('stages').get('stage:1') as Y.Map<unknown>).set('title', 'పరిశోధన');
    await waitFor(
      () => (host.doc.getMap('stages').get('stage:1') as Y.Map<unknown>).get('title') === 'పరిశోధన',
      "the editor's change at the host",
    );
  });

  it("relays a contributor's note to the host with the sender the server authenticated, and the host's ack back", async () => {
    const server = await startTestServer();
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const participantId = newParticipantId();
    const contributor = connect(server.info, { role: 'contributor', participantId, name: 'Anbu' });
    await contributor.synced();
    await waitFor(
      () => contributor.messages.some((m) => (m as ToParticipantMessage).type === 'welcome'),
      'the welcome message',
    );
    expect(contributor.messages).toContainEqual({ type: 'welcome', role: 'contributor', participantId });

    // The client claims to be someone else: the server stamps who it really is.
    contributor.send({
      type: 'contribute',
      op: note('op-aaaaaaaa'),
      from: { participantId: 'someone-else', name: 'X' },
    });
    const contribution = await waitFor(
      () => host.messages.find((m) => (m as ToHostMessage).type === 'contribution') as ToHostMessage | undefined,
      'the contribution at the host',
    );
    expect(contribution).toEqual({
      type: 'contribution',
      from: { participantId, name: 'Anbu', role: 'contributor' },
      op: note('op-aaaaaaaa'),
    });

    host.send({ type: 'ack', participantId, opId: 'op-aaaaaaaa', ok: true });
    await waitFor(() => contributor.messages.some((m) => (m as ToParticipantMessage).type === 'ack'), 'the ack');
    expect(contributor.messages).toContainEqual({ type: 'ack', opId: 'op-aaaaaaaa', ok: true });
  });

  it("stamps each presence with who the server authenticated, and drops a client's attempt to set another's", async () => {
    const server = await startTestServer();
    const host = connect(server.info, { role: 'host' });
    await host.synced();
    const participantId = newParticipantId();
    const anbu = connect(server.info, { role: 'contributor', participantId, name: 'Anbu' });
    await anbu.synced();
    anbu.provider.setAwarenessField('user', { name: 'The facilitator', color: '#f00' });
    const anbuId = anbu.doc.clientID;
    const seen = () => host.provider.awareness?.getStates().get(anbuId) as Record<string, unknown> | undefined;
    await waitFor(() => seen()?.user, "Anbu's presence at the host");
    expect(seen()).toMatchObject({
      user: { name: 'The facilitator', color: '#f00' },
      live: { participantId, name: 'Anbu', role: 'contributor' },
    });

    // A hostile client forges an update for Anbu's client id.
    const raw = await rawAuth(server.info, credentials(tokenFor(server.info, 'viewer'), newParticipantId(), 'Mallory'));
    expect(raw.outcome.kind).toBe('authenticated');
    const forged = new Awareness(new Y.Doc());
    forged.clientID = anbuId;
    // A high clock, so the state would win over Anbu's if the server let it through.
    for (let i = 0; i < 100; i += 1) {
      forged.setLocalState({ user: { name: 'Forged' }, live: { participantId, name: 'Anbu', role: 'editor' } });
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, server.info.documentName);
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(forged, [anbuId]));
    raw.ws.send(encoding.toUint8Array(encoder));
    await sleep(300);
    expect(seen()).toMatchObject({ user: { name: 'The facilitator' }, live: { role: 'contributor' } });
  });
});
