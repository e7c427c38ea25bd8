import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { REPORT_LABELS } from '../../renderer/src/reports/labels';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, openTemplate, ORDER_TEMPLATE, readTable } from '../support/e2e-helpers';
import { PNG_BASE64 } from '../unit/reports/fixture';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(Buffer.from(bytes.subarray(12, 16)).toString('latin1')).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function waitForFile(file: string, timeoutMs = 30_000) {
  await expectEventually(async () => {
    expect(existsSync(file)).toBe(true);
    expect((await stat(file)).size).toBeGreaterThan(0);
  }, timeoutMs);
}

describe('reports and exports', () => {
  let app: AppHandle;
  let dir: string;

  beforeEach(async () => {
    app = await launchApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-exports-'));
    const { page } = app;
    await openTemplate(page);
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  it('exports a Letter landscape PDF report from the report dialog, with a live preview', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PDF report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report' });
    await dialog.waitFor();
    const preview = page.frameLocator('iframe[title="Report preview"]');
    await preview.locator('h1', { hasText: ORDER_TEMPLATE }).waitFor({ timeout: 20_000 });
    // The template has had no workshop (nor scored opportunities): its section is left out, and the dialog says so until it is switched off.
    const leftOut = dialog.getByText(/^Empty, left out: (.+, )?Workshop results$/);
    await leftOut.waitFor();
    expect(await preview.locator('#sec-workshop').count()).toBe(0);
    await dialog.getByRole('checkbox', { name: 'Workshop results' }).uncheck();
    await leftOut.waitFor({ state: 'hidden' });

    // A logo must be a PNG or JPEG: anything else is refused in one sentence naming what its bytes hold.
    const logoInput = dialog.getByLabel('Logo (PNG or JPEG, up to 2 MB)');
    await logoInput.setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await dialog
      .getByText(
        'logo.gif is an image in GIF format; the logo must be a PNG or JPEG image, so save it as one and choose it again.',
      )
      .waitFor();
    await logoInput.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PNG_BASE64, 'base64'),
    });
    await dialog.getByRole('img', { name: 'Chosen logo' }).waitFor();
    await preview.locator('.cover-logo img').waitFor();

    await dialog.getByLabel('Page size').selectOption('Letter');
    await dialog.getByRole('radio', { name: 'Landscape' }).check();
    // The preview follows the options (Letter landscape is 279.4 mm wide).
    await expectEventually(async () => {
      const width = await preview.locator('body').evaluate((b) => b.getBoundingClientRect().width);
      expect(Math.round(width)).toBe(Math.round((279.4 * 96) / 25.4));
    }, 10_000);

    const pdf = path.join(dir, 'report.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await waitForFile(pdf, 45_000);
    await dialog.waitFor({ state: 'hidden' });
    // Focus goes back to the toolbar.
    await expectEventually(async () =>
      expect(await page.evaluate(() => !!document.activeElement?.closest('.editor-toolbar'))).toBe(true),
    );

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+792 x 612 pts/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Online order');
    expect(text).toContain('Parcel arrives damaged');
    expect(text).toContain('Journey health');

    // The choices are remembered for this journey.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'HTML report…' }).click();
    await dialog.waitFor();
    await expect.poll(() => dialog.getByLabel('Page size').inputValue()).toBe('Letter');
    expect(await dialog.getByRole('radio', { name: 'Landscape' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('prints the report ahead while its preview shows, and Export saves that PDF without printing again', async () => {
    const { page } = app;
    await app.menu('export-pdf');
    const dialog = page.getByRole('dialog', { name: 'Report' });
    await page.frameLocator('iframe[title="Report preview"]').locator('h1').waitFor({ timeout: 20_000 });
    // Counted where main's print windows can be (Chromium standing in for Electron's).
    if (app.printWindows() !== null) await expect.poll(() => app.printWindows(), { timeout: 10_000 }).toBe(1);
    const pdf = path.join(dir, 'ahead.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await waitForFile(pdf, 45_000);
    await dialog.waitFor({ state: 'hidden' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(ORDER_TEMPLATE);
    expect(text).toContain('Parcel arrives damaged');
    if (app.printWindows() !== null) expect(app.printWindows()).toBe(1);
  });

  it('the PDF report lists the same hot spots in the same order as the insights panel', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Insights', exact: true }).click();
    const items = page
      .getByRole('complementary', { name: 'Insights' })
      .locator('section[aria-labelledby="ins-hot"] li button');
    await expect.poll(() => items.count()).toBeGreaterThan(2);
    // Each item: its score, the title as a text node, then the explanation.
    const panelTitles = await items.evaluateAll((buttons) =>
      buttons.map((b) =>
        [...b.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim(),
      ),
    );
    expect(panelTitles[0]).toBe('Contacts support by phone');

    await app.menu('export-pdf');
    const dialog = page.getByRole('dialog', { name: 'Report' });
    await page.frameLocator('iframe[title="Report preview"]').locator('h1').waitFor({ timeout: 20_000 });
    const pdf = path.join(dir, 'hot-spots.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await waitForFile(pdf, 45_000);

    // The hot spots section: from its heading (after the contents page) to the next section's.
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Table headings print in capitals.
    const heading = / Hot spots \S+ TOUCHPOINT STAGE PAIN POINTS FRICTION EMOTION /.exec(text);
    expect(heading, text).not.toBeNull();
    const start = heading!.index + heading![0].length;
    const end = text.indexOf(' Opportunities ', start);
    const section = text.slice(start - 1, end > start ? end : undefined);
    const rows = panelTitles.map((title) => ({ title, at: section.indexOf(` ${title} `) }));
    expect(rows.filter((r) => r.at < 0)).toEqual([]);
    const inReportOrder = [...rows].sort((a, b) => a.at - b.at).map((r) => r.title);
    expect(inReportOrder).toEqual(panelTitles);
    // Ranks 1, 2, … precede the titles in the same order.
    panelTitles.forEach((title, i) => expect(section).toContain(` ${i + 1} ${title} `));
  });

  it('writes nothing when the PDF save is cancelled, and saves the HTML report', async () => {
    const { page } = app;
    await app.menu('export-pdf');
    const dialog = page.getByRole('dialog', { name: 'Report' });
    await page.frameLocator('iframe[title="Report preview"]').locator('h1').waitFor({ timeout: 20_000 });
    app.dialog.nextSave(null);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await expectEventually(async () => expect(app.dialog.requests.filter((r) => r.kind === 'save')).toHaveLength(1));
    await expect.poll(() => dialog.getByRole('button', { name: 'Export PDF…' }).isEnabled()).toBe(true);
    expect(await dialog.isVisible()).toBe(true);
    expect(await readdir(dir)).toEqual([]);

    const html = path.join(dir, 'report.html');
    app.dialog.nextSave(html);
    await dialog.getByRole('button', { name: 'Save HTML…' }).click();
    await waitForFile(html);
    const text = await readFile(html, 'utf8');
    expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(text).toContain('<title>Online order: damaged item and service recovery</title>');
    expect(text).not.toContain('<script');
    // Opened in a browser window wider than the page, it reads as sheets in the middle, not text at the edge.
    const reader = await page.context().newPage();
    await reader.setViewportSize({ width: 1440, height: 900 });
    await reader.setContent(text, { waitUntil: 'load' });
    const layout = await reader.evaluate(() => {
      const section = document.querySelector('.report-section')!.getBoundingClientRect();
      const text = document.querySelector('.report-section h2')!.getBoundingClientRect();
      return { left: section.left, right: section.right, textLeft: text.left };
    });
    await reader.close();
    expect(layout.left).toBeGreaterThan(300);
    expect(1440 - layout.right).toBeGreaterThan(300);
    expect(layout.textLeft - layout.left).toBeGreaterThan(40);
  });

  it('exports an Excel workbook that reads back', async () => {
    const file = path.join(dir, 'journey.xlsx');
    app.dialog.nextSave(file);
    await app.menu('export-xlsx');
    await waitForFile(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Touchpoints',
      'Pain points',
      'Opportunities',
      'Stages',
      'Personas',
    ]);
    const sheet = workbook.getWorksheet('Touchpoints')!;
    // Columns by their header (a blueprint's Lane column comes after Stage).
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (name: string) => {
      const index = headers.indexOf(name);
      expect(index, name).toBeGreaterThan(0);
      return sheet.getColumn(index);
    };
    const titles = column('Title').values.slice(2);
    expect(titles).toContain('Parcel arrives damaged');
    const emotions = column('Emotion')
      .values.slice(2)
      .filter((v) => v !== null && v !== undefined);
    expect(emotions.length).toBeGreaterThan(5);
    for (const e of emotions) expect(typeof e).toBe('number');
  });

  it('exports PowerPoint slides from the Export menu, in 4:3, that unzip into slides with the journey as text', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PowerPoint (.pptx)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'PowerPoint slides' });
    await dialog.waitFor();
    await dialog.getByText('The deck uses Noto Sans').waitFor();
    await dialog.getByText('Standard 4:3').click();
    const file = path.join(dir, 'journey.pptx');
    app.dialog.nextSave(file);
    // The deck is built in a Web Worker, off the window's thread (deck-off-thread.ts).
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await dialog.getByRole('button', { name: 'Export PowerPoint…' }).click();
    await waitForFile(file);
    await dialog.waitFor({ state: 'hidden' });
    expect(workers.some((url) => /deck\.worker/.test(url))).toBe(true);
    const parts = unzipSync(new Uint8Array(await readFile(file)));
    expect(strFromU8(parts['ppt/presentation.xml']!)).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
    const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThan(5);
    const words = slides.map((n) => strFromU8(parts[n]!)).join('');
    expect(words).toContain(`<a:t>${ORDER_TEMPLATE}</a:t>`);
    expect(words).toContain('<a:t>Parcel arrives damaged</a:t>');
    expect(Object.keys(parts).some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
  });

  it('says in one sentence why the PowerPoint file could not be saved, and keeps the dialog open', async () => {
    const { page } = app;
    await app.menu('export-pptx');
    const dialog = page.getByRole('dialog', { name: 'PowerPoint slides' });
    await dialog.waitFor();
    const file = path.join(dir, 'no-such-folder', 'journey.pptx');
    app.dialog.nextSave(file);
    await dialog.getByRole('button', { name: 'Export PowerPoint…' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message).toMatch(/^[A-Z].*\.$/);
    expect(message).not.toMatch(/Error:|\n|\bat \S+:\d+/);
    expect(existsSync(file)).toBe(false);
    await dialog.getByRole('button', { name: 'Export PowerPoint…' }).waitFor();
  });

  it('exports the whole map as SVG and as a 2× PNG', async () => {
    const { page } = app;
    const titles = (await readTable<{ title: string }>(page, 'touchpoints')).map((t) => t.title);
    await page.getByRole('combobox', { name: 'Heat overlay' }).selectOption('friction');

    const svgFile = path.join(dir, 'map.svg');
    await app.menu('export-svg');
    const svgDialog = page.getByRole('dialog', { name: 'SVG image of the map' });
    await svgDialog.waitFor();
    app.dialog.nextSave(svgFile);
    await svgDialog.getByRole('button', { name: 'Export SVG…' }).click();
    await waitForFile(svgFile);
    await svgDialog.waitFor({ state: 'hidden' });
    const svg = await readFile(svgFile, 'utf8');
    const parsed = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: xml.getElementsByTagName('parsererror').length > 0,
        root: xml.documentElement.nodeName,
        width: Number(xml.documentElement.getAttribute('width')),
        height: Number(xml.documentElement.getAttribute('height')),
        titles: Array.from(xml.getElementsByTagName('title'), (t) => t.textContent ?? ''),
        fonts: (xml.getElementsByTagName('style')[0]?.textContent ?? '').split('@font-face').length - 1,
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    for (const title of titles) expect(parsed.titles).toContain(title);
    expect(parsed.fonts).toBeGreaterThan(0);
    // The heat overlay that is on in the editor comes along, with its legend.
    expect(svg).toContain('>Friction (0–5)</text>');
    // The emotion curve is under the map, with its legend.
    expect(svg).toContain('<svg class="emotion-curve"');
    expect(svg).toContain('>Emotion curve</text>');

    // The image's own words in another language, chosen in its dialog.
    await app.menu('export-svg');
    await svgDialog.waitFor();
    await svgDialog.getByRole('combobox', { name: 'Image labels' }).selectOption('hy');
    const armenianFile = path.join(dir, 'map-hy.svg');
    app.dialog.nextSave(armenianFile);
    await svgDialog.getByRole('button', { name: 'Export SVG…' }).click();
    await waitForFile(armenianFile);
    await svgDialog.waitFor({ state: 'hidden' });
    const armenian = await readFile(armenianFile, 'utf8');
    expect(armenian).toContain(`>${REPORT_LABELS.hy.sections.curve}</text>`);
    expect(armenian).not.toContain('>Emotion curve</text>');

    const pngFile = path.join(dir, 'map.png');
    await app.menu('export-png');
    const pngDialog = page.getByRole('dialog', { name: 'PNG image of the map' });
    await pngDialog.waitFor();
    expect(await pngDialog.getByRole('checkbox', { name: 'Heat overlay: Friction (0–5)' }).isChecked()).toBe(true);
    // Without the curve the image is shorter: the size shown follows the choice.
    const curve = pngDialog.getByRole('checkbox', { name: 'Emotion curve under the map' });
    expect(await curve.isChecked()).toBe(true);
    await pngDialog.getByRole('radio', { name: '1×' }).check();
    await pngDialog
      .getByText(`${parsed.width.toLocaleString('en')} × ${parsed.height.toLocaleString('en')} px`)
      .waitFor();
    await curve.uncheck();
    await expect
      .poll(() =>
        pngDialog.getByText(`${parsed.width.toLocaleString('en')} × ${parsed.height.toLocaleString('en')} px`).count(),
      )
      .toBe(0);
    await curve.check();
    await pngDialog.getByRole('radio', { name: '2×' }).check();
    await pngDialog.getByText(`${(parsed.width * 2).toLocaleString('en')} × `).waitFor();
    app.dialog.nextSave(pngFile);
    await pngDialog.getByRole('button', { name: 'Export PNG…' }).click();
    await waitForFile(pngFile, 45_000);
    const size = pngSize(new Uint8Array(await readFile(pngFile)));
    expect(size).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
  });
});
