import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, newJourney, openTemplate, readTable, waitSaved } from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';

interface TouchpointRow {
  id: string;
  title: string;
  stageId: string;
  emotion: number | null;
  emotionLabel: string;
  createdAt: number | null;
  painPoints: { id: string; text: string; severity: number }[];
  opportunities: { text: string }[];
}
interface NoteRow {
  id: string;
  text: string;
  kind: string;
  createdAt: number | null;
  position: { x: number; y: number };
}
interface StageRow {
  id: string;
  name: string;
  order: number;
}
interface JourneyRow {
  id: string;
  workshop: {
    voters: { id: string; name: string }[];
    votes: { voterId: string; targetKind: string; targetId: string }[];
    dotsPerVoter: number;
    voteMode: string;
    revealed: boolean;
  };
}

const TA = seedLine('ta', 1);
const HY = seedLine('hy', 1);
const TE = seedLine('te', 1);
const ML = seedLine('ml', 1);

async function stagesByName(page: Page) {
  const stages = await readTable<StageRow>(page, 'stages');
  return new Map(stages.map((s) => [s.name, s.id]));
}

/** Opens the capture bar with the keyboard (C) and returns its input. */
async function openCapture(page: Page) {
  await page.keyboard.press('c');
  const input = page.getByRole('textbox', { name: 'Capture a line' });
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  return input;
}

async function typeLine(page: Page, line: string) {
  await page.keyboard.insertText(line);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('textbox', { name: 'Capture a line' }).inputValue()).toBe('');
}

