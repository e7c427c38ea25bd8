import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatLongDateIn, formatNumberIn } from '../../renderer/src/domain/locale-format';
import { REPORT_LABELS } from '../../renderer/src/reports/labels';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, node, openTemplate, ORDER_TEMPLATE_TOUCHPOINT, readTable } from '../support/e2e-helpers';
import { JOURNEY_TEMPLATES } from '../../renderer/src/domain/templates';
import { CATALOGUES, catalogueKeys, LANGUAGE_NAMES, UI_LANGUAGES } from '../../renderer/src/i18n';
import taToolbar from '../../renderer/src/i18n/locales/ta/toolbar.json';
import taInspector from '../../renderer/src/i18n/locales/ta/inspector.json';

const ta = { toolbar: taToolbar, inspector: taInspector };

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function waitForFile(file: string, timeoutMs = 150_000) {
  await expectEventually(async () => {
    expect(existsSync(file)).toBe(true);
    expect((await stat(file)).size).toBeGreaterThan(0);
  }, timeoutMs);
}

/** Where screenshots and page images go for a person to look at (WAYMARK_SHOTS), else a temporary folder. */
const SHOTS = process.env.WAYMARK_SHOTS;

describe('languages', () => {
  let app: AppHandle;
  let dir: string;

  beforeEach(async () => {
    app = await launchApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-i18n-'));
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  for (const [language, fonts] of [
    ['ta', /NotoSansTamil/],
    ['hy', /NotoSansArmenian/],
  ] as const) {
    it(`prints the PDF report with ${language} labels: translated section titles, fonts embedded`, async () => {
      const { page } = app;
      await openTemplate(page);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('menuitem', { name: 'PDF report…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Report' });
      await dialog.waitFor();
      await dialog.getByLabel('Report labels').selectOption(language);
      const labels = REPORT_LABELS[language];
      const preview = page.frameLocator('iframe[title="Report preview"]');
      await expectEventually(
        async () => expect(await preview.locator('html').getAttribute('lang')).toBe(language),
        20_000,
      );
      await preview.locator('#sec-summary h2').waitFor({ timeout: 20_000 });

      const pdf = path.join(dir, `report-${language}.pdf`);
      app.dialog.nextSave(pdf);
      await dialog.getByRole('button', { name: 'Export PDF…' }).click();
      await waitForFile(pdf);

      const text = squeeze(run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']));
      for (const id of ['summary', 'map', 'curve', 'stages', 'hotspots', 'opportunities', 'metrics'] as const)
        expect(text).toContain(squeeze(labels.sections[id]));
      // The cover prints its kind in capitals (CSS), which pdftotext reads back as such.
      expect(text.toLocaleLowerCase(language)).toContain(squeeze(labels.cover.reportKind).toLocaleLowerCase(language));
      // Numbers and the date in the report's locale, also where Chromium has no ICU data for it (Armenian).
      expect(text).toContain(squeeze(formatNumberIn(labels.locale, 9000)));
      expect(text).toContain(squeeze(formatLongDateIn(labels.locale, new Date(), 'UTC')));
      // No English section title is left.
      expect(text).not.toContain(squeeze(REPORT_LABELS.en.sections.summary));
      const rows = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
      expect(rows.some((row) => fonts.test(row))).toBe(true);
      // Every font is embedded (the "emb" column).
      for (const row of rows) expect(row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
      if (SHOTS)
        run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', pdf, path.join(SHOTS, `report-${language}`)]);
    }, 300_000);
  }

  it('switching the language keeps the open journey: its selection, undo history and an edit being typed', async () => {
    const { page } = app;
    await openTemplate(page);
    type Row = { id: string; title: string; emotion: number | null; thoughts: string };
    const before = (await readTable<Row>(page, 'touchpoints')).find((t) => t.title === ORDER_TEMPLATE_TOUCHPOINT)!;
    await node(page, before.id).click();
    await expectEventually(async () => expect(await node(page, before.id).getAttribute('class')).toContain('selected'));
    // An edit being typed, in the inspector's field that still has focus (not yet saved).
    await page.getByRole('textbox', { name: 'Thoughts' }).fill('இது ஒரு சோதனை');
    // After the switch the field's label is Tamil too.
    const thoughts = page.getByRole('textbox', { name: ta.inspector.thoughts });
    await app.menu('language-ta');
    await expectEventually(async () => expect(await page.evaluate(() => document.documentElement.lang)).toBe('ta'));
    await page.getByRole('button', { name: ta.toolbar.undo, exact: true }).waitFor();
    // The same journey, the same selection, the text still in the focused field.
    expect(await node(page, before.id).getAttribute('class')).toContain('selected');
    expect(await thoughts.inputValue()).toBe('இது ஒரு சோதனை');
    expect(await thoughts.evaluate((el) => el === document.activeElement)).toBe(true);
    // Saved (the indicator now says so in Tamil), with the typed text.
    await page.locator('.save-state', { hasText: ta.toolbar.saved }).waitFor();
    await expectEventually(async () => {
      const row = (await readTable<Row>(page, 'touchpoints')).find((t) => t.id === before.id)!;
      expect(row.thoughts).toBe('இது ஒரு சோதனை');
    }, 10_000);
    // The history came along: Undo (now in Tamil) takes the typed edit back.
    await page.getByRole('button', { name: ta.toolbar.undo, exact: true }).click();
    await expectEventually(async () => {
      const row = (await readTable<Row>(page, 'touchpoints')).find((t) => t.id === before.id)!;
      expect(row.thoughts).toBe(before.thoughts);
    }, 10_000);
    // The choice is remembered for the next start.
    expect(await page.evaluate(() => localStorage.getItem('waymark.language'))).toBe('ta');
  }, 300_000);

  /** A pattern for each catalogue text, `{{name}}` standing for anything. */
  function cataloguePatterns(language: (typeof UI_LANGUAGES)[number]): RegExp[] {
    const catalogue = CATALOGUES[language];
    return catalogueKeys(catalogue).map((key) => {
      const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue) as string;
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\w+\\\}\\\}/g, '.+');
      return new RegExp(`^${escaped}$`, 's');
    });
  }

  for (const language of UI_LANGUAGES) {
    it(`the library in ${language}: every visible string from its catalogue, nothing overflowing`, async () => {
      const { page } = app;
      // The language button says the language it shows, and is described as what it does.
      const languageButton = page.getByRole('button', { name: 'English', exact: true });
      expect(
        await languageButton.evaluate(
          (b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent,
        ),
      ).toBe('Choose the interface language');
      await languageButton.click();
      await page.getByRole('menuitemradio', { name: LANGUAGE_NAMES[language] }).click();
      await expectEventually(async () =>
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language),
      );
      const catalogue = CATALOGUES[language] as { library: Record<string, string> };
      await page.getByRole('heading', { name: catalogue.library.noJourneysTitle }).waitFor();

      // Journey content (template names and descriptions), the product's name and language names are not interface text.
      const content = new Set<string>([
        'Waymark',
        ...JOURNEY_TEMPLATES.flatMap((t) => [t.name, t.description]),
        ...Object.values(LANGUAGE_NAMES),
      ]);
      // The gallery's cards hold template content; only their stage and touchpoint counts are interface text.
      const texts = await page.evaluate(() =>
        [
          ...Array.from(
            document.querySelectorAll<HTMLElement>(
              '.library button, .library a, .library h1, .library h2, .library p, .library option',
            ),
          )
            .filter((el) => (el.offsetParent !== null || el.tagName === 'OPTION') && !el.closest('.template-card'))
            .flatMap((el) => [el.innerText || el.textContent || '', el.getAttribute('aria-label') ?? '', el.title]),
          ...Array.from(
            document.querySelectorAll<HTMLElement>('.library .template-card-meta > span:nth-child(2)'),
          ).flatMap((el) => el.innerText.split('·')),
        ]
          .map((t) => t.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      );
      expect(texts.length).toBeGreaterThan(8);
      const patterns = cataloguePatterns(language);
      const foreign = texts.filter((t) => !content.has(t) && !patterns.some((p) => p.test(t)));
      expect(foreign).toEqual([]);

      // Nothing overflows its control: buttons, tabs, menu items (the sort menu and the template dialog open too).
      const overflowing = async () =>
        page.evaluate(() =>
          Array.from(
            document.querySelectorAll<HTMLElement>(
              'button, .library-tabs a, [role="menuitem"], [role="menuitemradio"], [role="tab"]',
            ),
          )
            .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.tagName} ${el.innerText.trim()} ${el.scrollWidth}>${el.clientWidth}`),
        );
      expect(await overflowing()).toEqual([]);
      await page.getByRole('button', { name: catalogue.library.templates }).click();
      await page.getByRole('dialog', { name: catalogue.library.newFromTemplate }).waitFor();
      expect(await overflowing()).toEqual([]);
      await page.keyboard.press('Escape');
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `library-${language}.png`) });
    }, 120_000);
  }
});
