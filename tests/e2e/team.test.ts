/**
 * Sharing a journey to a team server from the workshop panel: the app and a
 * teammate (the same engine in Node) keep one journey in sync both ways, and
 * the app's database has the teammate's edit.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTeamServer } from '../../electron/live/team-server';
import { JourneyDocumentSchema, type JourneyDocument } from '../../renderer/src/domain/model';
import { updateTouchpoint } from '../../renderer/src/session/edits';
import { connectTeam, parseTeamLink } from '../../renderer/src/session/live/team';
import { createEditorStore } from '../../renderer/src/session/store';
import { TABLE_NAMES } from '../../renderer/src/domain/tables';
import { launchApp, shutdown } from '../support/app';
import { clickStageHeader, expectEventually, openTemplate, readTable } from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';

const TOKEN = 'team_' + 'e2e'.repeat(14);
/** Where the test leaves a screenshot of the shared journey's panel, to look at. */
const SHOTS = path.join(os.tmpdir(), 'live-shots');

describe('team server', () => {
  afterAll(shutdown);

  it('shares the open journey from the workshop panel and keeps it in sync with a teammate both ways', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'waymark-team-e2e-'));
    const server = await startTeamServer({
      port: 0,
      listenHost: '127.0.0.1',
      tokens: { editor: TOKEN },
      dataDir,
      staticDir: null,
      log: () => undefined,
    });
    const app = await launchApp();
    const closers: Array<() => void> = [];
    try {
      const page = app.page;
      await openTemplate(page);
      const panel = page.getByRole('complementary', { name: 'Workshop' });
      await page.getByRole('button', { name: 'Workshop', exact: true }).click();
      const team = panel.getByRole('group', { name: 'Team server' });
      await team.locator('summary').click();

      // A wrong token first: the field says what is wrong, nothing connects.
      await team.getByLabel('Server address').fill(`127.0.0.1:${server.port}`);
      await team.getByLabel('Team token').fill('too-short');
      await team.getByRole('button', { name: 'Share to team server' }).click();
      await team.getByRole('alert').filter({ hasText: 'The team token is 40 to 64' }).waitFor();

      await team.getByLabel('Team token').fill(TOKEN);
      await team.getByRole('button', { name: 'Share to team server' }).click();
      await team.getByText('In sync').waitFor();
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/team.png` });

      // A teammate with the same journey (as a .journey file would give it) joins from Node.
      const rows = Object.fromEntries(
        await Promise.all(TABLE_NAMES.map(async (t) => [t, await readTable(page, t)] as const)),
      );
      const doc: JourneyDocument = JourneyDocumentSchema.parse({ ...rows, journey: rows.journeys![0] });
      const link = parseTeamLink(`ws://127.0.0.1:${server.port}`, TOKEN);
      if (typeof link === 'string') throw new Error(link);
      const mate = createEditorStore(doc, { persist: async () => undefined });
      const sync = connectTeam({ store: mate, link, name: 'Teammate', WebSocketPolyfill: WebSocket });
      closers.push(() => {
        sync.disconnect();
        mate.dispose();
      });
      await expectEventually(async () => expect(sync.state.getState().status).toBe('synced'), 15_000);

      // The teammate retitles a card: the app shows it and stores it.
      const card = doc.touchpoints.find((t) => t.title === 'Parcel arrives damaged')!;
      const title = seedLine('ml', 1).slice(0, 60);
      mate.getState().run('title', updateTouchpoint(mate.getState().doc, card.id, { title }));
      await page.locator('.tp-title', { hasText: title }).waitFor();
      await expectEventually(async () => {
        const stored = await readTable<{ id: string; title: string }>(page, 'touchpoints');
        expect(stored.find((t) => t.id === card.id)?.title).toBe(title);
      }, 10_000);

      // The app adds a touchpoint with the keyboard: the teammate gets it.
      const stage = doc.stages.slice().sort((a, b) => a.order - b.order)[0]!;
      await clickStageHeader(page, stage.name);
      await page.keyboard.press('n');
      const input = page.locator('.tp-title-input');
      await input.fill('Added by the facilitator');
      await input.press('Enter');
      await expectEventually(
        async () =>
          expect(Object.values(mate.getState().doc.touchpoints).map((t) => [t.title, t.stageId])).toContainEqual([
            'Added by the facilitator',
            stage.id,
          ]),
        10_000,
      );

      // Stop sharing: the panel offers to share again, and the link is forgotten.
      await team.getByRole('button', { name: 'Stop sharing' }).click();
      await team.getByRole('button', { name: 'Share to team server' }).waitFor();
    } finally {
      for (const close of closers) close();
      await app.close();
      await server.end();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
