/**
 * The insights and workshop screens in Tamil and Armenian (issue #18): the
 * Online order template's insights panel figures, metrics, loyalty lens,
 * opportunity matrix, workshop panel and presentation show their words from
 * that language's catalogues (or, for vocabulary words and insight sentences,
 * from the report's labels of that language), no control overflows, and a
 * screenshot of each screen is saved to look at.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../renderer/src/i18n';
import { REPORT_LABELS } from '../../renderer/src/reports/labels';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, openTemplate, readTable, togglePanel } from '../support/e2e-helpers';

/** Screenshots for a person to look at. */
const SHOTS = process.env.WAYMARK_SHOTS ?? '/tmp';

type Section = Record<string, unknown>;
const words = (language: 'ta' | 'hy') => {
  const c = CATALOGUES[language] as Record<string, Section>;
  return {
    insights: c.insights as Section & Record<string, Section>,
    workshop: c.workshop as Section & Record<string, Section>,
    toolbar: c.toolbar as Record<string, string>,
  };
};

/** The journey's own text (titles, names, opportunity and pain texts): content, not interface words. */
async function contentOf(page: Page): Promise<string[]> {
  type Tp = { title: string; opportunities: { text: string }[]; painPoints: { text: string }[] };
  const touchpoints = await readTable<Tp>(page, 'touchpoints');
  const stages = await readTable<{ name: string; customerGoal: string }>(page, 'stages');
  const journeys = await readTable<{ title: string }>(page, 'journeys');
  return [
    ...touchpoints.flatMap((t) => [t.title, ...t.opportunities.map((o) => o.text), ...t.painPoints.map((p) => p.text)]),
    ...stages.flatMap((s) => [s.name, s.customerGoal]),
    ...journeys.map((j) => j.title),
  ]
    .filter((s) => s.trim().length > 0)
    .sort((a, b) => b.length - a.length);
}

/**
 * The visible text of a region, text node by text node, with the journey's own text taken out: what is left is
 * interface text, and must hold no English word (metric names aside).
 */
async function englishLeft(page: Page, selector: string, content: readonly string[]): Promise<string[]> {
  const texts = await page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || (el.offsetParent === null && el.tagName !== 'OPTION' && !el.closest('svg'))) continue;
        if (el.closest('input, textarea, kbd, .ws-team')) continue;
        const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      }
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]'))) {
        if (el.closest('.ws-team')) continue;
        for (const a of ['aria-label', 'title', 'placeholder']) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
      }
    }
    return out;
  }, selector);
  expect(texts.length).toBeGreaterThan(5);
  return texts
    .map((t) => {
      let rest = t;
      for (const c of content) rest = rest.split(c).join(' ');
      return rest.replace(/\b(CSAT|CES|NPS|QR|Waymark|Markdown|Ctrl|Shift|Enter|Esc|Page Up|Down)\b/g, ' ');
    })
    .filter((t) => /[A-Za-z]{2,}/.test(t));
}

/** Buttons, tabs and menu items whose text does not fit them. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>('button, [role="menuitem"], [role="menuitemradio"], [role="tab"]'),
    )
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName} ${el.innerText.trim()} ${el.scrollWidth}>${el.clientWidth}`),
  );
}

/** Opens a side panel by its toolbar button, or from the More tools menu when the toolbar has no room for it. */
async function openPanel(page: Page, label: string, more: string, body?: string) {
  await togglePanel(page, label, more);
  // The insights panel's own title is the editor's (translated on the i18n-editor branch): wait for its body.
  if (body) await page.locator(body).waitFor();
  else await page.getByRole('complementary', { name: label }).waitFor();
}

