/**
 * The editor in the interface's five languages (issue #18): the inspector's
 * words come from the chosen language's catalogue and fit their controls
 * (Tamil and Armenian, the longest), and the issue's own walk through the
 * library, a template, the inspector, the insights panel and the export menu
 * in every language. Screenshots go to WAYMARK_SHOTS (else /tmp) to be looked at.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNEY_TEMPLATES } from '../../renderer/src/domain/templates';
import { CATALOGUES, catalogueKeys, LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '../../renderer/src/i18n';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import {
  clickStageHeader,
  DOCUMENT_TABLES,
  expectEventually,
  node,
  ORDER_TEMPLATE,
  ORDER_TEMPLATE_TOUCHPOINT,
  readTable,
} from '../support/e2e-helpers';

const SHOTS = process.env.WAYMARK_SHOTS ?? '/tmp';

type Catalogue = Record<string, Record<string, unknown>>;
const catalogue = (language: UiLanguage) => CATALOGUES[language] as Catalogue;
const word = (language: UiLanguage, key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], CATALOGUES[language]) as string;

/** A pattern for each catalogue text of the language, `{{name}}` standing for anything. */
function patterns(language: UiLanguage): RegExp[] {
  return catalogueKeys(CATALOGUES[language]).map((key) => {
    const escaped = word(language, key)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\\\{\\\{\w+\\\}\\\}/g, '.+');
    return new RegExp(`^${escaped}$`, 's');
  });
}

/** Every text the journey itself holds (titles, names, channels typed by its authors…): content, not interface. */
async function journeyContent(page: Page): Promise<Set<string>> {
  const out = new Set<string>(['Waymark', ...Object.values(LANGUAGE_NAMES)]);
  for (const t of JOURNEY_TEMPLATES) [t.name, t.description].forEach((s) => out.add(s));
  const add = (value: unknown) => {
    if (typeof value === 'string') out.add(value.replace(/\s+/g, ' ').trim());
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  for (const table of DOCUMENT_TABLES) add(await readTable(page, table));
  return out;
}

/**
 * The visible words of a part of the screen: the text of its labels, buttons, headings and options, and
 * the aria-labels, titles and placeholders of every element in it.
 */
async function visibleTexts(page: Page, root: string, selector: string): Promise<string[]> {
  return page.evaluate(
    ([rootSelector, textSelector]) => {
      const roots = Array.from(document.querySelectorAll(rootSelector!));
      const shown = (el: HTMLElement) => el.offsetParent !== null || el.tagName === 'OPTION';
      const texts = roots
        .flatMap((r) => Array.from(r.querySelectorAll<HTMLElement>(textSelector!)))
        .filter(shown)
        .map((el) => {
          // A control's own words, without those of controls nested in it (a label around a select).
          const clone = el.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('select, option, input, textarea, svg, .stage-count').forEach((c) => c.remove());
          return clone.textContent ?? '';
        });
      const attributes = roots
        .flatMap((r) => Array.from(r.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')))
        .filter(shown)
        .flatMap((el) => [
          el.getAttribute('aria-label') ?? '',
          el.getAttribute('title') ?? '',
          el.getAttribute('placeholder') ?? '',
        ]);
      return (
        [...texts, ...attributes]
          // A list's count after its name ("Quotes (2)") is a figure, not a word.
          .map((t) =>
            t
              .replace(/\s+/g, ' ')
              .replace(/ \(\d+\)$/, '')
              .trim(),
          )
          // Figures and signs alone (+2, 3 ·, –, ★) are not words.
          .filter((t) => /\p{L}{2,}/u.test(t))
      );
    },
    [root, selector],
  );
}

/** Controls whose text is wider than the control: clipped words. */
async function overflowing(page: Page, root: string): Promise<string[]> {
  return page.evaluate(
    (rootSelector) =>
      Array.from(document.querySelectorAll(rootSelector))
        .flatMap((r) =>
          Array.from(
            r.querySelectorAll<HTMLElement>(
              'button, select, summary, [role="tab"], [role="menuitem"], [role="menuitemradio"], .field-label',
            ),
          ),
        )
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
        .map(
          (el) =>
            `${el.tagName} “${(el.innerText || el.getAttribute('aria-label') || '').trim()}” ${el.scrollWidth}>${el.clientWidth}`,
        ),
    root,
  );
}

/**
 * Selects whose shown choice is wider than the room inside them: a select's scrollWidth does not count
 * its text, so the text is measured in the select's font against its width less padding and arrow.
 */
async function clippedSelects(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const context = document.createElement('canvas').getContext('2d')!;
    return Array.from(document.querySelectorAll(rootSelector))
      .flatMap((r) => Array.from(r.querySelectorAll<HTMLSelectElement>('select')))
      .filter((el) => el.offsetParent !== null)
      .flatMap((el) => {
        const style = getComputedStyle(el);
        context.font = style.font;
        const text = el.selectedOptions[0]?.text ?? '';
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
        const width = context.measureText(text).width;
        return width > room ? [`SELECT “${text}” ${Math.ceil(width)}>${room}`] : [];
      });
  }, root);
}

/** Buttons of the open modal dialog that reach past its edges (a long confirmation in Tamil). */
async function buttonsOutsideDialog(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
    if (!dialog) return ['no open dialog'];
    const box = dialog.getBoundingClientRect();
    return Array.from(dialog.querySelectorAll<HTMLElement>('.modal-dialog-foot button'))
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.left < box.left || r.right > box.right || b.scrollWidth > b.clientWidth + 1;
      })
      .map((b) => b.innerText.trim());
  });
}

