/**
 * A long text pasted into a name typed in place (a card's title on the map, the journey's title in
 * the toolbar) is kept to the length a title may have (1,000 characters), as the inspector's Title
 * box does, and into a note to a note's (100,000). It used to go into the map whole: the row no longer fitted, so every
 * save after it was refused ("Not saved") and every later edit stayed unsaved with it.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../renderer/src/domain/model';
import { seedParagraph, seedText } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { clickStageHeader, newJourney, readTable, waitSaved } from '../support/e2e-helpers';

/** Pastes `text` into the focused box as a user's paste does (one input of the whole text). */
async function paste(page: Page, text: string) {
  await page.keyboard.insertText(text);
}

describe('a long text pasted into a title', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('is kept to a title’s length on a card and in the toolbar, to a note’s in a note, and the journey still saves', async () => {
    const { page } = app;
    await newJourney(page, 'Long paste');
    let long = seedParagraph('ta');
    while (long.length < 5 * LIMITS.shortText) long += ` ${long}`;
    long = long.replace(/\s+/g, ' ');

    await clickStageHeader(page, 'Discover');
    await page.keyboard.press('n');
    const card = page.locator('.tp-title-input');
    await expect.poll(() => card.evaluate((el) => el === document.activeElement)).toBe(true);
    await paste(page, long);
    await card.press('Enter');
    await card.waitFor({ state: 'detached' });
    await waitSaved(page);
    const [touchpoint] = await readTable<{ title: string }>(page, 'touchpoints');
    expect(touchpoint!.title).toBe(long.slice(0, LIMITS.shortText).trim());

    const title = page.getByRole('textbox', { name: 'Journey title' });
    await title.click();
    await title.press('Control+a');
    await paste(page, long);
    await title.press('Enter');
    await waitSaved(page);
    const [journey] = await readTable<{ title: string }>(page, 'journeys');
    expect(journey!.title).toBe(long.slice(0, LIMITS.shortText));

    // An interview pasted into a note: the Tamil article as it is, in paragraphs, repeated past a note's
    // length. (One paragraph of 100,000 Tamil characters typed into the note's narrow box costs Chromium some
    // 20 s of line layout here, whatever the app does; a pasted text keeps its line breaks.)
    let longer = seedText('ta-customer-experience-management.txt');
    while (longer.length <= LIMITS.longText) longer += `\n${longer}`;
    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 600 } });
    await page.keyboard.press('s');
    const note = page.getByRole('textbox', { name: 'Note text' });
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await paste(page, longer);
    await note.press('Escape');
    await note.waitFor({ state: 'detached' });
    await waitSaved(page);
    const [stored] = await readTable<{ text: string }>(page, 'notes');
    expect(stored!.text).toBe(longer.slice(0, LIMITS.longText));
    // The note's face on the map draws only what its box can show: laying out all 100,000 characters in it
    // froze the window for seconds each time (Escape above waited 27 s here, and timed out in CI).
    const face = await page.locator('.note-text').first().textContent();
    expect(face!.length).toBeLessThan(LIMITS.longText / 10);
    expect(face!.endsWith('…')).toBe(true);
    expect(longer.startsWith(face!.slice(0, -1))).toBe(true);
    // And whole lines of it: five, the last one ending in "…" (the sixth was cut through its letters).
    const lines = await page
      .locator('.note-text')
      .first()
      .evaluate((el) => el.clientHeight / parseFloat(getComputedStyle(el).lineHeight));
    expect(lines).toBeCloseTo(5, 1);
  });
});
