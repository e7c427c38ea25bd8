/**
 * Adding a card on the 2,000-touchpoint map (at 1:1, a card selected): the
 * N shortcut adds a touchpoint connected from the selected one, selects it
 * and opens its title for typing. Measured from the key press to the next
 * frame painted (Event Timing, as the typing figures), five times in a row
 * (Escape between, which keeps the new card), then each undone.
 * BENCH_PROFILE / BENCH_TRACE (page/recorded.ts) record each press.
 */
import type { Page } from 'playwright-core';
import { recorded } from './page/recorded';
import { median } from './stats';
import { startKeyTimings, stopKeyTimings } from './typing';

const PRESSES = 5;
/** Adding a card is a response to a key: under 100 ms feels immediate (RAIL), as for typing. */
export const ADD_CARD_TARGET_MS = 100;

export interface AddCardFigures {
  presses: number;
  /** Key to next paint of each N, ms (16 when the browser did not report it: under 16 ms). */
  medianMs: number;
  maxMs: number;
}

export async function benchAddCard(page: Page, touchpointId: string): Promise<AddCardFigures> {
  await page.locator(`.react-flow__node[data-id="${touchpointId}"]`).click({ position: { x: 12, y: 40 } });
  const box = page.locator('.tp-title-input');
  await page.evaluate(startKeyTimings);
  const pressedAt: number[] = [];
  const escapedAt: number[] = [];
  for (let i = 0; i < PRESSES; i++) {
    pressedAt.push(await page.evaluate(() => performance.now()));
    await recorded(page, `add-card-${i + 1}`, async () => {
      await page.keyboard.press('n');
      await box.waitFor();
    });
    // The new card is revealed (the view glides to it): let that finish before the next key.
    await page.waitForTimeout(600);
    escapedAt.push(await page.evaluate(() => performance.now()));
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'detached' });
    await page.waitForTimeout(200);
  }
  const keydowns = (await page.evaluate(stopKeyTimings)).filter((e) => e.name === 'keydown');
  const durations = pressedAt.map((at, i) => {
    // The N's keydown starts between its mark and the Escape's (none reported: it took under 16 ms).
    const own = keydowns.find((e) => e.start >= at && e.start < escapedAt[i]!);
    return own?.duration ?? 16;
  });
  for (let i = 0; i < PRESSES; i++) await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  return {
    presses: PRESSES,
    medianMs: median(durations),
    maxMs: Math.max(...durations),
  };
}

export function formatAddCard(f: AddCardFigures): string {
  return (
    `adding a card with N at 1:1 (2,000-touchpoint map, a card selected, ${f.presses} times): key to next paint ` +
    `median ${f.medianMs.toFixed(0)} ms, max ${f.maxMs.toFixed(0)} ms`
  );
}

export function addCardTargets(f: AddCardFigures) {
  return [
    {
      pass: Number.isFinite(f.medianMs) && f.medianMs <= ADD_CARD_TARGET_MS,
      text: `adding a card, key to next paint median ${f.medianMs.toFixed(0)} ms ≤ ${ADD_CARD_TARGET_MS} ms`,
    },
  ];
}
