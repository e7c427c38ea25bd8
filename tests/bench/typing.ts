/**
 * Typing a card's title in place on the 2,000-touchpoint map (at 1:1): how long
 * each character takes from its key press (or, for a character typed without a
 * key event, its input event) to the next frame painted, as the browser's Event
 * Timing API measures it (the "interaction to next paint" of each key).
 * The text typed goes into the map at a pause or once a second (session/inline-draft.ts),
 * so most keys cost the text box alone and about one a second also redraws the map.
 */
import type { Page } from 'playwright-core';
import { median, percentile } from './stats';

/** The response budget of a key press (RAIL): under 100 ms feels immediate. */
export const TYPING_P95_TARGET_MS = 100;
const TEXT = 'Pays at the counter, பணம் செலுத்து';
const KEY_DELAY_MS = 60;

export interface TypingFigures {
  keys: number;
  /**
   * Event Timing durations of the characters typed, ms: from the keydown, or the beforeinput of a character
   * typed without key events (Playwright inserts Tamil that way), to the next paint. Those under 16 ms are not
   * reported by the browser: counted as 16.
   */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** The first key's duration (16 when the browser did not report it): a search's first key dims the whole map. */
  firstMs: number;
}

export interface KeyTiming {
  /** `keydown` or `beforeinput`. */
  name: string;
  /** The event's time, ms since the page's time origin. */
  start: number;
  duration: number;
}

/** A character's beforeinput comes this soon after its keydown (same task); later, it is another character's. */
const SAME_CHARACTER_MS = 20;

/**
 * One timing per character typed: a keydown with the beforeinput that follows it is one character (the
 * longer of the two: the keydown's, which starts first, unless only the beforeinput reached 16 ms); a
 * beforeinput without a keydown is a character typed without key events.
 */
export function characterTimings(events: readonly KeyTiming[]): { start: number; duration: number }[] {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const characters: { start: number; duration: number; keydown: boolean; input: boolean }[] = [];
  for (const e of sorted) {
    const last = characters.at(-1);
    const key = e.name === 'keydown';
    if (!key && last?.keydown && !last.input && e.start - last.start <= SAME_CHARACTER_MS) {
      last.input = true;
      last.duration = Math.max(last.duration, e.duration);
    } else characters.push({ start: e.start, duration: e.duration, keydown: key, input: !key });
  }
  return characters.map(({ start, duration }) => ({ start, duration }));
}

/** Starts collecting key timings; returns the page's time now (just before the first key). */
export function startKeyTimings(): number {
  const w = window as unknown as { __keyTimings: KeyTiming[]; __keyObserver?: PerformanceObserver };
  w.__keyObserver?.disconnect();
  w.__keyTimings = [];
  w.__keyObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'keydown' || e.name === 'beforeinput')
        w.__keyTimings.push({ name: e.name, start: e.startTime, duration: e.duration });
  });
  w.__keyObserver.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  return performance.now();
}

export function stopKeyTimings(): KeyTiming[] {
  const w = window as unknown as { __keyTimings: KeyTiming[]; __keyObserver?: PerformanceObserver };
  w.__keyObserver
    ?.takeRecords()
    .forEach(
      (e) =>
        (e.name === 'keydown' || e.name === 'beforeinput') &&
        w.__keyTimings.push({ name: e.name, start: e.startTime, duration: e.duration }),
    );
  w.__keyObserver?.disconnect();
  return w.__keyTimings;
}

/** Double-clicks the title of the card `touchpointId`, types, waits for the draft to settle, and cancels (Escape). */
export async function benchTyping(page: Page, touchpointId: string): Promise<TypingFigures> {
  const title = page.locator(`.react-flow__node[data-id="${touchpointId}"] .tp-title`);
  await title.dblclick();
  const box = page.locator('.tp-title-input');
  await box.waitFor();
  await box.press('End');
  const figures = await typeTimed(page, TEXT);
  await box.press('Escape');
  return figures;
}

/**
 * Selects the card `touchpointId` and types at the end of its Thoughts in the inspector: each key changes
 * the map (as every field of the inspector does) and is written to storage as it is typed.
 */
export async function benchInspectorTyping(page: Page, touchpointId: string): Promise<TypingFigures> {
  await page.locator(`.react-flow__node[data-id="${touchpointId}"] .tp-title`).click();
  const box = page.getByRole('textbox', { name: 'Thoughts', exact: true });
  await box.click();
  await box.press('End');
  return typeTimed(page, TEXT);
}