async function paste(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Capture a line' }).evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('workshop mode', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('captures ten lines into two stages by keyboard only, undoes one, pastes a block, and survives a reload', async () => {
    const { page } = app;
    await newJourney(page, 'Workshop capture');
    const stages = await stagesByName(page);
    const discover = stages.get('Discover')!;
    const choose = stages.get('Choose')!;

    await openCapture(page);
    await expect.poll(() => page.locator('.ws-stage-name').textContent()).toBe('Discover');
    // Five lines into Discover: a touchpoint, then its pain point, opportunity, emotion, and a question.
    await typeLine(page, TA);
    await typeLine(page, `!! ${HY}`);
    await typeLine(page, `+ ${TE}`);
    await typeLine(page, `:( ${ML}`);
    await typeLine(page, `? ${seedLine('ml', 2)}`);
    // Next stage without the mouse.
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => page.locator('.ws-stage-name').textContent()).toBe('Choose');
    await typeLine(page, seedLine('hy', 2));
    await typeLine(page, '😄');
    await typeLine(page, seedLine('te', 2));
    await typeLine(page, `!!! ${seedLine('ta', 3)}`);
    await page.keyboard.press('Alt+m');
    await typeLine(page, seedLine('ml', 3));

    await waitSaved(page);
    let tps = await readTable<TouchpointRow>(page, 'touchpoints');
    let notes = await readTable<NoteRow>(page, 'notes');
    const first = tps.find((t) => t.title === TA)!;
    expect(first).toMatchObject({ stageId: discover, emotion: -2, emotionLabel: ML });
    expect(first.painPoints.map((p) => [p.text, p.severity])).toEqual([[HY, 2]]);
    expect(first.opportunities.map((o) => o.text)).toEqual([TE]);
    expect(first.createdAt).toBeGreaterThan(0);
    const inChoose = tps.filter((t) => t.stageId === choose);
    expect(inChoose.map((t) => t.title).sort()).toEqual([seedLine('hy', 2), seedLine('te', 2)].sort());
    expect(inChoose.find((t) => t.title === seedLine('hy', 2))!.emotion).toBe(3);
    expect(inChoose.find((t) => t.title === seedLine('te', 2))!.painPoints.map((p) => p.severity)).toEqual([3]);
    expect(notes.map((n) => [n.text, n.kind]).sort()).toEqual(
      [
        [seedLine('ml', 2), 'question'],
        [seedLine('ml', 3), 'note'],
      ].sort(),
    );

    // Every captured line is its own undo step: Ctrl+Z in the empty bar takes back the last note only.
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expectEventually(async () => {
      notes = await readTable<NoteRow>(page, 'notes');
      expect(notes.map((n) => n.text)).toEqual([seedLine('ml', 2)]);
    });
    await page.keyboard.press('Control+Shift+z');
    await waitSaved(page);
    await expectEventually(async () => expect(await readTable(page, 'notes')).toHaveLength(2));

    // A pasted block becomes one note per line, in a grid above the focused stage.
    const block = [TA, HY, TE, ML, seedLine('ta', 4)].join('\r\n');
    await paste(page, `${block}\n\n`);
    await waitSaved(page);
    await expectEventually(async () => {
      notes = await readTable<NoteRow>(page, 'notes');
      expect(notes).toHaveLength(7);
    });
    const pasted = notes.filter((n) => [TA, HY, TE, ML, seedLine('ta', 4)].includes(n.text));
    expect(pasted).toHaveLength(5);
    expect(new Set(pasted.map((n) => n.position.y)).size).toBeGreaterThan(1);
    expect(pasted.every((n) => n.position.y < 0 && n.createdAt! > 0)).toBe(true);
    expect(await page.locator('.react-flow__node-note').count()).toBe(7);

    await page.reload();
    await page.locator('.stage-header').first().waitFor();
    tps = await readTable<TouchpointRow>(page, 'touchpoints');
    expect(tps).toHaveLength(3);
    expect(await page.locator('.react-flow__node-note').count()).toBe(7);
    await expect.poll(() => page.locator('.react-flow__node-touchpoint').count()).toBe(3);
  });

  it('says in Tamil and Armenian what a prefix typed alone still needs, and adds nothing on Enter', async () => {
    const { page } = app;
    await newJourney(page, 'Capture hints');
    await waitSaved(page);
    const before = await readTable<TouchpointRow>(page, 'touchpoints');
    const hints = {
      ta: { input: 'ஒரு வரியைப் பதிவு செய்', pain: '“!” குறிக்குப் பிறகு வலிப்புள்ளியைத் தட்டச்சிடுங்கள்.' },
      hy: { input: 'Գրանցել տող', pain: 'Մուտքագրեք ցավոտ կետը «!»-ից հետո։' },
    } as const;
    for (const language of ['ta', 'hy'] as const) {
      await page.evaluate((l) => localStorage.setItem('waymark.language', l), language);
      await page.reload();
      await expectEventually(async () =>
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language),
      );
      await page.locator('.stage-header').first().waitFor();
      await page.locator('.react-flow__pane').click();
      await page.keyboard.press('c');
      const input = page.getByRole('textbox', { name: hints[language].input });
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.insertText('!!');
      const status = page.locator('.ws-capture-status');
      await expect.poll(() => status.textContent()).toBe(hints[language].pain);
      await page.keyboard.press('Enter');
      await expect.poll(() => status.getAttribute('class')).toContain('is-error');
      expect(await status.textContent()).toBe(hints[language].pain);
      expect(await input.inputValue()).toBe('!!');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
    expect(await readTable<TouchpointRow>(page, 'touchpoints')).toEqual(before);
  });

  it('runs a hidden dot vote with three voters, ranks ties together, and keeps the votes after a reload', async () => {
    const { page } = app;
    await newJourney(page, 'Workshop vote');
    await openCapture(page);
    await typeLine(page, 'Checkout');
    await typeLine(page, `! ${TA}`);
    await typeLine(page, `!! ${HY}`);
    await typeLine(page, `!!! ${TE}`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Workshop' });
    await panel.getByRole('button', { name: 'Start session' }).click();
    for (const name of ['Ana', 'Ben', 'Chen']) {
      const input = panel.getByRole('textbox', { name: 'New voter name' });
      await input.fill(name);
      await input.press('Enter');
    }
    await panel.getByRole('spinbutton').fill('3');
    await panel.getByRole('radio', { name: 'Hidden until Reveal' }).check();
    await panel.getByRole('button', { name: 'Start voting' }).click();

    const banner = page.getByRole('region', { name: 'Dot voting' });
    const dot = (text: string) => panel.getByRole('button', { name: `Place a dot on ${text}` });
    await expect.poll(() => banner.textContent()).toContain('Now voting: Ana, 3 dots left');
    await dot(TA).click();
    await dot(TA).click();
    await dot(TE).click();
    await expect.poll(() => banner.textContent()).toContain('Now voting: Ben, 3 dots left');
    await dot(HY).click();
    // A slip: take it back and place it again.
    await dot(TE).click();
    await banner.getByRole('button', { name: 'Undo dot' }).click();
    await expect.poll(() => banner.textContent()).toContain('Ben, 2 dots left');
    await dot(TE).click();
    await dot(TE).click();
    await expect.poll(() => banner.textContent()).toContain('Now voting: Chen');
    await dot(TA).click();
    await dot(TA).click();
    await dot(TE).click();
    await expect.poll(() => banner.count()).toBe(0);

    // Hidden until revealed, in the results and in the session's top-voted list (the panel may be projected).
    await expect.poll(() => panel.textContent()).toContain('The tally is hidden until you reveal it (9 dots placed)');
    const session = panel.locator('details', { hasText: 'Top-voted' });
    await expect.poll(() => session.textContent()).toContain('The tally is hidden until you reveal it (9 dots placed)');
    expect(await session.locator('ol').count()).toBe(0);
    await panel.getByRole('button', { name: 'Reveal' }).click();
    await expect.poll(() => session.locator('ol li').count()).toBeGreaterThan(0);
    expect(await session.textContent()).not.toContain('The tally is hidden');
    const ranking = async () =>
      panel
        .getByRole('list', { name: 'Vote results' })
        .locator('li')
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.querySelector('.ws-rank')!.textContent,
            r.querySelector('.ws-result-text')!.firstChild!.textContent,
            r.querySelector('.ws-result-votes')!.textContent,
          ]),
        );
    // TA and TE have four dots each (a tie at rank 1), HY one: rank 3.
    const expected = [
      ['1=', TA, '4'],
      ['1=', TE, '4'],
      ['3', HY, '1'],
    ];
    await expect.poll(ranking).toEqual(expected);

    await waitSaved(page);
    const [journey] = await readTable<JourneyRow>(page, 'journeys');
    expect(journey!.workshop.voters.map((v) => v.name)).toEqual(['Ana', 'Ben', 'Chen']);
    expect(journey!.workshop.votes).toHaveLength(9);
    expect(journey!.workshop).toMatchObject({ dotsPerVoter: 3, voteMode: 'hidden', revealed: true });
    const tps = await readTable<TouchpointRow>(page, 'touchpoints');
    const painIds = new Map(tps[0]!.painPoints.map((p) => [p.text, p.id]));
    const counts = new Map<string, number>();
    for (const v of journey!.workshop.votes) counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
    expect([TA, TE, HY].map((t) => counts.get(painIds.get(t)!))).toEqual([4, 4, 1]);
    // The dots show on the touchpoint.
    await expect.poll(() => page.locator('.ws-dots .ws-dot').count()).toBe(9);

    await page.reload();
    await page.locator('.stage-header').first().waitFor();
    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    await expect.poll(ranking).toEqual(expected);
  });

  it('runs the timer over the map without rearranging the toolbar; a click on it opens its controls; the table view shows it in the toolbar', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openTemplate(page);
    const toolbar = page.getByRole('toolbar', { name: 'Journey tools' });
    const visibleTools = () =>
      toolbar
        .getByRole('button')
        .evaluateAll((buttons) =>
          buttons
            .filter((b) => (b as HTMLElement).offsetParent !== null)
            .map((b) => b.getAttribute('aria-label') ?? b.textContent),
        );
    const before = await visibleTools();
    await page.locator('.react-flow__pane').click({ position: { x: 40, y: 300 } });
    await page.keyboard.press('t');
    const overlay = page.locator('.canvas-wrap .ws-timer-overlay');
    await overlay.waitFor();
    expect(await overlay.getAttribute('aria-label')).toMatch(/^Timer: \d+ minutes?/);
    // The toolbar keeps every tool it showed, and shows no second clock.
    await expect.poll(visibleTools).toEqual(before);
    expect(await toolbar.locator('.ws-timer-badge').count()).toBe(0);
    // The overlay stays clear of the map's own controls (minimap, zoom).
    const box = (await overlay.boundingBox())!;
    for (const other of ['.react-flow__minimap', '.react-flow__controls']) {
      const o = await page.locator(other).first().boundingBox();
      if (o)
        expect(
          box.y + box.height <= o.y || o.y + o.height <= box.y || box.x + box.width <= o.x || o.x + o.width <= box.x,
        ).toBe(true);
    }
    await overlay.click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();

    await page.getByRole('button', { name: 'Table view' }).click();
    await toolbar.locator('.ws-timer-badge').waitFor();
    expect(await page.locator('.ws-timer-overlay').count()).toBe(0);
  });

  it('presents an empty journey without its editing hint or Add lanes button', async () => {
    const { page } = app;
    await newJourney(page, 'Empty presentation');
    const hint = page.locator('.empty-map-hint');
    await hint.waitFor();
    await page.locator('.react-flow__node-lane-add').first().waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 300 } });
    await page.keyboard.press('p');
    await page.locator('.ws-caption').waitFor();
    await expect.poll(() => hint.isVisible()).toBe(false);
    expect(await page.locator('.react-flow__node-lane-add').first().isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await hint.waitFor();
  });

  it('presents stage by stage in large type, with a laser pointer, and Escape exits', async () => {
    const { page } = app;
    await newJourney(page, 'Workshop presentation');
    await openCapture(page);
    await typeLine(page, TA);
    await typeLine(page, ':)');
    await typeLine(page, `!!! ${HY}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    const names = (await readTable<StageRow>(page, 'stages')).sort((a, b) => a.order - b.order).map((s) => s.name);
    expect(names.length).toBe(6);
    await page.keyboard.press('p');
    const caption = page.locator('.ws-caption');
    await caption.waitFor();
    await expect.poll(() => page.locator('.editor-toolbar').isVisible()).toBe(false);
    const fontSize = await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    await expect.poll(() => caption.textContent()).toContain(TA);
    expect(await caption.textContent()).toContain(HY);
    expect(await caption.textContent()).toContain('Severe');

    for (let i = 0; i < names.length; i++) {
      await expect.poll(() => caption.locator('.ws-caption-title').textContent()).toBe(names[i]);
      expect(await caption.locator('.ws-caption-step').textContent()).toContain(`Stage ${i + 1} of ${names.length}`);
      await page.keyboard.press('ArrowRight');
    }
    // Past the last stage it stays on the last.
    await expect.poll(() => caption.locator('.ws-caption-title').textContent()).toBe(names[names.length - 1]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => caption.locator('.ws-caption-title').textContent()).toBe(names[names.length - 2]);

    await page.mouse.move(400, 300);
    await expect
      .poll(() => page.locator('.ws-laser').evaluate((el) => getComputedStyle(el).transform))
      .toContain('400, 300');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ws-caption').count()).toBe(0);
    await expect.poll(() => page.locator('.editor-toolbar').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.body.className)).not.toContain('ws-presenting');
  });

  it('dims connection labels with their lines while presenting, and lights them on their stage', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    await page.locator('.tp-title').first().waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('p');
    const caption = page.locator('.ws-caption');
    await caption.waitFor();
    const opacity = (text: string) =>
      page.locator('.conn-label', { hasText: text }).evaluate((el) => Number(getComputedStyle(el).opacity));
    // On Discover, no labelled connection has both its cards there: the damage reported in Receive and the
    // friend's recommendation (on to Choose) are dimmed with their lines.
    await expect.poll(() => caption.locator('.ws-caption-title').textContent()).toBe('Discover');
    await expect.poll(() => opacity('Reports the damage')).toBeLessThan(0.5);
    await expect.poll(() => opacity('Recommended by a friend')).toBeLessThan(0.5);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.locator('.ws-caption-title').textContent()).toBe('Receive');
    await expect.poll(() => opacity('Reports the damage')).toBe(1);
    await expect.poll(() => opacity('Recommended by a friend')).toBeLessThan(0.5);
  });
});