describe('insights and workshop screens in Tamil and Armenian', () => {
  let app: AppHandle;

  beforeEach(async () => {
    app = await launchApp({ viewport: { width: 1600, height: 1000 } });
  });
  afterEach(async () => {
    await app.close();
  });
  afterAll(shutdown);

  for (const language of ['ta', 'hy'] as const) {
    it(`${language}: insights figures, metrics, loyalty lens, matrix, workshop panel and presentation`, async () => {
      const { page } = app;
      const w = words(language);
      const labels = REPORT_LABELS[language];
      await openTemplate(page);
      await app.menu(`language-${language}`);
      await expectEventually(async () =>
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language),
      );
      const content = await contentOf(page);
      const shot = (name: string) =>
        page.screenshot({ path: path.join(SHOTS, `i18n-insights-${language}-${name}.png`) });

      // The insights panel: its figures and hot-spot reasons are insight sentences in this language. (Its headings
      // are the editor's, translated on the i18n-editor branch.)
      await openPanel(page, w.toolbar.insights!, w.toolbar.moreTools!, '.insights');
      const figures = await page.locator('.health-figure dt').allInnerTexts();
      expect(figures).toContain(labels.insights.health.averageEmotion.label);
      expect(figures).toContain(labels.insights.health.momentsOfTruthAtRisk.label);
      const reasons = await page.locator('.insight-item:has(.hot-score) .insight-detail').allInnerTexts();
      expect(reasons.some((r) => r.includes(labels.insights.friction.split(' ')[0]!))).toBe(true);
      for (const text of [...figures, ...reasons]) expect(text.replace(/NPS/g, ''), text).not.toMatch(/[A-Za-z]{2,}/);
      await shot('insights');

      // Metrics.
      const insights = w.insights as Record<string, Record<string, string>>;
      await openPanel(page, insights.panel!.metrics!, w.toolbar.moreTools!);
      const metrics = page.getByRole('complementary', { name: insights.panel!.metrics! });
      await metrics.getByRole('heading', { name: insights.metrics!.byStage! }).waitFor();
      await metrics.getByRole('heading', { name: insights.churn!.title! }).waitFor();
      await metrics.getByRole('button', { name: insights.churn!.record! }).waitFor();
      expect(await englishLeft(page, '.metrics-panel', content)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shot('metrics');

      // Loyalty lens.
      const lens = insights.lens as unknown as Record<string, string> & { q: Record<string, string> };
      await openPanel(page, insights.panel!.lens!, w.toolbar.moreTools!);
      const lensPanel = page.getByRole('complementary', { name: insights.panel!.lens! });
      await lensPanel.getByRole('heading', { name: lens.questions! }).waitFor();
      await lensPanel.getByRole('heading', { name: lens.q.stay! }).waitFor();
      expect(await englishLeft(page, '.lens-panel', content)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shot('lens');

      // Opportunity matrix: quadrant and axis names are the report's words in this language.
      await openPanel(page, insights.panel!.matrix!, w.toolbar.moreTools!);
      const matrix = page.locator('.matrix-panel');
      await matrix.getByText(labels.matrix.quadrants['quick-wins']).first().waitFor();
      await matrix.getByText(insights.matrix!.thisJourney!).first().waitFor({ state: 'attached' });
      expect(await englishLeft(page, '.matrix-panel', content)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shot('matrix');

      // The workshop panel with its live-session section (the team server's section shows a command and an address).
      const workshop = w.workshop as Record<string, Record<string, string>>;
      await openPanel(page, w.workshop.panel as unknown as string, w.toolbar.moreTools!);
      const panel = page.getByRole('complementary', { name: w.workshop.panel as unknown as string });
      await panel.getByText(workshop.session!.title!, { exact: true }).waitFor();
      await panel.getByText(workshop.vote!.title!, { exact: true }).waitFor();
      await panel.getByRole('button', { name: workshop.session!.start!, exact: true }).click();
      await panel.getByText(workshop.session!.startedAt!).waitFor();
      expect(await englishLeft(page, '.ws-panel', content)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shot('workshop');

      // The presentation: caption and help line.
      await panel.getByRole('button', { name: workshop.facilitate!.present! }).first().click();
      const presentation = page.getByTestId('presentation');
      await page.locator('.ws-caption .ws-caption-title').waitFor();
      await presentation.getByText(workshop.present!.goal!).first().waitFor();
      await expectEventually(async () =>
        expect(await presentation.locator('.ws-caption-step').innerText()).toContain(
          workshop.present!.stageOf!.split(' ')[0]!,
        ),
      );
      expect(await englishLeft(page, '[data-testid="presentation"]', content)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shot('presentation');
      await page.keyboard.press('Escape');
    }, 300_000);
  }
});
