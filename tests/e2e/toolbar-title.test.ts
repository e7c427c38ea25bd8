/**
 * The journey's title in the editor toolbar takes the room the row has, in each of the five interface
 * languages, at 1,366 × 768, 1,440 × 900, 1,600 × 900 and 1,920 × 1,080: its whole text where it fits, else all the
 * room left (nothing between the left and right groups), and at these sizes never less than 150 px (or its own
 * length): the full and medium tiers step narrower rather than squeeze it below that. It was capped at 300 px with
 * 300 px of toolbar empty at 1,920, cut to "Online ord…" (120 px) at 1,366 when a template was opened in Armenian,
 * and to "Online orde…" (127 px) at 1,440 in English, less than at 1,366.
 * Screenshots go to WAYMARK_SHOTS (else /tmp).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../renderer/src/i18n';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, openTemplate, ORDER_TEMPLATE } from '../support/e2e-helpers';

const SHOTS = process.env.WAYMARK_SHOTS ?? '/tmp';

const LANGUAGES: readonly UiLanguage[] = ['en', 'ta', 'hy', 'te', 'ml'];
const TITLES: Record<UiLanguage, string> = {
  en: TELUGU[0],
  ta: TAMIL[0],
  hy: ARMENIAN[0],
  te: TELUGU[0],
  ml: MALAYALAM[0],
};

/** The title box's shown and whole widths, the room left between the toolbar's groups, and whether the row spills. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('.journey-title-input')!;
    const bar = document.querySelector<HTMLElement>('.editor-toolbar')!;
    return {
      shown: box.clientWidth,
      whole: box.scrollWidth,
      tooltip: box.title,
      room: document.querySelector('.toolbar-fill')!.getBoundingClientRect().width,
      spills: bar.scrollWidth > bar.clientWidth + 1,
      tier: bar.dataset['tier'],
    };
  });
}

describe('the journey title in the editor toolbar', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp({ viewport: { width: 1366, height: 768 } });
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('takes the room there is in each language from 1366 × 768 to 1920 × 1080', async () => {
    const { page } = app;
    // The template's own English title first: it was the one cut to 120 px in Armenian.
    await openTemplate(page);
    const failures: string[] = [];
    for (const language of LANGUAGES) {
      const title = TITLES[language];
      for (const withSeed of [false, true]) {
        if (withSeed) {
          const input = page.locator('.journey-title-input');
          await input.fill(title);
          await input.press('Enter');
          await expectEventually(async () => expect(await input.getAttribute('title')).toBe(title));
        }
        for (const [width, height] of [
          [1366, 768],
          [1440, 900],
          [1600, 900],
          [1920, 1080],
        ] as const) {
          await page.setViewportSize({ width, height });
          // The toolbar settles on its tier after a resize or a new title: its last state is judged (5 s at most,
          // so a machine under load does not fail it for being slow).
          let problems: string[] = [];
          await expectEventually(async () => {
            const m = await measure(page);
            const name = `${language} ${withSeed ? 'seed title' : 'template title'} at ${width}: ${JSON.stringify(m)}`;
            problems = [];
            if (m.spills) problems.push(`${name}: the toolbar spills`);
            if (m.shown < Math.min(m.whole, 150) - 1) problems.push(`${name}: cut below 150 px`);
            if (m.shown < m.whole - 1 && m.room > 2) problems.push(`${name}: cut while the toolbar has room`);
            if (!m.tooltip) problems.push(`${name}: no tooltip`);
            expect(problems).toEqual([]);
          }).catch(() => undefined);
          failures.push(...problems);
          await page.screenshot({
            path: path.join(SHOTS, `toolbar-title-${language}-${withSeed ? 'seed' : 'template'}-${width}.png`),
            clip: { x: 0, y: 0, width, height: 56 },
          });
        }
        await page.setViewportSize({ width: 1366, height: 768 });
      }
      // The next language, on the same journey (remembered, then the page opens it again), from the template's title.
      const next = LANGUAGES[LANGUAGES.indexOf(language) + 1];
      if (!next) break;
      await page.evaluate((l) => localStorage.setItem('waymark.language', l), next);
      await page.reload();
      await expectEventually(async () => expect(await page.evaluate(() => document.documentElement.lang)).toBe(next));
      const input = page.locator('.journey-title-input');
      await input.fill(ORDER_TEMPLATE);
      await input.press('Enter');
    }
    expect(failures).toEqual([]);
  });
});
