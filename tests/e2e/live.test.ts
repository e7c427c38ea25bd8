import { mkdir } from 'node:fs/promises';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchApp, launchParticipant, shutdown, type ParticipantHandle } from '../support/app';
import { REFUSALS } from '../../electron/common/live';
import { expectEventually, node, openTemplate, readTable } from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';

const SHOTS = '/tmp/live-shots';
const PAIN = 'The box is crushed and the zip is torn';
const STAGE = 'Receive';

interface NoteRow {
  id: string;
  text: string;
}
interface TouchpointRow {
  id: string;
  title: string;
}
interface JourneyRow {
  workshop: {
    voters: { id: string; name: string }[];
    votes: { voterId: string; targetKind: string; targetId: string }[];
  };
}

/** Resolves 'refused' when nothing listens on the port any more. */
function probe(port: number): Promise<'refused' | 'answered'> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'GET', timeout: 2000 }, (res) => {
      res.resume();
      resolve('answered');
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED' ? 'refused' : 'answered'));
    req.end();
  });
}

async function openLivePanel(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Workshop' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await panel.waitFor();
  return panel.getByRole('group', { name: 'Live session' });
}

async function askToJoin(p: ParticipantHandle, name: string) {
  await p.page.getByLabel('Your name').fill(name);
  await press(p, p.page.getByRole('button', { name: 'Join' }));
}

async function join(p: ParticipantHandle, name: string) {
  await askToJoin(p, name);
  await p.page.getByRole('navigation', { name: 'Stages' }).waitFor();
}

/** The join link the panel shows for a role. */
async function linkFor(live: Locator, role: 'Contributor' | 'Editor' | 'Viewer') {
  await live.getByText(role, { exact: true }).click();
  return live.getByRole('textbox', { name: `${role} link` }).inputValue();
}

/** A tap on a phone (touch events), a click elsewhere. */
const press = (p: ParticipantHandle, target: Locator) => (p.phone ? target.tap() : target.click());

/** Adds a note to a stage from a participant's screen and returns that note's card. */
async function addNote(p: ParticipantHandle, stage: string, text: string) {
  const column = p.page.getByRole('region', { name: `Stage ${stage}` });
  await column.getByRole('textbox', { name: `Note for ${stage}` }).fill(text);
  await press(p, column.getByRole('button', { name: 'Add note' }));
  return column.locator('.pt-note', { hasText: text });
}

