/**
 * Nothing is ever lost, end to end:
 * - a browser killed (SIGKILL) right after "Saved" still has the change when
 *   it starts again on the same profile: an edit, a note typed on the map
 *   (killed before Enter or blur), a drag, a paste of 50 items, an undo and a
 *   CSV import; an edit made in one go (a card deleted) is stored before the
 *   autosave's pause, so it survives a kill right after it;
 * - "Replace mine" over a journey open in this and other windows reloads
 *   them all, and a window that has not heard of it yet cannot write its
 *   old rows over the file's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_ERROR_MESSAGES } from '../../renderer/src/storage/errors';
import { sampleJourney } from '../fixtures/sample-journey';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import {
  dropFiles,
  expectEventually,
  journeyFileBytes,
  node,
  openTemplate,
  readTable,
  toast,
  waitSaved,
} from '../support/e2e-helpers';

interface Row {
  id: string;
  journeyId?: string;
  [key: string]: unknown;
}
type Touchpoint = Row & { title: string; position: { x: number; y: number } };
type Note = Row & { text: string };

const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Journey title' });

/** Pastes text on the map as the system clipboard would (one note per line). */
async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('a browser killed right after Saved', () => {
  let profileDir: string;
  let app: AppHandle | null = null;

  beforeEach(async () => {
    profileDir = await mkdtemp(path.join(os.tmpdir(), 'waymark-crash-'));
  });
  afterEach(async () => {
    await app?.close().catch(() => undefined);
    app = null;
    await rm(profileDir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  /** Kill the browser as a power cut would, start it again on the same profile, and open the journey. */
  async function crashAndRestart(journeyUrl: string): Promise<Page> {
    await app!.kill();
    app = await launchApp({ profileDir });
    await app.page.goto(journeyUrl);
    await app.page.getByTestId('journey-canvas').waitFor();
    return app.page;
  }

  it('keeps an edit, a drag, a paste of 50 items, an undo and a CSV import', async () => {
    app = await launchApp({ profileDir });
    let page = app.page;
    await openTemplate(page);
    const url = page.url();
    const journeyId = (await readTable<Row>(page, 'journeys'))[0]!.id;

    // An edit, and a note's text typed on the map and killed before Enter or a click elsewhere.
    await titleBox(page).fill(TAMIL[0]);
    await titleBox(page).press('Enter');
    const typedNote = (await readTable<Note>(page, 'notes'))[0]!;
    await node(page, typedNote.id).dblclick();
    await page.getByRole('textbox', { name: 'Note text' }).press('Control+a');
    await page.keyboard.type(TELUGU[2].slice(0, 40));
    // Stored at the pause in the typing (at most a second behind it), still with the box open.
    await expectEventually(async () => {
      const stored = (await readTable<Note>(page, 'notes')).find((n) => n.id === typedNote.id);
      expect(stored?.text).toBe(TELUGU[2].slice(0, 40));
    });
    await page.getByRole('textbox', { name: 'Note text' }).waitFor();
    await waitSaved(page);
    page = await crashAndRestart(url);
    expect(await titleBox(page).inputValue()).toBe(TAMIL[0]);
    expect((await readTable<Row & { title: string }>(page, 'journeys'))[0]?.title).toBe(TAMIL[0]);
    expect((await readTable<Note>(page, 'notes')).find((n) => n.id === typedNote.id)?.text).toBe(
      TELUGU[2].slice(0, 40),
    );

    // A drag.
    const moved = (await readTable<Touchpoint>(page, 'touchpoints'))[0]!;
    const box = await node(page, moved.id).boundingBox();
    if (!box) throw new Error('touchpoint not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 90, { steps: 8 });
    await page.mouse.up();
    await expectEventually(async () => {
      const row = (await readTable<Touchpoint>(page, 'touchpoints')).find((t) => t.id === moved.id);
      expect(row?.position.y).toBeGreaterThan(moved.position.y + 30);
    });
    await waitSaved(page);
    const dropped = (await readTable<Touchpoint>(page, 'touchpoints')).find((t) => t.id === moved.id)!.position;
    page = await crashAndRestart(url);
    expect((await readTable<Touchpoint>(page, 'touchpoints')).find((t) => t.id === moved.id)?.position).toEqual(
      dropped,
    );
    await node(page, moved.id).waitFor();

    // A paste of 50 items (one note per line).
    const templateNotes = (await readTable<Note>(page, 'notes')).map((n) => n.text);
    const lines = Array.from({ length: 50 }, (_, i) => `${i + 1}. ${[TAMIL, ARMENIAN, TELUGU, MALAYALAM][i % 4]![0]}`);
    const allNotes = [...templateNotes, ...lines].sort();
    await page.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
    await pasteText(page, lines.join('\n'));
    await expectEventually(async () => expect(await readTable(page, 'notes')).toHaveLength(allNotes.length));
    await waitSaved(page);
    page = await crashAndRestart(url);
    const notes = await readTable<Note>(page, 'notes');
    expect(notes.map((n) => n.text).sort()).toEqual(allNotes);
    expect(notes.every((n) => n.journeyId === journeyId)).toBe(true);
    await expect.poll(() => page.locator('.react-flow__node-note').count(), { timeout: 10_000 }).toBe(allNotes.length);

    // An undo (of a paste made before the crash: the history does not survive it, so paste again here).
    await page.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
    await pasteText(page, `${ARMENIAN[1]}\n${TELUGU[1]}`);
    await expectEventually(async () => expect(await readTable(page, 'notes')).toHaveLength(allNotes.length + 2));
    await waitSaved(page);
    await page.keyboard.press('Control+z');
    await expectEventually(async () => expect(await readTable(page, 'notes')).toHaveLength(allNotes.length));
    await waitSaved(page);
    page = await crashAndRestart(url);
    expect((await readTable<Note>(page, 'notes')).map((n) => n.text).sort()).toEqual(allNotes);

    // A CSV import.
    const csvPath = path.join(profileDir, 'touchpoints.csv');
    await writeFile(
      csvPath,
      ['Stage,Title,Emotion', `${TAMIL[3]},${MALAYALAM[0]},2`, `${TAMIL[3]},"${TELUGU[0]}",-1`].join('\r\n'),
      'utf8',
    );
    const before = (await readTable(page, 'touchpoints')).length;
    app.dialog.nextOpen([csvPath]);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Import touchpoints from CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import touchpoints from CSV' });
    await dialog.getByRole('button', { name: 'Import 2 touchpoints' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
    page = await crashAndRestart(url);
    const touchpoints = await readTable<Touchpoint>(page, 'touchpoints');
    expect(touchpoints).toHaveLength(before + 2);
    expect(touchpoints.map((t) => t.title)).toEqual(expect.arrayContaining([MALAYALAM[0], TELUGU[0]]));
    const csvStage = (await readTable<Row & { name: string }>(page, 'stages')).find((st) => st.name === TAMIL[3]);
    expect(csvStage?.journeyId).toBe(journeyId);
    expect(
      touchpoints
        .filter((t) => t.stageId === csvStage?.id)
        .map((t) => t.title)
        .sort(),
    ).toEqual([MALAYALAM[0], TELUGU[0]].sort());
    // Five restarts of a browser on a busy machine: more than one test's usual minute.
  }, 240_000);

  it('keeps an edit made in one go (a card deleted) when killed before the autosave’s pause', async () => {
    app = await launchApp({ profileDir });
    let page = app.page;
    await openTemplate(page);
    const url = page.url();
    const before = await readTable<Touchpoint>(page, 'touchpoints');
    const gone = before[1]!;
    // The page's timers stop here: the autosave's pause never comes, so only a write made at once is stored.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await node(page, gone.id).click();
    await page.keyboard.press('Delete');
    await node(page, gone.id).waitFor({ state: 'detached' });
    await expectEventually(async () =>
      expect((await readTable<Touchpoint>(page, 'touchpoints')).map((t) => t.id)).not.toContain(gone.id),
    );
    page = await crashAndRestart(url);
    const after = (await readTable<Touchpoint>(page, 'touchpoints')).map((t) => t.id).sort();
    expect(after).toEqual(
      before
        .map((t) => t.id)
        .filter((id) => id !== gone.id)
        .sort(),
    );
    await expect.poll(() => page.locator('.react-flow__node-touchpoint').count()).toBe(before.length - 1);
  }, 120_000);

  it('keeps text typed a moment ago, in a card on the map and in the inspector, with no pause before the kill', async () => {
    app = await launchApp({ profileDir });
    let page = app.page;
    await openTemplate(page);
    const url = page.url();
    const [card, other] = await readTable<Touchpoint & { thoughts: string }>(page, 'touchpoints');
    // The page's timers stop here: no pause in the typing is ever reached, so only text written at every key is stored.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    const title = `${card!.title} ${TELUGU[1].slice(0, 10)}`;
    await node(page, card!.id).locator('.tp-title').dblclick();
    const box = page.locator('.tp-title-input');
    await box.press('End');
    await box.pressSequentially(` ${TELUGU[1].slice(0, 10)}`);
    await expectEventually(async () =>
      expect((await readTable<Touchpoint>(page, 'touchpoints')).find((t) => t.id === card!.id)?.title).toBe(title),
    );
    // Still open on the map (no Enter, no click elsewhere).
    await box.waitFor();
    await box.press('Enter');

    await node(page, other!.id).click();
    const thoughts = page.getByRole('textbox', { name: 'Thoughts', exact: true });
    await thoughts.click();
    await thoughts.press('Control+a');
    await thoughts.pressSequentially(ARMENIAN[0].slice(0, 16));
    await box.waitFor({ state: 'detached' });
    await expectEventually(async () =>
      expect(
        (await readTable<Touchpoint & { thoughts: string }>(page, 'touchpoints')).find((t) => t.id === other!.id)
          ?.thoughts,
      ).toBe(ARMENIAN[0].slice(0, 16)),
    );
    await node(page, card!.id).locator('.tp-title').dblclick();
    await box.press('End');
    await box.pressSequentially(` ${MALAYALAM[1].slice(0, 8)}`);
    await expectEventually(async () =>
      expect((await readTable<Touchpoint>(page, 'touchpoints')).find((t) => t.id === card!.id)?.title).toBe(
        `${title} ${MALAYALAM[1].slice(0, 8)}`,
      ),
    );
    page = await crashAndRestart(url);
    const rows = await readTable<Touchpoint & { thoughts: string }>(page, 'touchpoints');
    expect(rows.find((t) => t.id === card!.id)?.title).toBe(`${title} ${MALAYALAM[1].slice(0, 8)}`);
    expect(rows.find((t) => t.id === other!.id)?.thoughts).toBe(ARMENIAN[0].slice(0, 16));
    await expect.poll(() => node(page, card!.id).textContent()).toContain(MALAYALAM[1].slice(0, 8));
  }, 120_000);
});

describe('Replace mine over a journey open in several windows', () => {
  let app: AppHandle;
  let dir: string;

  beforeEach(async () => {
    app = await launchApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-replace-'));
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  it('reloads every window with the file, and refuses the old rows of a window that had not heard of it', async () => {
    const { page } = app;
    const original = sampleJourney();
    const bytes = journeyFileBytes(original);
    const file = path.join(dir, 'shared.journey');
    await writeFile(file, bytes);
    app.dialog.nextOpen([file]);
    await page.getByRole('button', { name: 'Open file…' }).first().click();
    await page.getByTestId('journey-canvas').waitFor();
    await titleBox(page).fill('My own copy');
    await titleBox(page).press('Enter');
    await waitSaved(page);

    // A second window shows the journey and hears the others; a third does not hear them (yet).
    const second = await page.context().newPage();
    await second.goto(page.url());
    const third = await page.context().newPage();
    await third.addInitScript(() => {
      const w = window as unknown as { __deaf: boolean };
      w.__deaf = false;
      const add = BroadcastChannel.prototype.addEventListener;
      BroadcastChannel.prototype.addEventListener = function (
        this: BroadcastChannel,
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | AddEventListenerOptions,
      ) {
        const muted = (e: Event) => {
          if (w.__deaf) return;
          if (typeof listener === 'function') listener.call(this, e);
          else listener.handleEvent(e);
        };
        add.call(this, type, muted, options);
      } as typeof BroadcastChannel.prototype.addEventListener;
    });
    await third.goto(page.url());
    for (const p of [second, third]) {
      await expect.poll(() => titleBox(p).inputValue(), { timeout: 10_000 }).toBe('My own copy');
    }
    await third.evaluate(() => ((window as unknown as { __deaf: boolean }).__deaf = true));

    // The first window drops the file on its open journey and replaces it.
    await dropFiles(page, [{ name: 'shared.journey', bytes }]);
    const ask = page.getByRole('dialog', { name: 'This journey is already in your library' });
    await ask.getByRole('button', { name: 'Replace mine' }).click();
    await toast(page, `Opened “${TAMIL[0]}” from shared.journey.`);
    await expect.poll(() => titleBox(page).inputValue(), { timeout: 10_000 }).toBe(TAMIL[0]);

    // The second window is told and shows the file.
    await toast(second, 'Another window replaced this journey with a file; the map here now shows it.');
    await expect.poll(() => titleBox(second).inputValue(), { timeout: 10_000 }).toBe(TAMIL[0]);

    // The third still shows the old map and saves an edit: refused, and it reloads the file's map.
    expect(await titleBox(third).inputValue()).toBe('My own copy');
    await titleBox(third).fill(ARMENIAN[0]);
    await titleBox(third).press('Enter');
    await toast(third, STORAGE_ERROR_MESSAGES.replaced);
    await expect.poll(() => titleBox(third).inputValue(), { timeout: 10_000 }).toBe(TAMIL[0]);
    const stored = () => readTable<Row & { title: string }>(page, 'journeys');
    expect((await stored()).find((j) => j.id === original.journey.id)?.title).toBe(TAMIL[0]);
    const touchpoints = (await readTable<Touchpoint>(page, 'touchpoints')).filter(
      (t) => t.journeyId === original.journey.id,
    );
    expect(touchpoints.map((t) => t.title).sort()).toEqual(original.touchpoints.map((t) => t.title).sort());

    // After the reload, the third window's edits are saved onto the file's map again.
    await titleBox(third).fill(MALAYALAM[1]);
    await titleBox(third).press('Enter');
    await expectEventually(async () =>
      expect((await stored()).find((j) => j.id === original.journey.id)?.title).toBe(MALAYALAM[1]),
    );
    await second.close();
    await third.close();
  });
});

describe('the library’s storage line and the storage banner', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(() => app.close());
  afterAll(shutdown);

  it('shows how much storage is used of what is available', async () => {
    const { page } = app;
    await openTemplate(page);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    const line = page.getByTestId('storage-line');
    await line.waitFor();
    expect(await line.textContent()).toMatch(
      /^Storage: [\d.,]+ (bytes|KB|MB|GB) used of [\d.,]+ (KB|MB|GB|TB) available$/,
    );
    const { usage, quota } = await page.evaluate(() => navigator.storage.estimate());
    expect(usage).toBeGreaterThan(0);
    expect(quota).toBeGreaterThan(usage!);
  });

  it('says to update Waymark when a newer version takes over the journeys, and stops saving', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New journey' }).first().click();
    await page.getByTestId('journey-canvas').waitFor();
    await waitSaved(page);
    // A newer Waymark (another window) opens the database at a higher version.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('waymark', 10_000);
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const banner = page.getByRole('alert').filter({ hasText: 'Your journeys are from a newer Waymark' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(STORAGE_ERROR_MESSAGES['version-too-new']);
    // An edit now is not saved, and says why.
    await titleBox(page).fill(TELUGU[2]);
    await titleBox(page).press('Enter');
    const notSaved = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await notSaved.waitFor();
    expect(await notSaved.getAttribute('title')).toBe(STORAGE_ERROR_MESSAGES['version-too-new']);
    expect((await readTable<Row & { title: string }>(page, 'journeys')).map((j) => j.title)).not.toContain(TELUGU[2]);
  });
});