async function chooseLanguage(app: AppHandle, language: UiLanguage) {
  // Sent again until it takes: a menu command sent before the just-launched page listens is lost (choosing
  // the same language twice changes nothing).
  await expectEventually(async () => {
    await app.menu(`language-${language}`);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe(language);
  });
}

/** Opens the Online order template from the library in the current language and waits until it is saved. */
async function openOrderTemplate(page: Page, language: UiLanguage) {
  await page.getByRole('button', { name: ORDER_TEMPLATE }).click();
  await page.getByTestId('journey-canvas').waitFor();
  await page.locator('.tp-title', { hasText: ORDER_TEMPLATE_TOUCHPOINT }).first().waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^\\s*${word(language, 'toolbar.saved')}$`) })
    .first()
    .waitFor({ timeout: 15_000 });
}

async function selectOrderTouchpoint(page: Page) {
  const touchpoints = await readTable<{ id: string; title: string }>(page, 'touchpoints');
  const target = touchpoints.find((t) => t.title === ORDER_TEMPLATE_TOUCHPOINT)!;
  await node(page, target.id).click();
  await expectEventually(async () => expect(await node(page, target.id).getAttribute('class')).toContain('selected'));
}

/** What is on screen but neither content nor one of the language's catalogue texts. */
function foreign(texts: string[], content: Set<string>, language: UiLanguage): string[] {
  const known = patterns(language);
  return [...new Set(texts)].filter((t) => !content.has(t) && !known.some((p) => p.test(t)));
}

/**
 * Toolbar buttons the features add through the editor's slots, with the catalogue section that will
 * translate them: until that branch is merged (its section exists) they still say their English name.
 * Once the section exists the allowance ends and they are checked like every other word.
 */
const SLOT_BUTTONS_PENDING: Record<string, string> = {
  Present: 'workshop', // i18n-insights, renderer/src/workshop/toolbar.tsx
  Workshop: 'workshop', // i18n-insights, renderer/src/workshop
  Metrics: 'insights', // i18n-insights, renderer/src/insights-ui/editor-slots.ts
  Versions: 'files', // i18n-files, renderer/src/files-ui/editor-slots.ts
};
const pendingSlotButton = (text: string) => {
  const section = SLOT_BUTTONS_PENDING[text];
  return section !== undefined && !(section in CATALOGUES.en);
};

const INSPECTOR = 'aside.side-panel';
const INSPECTOR_TEXT =
  'label, legend, summary, button, option, .field-hint, .inspector-empty, h2, h3, input, textarea, select, [role="radiogroup"], [role="group"]';

describe('the editor in five languages', () => {
  let app: AppHandle;

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app.close();
  });
  afterAll(shutdown);

  for (const language of ['ta', 'hy'] as const) {
    it(`in ${language}, the inspector of a touchpoint speaks the catalogue's words and nothing is clipped`, async () => {
      const { page } = app;
      await chooseLanguage(app, language);
      await openOrderTemplate(page, language);
      await selectOrderTouchpoint(page);
      const inspector = page.getByRole('complementary', { name: word(language, 'panels.inspector') });
      await inspector
        .getByRole('group', { name: word(language, 'inspector.touchpoint') })
        .or(inspector)
        .first()
        .waitFor();
      // Its own sections and labels, in the language: the touchpoint's fields, pain and friction, opportunities.
      for (const key of ['touchpoint', 'customer', 'painAndFriction', 'opportunities', 'thoughts', 'frictionTypes']) {
        await inspector
          .getByText(word(language, `inspector.${key}`), { exact: true })
          .first()
          .waitFor();
      }
      await inspector.getByRole('textbox', { name: word(language, 'inspector.thoughts') }).waitFor();
      // A vocabulary word in a chip: the friction types (“waiting” and the rest) in the language.
      await inspector
        .getByRole('button', { name: word(language, 'vocabulary.friction.waiting'), exact: true })
        .waitFor();
      // The metrics and loyalty sections are closed at first: open them so their words are checked too.
      for (const key of ['metrics', 'loyaltyLens'])
        await inspector.getByText(word(language, `inspector.${key}`)).click();

      const content = await journeyContent(page);
      const texts = await visibleTexts(page, INSPECTOR, INSPECTOR_TEXT);
      expect(texts.length).toBeGreaterThan(40);
      expect(foreign(texts, content, language)).toEqual([]);
      // No English word of the inspector is left (journey content aside).
      const english = new Set(
        catalogueKeys(CATALOGUES.en)
          .filter((k) => k.startsWith('inspector.'))
          .map((k) => word('en', k)),
      );
      expect(texts.filter((t) => english.has(t) && !content.has(t))).toEqual([]);
      expect(await overflowing(page, INSPECTOR)).toEqual([]);
      // The opportunity's four scores, two by two under names of one to three lines: each row's boxes on one line,
      // each wide enough for its number (a flowing row had them staggered and some squeezed).
      const scores = await inspector
        .locator('.opp-scores')
        .first()
        .evaluate((group) =>
          [...group.querySelectorAll('select')].map((box) => {
            const r = box.getBoundingClientRect();
            return { bottom: Math.round(r.bottom), width: r.width };
          }),
        );
      expect(scores).toHaveLength(4);
      expect(scores[0]!.bottom).toBe(scores[1]!.bottom);
      expect(scores[2]!.bottom).toBe(scores[3]!.bottom);
      for (const box of scores) expect(box.width).toBeGreaterThan(80);
      await page.screenshot({ path: path.join(SHOTS, `i18n-editor-inspector-${language}.png`) });
      await inspector.screenshot({ path: path.join(SHOTS, `i18n-editor-inspector-panel-${language}.png`) });
    }, 180_000);
  }

  /*
   * The issue's check, language by language: library, a template, the inspector, the insights panel and the
   * export menu. What each part shows that is not yet converted is listed here, to be checked once it is:
   *  - insights panel: the journey-health figures, the evidence sentence and each insight's explanation are
   *    sentences of domain/insights, translated by i18n-insights (their `insights` catalogue section); until
   *    that section exists they are compared only in English. The panel's own headings, empty states and
   *    item lines (this branch) are compared in every language.
   *  - export menu: its items are the toolbar section's (converted); the dialogs behind them are i18n-files'.
   */
  for (const language of UI_LANGUAGES) {
    it(`in ${language}: library, template, inspector, insights panel and export menu in the catalogue's words, nothing clipped`, async () => {
      const { page } = app;
      await chooseLanguage(app, language);
      const words = catalogue(language);

      // The library.
      await page.getByRole('heading', { name: word(language, 'library.noJourneysTitle') }).waitFor();
      expect(await overflowing(page, '.library')).toEqual([]);

      // A template, then the inspector of one of its touchpoints.
      await openOrderTemplate(page, language);
      const content = await journeyContent(page);
      await selectOrderTouchpoint(page);
      await page.getByRole('complementary', { name: word(language, 'panels.inspector') }).waitFor();
      const inspectorTexts = await visibleTexts(page, INSPECTOR, INSPECTOR_TEXT);
      expect(foreign(inspectorTexts, content, language)).toEqual([]);
      expect(await overflowing(page, INSPECTOR)).toEqual([]);

      // The toolbar and the canvas: buttons, stage headers, cards; from here at 1280 × 800, where the toolbar is compact.
      await page.setViewportSize({ width: 1280, height: 800 });
      const editorTexts = await visibleTexts(
        page,
        '.editor',
        'button, [role="button"], .stage-name, .stage-goal, .tp-channel, .curve-title, .lane-line, h1, h2, label, option',
      );
      expect(foreign(editorTexts, content, language).filter((t) => !pendingSlotButton(t))).toEqual([]);
      expect(await overflowing(page, '.editor-toolbar')).toEqual([]);
      expect(await clippedSelects(page, '.editor-toolbar')).toEqual([]);

      // The insights panel.
      await page.getByRole('button', { name: word(language, 'toolbar.insights'), exact: true }).click();
      const insights = page.getByRole('complementary', { name: word(language, 'panels.insights') });
      await insights.getByRole('heading', { name: word(language, 'panels.health') }).waitFor();
      const shell = await visibleTexts(page, '.insights', 'h3, h4, p.muted, li:not(:has(button))');
      expect(foreign(shell, content, language)).toEqual([]);
      // Depends on i18n-insights (see above): health figures, the evidence sentence, insight explanations.
      const sentences = await visibleTexts(page, '.insights', '.health-figure dt, .evidence-line, .insight-detail');
      if (language === 'en' || 'insights' in words) expect(foreign(sentences, content, language)).toEqual([]);
      expect(await overflowing(page, INSPECTOR)).toEqual([]);

      // The export menu.
      await page.getByRole('button', { name: word(language, 'toolbar.export'), exact: true }).click();
      await page.getByRole('menuitem', { name: word(language, 'toolbar.pdfReport') }).waitFor();
      const menu = await visibleTexts(
        page,
        '[role="menu"]',
        '[role="menuitem"], [role="menuitemradio"], [role="separator"], h2, h3',
      );
      expect(menu.length).toBeGreaterThan(2);
      expect(foreign(menu, content, language)).toEqual([]);
      expect(await overflowing(page, '[role="menu"]')).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `i18n-editor-export-${language}.png`) });
      await page.keyboard.press('Escape');

      // A confirmation whose button says what happens: deleting a stage with its touchpoints fits the dialog.
      await clickStageHeader(page, 'Discover');
      await page.keyboard.press('Delete');
      await page.locator('dialog[open].confirm-dialog').waitFor();
      expect(await buttonsOutsideDialog(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }, 240_000);
  }
});
