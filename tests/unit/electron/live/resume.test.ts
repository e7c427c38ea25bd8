/** A session ended less than an hour ago resumes with the same links; later, or for another journey, it does not. */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REFUSALS, RESUME_WINDOW_MS } from '../../../../electron/common/live';
import { lanInterfaces } from '../../../../electron/live/interfaces';
import { createFileResumeStore, createMemoryResumeStore } from '../../../../electron/live/resume-store';
import {
  cleanUp,
  connect,
  credentials,
  newParticipantId,
  rawAuth,
  removeDir,
  startTestServer,
  tokenFor,
  waitFor,
} from './helpers';

afterEach(cleanUp);

describe('live server: resuming', () => {
  it('resumes a recently ended session with the same tokens and port, and keeps removed people out', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-live-resume-'));
    try {
      let clock = 1_000_000;
      const now = () => clock;
      const store = createFileResumeStore(dir);
      const first = await startTestServer({ resumeStore: store, now });
      expect(first.info.resumed).toBe(false);
      const host = connect(first.info, { role: 'host' });
      await host.synced();
      const removedId = newParticipantId();
      const removed = connect(first.info, { role: 'viewer', participantId: removedId });
      await removed.synced();
      host.send({ type: 'remove', participantId: removedId });
      await waitFor(() => removed.closes.length > 0, 'the removal');
      removed.destroy();
      host.destroy();
      await first.end();

      clock += RESUME_WINDOW_MS - 60_000;
      const again = await startTestServer({ resumeStore: createFileResumeStore(dir), now });
      expect(again.info.resumed).toBe(true);
      expect(again.info.hostToken).toBe(first.info.hostToken);
      expect(again.info.joinUrls).toEqual(first.info.joinUrls);
      expect(again.info.port).toBe(first.info.port);
      expect((await rawAuth(again.info, credentials(tokenFor(first.info, 'editor')))).outcome.kind).toBe(
        'authenticated',
      );
      expect((await rawAuth(again.info, credentials(tokenFor(first.info, 'viewer'), removedId))).outcome).toEqual({
        kind: 'denied',
        reason: REFUSALS.removed,
      });
      await again.end();

      // The file holds secrets: private to the user.
      const file = path.join(dir, 'live-sessions.json');
      if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0);

      clock += RESUME_WINDOW_MS + 1;
      const later = await startTestServer({ resumeStore: createFileResumeStore(dir), now });
      expect(later.info.resumed).toBe(false);
      expect(later.info.hostToken).not.toBe(first.info.hostToken);
      expect((await rawAuth(later.info, credentials(tokenFor(first.info, 'editor')))).outcome).toEqual({
        kind: 'denied',
        reason: REFUSALS.badToken,
      });
      await later.end();

      // A damaged file is ignored, never trusted.
      await writeFile(file, '{"version":1,"sessions":[{"journeyId":"journey:live-test","tokens":{}}]}');
      const damaged = await startTestServer({ resumeStore: createFileResumeStore(dir), now });
      expect(damaged.info.resumed).toBe(false);
      await damaged.end();
      expect(JSON.parse(await readFile(file, 'utf8')).sessions).toHaveLength(1);
    } finally {
      await removeDir(dir);
    }
  });

  it('does not resume another journey, and takes another port when the old one is busy', async () => {
    const store = createMemoryResumeStore();
    const first = await startTestServer({ resumeStore: store, request: { journeyId: 'journey:a' } });
    await first.end();
    const other = await startTestServer({ resumeStore: store, request: { journeyId: 'journey:b' } });
    expect(other.info.resumed).toBe(false);
    expect(other.info.hostToken).not.toBe(first.info.hostToken);
    const blocker = await startTestServer({ port: first.info.port, request: { journeyId: 'journey:c' } });
    expect(blocker.info.port).toBe(first.info.port);
    const resumed = await startTestServer({ resumeStore: store, request: { journeyId: 'journey:a' } });
    expect(resumed.info.resumed).toBe(true);
    expect(resumed.info.hostToken).toBe(first.info.hostToken);
    expect(resumed.info.port).not.toBe(first.info.port);
  });
});

describe('live server: addresses', () => {
  it('lists IPv4 LAN interfaces and falls back to loopback on a machine with no LAN', () => {
    expect(
      lanInterfaces({
        lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '', mac: '', cidr: null }],
        eth0: [
          { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 1 },
          { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null },
        ],
        wlan0: [{ address: '10.0.0.7', family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null }],
      }),
    ).toEqual([
      { name: 'eth0', address: '192.168.1.20' },
      { name: 'wlan0', address: '10.0.0.7' },
    ]);
    expect(lanInterfaces({})).toEqual([{ name: 'loopback', address: '127.0.0.1' }]);
  });

  it('builds the join links on the first LAN address and the host link on loopback', async () => {
    const server = await startTestServer({
      listenHost: '0.0.0.0',
      networkInterfaces: () => ({
        eth0: [{ address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null }],
      }),
    });
    const { port } = server.info;
    expect(server.info.interfaces).toEqual([{ name: 'eth0', address: '192.168.1.20' }]);
    expect(server.info.hostWsUrl).toBe(`ws://127.0.0.1:${port}/live`);
    for (const role of ['viewer', 'contributor', 'editor'] as const) {
      expect(server.info.joinUrls[role]).toMatch(
        new RegExp(`^http://192\\.168\\.1\\.20:${port}/#/join/[A-Za-z0-9_-]{43}/journey%3Alive-test$`),
      );
    }
    const tokens = new Set([
      server.info.hostToken,
      ...(['viewer', 'contributor', 'editor'] as const).map((r) => tokenFor(server.info, r)),
    ]);
    expect(tokens.size).toBe(4);
  });
});
