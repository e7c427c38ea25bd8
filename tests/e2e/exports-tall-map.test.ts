/**
 * A map of hundreds of touchpoints in a few stages, exported as an image: it
 * used to come out as a strip many times taller than wide, shrunk to fit the
 * largest image until its text could not be read. The image sets it in
 * columns side by side, and the dialog says so before the export.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tallJourney } from '../fixtures/tall-journey';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, journeyFileBytes } from '../support/e2e-helpers';

const TITLE = 'Support backlog';

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the image of a map far taller than wide', () => {
  let app: AppHandle;
  let dir: string;

  beforeEach(async () => {
    app = await launchApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-tall-'));
    const file = path.join(dir, 'tall.journey');
    await writeFile(file, journeyFileBytes(tallJourney(TITLE)));
    app.dialog.nextOpen([file]);
    await app.page.getByRole('button', { name: 'Open file…' }).first().click();
    await app.page.getByTestId('journey-canvas').waitFor();
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  it('is set in columns side by side, said in the dialog, and the SVG and the 2× PNG keep a readable shape', async () => {
    const { page } = app;
    await app.menu('export-svg');
    const svgDialog = page.getByRole('dialog', { name: 'SVG image of the map' });
    const note =
      /^The map is far taller than wide: the image sets it in (\d+) columns side by side, each under the stage headers, so its text stays readable\.$/;
    const said = svgDialog.getByText(note);
    await said.waitFor();
    const columns = Number(note.exec((await said.textContent()) ?? '')?.[1]);
    expect(columns).toBeGreaterThanOrEqual(3);
    const svgFile = path.join(dir, 'map.svg');
    app.dialog.nextSave(svgFile);
    await svgDialog.getByRole('button', { name: 'Export SVG…' }).click();
    await svgDialog.waitFor({ state: 'hidden', timeout: 60_000 });
    const svg = await readFile(svgFile, 'utf8');
    const parsed = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = xml.documentElement;
      // The map's drawing: the root, or (with the emotion curve under it) the drawing nested first in it.
      const map = Array.from(root.children).find((c) => c.getAttribute('class') === 'journey-map') ?? root;
      return {
        error: xml.getElementsByTagName('parsererror').length > 0,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        bands: Array.from(map.children).filter((c) => c.nodeName === 'g').length,
        curve: root.getElementsByTagName('svg').length > 0 && text.includes('class="emotion-curve"'),
        cards: Array.from(xml.getElementsByTagName('title'), (t) => t.textContent ?? '').filter((t) =>
          /^\d+\. /.test(t),
        ),
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.bands).toBe(columns);
    // The emotion curve under all the columns, as wide as the image.
    expect(parsed.curve).toBe(true);
    expect(svg).toMatch(new RegExp(`<svg class="emotion-curve" width="${parsed.width}"`));
    expect(parsed.height).toBeLessThanOrEqual(parsed.width * 2);
    expect(parsed.width).toBeLessThanOrEqual(parsed.height * 2);
    // Every card once: none lost at a cut, none drawn twice.
    expect(parsed.cards).toHaveLength(480);
    expect(new Set(parsed.cards).size).toBe(480);

    await app.menu('export-png');
    const pngDialog = page.getByRole('dialog', { name: 'PNG image of the map' });
    await pngDialog.getByText(note).waitFor();
    await pngDialog.getByRole('radio', { name: '2×' }).check();
    const pngFile = path.join(dir, 'map.png');
    app.dialog.nextSave(pngFile);
    await pngDialog.getByRole('button', { name: 'Export PNG…' }).click();
    await expectEventually(async () => {
      expect(existsSync(pngFile)).toBe(true);
      expect((await stat(pngFile)).size).toBeGreaterThan(0);
    }, 90_000);
    const size = pngSize(new Uint8Array(await readFile(pngFile)));
    // At least the drawing's own size (the strip was shrunk to a fraction of it) and no strip.
    expect(size.width).toBeGreaterThanOrEqual(parsed.width);
    expect(size.height).toBeLessThanOrEqual(size.width * 2);
  });
});
