/**
 * The interactive viewer in the report's language, in Chromium: a Tamil
 * viewer's search says how many touchpoints match in Tamil (the runtime's
 * sentences come from the data block), and the export from the app follows
 * the interface language, or the report settings' label language when set.
 * Screenshots go to WAYMARK_SHOTS (else a temporary folder) for a person to look at.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildViewerHtml } from '../../renderer/src/exports/viewer/build';
import {
  defaultReportSettings,
  reportSettingsKey,
  serializeReportSettings,
} from '../../renderer/src/exports/report-settings';
import { CATALOGUES } from '../../renderer/src/i18n';
import { REPORT_LABELS } from '../../renderer/src/reports/labels';
import { launchApp, shutdown } from '../support/app';
import { expectEventually, openTemplate, readTable } from '../support/e2e-helpers';
import { CHROMIUM_ARGS, chromiumPath } from '../support/paths';
import { loadReportFontsNode } from '../unit/reports/load-fonts';
import { seedJourney } from '../fixtures/viewer-journeys';
import { SEED_PHRASE } from '../fixtures/seed-text';

type Catalogue = Record<string, Record<string, string>>;

let browser: Browser;
let dir: string;
const fonts = loadReportFontsNode();

describe('interactive viewer in the report language', () => {
  beforeAll(async () => {
    const executablePath = chromiumPath();
    if (!executablePath)
      throw new Error('Chromium is missing: install it (apt-get install chromium) or set CHROME_PATH.');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    dir = process.env.WAYMARK_SHOTS ?? (await mkdtemp(path.join(os.tmpdir(), 'waymark-viewer-lang-')));
  });
  afterAll(async () => {
    await browser?.close();
    if (!process.env.WAYMARK_SHOTS) await rm(dir, { recursive: true, force: true });
    await shutdown();
  });

  it('a Tamil viewer searches and says its matches in Tamil, with no page error', async () => {
    const words = REPORT_LABELS.ta.viewer;
    const doc = seedJourney(200);
    const html = buildViewerHtml(doc, { fonts, date: new Date(Date.UTC(2026, 2, 1)), language: 'ta' });
    const file = path.join(dir, 'viewer-ta.html');
    await writeFile(file, html);
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await page.locator('html[data-viewer="ready"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ta');

    const search = page.getByLabel(words.searchLabel);
    await search.fill('Fix step 121');
    await expect(page.locator('#search-status').textContent()).resolves.toBe(words.matches[0].replace('{count}', '1'));
    await page.screenshot({ path: path.join(dir, 'viewer-ta-search.png') });
    await search.fill(SEED_PHRASE.tamil.split(' ')[0]!);
    const many = await page.locator('button.card-hit.match').count();
    expect(many).toBeGreaterThan(50);
    await expect(page.locator('#search-status').textContent()).resolves.toBe(
      words.firstListed.replace('{count}', String(many)).replace('{max}', '50'),
    );
    await search.fill('Fix step 1');
    const some = await page.locator('button.card-hit.match').count();
    expect(some).toBeGreaterThan(1);
    expect(some).toBeLessThan(50);
    await expect(page.locator('#search-status').textContent()).resolves.toBe(
      words.matches[1].replace('{count}', String(some)),
    );
    await search.fill('nothing like this anywhere');
    await expect(page.locator('#search-status').textContent()).resolves.toBe(words.noMatch);
    await search.fill('');
    await page.locator('#insights').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, 'viewer-ta-insights.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is exported from the app in the interface language, or in the report settings language', async () => {
    const app = await launchApp();
    try {
      const { page } = app;
      await openTemplate(page);
      await page.evaluate(() => localStorage.setItem('waymark.language', 'ta'));
      await page.reload();
      await expectEventually(async () => expect(await page.evaluate(() => document.documentElement.lang)).toBe('ta'));
      await page.getByTestId('journey-canvas').waitFor();
      const c = CATALOGUES.ta as Catalogue;

      const exportViewer = async (name: string) => {
        await page.getByRole('button', { name: c.toolbar!.export, exact: true }).click();
        await page.getByRole('menuitem', { name: c.toolbar!.viewer }).click();
        const dialog = page.getByRole('dialog', { name: c.export!.viewerTitle });
        await dialog.waitFor();
        const file = path.join(dir, name);
        app.dialog.nextSave(file);
        await dialog.getByRole('button', { name: c.export!.saveViewer }).click();
        await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
        return readFile(file, 'utf8');
      };

      // No report settings saved: the interface language.
      const tamil = await exportViewer('from-app-ta.html');
      expect(tamil).toContain('<html lang="ta">');
      expect(tamil).toContain(`<h2 id="insights-h">${REPORT_LABELS.ta.viewer.insights}</h2>`);
      expect(tamil).not.toContain(`>${REPORT_LABELS.en.viewer.insights}<`);

      // The report's label language saved for this journey wins.
      const [row] = await readTable<{ id: string }>(page, 'journeys');
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key!, value!),
        [reportSettingsKey(row!.id), serializeReportSettings(defaultReportSettings('hy'))],
      );
      const armenian = await exportViewer('from-app-hy.html');
      expect(armenian).toContain('<html lang="hy">');
      expect(armenian).toContain(`<h2 id="insights-h">${REPORT_LABELS.hy.viewer.insights}</h2>`);
    } finally {
      await app.close();
    }
  });
});
