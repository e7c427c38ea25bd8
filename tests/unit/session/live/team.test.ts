/**
 * Sharing a journey to a team server: two apps, each with its own database,
 * keep one journey in sync through `npm run team-server`'s server, and the
 * server keeps it on disk across a restart.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTeamServer, type TeamServer } from '../../../../electron/live/team-server';
import { buildOnlineOrderTemplate } from '../../../../renderer/src/domain/templates';
import { updateTouchpoint } from '../../../../renderer/src/session/edits';
import {
  checkTeamLink,
  connectTeam,
  parseTeamLink,
  type TeamLink,
  type TeamSync,
} from '../../../../renderer/src/session/live/team';
import type { UserMessage } from '../../../../renderer/src/domain/user-message';
import { setUiLanguage } from '../../../../renderer/src/i18n';
import { messageText } from '../../../../renderer/src/i18n/messages';
import { createEditorStore, type EditorStore } from '../../../../renderer/src/session/store';
import { createPersister } from '../../../../renderer/src/session/persistence';
import {
  WaymarkDB,
  createJourneyFromDocument,
  getJourneyDocument,
  getJourneyForEditing,
} from '../../../../renderer/src/storage';
import { TAMIL, ARMENIAN } from '../../../fixtures/seed-text';
import { removeDir, waitFor } from '../../electron/live/helpers';
import type { JourneyDocument } from '../../../../renderer/src/domain/model';

const TOKEN = 'team_' + 'k'.repeat(40);
const servers: TeamServer[] = [];
const dirs: string[] = [];
const closers: Array<() => Promise<void> | void> = [];
let dbCounter = 0;

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await Promise.all(servers.splice(0).map((s) => s.end()));
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function teamServer(dataDir?: string): Promise<{ server: TeamServer; dataDir: string; link: TeamLink }> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'waymark-team-')));
  if (!dataDir) dirs.push(dir);
  const server = await startTeamServer({
    port: 0,
    listenHost: '127.0.0.1',
    tokens: { editor: TOKEN },
    dataDir: dir,
    staticDir: null,
    log: () => undefined,
  });
  servers.push(server);
  const link = parseTeamLink(`127.0.0.1:${server.port}`, TOKEN);
  if (typeof link === 'string') throw new Error(link);
  return { server, dataDir: dir, link };
}

/** An app with its own database holding the journey, connected to the team server. */
async function app(doc: JourneyDocument, link: TeamLink) {
  const db = new WaymarkDB(`team-test-${process.pid}-${++dbCounter}`);
  await createJourneyFromDocument(db, doc);
  const read = (await getJourneyForEditing(db, doc.journey.id))!;
  const persister = createPersister(db, doc.journey.id, read.generation);
  const store: EditorStore = createEditorStore(read.document, { persist: persister.persist, debounceMs: 20 });
  const sync: TeamSync = connectTeam({ store, link, name: 'Ana', WebSocketPolyfill: WebSocket });
  closers.push(async () => {
    sync.disconnect();
    await store.getState().flush();
    store.dispose();
    persister.close();
    db.close();
  });
  await waitFor(() => sync.state.getState().status === 'synced', 'the app to sync with the team server');
  return { db, store, sync };
}