export function formatInspectorTyping(f: TypingFigures): string {
  return (
    `typing a card's thoughts in the inspector (2,000-touchpoint map at 1:1, ${f.keys} keys ${KEY_DELAY_MS} ms apart, each written as typed): ` +
    `key to next paint median ${f.medianMs.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms, max ${f.maxMs.toFixed(0)} ms`
  );
}

export function formatKeyByKeyTyping(f: TypingFigures, items: number): string {
  return (
    `typing a card title in place on a map of ${items} items (each key goes into the map and is written): key to next paint ` +
    `median ${f.medianMs.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms, max ${f.maxMs.toFixed(0)} ms`
  );
}

export function inspectorTypingTargets(f: TypingFigures, keyByKey: TypingFigures | null) {
  return [
    {
      pass: Number.isFinite(f.p95Ms) && f.p95Ms <= TYPING_P95_TARGET_MS,
      text: `typing in the inspector, key to next paint p95 ${f.p95Ms.toFixed(0)} ms ≤ ${TYPING_P95_TARGET_MS} ms`,
    },
    ...(keyByKey
      ? [
          {
            pass: Number.isFinite(keyByKey.p95Ms) && keyByKey.p95Ms <= TYPING_P95_TARGET_MS,
            text: `typing a card title key by key at the size limit, p95 ${keyByKey.p95Ms.toFixed(0)} ms ≤ ${TYPING_P95_TARGET_MS} ms`,
          },
        ]
      : []),
  ];
}

/** Types `text` a key at a time into what has focus; each key's time to the next paint, once the last one settled. */
async function typeTimed(page: Page, text: string): Promise<TypingFigures> {
  const started = await page.evaluate(startKeyTimings);
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  // The last key's draft goes into the map after a pause: wait for it, then read the timings.
  await page.waitForTimeout(1500);
  const timings = characterTimings(await page.evaluate(stopKeyTimings));
  const reported = timings.map((k) => k.duration);
  const keys = [...text].length;
  const all = [...reported, ...Array<number>(Math.max(0, keys - reported.length)).fill(16)].sort((a, b) => a - b);
  // The first key is pressed as typing starts, the second a key delay later: a reported key that early is the first.
  const first = timings.find((k) => k.start - started < KEY_DELAY_MS / 2);
  return {
    keys,
    medianMs: median(all),
    p95Ms: percentile(all, 95),
    maxMs: all.at(-1) ?? Number.NaN,
    firstMs: first?.duration ?? 16,
  };
}

const SEARCH_TEXT = 'order பணம்';

/**
 * Opens the search (Ctrl+F) on the map as it is, types a query a key at a time (every key searches the
 * map again and dims what does not match), waits for the last key's frame, then clears it (Escape).
 */
export async function benchSearchTyping(page: Page): Promise<TypingFigures> {
  await page.keyboard.press('Control+f');
  const box = page.locator('#search-text');
  await box.waitFor();
  await box.focus();
  const figures = await typeTimed(page, SEARCH_TEXT);
  await box.press('Escape');
  return figures;
}

export function formatSearchTyping(f: TypingFigures): string {
  return (
    `typing in the search box at fit view (2,000-touchpoint map, ${f.keys} keys ${KEY_DELAY_MS} ms apart): key to next paint ` +
    `median ${f.medianMs.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms, max ${f.maxMs.toFixed(0)} ms, first key ${f.firstMs.toFixed(0)} ms`
  );
}

export function searchTypingTargets(f: TypingFigures) {
  return [
    {
      pass: Number.isFinite(f.p95Ms) && f.p95Ms <= TYPING_P95_TARGET_MS,
      text: `typing a search on the map, key to next paint p95 ${f.p95Ms.toFixed(0)} ms ≤ ${TYPING_P95_TARGET_MS} ms`,
    },
  ];
}

export function formatTyping(f: TypingFigures): string {
  return (
    `typing a card title in place at 1:1 (2,000-touchpoint map, ${f.keys} keys ${KEY_DELAY_MS} ms apart): key to next paint ` +
    `median ${f.medianMs.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms, max ${f.maxMs.toFixed(0)} ms`
  );
}

export function typingTargets(f: TypingFigures) {
  return [
    {
      pass: Number.isFinite(f.p95Ms) && f.p95Ms <= TYPING_P95_TARGET_MS,
      text: `typing a card title, key to next paint p95 ${f.p95Ms.toFixed(0)} ms ≤ ${TYPING_P95_TARGET_MS} ms`,
    },
  ];
}