describe('live session', () => {
  const participants: ParticipantHandle[] = [];
  afterAll(async () => {
    for (const p of participants) await p.close().catch(() => undefined);
    await shutdown();
  });

  it('participants join by the link, add notes and vote; the host has them live and after a reload; an offline note arrives; End session closes the port', async () => {
    await mkdir(SHOTS, { recursive: true });
    const app = await launchApp();
    try {
      const page = app.page;
      await openTemplate(page);
      // File › Start Live Session… opens the workshop panel on the live section, its Start button focused.
      await app.menu('start-live-session');
      let live = page.getByRole('complementary', { name: 'Workshop' }).getByRole('group', { name: 'Live session' });
      const start = live.getByRole('button', { name: 'Start live session' });
      await expect.poll(() => start.evaluate((el) => el === document.activeElement)).toBe(true);
      await start.click();
      const linkField = live.getByRole('textbox', { name: 'Contributor link' });
      await linkField.waitFor();
      const link = await linkField.inputValue();
      expect(link).toMatch(/^http:\/\/[^/]+:\d+\/#\/join\/[A-Za-z0-9_-]{40,64}\/journey%3A/);
      const port = Number(new URL(link).port);
      await expect.poll(() => live.getByRole('img', { name: /QR code of the contributor link/ }).count()).toBe(1);

      // Three devices: a phone (touch, 390×844) and two laptops.
      const phone = await launchParticipant(link, { phone: true });
      participants.push(phone);
      const laptops = [await launchParticipant(link), await launchParticipant(link)];
      participants.push(...laptops);
      const people = [
        { p: phone, name: 'அனு', note: seedLine('ta', 1) },
        { p: laptops[0]!, name: 'Անի', note: seedLine('hy', 1) },
        { p: laptops[1]!, name: 'రవి', note: seedLine('te', 1) },
      ];
      for (const { p, name } of people) {
        await join(p, name).catch(async (e) => {
          await p.page.screenshot({ path: `${SHOTS}/debug-join.png` });
          throw e;
        });
      }
      await live.getByText('3 people connected').waitFor();

      // Each adds a note to Receive and places two dots on its severe pain point.
      for (const { p, note } of people) {
        const card = await addNote(p, STAGE, note);
        await card.getByText('Saved').waitFor();
        const dot = p.page.getByRole('button', { name: `Place a dot on ${PAIN}` });
        await press(p, dot);
        await press(p, dot);
        await p.page.getByLabel('3 of 5 dots left').waitFor();
        await p.page.locator('.pt-item', { hasText: PAIN }).getByText('Saved', { exact: true }).waitFor();
      }
      // On the phone, the dot control and its "Saved" go below the pain point's text when they need the width:
      // the text keeps at least half of the card (it was squeezed to one character per line).
      const painOnPhone = phone.page.locator('.pt-item', { hasText: PAIN });
      const widths = await painOnPhone.evaluate((item) => ({
        item: item.getBoundingClientRect().width,
        text: item.querySelector('.pt-item-text')!.getBoundingClientRect().width,
      }));
      expect(widths.text).toBeGreaterThan(widths.item / 2);

      // A card's thoughts, quotes and opportunities are a tap away on the phone, closed at first; the pain point
      // the room votes on stays on the card with its dots, not said twice.
      const damaged = phone.page.locator('.pt-tp', { hasText: 'Parcel arrives damaged' });
      const thoughts = 'I paid for this, and now I have to sort it out myself.';
      expect(await damaged.getByText(thoughts).isVisible()).toBe(false);
      const toggle = damaged.getByText('Details', { exact: true });
      expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await press(phone, toggle);
      await damaged.getByText(thoughts).waitFor();
      await damaged.getByText('Pack jackets in padded bags for the new courier').waitFor();
      await damaged.getByText('Friction 3 of 5').waitFor();
      expect(await damaged.locator('.pt-item', { hasText: PAIN }).count()).toBe(1);
      expect(await damaged.locator('details', { hasText: PAIN }).count()).toBe(0);
      await damaged.scrollIntoViewIfNeeded();
      await phone.page.screenshot({ path: `${SHOTS}/phone-details.png` });

      // The host has them: on the canvas, and in its database.
      for (const { note } of people) await page.locator('.react-flow__node', { hasText: note }).first().waitFor();
      await expectEventually(async () => {
        const notes = await readTable<NoteRow>(page, 'notes');
        expect(notes.map((n) => n.text)).toEqual(expect.arrayContaining(people.map((x) => x.note)));
        const [journey] = await readTable<JourneyRow>(page, 'journeys');
        expect(journey!.workshop.voters.map((v) => v.name).sort()).toEqual(people.map((x) => x.name).sort());
        expect(journey!.workshop.votes.filter((v) => v.targetKind === 'pain')).toHaveLength(6);
      });

      // The facilitator closes voting (in Dot voting, beside the live section): the participants' screens say so and
      // lose their dot buttons, their dots staying; opened again, the buttons are back.
      const canVote = page
        .getByRole('complementary', { name: 'Workshop' })
        .getByRole('checkbox', { name: 'Participants can place dots from their screens' });
      await canVote.uncheck();
      await laptops[0]!.page.getByText('Voting is closed', { exact: true }).waitFor();
      expect(await laptops[0]!.page.getByRole('button', { name: `Place a dot on ${PAIN}` }).count()).toBe(0);
      expect(await laptops[0]!.page.getByLabel('3 of 5 dots left').count()).toBe(1);
      await laptops[0]!.page.screenshot({ path: `${SHOTS}/laptop-voting-closed.png` });

      // The phone goes offline, adds a note, and comes back: the note arrives.
      const offlineNote = seedLine('ml', 1);
      await phone.context.setOffline(true);
      await phone.page.getByText('You are offline.').waitFor();
      const pending = await addNote(phone, STAGE, offlineNote);
      await pending.getByText('Not sent yet').waitFor();
      await phone.page.screenshot({ path: `${SHOTS}/phone-offline.png` });
      await phone.context.setOffline(false);
      await pending.getByText('Saved', { exact: true }).waitFor({ timeout: 20_000 });
      await page.locator('.react-flow__node', { hasText: offlineNote }).first().waitFor();

      // A note half-written on a laptop is in its box again after the page reloads (and joins again).
      const halfNote = seedLine('hy', 2).slice(0, 40);
      const noteBox = (p: ParticipantHandle) =>
        p.page.getByRole('region', { name: `Stage ${STAGE}` }).getByRole('textbox', { name: `Note for ${STAGE}` });
      await noteBox(laptops[1]!).fill(halfNote);
      await laptops[1]!.page.reload();
      await expect.poll(() => noteBox(laptops[1]!).inputValue(), { timeout: 20_000 }).toBe(halfNote);
      await noteBox(laptops[1]!).fill('');

      await phone.page.screenshot({ path: `${SHOTS}/phone.png` });
      await laptops[0]!.page.screenshot({ path: `${SHOTS}/laptop.png` });
      await page.screenshot({ path: `${SHOTS}/host.png` });

      // A reload of the host keeps everything and takes the running session up again.
      await page.reload();
      await page.getByTestId('journey-canvas').waitFor();
      const notes = await readTable<NoteRow>(page, 'notes');
      expect(notes.map((n) => n.text)).toEqual(expect.arrayContaining([...people.map((x) => x.note), offlineNote]));
      for (const text of [...people.map((x) => x.note), offlineNote])
        await page.locator('.react-flow__node', { hasText: text }).first().waitFor();
      live = await openLivePanel(page);
      await live.getByText('3 people connected').waitFor();
      // Voting stays closed across the reload (the window's fresh default reopened it), until the facilitator opens it.
      expect(await canVote.isChecked()).toBe(false);
      // A room written over would reach the laptop within a moment of the host's reconnection.
      await laptops[0]!.page.waitForTimeout(1000);
      expect(await laptops[0]!.page.getByText('Voting is closed', { exact: true }).count()).toBe(1);
      expect(await laptops[0]!.page.getByRole('button', { name: `Place a dot on ${PAIN}` }).count()).toBe(0);
      await canVote.check();
      await laptops[0]!.page.getByRole('button', { name: `Place a dot on ${PAIN}` }).waitFor();
      // Presence: everyone is listed in the colour they announced (grey would mean no announcement arrived).
      for (const { name } of people) {
        const swatch = live.getByRole('listitem').filter({ hasText: name }).locator('.ws-live-swatch');
        await expect
          .poll(() => swatch.evaluate((el) => getComputedStyle(el).backgroundColor))
          .not.toBe('rgb(134, 142, 150)');
      }

      // A second window of the same journey does not become a second host: it says where the session runs.
      const second = await page.context().newPage();
      await second.goto(page.url());
      const secondLive = await openLivePanel(second);
      await secondLive.getByText('This journey is live from another window').waitFor();
      await live.getByText('3 people connected').waitFor();

      // The hosting window is closed (not reloaded): a note added meanwhile waits; the journey opened again in
      // the other window takes the session up, with that note, instead of offering only to end it.
      await page.close();
      const awayNote = seedLine('te', 2);
      const waiting = await addNote(laptops[1]!, STAGE, awayNote);
      await waiting.getByText('Not sent yet').waitFor();
      // The participant is told why: the facilitator's app is away, not their own network.
      const away = laptops[1]!.page.getByRole('status').filter({ hasText: 'The facilitator is away.' });
      await away.waitFor({ timeout: 15_000 });
      await second.reload();
      await second.getByTestId('journey-canvas').waitFor();
      live = await openLivePanel(second);
      await live.getByText('3 people connected').waitFor();
      await waiting.getByText('Saved', { exact: true }).waitFor({ timeout: 20_000 });
      await away.waitFor({ state: 'detached' });
      await second.locator('.react-flow__node', { hasText: awayNote }).first().waitFor();
      await expectEventually(async () => {
        const stored = await readTable<NoteRow>(second, 'notes');
        expect(stored.map((n) => n.text)).toContain(awayNote);
      });

      // End session (confirmed): nothing listens on the port any more.
      expect(await probe(port)).toBe('answered');
      await live.getByRole('button', { name: 'End session' }).click();
      await second.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
      await live.getByRole('button', { name: 'Start live session' }).waitFor();
      await expectEventually(async () => expect(await probe(port)).toBe('refused'));
      // Participants are told the session ended (not that their network is down).
      await laptops[0]!.page.getByText('The session has ended').waitFor();
    } catch (e) {
      await app.page.screenshot({ path: `${SHOTS}/debug-host.png` }).catch(() => undefined);
      for (const [i, p] of participants.entries())
        await p.page.screenshot({ path: `${SHOTS}/debug-p${i}.png` }).catch(() => undefined);
      throw e;
    } finally {
      await app.close();
    }
  }, 180_000);

  it('approval: a waiting editor is let in and edits on the full canvas, a refused viewer is told why; a contributor follows the presented stage and sees the timer', async () => {
    const app = await launchApp();
    const mine: ParticipantHandle[] = [];
    try {
      const page = app.page;
      await openTemplate(page);
      const live = await openLivePanel(page);
      await live.getByRole('checkbox', { name: /require approval/ }).check();
      await live.getByRole('button', { name: 'Start live session' }).click();
      await live.getByRole('textbox', { name: 'Contributor link' }).waitFor();
      const contributorLink = await linkFor(live, 'Contributor');
      const editorLink = await linkFor(live, 'Editor');
      const viewerLink = await linkFor(live, 'Viewer');
      expect(new Set([contributorLink, editorLink, viewerLink]).size).toBe(3);

      // An editor on a laptop waits, is let in, and gets the full canvas on the shared journey.
      const editor = await launchParticipant(editorLink);
      mine.push(editor);
      await askToJoin(editor, 'Ana');
      await editor.page.getByText('Waiting for the facilitator').waitFor();
      const waiting = live.getByRole('listitem').filter({ hasText: 'Ana' });
      await waiting.getByRole('button', { name: 'Let in' }).click();
      await editor.page.getByTestId('journey-canvas').waitFor();
      // No way out into a library of the facilitator's server: the session is all the participant has there.
      expect(await editor.page.getByRole('button', { name: 'Back to journeys' }).count()).toBe(0);
      const damaged = (await readTable<TouchpointRow>(page, 'touchpoints')).find(
        (t) => t.title === 'Parcel arrives damaged',
      )!;
      await node(editor.page, damaged.id).click();
      const edited = seedLine('hy', 2).slice(0, 80);
      await editor.page.getByRole('textbox', { name: 'Title', exact: true }).fill(edited);
      await page.locator('.tp-title', { hasText: edited }).first().waitFor();
      await expectEventually(async () => {
        const rows = await readTable<TouchpointRow>(page, 'touchpoints');
        expect(rows.find((t) => t.id === damaged.id)?.title).toBe(edited);
      });
      await editor.page
        .getByRole('status')
        .filter({ hasText: /^\s*Saved$/ })
        .waitFor();

      // Offline, the editor's edit is in this page only: the indicator says Not saved (and why), closing warns;
      // back online it reaches the facilitator's journey and the indicator says Saved.
      await editor.context.setOffline(true);
      const offlineEdit = seedLine('ta', 1).slice(0, 60);
      await editor.page.getByRole('textbox', { name: 'Title', exact: true }).fill(offlineEdit);
      await editor.page.getByRole('textbox', { name: 'Title', exact: true }).press('Tab');
      const notSaved = editor.page.getByRole('alert').filter({ hasText: 'Not saved' });
      await notSaved.waitFor({ timeout: 15_000 });
      expect(await notSaved.getAttribute('title')).toMatch(/^Not sent yet: you are offline/);
      const warned = new Promise<string>((resolve) =>
        editor.page.once('dialog', (dialog) => {
          resolve(dialog.type());
          void dialog.dismiss();
        }),
      );
      await editor.page.close({ runBeforeUnload: true });
      expect(await warned).toBe('beforeunload');
      await editor.context.setOffline(false);
      await editor.page
        .getByRole('status')
        .filter({ hasText: /^\s*Saved$/ })
        .waitFor({ timeout: 15_000 });
      await expectEventually(async () => {
        const rows = await readTable<TouchpointRow>(page, 'touchpoints');
        expect(rows.find((t) => t.id === damaged.id)?.title).toBe(offlineEdit);
      }, 15_000);

      // Presence: the editor's pointer and selection show on the facilitator's map, in their colour, with their name.
      const box = (await editor.page.getByTestId('journey-canvas').boundingBox())!;
      await editor.page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
      await editor.page.mouse.move(box.x + box.width / 3 + 20, box.y + box.height / 3 + 10);
      await page.locator('.ws-live-cursor', { hasText: 'Ana' }).waitFor();
      await page.locator('.ws-live-selection', { hasText: 'Ana' }).waitFor();
      // The name on the selection stands above the card (the map is zoomed out), not over its title.
      const tag = (await page.locator('.ws-live-selection .ws-live-tag', { hasText: 'Ana' }).boundingBox())!;
      const selected = (await node(page, damaged.id).boundingBox())!;
      expect(tag.y + tag.height).toBeLessThanOrEqual(selected.y + 1);
      await page.screenshot({ path: `${SHOTS}/host-presence.png` });

      // A viewer the facilitator refuses is told so in one sentence.
      const viewer = await launchParticipant(viewerLink);
      mine.push(viewer);
      await askToJoin(viewer, 'Ben');
      await viewer.page.getByText('Waiting for the facilitator').waitFor();
      await live.getByRole('listitem').filter({ hasText: 'Ben' }).getByRole('button', { name: 'Refuse' }).click();
      await viewer.page.getByText(REFUSALS.denied).waitFor();

      // An editor on a phone gets the map across the screen and the inspector a tap away: opened with the
      // inspector, the map was a 30 px strip beside it.
      const phoneEditor = await launchParticipant(editorLink, { phone: true });
      mine.push(phoneEditor);
      await askToJoin(phoneEditor, 'Dana');
      await live.getByRole('listitem').filter({ hasText: 'Dana' }).getByRole('button', { name: 'Let in' }).click();
      const phoneCanvas = phoneEditor.page.getByTestId('journey-canvas');
      await phoneCanvas.waitFor();
      expect((await phoneCanvas.boundingBox())!.width).toBeGreaterThan(350);
      expect(await phoneEditor.page.getByRole('complementary', { name: 'Inspector' }).count()).toBe(0);
      await press(phoneEditor, phoneEditor.page.getByRole('button', { name: 'Inspector', exact: true }));
      await phoneEditor.page.getByRole('complementary', { name: 'Inspector' }).waitFor();
      await phoneEditor.page.screenshot({ path: `${SHOTS}/phone-editor-inspector.png` });

      // A contributor on a phone follows the facilitator's presentation and sees the timer.
      const phone = await launchParticipant(contributorLink, { phone: true });
      mine.push(phone);
      await askToJoin(phone, 'Chen');
      await live.getByRole('listitem').filter({ hasText: 'Chen' }).getByRole('button', { name: 'Let in' }).click();
      await phone.page.getByRole('navigation', { name: 'Stages' }).waitFor();
      await page.keyboard.press('p');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('t');
      await phone.page.getByText('Facilitator is on').filter({ hasText: 'Buy' }).waitFor();
      await expect
        .poll(() => phone.page.getByRole('button', { name: '3. Buy' }).getAttribute('aria-current'))
        .toBe('true');
      await expect.poll(() => phone.page.getByRole('timer').textContent()).toMatch(/^[45]:\d\d$/);
      await phone.page.screenshot({ path: `${SHOTS}/phone-presenting.png` });
      await page.keyboard.press('Escape');
      await page.screenshot({ path: `${SHOTS}/host-approval.png` });
    } finally {
      for (const p of mine) await p.close().catch(() => undefined);
      await app.close();
    }
  }, 180_000);

  it('the facilitator and an editor typing in one card’s Thoughts at the same time both keep every letter, each caret where its typist left it', async () => {
    const app = await launchApp();
    let editor: ParticipantHandle | null = null;
    try {
      const page = app.page;
      await openTemplate(page);
      const live = await openLivePanel(page);
      await live.getByRole('button', { name: 'Start live session' }).click();
      editor = await launchParticipant(await linkFor(live, 'Editor'));
      await editor.page.getByLabel('Your name').fill('Ana');
      await editor.page.getByRole('button', { name: 'Join' }).click();
      await editor.page.getByTestId('journey-canvas').waitFor();
      const card = (await readTable<TouchpointRow & { thoughts: string }>(page, 'touchpoints')).find(
        (t) => t.title === 'Parcel arrives damaged',
      )!;
      const boxes = [];
      for (const p of [page, editor.page]) {
        // The facilitator's side panel shows the workshop: the card's menu opens the inspector instead.
        await node(p, card.id).click({ button: 'right' });
        await p.getByRole('menuitem', { name: 'Inspect' }).click();
        const box = p.getByRole('textbox', { name: 'Thoughts', exact: true });
        await expect.poll(() => box.inputValue()).toBe(card.thoughts);
        boxes.push(box);
      }
      // The facilitator types at the end of the thoughts, the editor at the start, letter by letter, at once.
      await boxes[0]!.click();
      await page.keyboard.press('Control+End');
      await boxes[1]!.click();
      await editor.page.keyboard.press('Control+Home');
      const hostWords = ` ${seedLine('ta', 1).slice(0, 24)}`;
      const editorWords = `${seedLine('hy', 1).slice(0, 24)} `;
      await Promise.all([
        page.keyboard.type(hostWords, { delay: 35 }),
        editor.page.keyboard.type(editorWords, { delay: 35 }),
      ]);
      const expected = editorWords + card.thoughts + hostWords;
      for (const box of boxes) await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe(expected);
      await expectEventually(async () => {
        const rows = await readTable<TouchpointRow & { thoughts: string }>(page, 'touchpoints');
        expect(rows.find((t) => t.id === card.id)?.thoughts).toBe(expected);
      }, 15_000);
      // Each caret is still where its typist left it: the next key lands there.
      await page.keyboard.type('!');
      await editor.page.keyboard.type('?');
      const last = `${editorWords}?${card.thoughts}${hostWords}!`;
      for (const box of boxes) await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe(last);
      await editor.page.screenshot({ path: `${SHOTS}/editor-typing-together.png` });
    } finally {
      await editor?.close().catch(() => undefined);
      await app.close();
    }
  }, 120_000);
});
