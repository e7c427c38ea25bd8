/**
 * Journey files and sharing, end to end: saving and opening `.journey` files,
 * dropping several on the window, id conflicts, damaged files, CSV import,
 * versions, recent files and files handed over by the OS.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../renderer/src/domain';
import { readJourneyFile } from '../../renderer/src/files';
import { sampleJourney } from '../fixtures/sample-journey';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import {
  DOCUMENT_TABLES,
  dragFiles,
  expectEventually,
  journeyFileBytes,
  node,
  openTemplate,
  readTable,
  recordToasts,
  toast,
  toastShown,
  waitSaved,
} from '../support/e2e-helpers';

type Row = Record<string, unknown> & { id: string };

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every stored row of every table, sorted, blobs without their bytes (a Blob does not cross to Node). */
async function allRows(page: Page): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const table of [...DOCUMENT_TABLES, 'snapshots']) out[table] = (await readTable<Row>(page, table)).sort(byId);
  out.blobs = (await readTable<Row>(page, 'blobs')).map(
    ({ id, journeyId, type, hash }) => ({ id, journeyId, type, hash }) as Row,
  );
  return out;
}

/** A journey card's title in the library. */
const card = (page: Page, title: string) => page.locator('.card-title').getByText(title, { exact: true });

describe('journey files', () => {
  let app: AppHandle;
  let dir: string;

  beforeEach(async () => {
    app = await launchApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-files-'));
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  async function setTitle(page: Page, title: string) {
    const input = page.getByRole('textbox', { name: 'Journey title' });
    await input.fill(title);
    await input.press('Enter');
    await waitSaved(page);
  }

  async function backToLibrary(page: Page) {
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await page.locator('.library').waitFor();
  }

  async function openWithDialog(page: Page, filePath: string) {
    app.dialog.nextOpen([filePath]);
    await page.getByRole('button', { name: 'Open file…' }).first().click();
  }

  it('saves a journey to a file, and opening it after deleting the journey brings back identical rows', async () => {
    const { page } = app;
    await openTemplate(page);
    await setTitle(page, TAMIL[3]);
    // Saved from the editor the edit was made in: the file says when it was last edited, not when it was opened.
    await waitSaved(page);
    const before = await allRows(page);
    expect(before.touchpoints!.length).toBeGreaterThanOrEqual(10);

    const file = path.join(dir, 'saved.journey');
    app.dialog.nextSave(file);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Save as .journey file…' }).click();
    await expectEventually(async () => expect((await stat(file)).size).toBeGreaterThan(0));
    await toast(page, 'Saved saved.journey.');

    // Delete it: to the trash, then forever.
    await backToLibrary(page);
    await page.getByRole('button', { name: `Actions for ${TAMIL[3]}` }).click();
    await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    await page.getByRole('link', { name: /Trash/ }).click();
    await page.getByRole('button', { name: `Delete forever: ${TAMIL[3]}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await expectEventually(async () => expect(await readTable(page, 'journeys')).toEqual([]));
    expect(await readTable(page, 'touchpoints')).toEqual([]);

    await page.getByRole('link', { name: 'Journeys' }).click();
    await openWithDialog(page, file);
    await toast(page, `Opened “${TAMIL[3]}” from saved.journey.`);
    await page.getByTestId('journey-canvas').waitFor();
    await waitSaved(page);
    await backToLibrary(page);
    // Identical, updatedAt included: opening writes the rows exactly as saved.
    expect(await allRows(page)).toEqual(before);
  });

  it('opens two journey files dropped on the window at once, with an overlay while files are dragged', async () => {
    const { page } = app;
    const first = sampleJourney();
    const second = sampleJourney();
    second.journey.title = MALAYALAM[2];
    const files = [
      { name: 'first.journey', bytes: journeyFileBytes(first) },
      { name: `${TELUGU[0].slice(0, 20)}.journey`, bytes: journeyFileBytes(second) },
    ];

    // Only drags that carry files show the overlay.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', 'a node');
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
    });
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    await dragFiles(page, 'dragenter', files);
    await page
      .locator('.drop-overlay', { hasText: 'Drop journeys (.journey, .zip or .json) to add them to your library.' })
      .waitFor();
    await dragFiles(page, 'dragleave', files);
    await page.locator('.drop-overlay').waitFor({ state: 'detached' });

    await dragFiles(page, 'drop', [...files, { name: 'photo.png', bytes: new Uint8Array([1, 2, 3]) }]);
    await toast(page, `Opened “${TAMIL[0]}” from first.journey.`);
    await toast(page, `Opened “${MALAYALAM[2]}” from ${files[1]!.name}.`);
    await toast(
      page,
      'photo.png cannot be opened: Waymark opens journeys (.journey, .zip or .json) and imports touchpoints from .csv, .tsv or .txt files.',
    );
    await card(page, TAMIL[0]).waitFor();
    await card(page, MALAYALAM[2]).waitFor();
    const journeys = await readTable<Row & { title: string }>(page, 'journeys');
    expect(journeys.map((j) => j.id).sort()).toEqual([first.journey.id, second.journey.id].sort());
    const touchpoints = await readTable<Row & { title: string }>(page, 'touchpoints');
    expect(touchpoints.map((t) => t.title).sort()).toEqual(
      [...first.touchpoints, ...second.touchpoints].map((t) => t.title).sort(),
    );

    // A journey renamed to .txt on its way opens as the journey its bytes are, not as a CSV to import.
    const third = sampleJourney();
    third.journey.title = 'Renamed on its way';
    await dragFiles(page, 'drop', [{ name: 'notes.txt', bytes: journeyFileBytes(third) }]);
    await toast(page, 'Opened “Renamed on its way” from notes.txt.');
    // One journey dropped opens in the editor.
    await page.getByTestId('journey-canvas').waitFor();
    expect((await readTable<Row & { title: string }>(page, 'journeys')).map((j) => j.title)).toContain(
      'Renamed on its way',
    );
  });

  describe('a file of a journey already in the library', () => {
    const original = sampleJourney();
    let file: string;

    beforeEach(async () => {
      file = path.join(dir, 'shared.journey');
      await writeFile(file, journeyFileBytes(original));
      const { page } = app;
      await openWithDialog(page, file);
      await page.getByTestId('journey-canvas').waitFor();
      await setTitle(page, 'My own copy');
      await backToLibrary(page);
    });

    async function openAgainAndChoose(page: Page, choice: 'Keep both' | 'Replace mine' | 'Cancel') {
      await openWithDialog(page, file);
      const dialog = page.getByRole('dialog', { name: 'This journey is already in your library' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: choice }).click();
      if (choice === 'Cancel') return;
      // One file opened: the editor shows it.
      await page.getByTestId('journey-canvas').waitFor();
      await backToLibrary(page);
    }

    it('keeps both: the file arrives as a copy with new ids', async () => {
      const { page } = app;
      await openAgainAndChoose(page, 'Keep both');
      await toast(page, `Opened “${TAMIL[0]} (copy)” from shared.journey.`);
      await card(page, `${TAMIL[0]} (copy)`).waitFor();
      const journeys = await readTable<Row & { title: string; deletedAt: number | null }>(page, 'journeys');
      expect(journeys.map((j) => j.title).sort()).toEqual([`${TAMIL[0]} (copy)`, 'My own copy'].sort());
      const copy = journeys.find((j) => j.title.endsWith('(copy)'))!;
      expect(copy.id).not.toBe(original.journey.id);
      const stages = await readTable<Row & { journeyId: string; name: string }>(page, 'stages');
      const copied = stages.filter((s) => s.journeyId === copy.id);
      expect(copied.map((s) => s.name).sort()).toEqual(original.stages.map((s) => s.name).sort());
      for (const s of copied) expect(original.stages.map((o) => o.id)).not.toContain(s.id);
      // Mine is untouched.
      expect(journeys.find((j) => j.id === original.journey.id)?.title).toBe('My own copy');
    });

    it('replaces mine: the old version is in the trash, restorable, and kept as a version', async () => {
      const { page } = app;
      await openAgainAndChoose(page, 'Replace mine');
      await toast(page, `Opened “${TAMIL[0]}” from shared.journey.`);
      await card(page, TAMIL[0]).waitFor();
      const journeys = await readTable<Row & { title: string; deletedAt: number | null }>(page, 'journeys');
      expect(journeys.find((j) => j.id === original.journey.id)).toMatchObject({ title: TAMIL[0], deletedAt: null });
      const replaced = journeys.find((j) => j.title === 'My own copy (replaced)')!;
      expect(replaced.deletedAt).not.toBeNull();
      const snapshots = await readTable<Row & { journeyId: string; name: string; document: JourneyDocument }>(
        page,
        'snapshots',
      );
      const before = snapshots.find((s) => s.name === 'Before an imported file replaced it');
      expect(before?.journeyId).toBe(original.journey.id);
      expect(before?.document.journey.title).toBe('My own copy');

      await page.getByRole('link', { name: /Trash/ }).click();
      await page.getByRole('button', { name: 'Restore My own copy (replaced)' }).click();
      await page.getByRole('link', { name: 'Journeys' }).click();
      await card(page, 'My own copy (replaced)').waitFor();
      await expectEventually(async () =>
        expect(
          (await readTable<Row & { title: string; deletedAt: number | null }>(page, 'journeys')).find(
            (j) => j.title === 'My own copy (replaced)',
          )?.deletedAt,
        ).toBeNull(),
      );
    });

    it('cancel writes nothing', async () => {
      const { page } = app;
      const before = await allRows(page);
      await openAgainAndChoose(page, 'Cancel');
      await toast(page, 'shared.journey was not opened.');
      expect(await allRows(page)).toEqual(before);
    });
  });

  it('a file opened again, unchanged since, opens the library’s copy without asking', async () => {
    const { page } = app;
    const file = path.join(dir, 'twice.journey');
    await writeFile(file, journeyFileBytes(sampleJourney()));
    await openWithDialog(page, file);
    await page.getByTestId('journey-canvas').waitFor();
    await waitSaved(page);
    await backToLibrary(page);
    const before = await allRows(page);
    await openWithDialog(page, file);
    await toast(page, `“${TAMIL[0]}” in twice.journey is already in your library, unchanged: opened your copy.`);
    await page.getByTestId('journey-canvas').waitFor();
    expect(await page.getByRole('dialog', { name: 'This journey is already in your library' }).count()).toBe(0);
    await backToLibrary(page);
    expect(await allRows(page)).toEqual(before);
  });

  it('refuses a damaged (truncated) file with its sentence and changes nothing', async () => {
    const { page } = app;
    await openTemplate(page);
    await backToLibrary(page);
    const bytes = journeyFileBytes(sampleJourney());
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    const read = await readJourneyFile(cut);
    expect(read.ok).toBe(false);
    const message = read.ok ? '' : read.error.message;
    const file = path.join(dir, 'cut.journey');
    await writeFile(file, cut);
    const before = await allRows(page);

    await openWithDialog(page, file);
    await toast(page, `cut.journey: ${message}`);
    expect(message).toMatch(/incomplete|damaged|not a Waymark journey/);
    expect(await allRows(page)).toEqual(before);
  });

  it('a journey opened from a file, or from the library, has nothing to undo', async () => {
    const { page } = app;
    const undo = page.getByRole('button', { name: /^Undo/ }).first();
    await openTemplate(page);
    expect(await undo.isDisabled()).toBe(true);
    await setTitle(page, TAMIL[3]);
    expect(await undo.isDisabled()).toBe(false); // an edit of this map
    const file = path.join(dir, 'shared.journey');
    app.dialog.nextSave(file);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Save as .journey file…' }).click();
    await toast(page, 'Saved shared.journey.');
    // Renamed after the save: the file is no longer the library's copy, so opening it asks.
    await setTitle(page, TAMIL[2]);
    await waitSaved(page);
    await backToLibrary(page);

    // The same journey comes back from the file, replacing the stored one: the renames above
    // are no steps of this map.
    await openWithDialog(page, file);
    const choose = page.getByRole('dialog', { name: 'This journey is already in your library' });
    await choose.getByRole('button', { name: 'Replace mine' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await waitSaved(page);
    expect(await undo.isDisabled()).toBe(true);
    await app.menu('undo');
    expect(await page.getByRole('textbox', { name: 'Journey title' }).inputValue()).toBe(TAMIL[3]);

    await backToLibrary(page);
    await card(page, TAMIL[3]).click();
    await page.getByTestId('journey-canvas').waitFor();
    expect(await undo.isDisabled()).toBe(true);
  });

  it('refuses a .journey that is really a PNG image or empty, saying what it is, and changes nothing', async () => {
    const { page } = app;
    await openTemplate(page);
    await backToLibrary(page);
    const before = await allRows(page);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await writeFile(path.join(dir, 'photo.journey'), png);
    await writeFile(path.join(dir, 'empty.journey'), new Uint8Array());

    await openWithDialog(page, path.join(dir, 'photo.journey'));
    await toast(
      page,
      'photo.journey: This file is a PNG image, not a Waymark journey, although its name says otherwise. Open the .journey file that Waymark saved; a picture can be added to a persona as its photo.',
    );
    await openWithDialog(page, path.join(dir, 'empty.journey'));
    await toast(
      page,
      'empty.journey: This file is empty (0 bytes), so there is no journey in it. Ask the sender for the file again.',
    );
    expect(await allRows(page)).toEqual(before);
  });

  it('imports touchpoints in Tamil and Malayalam from a CSV through the mapping dialog, as one undoable step', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New journey' }).first().click();
    await page.getByTestId('journey-canvas').waitFor();
    await waitSaved(page);
    const journeyId = (await readTable<Row>(page, 'journeys'))[0]!.id;
    const stagesBefore = await readTable<Row & { name: string; order: number }>(page, 'stages');

    // Excel's dialect: byte order mark, semicolons, CRLF; “Gefühl” is not a header Waymark knows.
    const csv = [
      'Stage;Title;Gefühl;Pain points;Channel',
      `${TAMIL[3]};${MALAYALAM[0]};+2;;website`,
      `Discover;${TAMIL[0]};-3;"${MALAYALAM[2]} (3); ${TAMIL[5].slice(0, 40)}";phone`,
      `${TAMIL[3]};${MALAYALAM[1]};very;;`,
      `${MALAYALAM[2]};${TELUGU[1]};0;;chat`,
      `${TAMIL[3]};;1;;`,
    ].join('\r\n');
    const csvPath = path.join(dir, 'touchpoints.csv');
    await writeFile(csvPath, `\uFEFF${csv}\r\n`, 'utf8');

    app.dialog.nextOpen([csvPath]);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Import touchpoints from CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import touchpoints from CSV' });
    await dialog.waitFor();
    await dialog.getByText('5 rows below the header · 5 columns · separated by semicolon').waitFor();
    expect(await dialog.getByRole('combobox', { name: /^Title/ }).inputValue()).toBe('1');
    expect(await dialog.getByRole('combobox', { name: /^Emotion/ }).inputValue()).toBe('');
    await dialog.getByRole('combobox', { name: /^Emotion/ }).selectOption({ label: 'Gefühl' });
    // This file writes severities as “(3)”: say so; and keep the journey's empty stages beside the file's.
    await dialog.getByRole('combobox', { name: /^Pain points with severity/ }).selectOption({ label: 'Pain points' });
    expect(await dialog.getByRole('combobox', { name: /^Pain points · / }).inputValue()).toBe('');
    await dialog.getByRole('checkbox', { name: /^Replace the journey’s 6 empty stages/ }).uncheck();

    // The preview shows rows as they will import, the row without a title by its number, and the emotion that
    // is not one as a value left empty (its row is imported).
    const preview = dialog.getByRole('table');
    await preview.getByRole('row', { name: new RegExp(`^2 ${TAMIL[3]}`) }).waitFor();
    await preview.getByText('Skipped: This row has no title.').waitFor();
    await dialog.getByRole('list', { name: 'Rows that will be skipped' }).getByText('Row 6:').waitFor();
    const emptied = dialog.getByRole('list', { name: 'Values that will be left empty' });
    await emptied.getByText(/Emotion “very” is not a number/).waitFor();
    await emptied.getByText('Row 4:').waitFor();
    await dialog
      .getByRole('status')
      .getByText(`4 touchpoints will be added to 3 stages (2 new: ${TAMIL[3]}, ${MALAYALAM[2]}).`)
      .waitFor();
    await dialog.getByRole('button', { name: 'Import 4 touchpoints' }).click();
    await dialog.waitFor({ state: 'detached' });
    await toast(
      page,
      'Imported 4 touchpoints from touchpoints.csv with 2 new stages; skipped 1 row with errors (row 6).',
    );
    await waitSaved(page);

    const stages = await readTable<Row & { name: string; order: number; journeyId: string }>(page, 'stages');
    const added = stages.filter((s) => !stagesBefore.some((b) => b.id === s.id)).sort((a, b) => a.order - b.order);
    expect(added.map((s) => s.name)).toEqual([TAMIL[3], MALAYALAM[2]]);
    const maxBefore = Math.max(...stagesBefore.map((s) => s.order));
    expect(added.every((s) => s.order > maxBefore && s.journeyId === journeyId)).toBe(true);
    const stageName = new Map(stages.map((s) => [s.id, s.name]));
    type Tp = Row & {
      title: string;
      stageId: string;
      emotion: number | null;
      channel: string;
      painPoints: { text: string; severity: number }[];
    };
    const touchpoints = await readTable<Tp>(page, 'touchpoints');
    expect(
      touchpoints
        .map((t) => [
          stageName.get(t.stageId),
          t.title,
          t.emotion,
          t.channel,
          t.painPoints.map((p) => [p.text, p.severity]),
        ])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    ).toEqual(
      [
        [TAMIL[3], MALAYALAM[0], 2, 'website', []],
        [
          'Discover',
          TAMIL[0],
          -3,
          'phone',
          [
            [MALAYALAM[2], 3],
            [TAMIL[5].slice(0, 40), 2],
          ],
        ],
        [MALAYALAM[2], TELUGU[1], 0, 'chat', []],
        [TAMIL[3], MALAYALAM[1], null, '', []],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );

    // One step: undo takes every imported row away.
    await app.menu('undo');
    await waitSaved(page);
    await expectEventually(async () => expect(await readTable(page, 'touchpoints')).toEqual([]));
    expect((await readTable(page, 'stages')).length).toBe(stagesBefore.length);

    // A CSV dropped on the open journey starts the same import.
    await dragFiles(page, 'drop', [{ name: 'touchpoints.csv', bytes: new Uint8Array(await readFile(csvPath)) }]);
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await readTable(page, 'touchpoints')).toEqual([]);
  });

  it('a CSV imported into a blank journey replaces its empty stages, as one undoable step; @SUM(1) stays as written', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New journey' }).first().click();
    await page.getByTestId('journey-canvas').waitFor();
    await waitSaved(page);
    const undo = page.getByRole('button', { name: /^Undo/ }).first();
    expect(await undo.isDisabled()).toBe(true);
    const defaults = (await readTable<Row & { name: string }>(page, 'stages')).map((s) => s.name).sort();
    expect(defaults).toHaveLength(6);

    const csv = [
      'Stage,Title,Pain points',
      `${TAMIL[3]},Totals,@SUM(1)`,
      `${TAMIL[3]},${MALAYALAM[0]},`,
      `${MALAYALAM[2]},${TELUGU[1]},Slow page`,
    ].join('\n');
    const csvPath = path.join(dir, 'sheet.csv');
    await writeFile(csvPath, csv, 'utf8');
    app.dialog.nextOpen([csvPath]);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Import touchpoints from CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import touchpoints from CSV' });
    const replace = dialog.getByRole('checkbox', {
      name: /^Replace the journey’s 6 empty stages with the stages in the file/,
    });
    expect(await replace.isChecked()).toBe(true);
    await dialog
      .getByRole('status')
      .getByText(`3 touchpoints will be added to 2 stages (2 new: ${TAMIL[3]}, ${MALAYALAM[2]}).`)
      .waitFor();
    await dialog.getByRole('button', { name: 'Import 3 touchpoints' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);

    const stages = await readTable<Row & { name: string; order: number }>(page, 'stages');
    expect(stages.sort((a, b) => a.order - b.order).map((s) => s.name)).toEqual([TAMIL[3], MALAYALAM[2]]);
    const touchpoints = await readTable<Row & { title: string; painPoints: { text: string; severity: number }[] }>(
      page,
      'touchpoints',
    );
    expect(touchpoints.find((t) => t.title === 'Totals')!.painPoints.map((p) => [p.text, p.severity])).toEqual([
      ['@SUM(1)', 2],
    ]);

    // The import is one step: one undo brings back the six empty stages, and then nothing is left to undo.
    expect(await undo.isDisabled()).toBe(false);
    await app.menu('undo');
    await waitSaved(page);
    await expectEventually(async () =>
      expect((await readTable<Row & { name: string }>(page, 'stages')).map((s) => s.name).sort()).toEqual(defaults),
    );
    expect(await readTable(page, 'touchpoints')).toEqual([]);
    expect(await undo.isDisabled()).toBe(true);
  });

  it('saves a version, restores it after a change, and keeps the state before the restore', async () => {
    const { page } = app;
    await openTemplate(page);
    await setTitle(page, TAMIL[3]);
    const journeyId = (await readTable<Row>(page, 'journeys'))[0]!.id;

    await page.getByRole('button', { name: 'Versions' }).click();
    const panel = page.getByRole('complementary', { name: 'Versions' });
    await panel.getByRole('textbox', { name: 'Version name' }).fill(MALAYALAM[2]);
    await panel.getByRole('button', { name: 'Save version' }).click();
    await toast(page, `Saved the version “${MALAYALAM[2]}”.`);
    const list = panel.getByRole('list', { name: 'Saved versions' });
    await list.getByText(MALAYALAM[2]).waitFor();
    await list
      .getByText(/stages · \d+ touchpoints/)
      .first()
      .waitFor();

    // A read-only preview of the version.
    await panel.getByRole('button', { name: `Preview ${MALAYALAM[2]}` }).click();
    const preview = page.getByRole('dialog', { name: MALAYALAM[2] });
    await preview.getByText('Parcel arrives damaged').waitFor();
    await preview.getByRole('button', { name: 'Close', exact: true }).click();
    await preview.waitFor({ state: 'detached' });

    await setTitle(page, TELUGU[0]);
    await expectEventually(async () =>
      expect((await readTable<Row & { title: string }>(page, 'journeys'))[0]?.title).toBe(TELUGU[0]),
    );

    // A second window shows the same journey; restoring in the first reloads it there too.
    const second = await page.context().newPage();
    await second.goto(page.url());
    await expect
      .poll(() => second.getByRole('textbox', { name: 'Journey title' }).inputValue(), { timeout: 10_000 })
      .toBe(TELUGU[0]);

    await panel.getByRole('button', { name: `Restore ${MALAYALAM[2]}` }).click();
    await toast(page, `Restored “${MALAYALAM[2]}”.`);
    await expectEventually(async () =>
      expect(await page.getByRole('textbox', { name: 'Journey title' }).inputValue()).toBe(TAMIL[3]),
    );
    await second.getByText('Another window restored a saved version of this journey').waitFor();
    await expect
      .poll(() => second.getByRole('textbox', { name: 'Journey title' }).inputValue(), { timeout: 10_000 })
      .toBe(TAMIL[3]);
    // An edit in the second window after the restore is saved onto the restored map.
    await second.getByRole('textbox', { name: 'Journey title' }).fill(MALAYALAM[0]);
    await second.getByRole('textbox', { name: 'Journey title' }).press('Enter');
    await expectEventually(async () =>
      expect((await readTable<Row & { title: string }>(page, 'journeys'))[0]?.title).toBe(MALAYALAM[0]),
    );
    await second.close();
    await setTitle(page, TAMIL[3]);
    const journeys = await readTable<Row & { title: string }>(page, 'journeys');
    expect(journeys.map((j) => [j.id, j.title])).toEqual([[journeyId, TAMIL[3]]]);
    const snapshots = await readTable<Row & { name: string; document: JourneyDocument }>(page, 'snapshots');
    const before = snapshots.find((s) => s.name === `Before restoring “${MALAYALAM[2]}”`);
    expect(before?.document.journey.title).toBe(TELUGU[0]);

    // Deleting a version asks first.
    await page.getByRole('button', { name: 'Versions' }).click();
    await panel.getByRole('button', { name: `Delete ${MALAYALAM[2]}` }).click();
    await page
      .getByRole('dialog', { name: 'Delete this version?' })
      .getByRole('button', { name: 'Delete version' })
      .click();
    await expectEventually(async () =>
      expect((await readTable<Row & { name: string }>(page, 'snapshots')).map((s) => s.name)).toEqual([
        `Before restoring “${MALAYALAM[2]}”`,
      ]),
    );
  });

  it('takes a restored version back with Ctrl+Z, and does it again with Ctrl+Y', async () => {
    const { page } = app;
    await openTemplate(page);
    await page.getByRole('button', { name: 'Versions' }).click();
    const panel = page.getByRole('complementary', { name: 'Versions' });
    await panel.getByRole('textbox', { name: 'Version name' }).fill(ARMENIAN[1].slice(0, 20));
    await panel.getByRole('button', { name: 'Save version' }).click();
    await toast(page, `Saved the version “${ARMENIAN[1].slice(0, 20)}”.`);

    // After the version: a new title and a card deleted.
    await setTitle(page, TELUGU[2].slice(0, 30));
    const cards = await readTable<Row & { title: string }>(page, 'touchpoints');
    const gone = cards[2]!;
    await node(page, gone.id).click();
    await page.keyboard.press('Delete');
    await expectEventually(async () => expect(await readTable(page, 'touchpoints')).toHaveLength(cards.length - 1));
    await waitSaved(page);
    const edited = {
      journeys: await readTable<Row & { title: string }>(page, 'journeys'),
      touchpoints: await readTable<Row>(page, 'touchpoints'),
      connections: await readTable<Row>(page, 'connections'),
    };

    await panel.getByRole('button', { name: `Restore ${ARMENIAN[1].slice(0, 20)}` }).click();
    await toast(page, `Restored “${ARMENIAN[1].slice(0, 20)}”.`);
    await expectEventually(async () =>
      expect((await readTable<Row & { title: string }>(page, 'touchpoints')).map((t) => t.id)).toContain(gone.id),
    );
    await node(page, gone.id).waitFor();

    // One undo: the map as it was before the restore, stored.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await node(page, gone.id).waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Journey title' }).inputValue())
      .toBe(edited.journeys[0]!.title);
    await waitSaved(page);
    await expectEventually(async () => {
      expect((await readTable<Row & { title: string }>(page, 'journeys'))[0]?.title).toBe(edited.journeys[0]!.title);
      expect((await readTable<Row>(page, 'touchpoints')).sort(byId)).toEqual([...edited.touchpoints].sort(byId));
      expect((await readTable<Row>(page, 'connections')).sort(byId)).toEqual([...edited.connections].sort(byId));
    });

    // And redo restores the version again.
    await page.keyboard.press('Control+y');
    await node(page, gone.id).waitFor();
    await waitSaved(page);
    await expectEventually(async () =>
      expect((await readTable<Row>(page, 'touchpoints')).map((t) => t.id)).toContain(gone.id),
    );
  });

  it('opens a file handed over by the OS, and lists it in the recent files', async () => {
    const { page } = app;
    const doc = sampleJourney();
    const file = path.join(dir, 'from-mail.journey');
    await writeFile(file, journeyFileBytes(doc));
    await recordToasts(page);
    await app.openFileFromOs(file);
    await toastShown(page, `Opened “${TAMIL[0]}” from from-mail.journey.`);
    await page.getByTestId('journey-canvas').waitFor();
    expect((await readTable<Row>(page, 'journeys')).map((j) => j.id)).toEqual([doc.journey.id]);

    // Opened through a dialog, a file joins the recent files; a file gone from disk explains itself.
    const other = sampleJourney();
    other.journey.title = TELUGU[1];
    const second = path.join(dir, 'second.journey');
    await writeFile(second, journeyFileBytes(other));
    await backToLibrary(page);
    await openWithDialog(page, second);
    await page.getByTestId('journey-canvas').waitFor();
    await backToLibrary(page);
    const recent = page.getByRole('region', { name: 'Recent files' });
    await recent.getByRole('button', { name: 'Open second.journey' }).waitFor();
    await rm(second);
    expect(existsSync(second)).toBe(false);
    await recent.getByRole('button', { name: 'Open second.journey' }).click();
    await toast(page, /^second\.journey could not be opened/);
    await recent.getByRole('button', { name: 'Open second.journey' }).waitFor({ state: 'detached' });
  });
});
