/** The team server: many journeys, kept on disk, the same rules as a workshop session. */
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REFUSALS, type LiveSessionInfo } from '../../../../electron/common/live';
import { createFileDocumentStore } from '../../../../electron/live/document-store';
import {
  redisSettings,
  startTeamServer,
  teamTokenProblem,
  type TeamServer,
  type TeamServerOptions,
} from '../../../../electron/live/team-server';
import { SEED_TITLES } from '../helpers';
import {
  authMessage,
  authOutcome,
  cleanUp,
  connect,
  credentials,
  opened,
  rawAuth,
  rawSocket,
  removeDir,
  sleep,
  waitFor,
} from './helpers';

const TEAM_TOKEN = 'T'.repeat(20) + 'eam_token-0123456789abcdef';
const VIEWER_TOKEN = 'V'.repeat(20) + 'iewer_token-0123456789abc';

const servers: TeamServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await cleanUp();
  await Promise.all(servers.splice(0).map((s) => s.end()));
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function start(dataDir?: string, extra: Partial<Pick<TeamServerOptions, 'trustProxy' | 'limits'>> = {}) {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'waymark-team-')));
  if (dataDir === undefined) dirs.push(dir);
  const server = await startTeamServer({
    port: 0,
    listenHost: '127.0.0.1',
    tokens: { editor: TEAM_TOKEN, viewer: VIEWER_TOKEN },
    dataDir: dir,
    staticDir: null,
    log: () => undefined,
    ...extra,
  });
  servers.push(server);
  return { server, dir };
}

/** What the test clients need to reach a document on the team server. */
const target = (port: number, documentName: string) => ({ port, documentName }) as unknown as LiveSessionInfo;

describe('team server', () => {
  it('shares each journey between teammates and keeps it on disk across restarts', async () => {
    const { server, dir } = await start();
    const a = connect(target(server.port, 'journey/journey:a'), { role: 'editor', rawToken: credentials(TEAM_TOKEN) });
    const b = connect(target(server.port, 'journey/journey:a'), { role: 'editor', rawToken: credentials(TEAM_TOKEN) });
    const other = connect(target(server.port, 'journey/journey:b'), {
      role: 'editor',
      rawToken: credentials(TEAM_TOKEN),
    });
    await Promise.all([a.synced(), b.synced(), other.synced()]);
    a.doc.getMap('journey').set('title', SEED_TITLES.ta);
    other.doc.getMap('journey').set('title', SEED_TITLES.hy);
    await waitFor(() => b.doc.getMap('journey').get('title') === SEED_TITLES.ta, 'the title at the teammate');
    await sleep(200);
    expect(b.doc.getMap('journey').get('title')).toBe(SEED_TITLES.ta);

    await cleanUp();
    await servers.pop()!.end();
    expect((await readdir(dir)).filter((f) => f.endsWith('.yjs'))).toHaveLength(2);

    const { server: again } = await start(dir);
    const later = connect(target(again.port, 'journey/journey:a'), {
      role: 'viewer',
      rawToken: credentials(VIEWER_TOKEN),
    });
    await later.synced();
    expect(later.doc.getMap('journey').get('title')).toBe(SEED_TITLES.ta);
  });

  it('refuses other tokens and other documents, and keeps viewers read-only', async () => {
    const { server } = await start();
    const info = target(server.port, 'journey/journey:a');
    expect((await rawAuth(info, credentials('x'.repeat(43)))).outcome).toEqual({
      kind: 'denied',
      reason: REFUSALS.badToken,
    });
    for (const name of ['settings', 'journey/', 'journey/a b', 'journey/a/b', `journey/${'x'.repeat(201)}`]) {
      expect((await rawAuth(info, credentials(TEAM_TOKEN), name)).outcome, name).toEqual({
        kind: 'denied',
        reason: REFUSALS.wrongDocument,
      });
    }
    const editor = connect(info, { role: 'editor', rawToken: credentials(TEAM_TOKEN) });
    editor.doc.getMap('journey').set('title', 'kept');
    await editor.synced();
    const viewer = connect(info, { role: 'viewer', rawToken: credentials(VIEWER_TOKEN) });
    await viewer.synced();
    await waitFor(() => viewer.doc.getMap('journey').get('title') === 'kept', 'the title at the viewer');
    viewer.doc.getMap('journey').set('title', 'overwritten');
    await sleep(300);
    expect(editor.doc.getMap('journey').get('title')).toBe('kept');
  });

  it('moves an unreadable document file aside instead of losing it, and starts the document empty', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-team-'));
    dirs.push(dir);
    const file = createFileDocumentStore(dir, () => undefined).fileFor('journey/journey:a');
    await writeFile(file, 'not a Yjs update');
    const { server } = await start(dir);
    const client = connect(target(server.port, 'journey/journey:a'), {
      role: 'editor',
      rawToken: credentials(TEAM_TOKEN),
    });
    await client.synced();
    expect(client.doc.getMap('journey').size).toBe(0);
    expect((await readdir(dir)).some((f) => f.includes('.unreadable-'))).toBe(true);
    expect(Y.encodeStateAsUpdate(client.doc).byteLength).toBeGreaterThan(0);
  });

  it('checks its tokens and its Redis URL before starting', async () => {
    expect(teamTokenProblem(TEAM_TOKEN)).toBeNull();
    expect(teamTokenProblem('short')).toMatch(/40 to 64 characters/);
    await expect(
      startTeamServer({
        port: 0,
        listenHost: '127.0.0.1',
        tokens: { editor: 'password1' },
        dataDir: os.tmpdir(),
        staticDir: null,
        log: () => undefined,
      }),
    ).rejects.toThrow(/40 to 64 characters/);
    expect(redisSettings('redis://cache.internal')).toEqual({ host: 'cache.internal', port: 6379, options: {} });
    expect(redisSettings('rediss://user:p%40ss@10.0.0.5:6380/2')).toEqual({
      host: '10.0.0.5',
      port: 6380,
      options: { username: 'user', password: 'p@ss', db: 2, tls: {} },
    });
    expect(() => redisSettings('http://x')).toThrow(/redis:\/\//);
    expect(() => redisSettings('redis://x/db')).toThrow(/number/);
  });

  it('behind a trusted proxy, throttles each client by its forwarded address, not the proxy', async () => {
    const { server } = await start(undefined, {
      trustProxy: true,
      limits: { connectionsPerMinute: 3, throttleLoopback: true },
    });
    const info = target(server.port, 'journey/journey:a');
    const attempt = async (address: string) => {
      const ws = rawSocket(info, { 'X-Forwarded-For': `${address}, 10.0.0.1` });
      await opened(ws);
      const answer = authOutcome(ws);
      ws.send(authMessage(info.documentName, credentials(TEAM_TOKEN)));
      return (await answer).kind;
    };
    for (let i = 0; i < 3; i += 1) expect(await attempt('203.0.113.7')).toBe('authenticated');
    expect(await attempt('203.0.113.7')).toBe('denied');
    expect(await attempt('203.0.113.8')).toBe('authenticated');
  });
});
