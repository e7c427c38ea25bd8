/** The team server: many journeys, kept on disk, the same rules as a workshop session. */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REFUSALS, type LiveSessionInfo } from '../../../../electron/common/live';
import BetterSqlite3 from 'better-sqlite3';
import { fileStoreHash, TEAM_DATABASE_FILE } from '../../../../electron/live/team-documents';
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

/** Each stored document's journey title, read straight from the database file. */
function storedTitles(dir: string): Map<string, unknown> {
  const db = new BetterSqlite3(path.join(dir, TEAM_DATABASE_FILE), { readonly: true });
  try {
    const rows = db.prepare('SELECT name, data FROM documents ORDER BY name').all() as { name: string; data: Buffer }[];
    return new Map(
      rows.map(({ name, data }) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, data);
        return [name, doc.getMap('journey').get('title')];
      }),
    );
  } finally {
    db.close();
  }
}

/** What the test clients need to reach a document on the team server. */
const target = (port: number, documentName: string) => ({ port, documentName }) as unknown as LiveSessionInfo;

describe('team server', () => {
  it('shares each journey between teammates and keeps it in the SQLite database across restarts', async () => {
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
    expect(storedTitles(dir)).toEqual(
      new Map([
        ['journey/journey:a', SEED_TITLES.ta],
        ['journey/journey:b', SEED_TITLES.hy],
      ]),
    );

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

  it('imports the earlier file store once, moves its files aside, and serves its documents', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-team-'));
    dirs.push(dir);
    const kept = (title: string) => {
      const doc = new Y.Doc();
      doc.getMap('journey').set('title', title);
      return Y.encodeStateAsUpdate(doc);
    };
    const fileOf = (name: string) => `${fileStoreHash(name)}.yjs`;
    const teluguState = kept(SEED_TITLES.te);
    await writeFile(path.join(dir, fileOf('journey/journey:te')), teluguState);
    await writeFile(path.join(dir, fileOf('journey/journey:ml')), kept(SEED_TITLES.ml));
    await writeFile(path.join(dir, `${fileOf('journey/journey:old')}.unreadable-1700000000000`), 'moved aside earlier');
    await writeFile(path.join(dir, 'team-token'), `${TEAM_TOKEN}\n`);

    const { server } = await start(dir);
    const files = await readdir(dir);
    expect(files.filter((f) => f.includes('.yjs'))).toEqual([]);
    expect(files).toContain('team-token');
    const [aside] = files.filter((f) => f.startsWith('file-store-imported-'));
    expect(aside).toBeDefined();
    expect((await readdir(path.join(dir, aside!))).sort()).toEqual(
      [
        fileOf('journey/journey:te'),
        fileOf('journey/journey:ml'),
        `${fileOf('journey/journey:old')}.unreadable-1700000000000`,
      ].sort(),
    );
    // The files are kept as they were.
    expect(new Uint8Array(await readFile(path.join(dir, aside!, fileOf('journey/journey:te'))))).toEqual(teluguState);

    const te = connect(target(server.port, 'journey/journey:te'), {
      role: 'editor',
      rawToken: credentials(TEAM_TOKEN),
    });
    await te.synced();
    expect(te.doc.getMap('journey').get('title')).toBe(SEED_TITLES.te);
    te.doc.getMap('journey').set('owner', SEED_TITLES.ta);
    await waitFor(() => storedTitles(dir).has('journey/journey:te'), 'the imported journey stored under its name');
    await cleanUp();
    await servers.pop()!.end();

    // A second start imports nothing again; both journeys are still served, the edited one with its edit.
    const { server: again } = await start(dir);
    expect((await readdir(dir)).filter((f) => f.startsWith('file-store-imported-'))).toEqual([aside]);
    const te2 = connect(target(again.port, 'journey/journey:te'), {
      role: 'viewer',
      rawToken: credentials(VIEWER_TOKEN),
    });
    const ml = connect(target(again.port, 'journey/journey:ml'), {
      role: 'viewer',
      rawToken: credentials(VIEWER_TOKEN),
    });
    await Promise.all([te2.synced(), ml.synced()]);
    expect(te2.doc.getMap('journey').toJSON()).toEqual({ title: SEED_TITLES.te, owner: SEED_TITLES.ta });
    expect(ml.doc.getMap('journey').get('title')).toBe(SEED_TITLES.ml);
  });

  it('refuses to start on a file that is not a readable database, and leaves it untouched', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-team-'));
    dirs.push(dir);
    const file = path.join(dir, TEAM_DATABASE_FILE);
    const notADatabase = Buffer.from(`${SEED_TITLES.hy}: not a database at all, but someone's notes`);
    await writeFile(file, notADatabase);
    await expect(start(dir)).rejects.toThrow(
      /^The team database .*waymark\.sqlite could not be opened \(file is not a database\), so the server did not start and left the file untouched; restore it from a backup, or move it out of the data folder to start with an empty one\.$/,
    );
    expect(await readFile(file)).toEqual(notADatabase);
    expect(await readdir(dir)).toEqual([TEAM_DATABASE_FILE]);
  });

  it('refuses to start on a damaged database, and leaves it untouched', async () => {
    const { server, dir } = await start();
    const client = connect(target(server.port, 'journey/journey:a'), {
      role: 'editor',
      rawToken: credentials(TEAM_TOKEN),
    });
    await client.synced();
    client.doc.getMap('journey').set('title', 'x'.repeat(20_000));
    await sleep(100);
    await cleanUp();
    await servers.pop()!.end();
    expect(storedTitles(dir).size).toBe(1);
    const file = path.join(dir, TEAM_DATABASE_FILE);
    const bytes = await readFile(file);
    // Scribbles over the second page (the documents table's root): the header still says SQLite.
    bytes.fill(0xa5, 4096, 4096 + 200);
    await writeFile(file, bytes);
    await expect(start(dir)).rejects.toThrow(
      /^The team database .* could not be opened \(.+\), so the server did not start and left the file untouched; .*\.$/,
    );
    expect(await readFile(file)).toEqual(bytes);
  });

  it('moves a row that is not a Yjs document aside instead of losing it, and starts the document empty', async () => {
    const { dir } = await start();
    await servers.pop()!.end();
    const db = new BetterSqlite3(path.join(dir, TEAM_DATABASE_FILE));
    db.prepare('INSERT INTO documents (name, data) VALUES (?, ?)').run(
      'journey/journey:a',
      Buffer.from('not a Yjs update'),
    );
    db.close();
    const { server } = await start(dir);
    const client = connect(target(server.port, 'journey/journey:a'), {
      role: 'editor',
      rawToken: credentials(TEAM_TOKEN),
    });
    await client.synced();
    expect(client.doc.getMap('journey').size).toBe(0);
    const check = new BetterSqlite3(path.join(dir, TEAM_DATABASE_FILE), { readonly: true });
    const aside = check.prepare('SELECT name, data FROM unreadable_documents').all() as {
      name: string;
      data: Buffer;
    }[];
    check.close();
    expect(aside.map((r) => [r.name, r.data.toString()])).toEqual([['journey/journey:a', 'not a Yjs update']]);
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
