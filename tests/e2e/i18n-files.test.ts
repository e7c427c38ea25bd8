/**
 * The files feature in Tamil and Armenian (issue #18): every export dialog,
 * the CSV import dialog, the versions panel and a refused .journey file show
 * their words from the language's catalogue, and nothing overflows its control.
 * Screenshots go to WAYMARK_SHOTS (else a temporary folder) for a person to look at.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUES, catalogueKeys } from '../../renderer/src/i18n';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { dropFiles, expectEventually, openTemplate, togglePanel } from '../support/e2e-helpers';
import { TAMIL } from '../fixtures/seed-text';
import { sampleJourney } from '../fixtures/sample-journey';
import { buildZip, deflated, stored, text as utf8 } from '../unit/files/zip-tools';

type Catalogue = Record<string, Record<string, string>>;

/** Every string of the language's catalogue as a pattern (`{{x}}` matches anything). */
function patterns(language: 'ta' | 'hy'): RegExp[] {
  const catalogue = CATALOGUES[language];
  return catalogueKeys(catalogue).map((key) => {
    const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue) as string;
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\w+\\\}\\\}/g, '.+');
    return new RegExp(`^${escaped}$`, 's');
  });
}

/** Words that are no language's: formats, units, paper names, font names. */
const NEUTRAL = /\b(PDF|PNG|SVG|HTML|CSV|JPEG|DPI|A[0-4]|mm|px|in|MB|Noto|Sans|Waymark|journey|PowerPoint|Excel)\b/g;

async function dialogTexts(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const scope = document.querySelector(selector);
    if (!scope) return [];
    return Array.from(scope.querySelectorAll<HTMLElement>('h2, h3, p, legend, label, button, option, span, li'))
      .filter((el) => el.offsetParent !== null || el.tagName === 'OPTION')
      .filter((el) => el.children.length === 0 || el.tagName === 'BUTTON' || el.tagName === 'LABEL')
      .flatMap((el) => [el.innerText || el.textContent || '', el.getAttribute('aria-label') ?? '', el.title])
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  }, root);
}

