import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journey } from '../fixtures/journey-builder';
import { SEED_PHRASE } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, journeyFileBytes } from '../support/e2e-helpers';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(Buffer.from(bytes.subarray(12, 16)).toString('latin1')).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function waitForFile(file: string, timeoutMs = 60_000) {
  await expectEventually(async () => {
    expect(existsSync(file)).toBe(true);
    expect((await stat(file)).size).toBeGreaterThan(0);
  }, timeoutMs);
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Stage names in two scripts, one word each, so no header is cut short. */
const TAMIL_STAGE = SEED_PHRASE.tamil.split(' ')[0]!;
const ARMENIAN_STAGE = SEED_PHRASE.armenian;
const TITLE = 'Poster journey';

function posterJourney() {
  const b = journey(TITLE);
  const [first, second, third] = b.stages(TAMIL_STAGE, ARMENIAN_STAGE, 'Receive');
  const a = b.touchpoint(first, { title: 'Sees the advert', emotion: 1 });
  const c = b.touchpoint(second, { title: 'Compares prices', emotion: -1 });
  const d = b.touchpoint(third, { title: 'Parcel arrives', emotion: 2 });
  b.connect(a, c, 'main');
  b.connect(c, d, 'alternative');
  b.persona('Anjali', true, { role: 'Busy parent' });
  return b.build();
}

/** Each page's size in whole PDF points (Chromium rounds a page to a few hundredths of a point). */
function pageSizes(pdf: string): string[] {
  const info = run('pdfinfo', ['-f', '1', '-l', '1000', pdf]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (m) => `${Math.round(Number(m[1]))} x ${Math.round(Number(m[2]))}`,
  );
}

describe('the map poster and the PNG at a DPI', () => {
  let app: AppHandle;
  let dir: string;

  beforeEach(async () => {
    app = await launchApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-poster-'));
    const file = path.join(dir, 'poster.journey');
    await writeFile(file, journeyFileBytes(posterJourney()));
    app.dialog.nextOpen([file]);
    await app.page.getByRole('button', { name: 'Open file…' }).first().click();
    await app.page.getByTestId('journey-canvas').waitFor();
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  it('exports an A0 poster on one page: A0 size, stage titles in Tamil and Armenian as text, fonts embedded', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Poster (PDF)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Poster of the map' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'A0' }).check();
    await dialog.getByRole('radio', { name: 'Portrait' }).check();
    await dialog.getByRole('radio', { name: 'One page' }).check();
    await dialog.getByText('One page, 841 × 1,189 mm.').waitFor();
    const pdf = path.join(dir, 'poster-a0.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export poster…' }).click();
    await waitForFile(pdf);
    await dialog.waitFor({ state: 'hidden' });

    expect(pageSizes(pdf)).toEqual(['2384 x 3370']);
    const text = squeeze(run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']));
    for (const words of [TITLE, TAMIL_STAGE, ARMENIAN_STAGE, 'Receive', 'Compares prices', 'Anjali', 'Main path'])
      expect(text).toContain(squeeze(words));
    // The emotion curve under the map, its scale in words.
    expect(text.toLowerCase()).toContain(squeeze('emotion curve'));
    for (const word of ['Delighted', 'Neutral', 'Angry']) expect(text).toContain(word);
    const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    expect(fonts.some((row) => /NotoSansTamil/.test(row))).toBe(true);
    expect(fonts.some((row) => /NotoSansArmenian/.test(row))).toBe(true);
    // Every font is embedded (the "emb" column).
    for (const row of fonts) expect(row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  it('exports the poster tiled on A4 sheets: a key page and one labelled sheet per tile, with a bad size refused first', async () => {
    const { page } = app;
    await app.menu('export-poster');
    const dialog = page.getByRole('dialog', { name: 'Poster of the map' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Custom' }).check();
    await dialog.getByLabel('Width (mm)').fill('2500');
    await dialog.getByText("The poster's width must be from 100 to 2,000 mm; enter a size in that range.").waitFor();
    expect(await dialog.getByRole('button', { name: 'Export poster…' }).isDisabled()).toBe(true);
    await dialog.getByRole('radio', { name: 'A2' }).check();
    await dialog.getByRole('radio', { name: 'Portrait' }).check();
    await dialog.getByRole('radio', { name: 'A4 sheets' }).check();
    await dialog.getByLabel('Overlap (mm)').fill('10');
    await dialog.getByText('420 × 594 mm on 8 A4 sheets (2 × 4), plus a page with the assembly key.').waitFor();
    const pdf = path.join(dir, 'poster-tiles.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export poster…' }).click();
    await waitForFile(pdf);

    const sizes = pageSizes(pdf);
    expect(sizes).toHaveLength(9);
    // Landscape A4 sheets (297 × 210 mm).
    for (const size of sizes) expect(size).toBe('842 x 595');
    const pageText = (n: number) =>
      run('pdftotext', ['-raw', '-f', String(n), '-l', String(n), '-enc', 'UTF-8', pdf, '-']);
    const key = pageText(1);
    expect(key).toContain('Assembly key');
    for (const label of ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2']) expect(key).toContain(label);
    const labels = [2, 3, 4, 5, 6, 7, 8, 9].map((n) => /Sheet ([A-D][12]) · row/.exec(pageText(n))?.[1]);
    expect(labels).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2']);
    // The drawing is text on the sheets too, in both scripts.
    const all = squeeze(run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']));
    expect(all).toContain(squeeze(TAMIL_STAGE));
    expect(all).toContain(squeeze(ARMENIAN_STAGE));
  });

  it('exports the tiled poster with its words in Armenian, chosen in the dialog over the English interface', async () => {
    const { page } = app;
    await app.menu('export-poster');
    const dialog = page.getByRole('dialog', { name: 'Poster of the map' });
    await dialog.waitFor();
    const language = dialog.getByLabel('Poster labels');
    // The interface language is the default.
    expect(await language.inputValue()).toBe('en');
    await language.selectOption('hy');
    await dialog.getByRole('radio', { name: 'A3' }).check();
    await dialog.getByRole('radio', { name: 'Landscape' }).check();
    await dialog.getByRole('radio', { name: 'A4 sheets' }).check();
    await dialog.getByLabel('Overlap (mm)').fill('10');
    await dialog.getByText('420 × 297 mm on 4 A4 sheets (2 × 2), plus a page with the assembly key.').waitFor();
    const pdf = path.join(dir, 'poster-hy.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export poster…' }).click();
    await waitForFile(pdf);

    expect(pageSizes(pdf)).toHaveLength(5);
    const pageText = (n: number) =>
      squeeze(run('pdftotext', ['-raw', '-f', String(n), '-l', String(n), '-enc', 'UTF-8', pdf, '-']));
    const key = pageText(1);
    expect(key).toContain(squeeze(`Հավաքման բանալի՝ ${TITLE}`));
    expect(key).toContain(squeeze('հորիզոնական A3 (420 × 297 մմ)՝ 4 հորիզոնական A4 թերթի վրա.'));
    expect(key).toContain(squeeze('Տպեք բոլոր թերթերը 100 % չափով'));
    expect(key).toContain(squeeze('3 փուլ · 3 շփման կետ'));
    // The legends' headings print in capitals (CSS), Armenian ones too.
    expect(key).toContain('ՊԵՐՍՈՆԱՆԵՐ');
    expect(key).toContain('ԿԱՊԵՐ');
    expect(key).toContain(squeeze('Հիմնական ուղի'));
    expect(pageText(2)).toContain(squeeze('Թերթ A1 · տող A, սյունակ 1՝ 2 × 2-ից'));
    expect(pageText(5)).toContain(squeeze('Թերթ B2 · տող B, սյունակ 2՝ 2 × 2-ից'));
    const all = squeeze(run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']));
    for (const english of [
      'Assembly key',
      'Sheet',
      'stages',
      'touchpoints',
      'Personas',
      'Main path',
      'Connections',
      'overlap',
    ])
      expect(all).not.toContain(squeeze(english));
    const fonts = run('pdffonts', [pdf]);
    expect(fonts).toMatch(/NotoSansArmenian/);
  });

  it('exports a PNG of the map on A4 at 300 DPI, and refuses A0 at 600 DPI in one sentence', async () => {
    const { page } = app;
    await app.menu('export-png');
    const dialog = page.getByRole('dialog', { name: 'PNG image of the map' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Paper and DPI' }).check();
    await dialog.getByRole('radio', { name: 'A0' }).check();
    await dialog.getByRole('radio', { name: 'Custom' }).check();
    await dialog.getByLabel('Dots per inch').fill('600');
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /^At 600 DPI on A0 the image would be [\d,]+ × [\d,]+ px, more than the 16,384 px on a side an image can hold; choose a lower DPI or a smaller paper\.$/,
    );
    expect(await dialog.getByRole('button', { name: 'Export PNG…' }).isDisabled()).toBe(true);

    await dialog.getByRole('radio', { name: 'A4' }).check();
    await dialog.getByRole('radio', { name: '300 DPI' }).check();
    const png = path.join(dir, 'map.png');
    app.dialog.nextSave(png);
    await dialog.getByRole('button', { name: 'Export PNG…' }).click();
    await waitForFile(png);
    const size = pngSize(new Uint8Array(await readFile(png)));
    // A4 at 300 DPI is 3,508 × 2,480 px landscape (the map is wide): the map fills one side of it.
    expect(size.width).toBeLessThanOrEqual(3508);
    expect(size.height).toBeLessThanOrEqual(2480);
    expect(size.width === 3508 || size.height === 2480).toBe(true);
    // The file carries its resolution (pHYs, pixels per metre), so it prints at A4: 300 DPI is 11,811 per metre.
    const bytes = await readFile(png);
    const phys = bytes.indexOf(Buffer.from('pHYs', 'latin1'));
    expect(phys).toBe(37);
    expect([bytes.readUInt32BE(phys + 4), bytes.readUInt32BE(phys + 8), bytes[phys + 12]]).toEqual([11811, 11811, 1]);
    await dialog.waitFor({ state: 'hidden' });
  });
});
