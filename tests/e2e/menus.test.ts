import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, ORDER_TEMPLATE } from '../support/e2e-helpers';

/** The accessible name and role of whatever has focus. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { role: 'body', name: '' };
    return {
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      name:
        el.getAttribute('aria-label') ??
        el.querySelector('.menu-item-label')?.textContent ??
        el.textContent?.trim() ??
        '',
    };
  });
}

async function expectFocus(page: Page, name: string) {
  await expectEventually(async () => expect((await focused(page)).name).toBe(name), 2000);
}

/** The names of the menu's items, in order, as a screen reader would list them. */
async function itemNames(menu: Locator) {
  return menu
    .locator('[role^="menuitem"]')
    .evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('role')}:${el.querySelector('.menu-item-label')?.textContent}`),
    );
}

describe('menus follow the WAI-ARIA menu button pattern', () => {
  let app: AppHandle;
  beforeEach(async () => {
    // 1280 px: the medium toolbar, so More also holds the Metrics, Loyalty lens and Versions panels.
    app = await launchApp({ viewport: { width: 1280, height: 800 } });
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('More tools: sections, check box and radio items, and the keys of a menu', async () => {
    const { page } = app;
    await page.getByRole('button', { name: ORDER_TEMPLATE }).click();
    await page.locator('.tp-title').first().waitFor();
    const trigger = page.getByRole('button', { name: 'More tools' });
    const menu = page.getByRole('menu', { name: 'More tools' });
    await expect(trigger.getAttribute('aria-haspopup')).resolves.toBe('menu');
    await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('false');

    // Opened from the keyboard, focus lands on the first item.
    await trigger.focus();
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('true');
    await expectFocus(page, 'Fit the map in view');

    // Sections by toolbar group, each labelled, separators between them.
    const groups = await menu
      .getByRole('group')
      .evaluateAll((els) =>
        els.map((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent),
      );
    // The workshop group has nothing else in More at this width, so only its dimming settings show.
    // The interface language follows Help as a section of its own (one radio item per language, in its own name).
    expect(groups).toEqual(['View', 'Focus dimming', 'Panels', 'Help', 'Language']);
    await expect(menu.getByRole('separator').count()).resolves.toBe(groups.length - 1);
    expect(await itemNames(menu)).toEqual([
      'menuitem:Fit the map in view',
      'menuitem:Auto layout',
      'menuitemcheckbox:Snap to grid',
      'menuitemcheckbox:Minimap',
      'menuitemradio:No dimming',
      'menuitemradio:Dim all but the current stage',
      'menuitemradio:Dim all but the selection',
      'menuitemcheckbox:Metrics',
      'menuitemcheckbox:Loyalty lens',
      'menuitemcheckbox:Opportunity matrix',
      'menuitemcheckbox:Versions',
      'menuitem:Keyboard shortcuts',
      'menuitemradio:English',
      'menuitemradio:தமிழ்',
      'menuitemradio:తెలుగు',
      'menuitemradio:മലയാളം',
      'menuitemradio:Հայերեն',
    ]);
    const snap = menu.getByRole('menuitemcheckbox', { name: 'Snap to grid' });
    await expect(snap.getAttribute('aria-checked')).resolves.toBe('false');
    await expect(menu.getByRole('menuitemradio', { name: 'No dimming' }).getAttribute('aria-checked')).resolves.toBe(
      'true',
    );
    // Plain commands carry no checked state at all.
    await expect(menu.getByRole('menuitem', { name: 'Auto layout' }).getAttribute('aria-checked')).resolves.toBeNull();

    // Arrows step over the separators from one section into the next, and wrap.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'Snap to grid');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'Minimap');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'No dimming');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expectFocus(page, 'Snap to grid');
    expect((await focused(page)).role).toBe('menuitemcheckbox');

    // Home and End (the last item is the last language).
    await page.keyboard.press('End');
    await expectFocus(page, 'Հայերեն');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'Fit the map in view');
    await page.keyboard.press('ArrowUp');
    await expectFocus(page, 'Հայերեն');
    await page.keyboard.press('Home');
    await expectFocus(page, 'Fit the map in view');

    // Typeahead: the next item starting with the key, wrapping round (keys typed after a pause);
    // keys typed quickly make one search, so "lo" finds Loyalty lens.
    const pause = () => page.waitForTimeout(700);
    await page.keyboard.press('v');
    await expectFocus(page, 'Versions');
    await pause();
    await page.keyboard.press('a');
    await expectFocus(page, 'Auto layout');
    await pause();
    await page.keyboard.press('k');
    await expectFocus(page, 'Keyboard shortcuts');
    await pause();
    await page.keyboard.type('lo');
    await expectFocus(page, 'Loyalty lens');
    await pause();
    // A letter no item starts with leaves focus where it is.
    await page.keyboard.press('z');
    await expectFocus(page, 'Loyalty lens');
    await pause();
    // Letters that are workshop shortcuts elsewhere (D cycles dimming) stay with the open menu.
    await page.keyboard.press('d');
    await expectFocus(page, 'Dim all but the current stage');
    await expect(menu.getByRole('menuitemradio', { name: 'No dimming' }).getAttribute('aria-checked')).resolves.toBe(
      'true',
    );
    await pause();

    // Picking Snap to grid with the keyboard closes the menu, puts focus back on More, and checks the item.
    await page.keyboard.press('s');
    await expectFocus(page, 'Snap to grid');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    await expectFocus(page, 'More tools');
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await expectFocus(page, 'Fit the map in view');
    await expect(snap.getAttribute('aria-checked')).resolves.toBe('true');
    await expect(snap.locator('.menu-item-check').isVisible()).resolves.toBe(true);

    // Picking a dimming setting with the mouse: one radio checked, focus back on More.
    await menu.getByRole('menuitemradio', { name: 'Dim all but the current stage' }).click();
    await menu.waitFor({ state: 'detached' });
    await expectFocus(page, 'More tools');
    await page.keyboard.press('Space');
    await menu.waitFor();
    const checkedRadios = await menu
      .locator('[role="menuitemradio"][aria-checked="true"] .menu-item-label')
      .allTextContents();
    // One checked radio per section: the dimming setting and the interface language.
    expect(checkedRadios).toEqual(['Dim all but the current stage', 'English']);

    // The Minimap item hides the minimap, and brings it back.
    const minimapItem = menu.getByRole('menuitemcheckbox', { name: 'Minimap' });
    await expect(minimapItem.getAttribute('aria-checked')).resolves.toBe('true');
    await minimapItem.click();
    await page.getByRole('img', { name: 'Minimap' }).waitFor({ state: 'detached' });
    await trigger.click();
    await expect(minimapItem.getAttribute('aria-checked')).resolves.toBe('false');
    await minimapItem.click();
    await page.getByRole('img', { name: 'Minimap' }).waitFor();
    await trigger.click();
    await menu.waitFor();

    // Escape closes and returns focus to the button.
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expectFocus(page, 'More tools');
    await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('false');

    // Up on the button opens the menu on its last item.
    await page.keyboard.press('ArrowUp');
    await menu.waitFor();
    await expectFocus(page, 'Հայերեն');

    // Tab closes the menu, and focus moves on as it would from the button (menu items are not tab stops).
    await page.keyboard.press('Shift+Tab');
    await menu.waitFor({ state: 'detached' });
    await expectFocus(page, 'Export');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'More tools');
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('Tab');
    await menu.waitFor({ state: 'detached' });
    const after = await focused(page);
    expect(after.role).not.toBe('body');
    expect(after.name).not.toBe('More tools');
    expect(after.role.startsWith('menuitem')).toBe(false);
  });

  it('a right-click menu near the window’s bottom or right edge opens above or left of the pointer, whole', async () => {
    const { page } = app;
    // A short window: the template's lowest cards sit near its bottom.
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.getByRole('button', { name: ORDER_TEMPLATE }).click();
    await page.locator('.tp-title').first().waitFor();
    const menu = page.getByRole('menu', { name: 'Context menu' });
    const inWindow = async () => {
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      expect(box.y + box.height).toBeLessThanOrEqual(600);
      return box;
    };

    // The lowest card on screen, right-clicked on its lower part: the menu ends at the pointer and its last
    // item, Delete, is in the window and works.
    const cards = await page.locator('.react-flow__node-touchpoint').evaluateAll((els) =>
      els
        .map((el) => ({ id: el.getAttribute('data-id')!, box: el.getBoundingClientRect().toJSON() as DOMRect }))
        .filter((c) => c.box.bottom < 600)
        .sort((a, b) => b.box.bottom - a.box.bottom),
    );
    const lowest = cards[0]!;
    const at = { x: lowest.box.left + 20, y: lowest.box.bottom - 8 };
    expect(at.y).toBeGreaterThan(300);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await menu.waitFor();
    const box = await inWindow();
    expect(box.y + box.height).toBeCloseTo(at.y, 0);
    const count = await page.locator('.react-flow__node-touchpoint').count();
    await menu.getByRole('menuitem', { name: /^Delete/ }).click();
    await expectEventually(async () =>
      expect(await page.locator('.react-flow__node-touchpoint').count()).toBe(count - 1),
    );
    expect(await page.locator(`.react-flow__node[data-id="${lowest.id}"]`).count()).toBe(0);

    // The map's own menu at the window's bottom right corner (the inspector closed, the map reaches it)
    // opens up and to the left of the pointer.
    await page.getByRole('button', { name: 'Close Inspector' }).click();
    const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
    const corner = { x: canvas.x + canvas.width - 40, y: canvas.y + canvas.height - 12 };
    await page.mouse.click(corner.x, corner.y, { button: 'right' });
    await menu.waitFor();
    const cornerBox = await inWindow();
    expect(cornerBox.x + cornerBox.width).toBeCloseTo(corner.x, 0);
    expect(cornerBox.y + cornerBox.height).toBeCloseTo(corner.y, 0);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  it('the library’s template gallery and the export menu: focus returns to their button', async () => {
    const { page } = app;
    // Templates open in a gallery dialog (not a menu): focus goes to its search box, Escape brings it back.
    const templatesButton = page.getByRole('button', { name: 'Templates', exact: true });
    await expect(templatesButton.getAttribute('aria-haspopup')).resolves.toBe('dialog');
    await templatesButton.focus();
    await page.keyboard.press('Enter');
    const gallery = page.getByRole('dialog', { name: 'New from template' });
    await gallery.waitFor();
    await expectFocus(page, 'Search templates by name, industry or description');
    await page.keyboard.press('Escape');
    await gallery.waitFor({ state: 'detached' });
    await expectFocus(page, 'Templates');

    await page.getByRole('button', { name: ORDER_TEMPLATE }).click();
    await page.locator('.tp-title').first().waitFor();
    const exportButton = page.getByRole('button', { name: 'Export' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    const exportMenu = page.getByRole('menu', { name: 'Export' });
    await exportMenu.waitFor();
    await expectFocus(page, 'Save as .journey file…');
    await page.keyboard.press('End');
    await expectFocus(page, 'Import touchpoints from CSV…');
    await page.keyboard.press('h');
    await expectFocus(page, 'HTML report…');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'Export');
  });
});