/** Texts with English words that no catalogue pattern of the language explains. */
function english(texts: string[], language: 'ta' | 'hy'): string[] {
  const known = patterns(language);
  return texts.filter((t) => !known.some((p) => p.test(t)) && /[A-Za-z]{3,}/.test(t.replace(NEUTRAL, '')));
}

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'dialog[open] button, dialog[open] .segmented label, [role="menuitem"], .versions-panel button, .toast button',
      ),
    )
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName} ${el.innerText.trim()} ${el.scrollWidth}>${el.clientWidth}`),
  );
}

describe('files, dialogs and refusals in Tamil and Armenian', () => {
  let app: AppHandle;
  let shots: string;

  beforeEach(async () => {
    app = await launchApp();
    shots = process.env.WAYMARK_SHOTS ?? (await mkdtemp(path.join(os.tmpdir(), 'waymark-i18n-files-')));
  });
  afterEach(() => app.close());
  afterAll(shutdown);

  for (const language of ['ta', 'hy'] as const) {
    it(`${language}: export dialogs, CSV import, versions and a refused file speak the catalogue`, async () => {
      const { page } = app;
      const c = CATALOGUES[language] as Catalogue;
      await openTemplate(page);
      // The language is remembered; the journey opens again in it.
      await page.evaluate((l) => localStorage.setItem('waymark.language', l), language);
      await page.reload();
      await expectEventually(async () =>
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language),
      );
      await page.getByTestId('journey-canvas').waitFor();

      const dialogs: Array<[menuItem: string, title: string, shot: string]> = [
        [c.toolbar!.pdfReport!, c.export!.reportTitle!, 'report'],
        [c.toolbar!.png!, c.export!.imageTitle!.replace('{{format}}', 'PNG'), 'png'],
        [c.toolbar!.pptx!, c.export!.pptxTitle!, 'pptx'],
        [c.toolbar!.poster!, c.export!.posterTitle!, 'poster'],
        [c.toolbar!.viewer!, c.export!.viewerTitle!, 'viewer'],
      ];
      for (const [item, title, shot] of dialogs) {
        await page.getByRole('button', { name: c.toolbar!.export, exact: true }).click();
        expect(await overflowing(page)).toEqual([]);
        await page.getByRole('menuitem', { name: item }).click();
        const dialog = page.getByRole('dialog', { name: title });
        await dialog.waitFor();
        await dialog.getByRole('button', { name: c.dialogs!.close }).waitFor();
        expect(english(await dialogTexts(page, 'dialog[open]'), language), shot).toEqual([]);
        expect(await overflowing(page), shot).toEqual([]);
        await page.screenshot({ path: path.join(shots, `files-${language}-${shot}.png`) });
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }

      // A CSV dropped on the journey opens the import dialog in the language.
      const csv = new TextEncoder().encode(`Stage,Title,Emotion\n${TAMIL[3]},${TAMIL[0]},2\n,,\n${TAMIL[3]},,1\n`);
      await dropFiles(page, [{ name: 'touchpoints.csv', bytes: csv }]);
      const importDialog = page.getByRole('dialog', { name: c.files!.csvTitle });
      await importDialog.waitFor();
      await importDialog.getByText(c.files!.csvWhichColumn!).waitFor();
      await importDialog.getByText(c.errors!.csvNoTitle!).first().waitFor();
      expect(english(await dialogTexts(page, 'dialog[open]'), language)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: path.join(shots, `files-${language}-csv.png`) });
      await page.keyboard.press('Escape');

      // The versions panel.
      await togglePanel(page, c.files!.versionsTitle!, c.toolbar!.moreTools);
      const panel = page.locator('.versions-panel');
      await panel.getByRole('button', { name: c.files!.versionSave }).waitFor();
      expect(english(await dialogTexts(page, '.versions-panel'), language)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: path.join(shots, `files-${language}-versions.png`) });

      // A damaged .journey is refused in the language.
      await dropFiles(page, [{ name: 'damaged.journey', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }]);
      const notifications = page.getByRole('region', { name: c.dialogs!.notifications });
      const refusal = notifications.locator('.toast-message').first();
      await refusal.waitFor();
      const text = (await refusal.innerText()).trim();
      expect(text.startsWith('damaged.journey')).toBe(true);
      expect(english([text], language)).toEqual([]);
      expect(text).toMatch(language === 'ta' ? /[\u0B80-\u0BFF]/ : /[\u0530-\u058F]/);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: path.join(shots, `files-${language}-refusal.png`) });
    }, 180_000);
  }

  it('ta: a .journey that needed a repair and left a part out says each in Tamil under Details', async () => {
    const { page } = app;
    const c = CATALOGUES.ta as Catalogue;
    await page.evaluate(() => localStorage.setItem('waymark.language', 'ta'));
    await page.reload();
    await expectEventually(async () => expect(await page.evaluate(() => document.documentElement.lang)).toBe('ta'));
    const doc = sampleJourney();
    const dangling = { ...doc.connections[0]!, id: 'connection:lost', target: 'touchpoint:lost' };
    const manifest = { format: 'waymark-journey', formatVersion: 1, appVersion: 'e2e', createdAt: '', savedAt: '' };
    const bytes = buildZip([
      deflated('manifest.json', utf8(JSON.stringify(manifest))),
      deflated('journey.json', utf8(JSON.stringify({ ...doc, connections: [...doc.connections, dangling] }))),
      stored('notes.txt', utf8('x')),
    ]);
    await dropFiles(page, [{ name: 'repaired.journey', bytes }]);
    const notifications = page.getByRole('region', { name: c.dialogs!.notifications });
    const details = notifications.getByRole('button', { name: c.files!.details });
    await details.waitFor();
    const toastText = (await notifications.locator('.toast-message').first().innerText()).trim();
    expect(toastText).toContain('கோப்பின் 1 பகுதி விடப்பட்டது.');
    await page.screenshot({ path: path.join(shots, 'files-ta-opened-toast.png') });
    await details.click();
    const dialog = page.getByRole('dialog', { name: 'repaired.journey திறக்கப்படுகிறது' });
    await dialog.waitFor();
    const lines = (await dialog.locator('.confirm-details li').allInnerTexts()).map((t) => t.trim());
    expect(lines).toEqual([
      'இல்லாத தொடுப்புள்ளிக்குச் செல்லும் ஓர் இணைப்பு நீக்கப்பட்டது.',
      'அறியப்படாத “notes.txt” பகுதி புறக்கணிக்கப்பட்டது.',
    ]);
    expect(english(await dialogTexts(page, 'dialog[open]'), 'ta')).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, 'files-ta-opened-details.png') });
    await dialog.getByRole('contentinfo').getByRole('button', { name: c.dialogs!.close }).click();
    await dialog.waitFor({ state: 'detached' });
  }, 120_000);
});