describe('team server links', () => {
  it('reads addresses as people type them and names what is wrong', () => {
    expect(parseTeamLink('team-box:4480', TOKEN)).toEqual({ url: 'ws://team-box:4480/live', token: TOKEN });
    expect(parseTeamLink('https://cx.example.org', ` ${TOKEN} `)).toEqual({
      url: 'wss://cx.example.org/live',
      token: TOKEN,
    });
    expect(parseTeamLink('', TOKEN)).toMatch(/address/);
    expect(parseTeamLink('ftp://x', TOKEN)).toMatch(/ws:\/\/ or wss:\/\//);
    expect(parseTeamLink('ws://x:1/other', TOKEN)).toMatch(/\/live/);
    expect(parseTeamLink('ws://x:1', 'short')).toMatch(/token/);
  });

  it('names what is wrong as a message the interface translates, the Armenian seed address quoted as typed', async () => {
    const checked = checkTeamLink(`${ARMENIAN[0]!.slice(0, 12)} :4480`, TOKEN);
    expect(checked).toMatchObject({ ok: false, text: { code: 'teamAddressInvalid' } });
    if (checked.ok) return;
    expect(messageText(checked.text)).toBe(checked.message);
    await setUiLanguage('hy');
    try {
      expect(messageText(checked.text)).toBe(
        `«${ARMENIAN[0]!.slice(0, 12)} :4480»-ը սերվերի հասցե չէ. մուտքագրեք այսպես՝ ws://team-server:4480։`,
      );
      expect(messageText((checkTeamLink('ws://x:1', 'short') as { text: UserMessage }).text)).toMatch(
        /^Թիմի բանալին 40-ից 64/,
      );
    } finally {
      await setUiLanguage('en');
    }
  });
});

describe('sharing a journey to a team server', () => {
  it('two apps keep one journey in sync, each in its own database, and the server keeps it across a restart', async () => {
    const doc = buildOnlineOrderTemplate();
    const { server, dataDir, link } = await teamServer();
    const a = await app(doc, link);
    const b = await app(doc, link);
    const [first, second] = Object.values(a.store.getState().doc.touchpoints);

    // Two people edit two fields of two cards at once: both edits reach both databases.
    a.store.getState().run('title', updateTouchpoint(a.store.getState().doc, first!.id, { title: TAMIL[0] }));
    b.store.getState().run('desc', updateTouchpoint(b.store.getState().doc, second!.id, { description: ARMENIAN[0] }));
    for (const { store } of [a, b])
      await waitFor(
        () =>
          store.getState().doc.touchpoints[first!.id]?.title === TAMIL[0] &&
          store.getState().doc.touchpoints[second!.id]?.description === ARMENIAN[0],
        'both edits in both apps',
      );
    for (const { db, store } of [a, b]) {
      await store.getState().flush();
      const stored = (await getJourneyDocument(db, doc.journey.id))!;
      expect(stored.touchpoints.find((t) => t.id === first!.id)?.title).toBe(TAMIL[0]);
      expect(stored.touchpoints.find((t) => t.id === second!.id)?.description).toBe(ARMENIAN[0]);
    }
    // Undo in one app undoes only its own change, everywhere.
    expect(b.store.getState().undo()).toBe(true);
    await waitFor(
      () => a.store.getState().doc.touchpoints[second!.id]?.description === second!.description,
      'the undo to reach the other app',
    );
    expect(a.store.getState().doc.touchpoints[first!.id]?.title).toBe(TAMIL[0]);

    // The server keeps the journey on disk: after a restart a third app with the old rows catches up.
    for (const close of closers.splice(0).reverse()) await close();
    await server.end();
    servers.splice(servers.indexOf(server), 1);
    const again = await teamServer(dataDir);
    const c = await app(doc, again.link);
    await waitFor(
      () => c.store.getState().doc.touchpoints[first!.id]?.title === TAMIL[0],
      'the third app to get the kept journey',
    );
  });

  it('refuses a wrong token with the server’s sentence and touches nothing', async () => {
    const doc = buildOnlineOrderTemplate();
    const { link } = await teamServer();
    const db = new WaymarkDB(`team-test-${process.pid}-${++dbCounter}`);
    await createJourneyFromDocument(db, doc);
    const store = createEditorStore(doc, { persist: async () => undefined });
    const sync = connectTeam({
      store,
      link: { ...link, token: 'x'.repeat(44) },
      name: 'Eve',
      WebSocketPolyfill: WebSocket,
    });
    closers.push(() => {
      sync.disconnect();
      store.dispose();
      db.close();
    });
    await waitFor(() => sync.state.getState().status === 'refused', 'the refusal');
    expect(sync.state.getState().error).toMatch(/not valid/);
    expect(sync.state.getState().errorText).toEqual({ code: 'teamRefusedToken' });
    expect(store.getState().revision).toBe(0);
  });
});
