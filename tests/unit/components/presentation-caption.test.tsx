// @vitest-environment happy-dom
/**
 * Presenting, the keys line (← → stages · L laser · D dimming · T timer · Esc exit) is the foot of the side caption,
 * after the caption's body, not a line fixed over the bottom of the screen: in Malayalam it wraps to two lines, and a
 * stage with several touchpoints ran its emotion curve and pain points under it (seen on the web build at 1280×800).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { Presentation } from '../../../renderer/src/workshop/present/Presentation';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { workshopUi } from '../../../renderer/src/workshop/workshop-ui';
import { journey } from '../../fixtures/journey-builder';

beforeEach(() => vi.useFakeTimers());
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  workshopUi().reset();
  await setUiLanguage('en');
});

/** `doc` in presenting mode, past its opening transition. */
function showPresentation(doc: JourneyDocument) {
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <Presentation />
      </EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );
  act(() => vi.advanceTimersByTime(200));
  return store;
}

function present(stageNames: string[]) {
  const b = journey('Presenting');
  const stages = stageNames.length ? b.stages(...(stageNames as [string, ...string[]])) : [];
  for (const [i, title] of ['Tracks the parcel', 'Unboxes it', 'Parcel arrives damaged', 'Calls support'].entries())
    if (stages[0]) b.touchpoint(stages[0], { title, emotion: i - 2, pains: i === 2 ? [3] : [] });
  showPresentation(b.build());
}

/** A stage of `count` touchpoints, the first `pains` of them with a severe pain point, presented. */
function presentMany(count: number, pains = 0) {
  const b = journey('Presenting');
  const [receive] = b.stages('Receive', 'Use');
  for (let i = 0; i < count; i++)
    b.touchpoint(receive!, {
      title: `Step ${i + 1}`,
      emotion: null,
      pains: i < pains ? [3] : [],
      position: { x: 0, y: i * 140 },
    });
  return showPresentation(b.build());
}

/**
 * A screen that holds `room` list lines in the caption's body: happy-dom lays nothing out, so the body's
 * heights say it (each listed item one line of 100 px, over 300 px of title and headings).
 */
function screenHolding(lines: number) {
  let room = lines;
  const inBody = (el: HTMLElement) => el.classList.contains('ws-caption-body');
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return inBody(this) ? 300 + room * 100 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return inBody(this) ? 300 + this.querySelectorAll('li').length * 100 : 0;
  });
  // The body's box ends at its foot; the touchpoints' list, first in it, ends after its own lines.
  const original = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const bottom = inBody(this)
      ? 300 + room * 100
      : this.dataset.captionList === 'touchpoints'
        ? 300 + this.querySelectorAll('li').length * 100
        : null;
    return bottom === null ? original.call(this) : new DOMRect(0, 0, 600, bottom);
  });
  return {
    /** The screen now holds `lines` list lines (say the keys line wrapped less, or the window grew). */
    resize(lines: number) {
      room = lines;
    },
  };
}

/** ResizeObserver, which happy-dom does not drive: `resized()` tells every observer its element changed size. */
function watchResizes() {
  const observers = new Set<ResizeObserverCallback>();
  class FakeResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe() {
      observers.add(this.callback);
    }
    unobserve() {}
    disconnect() {
      observers.delete(this.callback);
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  return {
    resized: () => act(() => observers.forEach((callback) => callback([], {} as ResizeObserver))),
  };
}

const listed = (section: string) =>
  Array.from(
    screen.getByRole('heading', { name: section }).parentElement!.querySelectorAll('li'),
    (li) => li.textContent,
  );

/** The caption's element children, each by its class. */
const partsOf = (caption: HTMLElement) => Array.from(caption.children, (el) => el.className);

describe('presentation caption', () => {
  it('puts the keys line after the body of the stage caption, in Malayalam', async () => {
    await setUiLanguage('ml');
    present(['Receive', 'Use']);
    const caption = screen.getByRole('complementary', { name: 'ഘട്ടം 1 / 2: Receive' });
    expect(partsOf(caption)).toEqual(['ws-caption-body', 'ws-present-help']);
    const [body, help] = Array.from(caption.children) as HTMLElement[];
    expect(body!.querySelector('.ws-caption-title')!.textContent).toBe('Receive');
    expect(body!.textContent).toContain('Parcel arrives damaged');
    expect(body!.textContent).toContain('പ്രശ്നബിന്ദുക്കൾ');
    expect(help!.getAttribute('aria-hidden')).toBe('true');
    expect(help!.textContent).toContain('പുറത്തുകടക്കുക');
    // Only one keys line on the screen.
    expect(document.querySelectorAll('.ws-present-help')).toHaveLength(1);
  });

  it('writes a negative emotion with a true minus sign, as the map and the insights do', () => {
    present(['Receive']);
    const caption = document.querySelector('.ws-caption')!.textContent ?? '';
    expect(caption).toContain('\u22122');
    expect(caption).not.toMatch(/-\d/);
  });

  it('does the same for a journey with no stages', () => {
    present([]);
    const caption = document.querySelector<HTMLElement>('.ws-caption')!;
    expect(partsOf(caption)).toEqual(['ws-caption-body', 'ws-present-help']);
    expect(caption.textContent).toContain('This journey has no stages yet.');
    expect(caption.lastElementChild!.textContent).toContain('exit');
  });
});

describe('presentation caption that does not fit the screen', () => {
  it('lists the touchpoints that fit and counts the rest, instead of cutting them off at its foot', () => {
    screenHolding(7);
    presentMany(10);
    // Seven lines: six touchpoints and "and 4 more" (the old caption listed seven and "and 3 more", cut at its foot).
    expect(listed('Touchpoints')).toEqual([...[1, 2, 3, 4, 5, 6].map((n) => `–Step ${n}`), 'and 4 more']);
  });

  it('says how many more in the interface language', async () => {
    await setUiLanguage('hy');
    screenHolding(5);
    presentMany(9);
    const items = listed('Շփման կետեր');
    expect(items.at(-1)).toBe('և ևս 5');
    expect(items).toHaveLength(5);
  });

  it('shortens the pain points too once a few touchpoints are left, each list ending in its count', () => {
    screenHolding(6);
    presentMany(8, 4);
    expect(listed('Touchpoints')).toEqual(['–Step 1', '–Step 2', '–Step 3', 'and 5 more']);
    const pains = listed('Pain points');
    expect(pains).toHaveLength(2);
    expect(pains.at(-1)).toBe('and 3 more');
  });

  it('on a very short screen, lists one touchpoint and one pain point, each ending in its count, in its smallest type', () => {
    screenHolding(3);
    presentMany(8, 4);
    expect(listed('Touchpoints')).toEqual(['–Step 1', 'and 7 more']);
    expect(listed('Pain points')).toEqual(['Severepain 1 · Step 1', 'and 3 more']);
    const caption = document.querySelector<HTMLElement>('.ws-caption')!;
    expect(caption.dataset.scale).toBe('small');
    expect(caption.dataset.clamp).toBe('true');
    expect(document.querySelector('.ws-curve')!.getAttribute('viewBox')).toBe('0 0 560 96');
  });

  it('draws the curve at full height and the type at its largest where everything fits', () => {
    presentMany(4, 2);
    const caption = document.querySelector<HTMLElement>('.ws-caption')!;
    expect(caption.dataset.scale).toBe('large');
    expect(caption.dataset.clamp).toBeUndefined();
    expect(document.querySelector('.ws-curve')!.getAttribute('viewBox')).toBe('0 0 560 150');
  });

  it('lists up to seven touchpoints where the screen has room', () => {
    presentMany(10);
    expect(listed('Touchpoints')).toHaveLength(8);
    expect(listed('Touchpoints').at(-1)).toBe('and 3 more');
  });

  it('grows back when touchpoints are removed', () => {
    screenHolding(5);
    const store = presentMany(10);
    expect(listed('Touchpoints')).toHaveLength(5);
    const doomed = Object.values(store.getState().doc.touchpoints).filter((tp) => Number(tp.title.slice(5)) > 3);
    act(() =>
      store.getState().run(
        'Delete',
        doomed.map((tp) => ({ table: 'touchpoints', id: tp.id, before: tp, after: null })),
      ),
    );
    expect(listed('Touchpoints')).toEqual(['–Step 1', '–Step 2', '–Step 3']);
  });

  it('grows back on a stage with fewer touchpoints, and shortens again coming back', () => {
    screenHolding(4);
    const b = journey('Presenting');
    const [receive, use] = b.stages('Receive', 'Use');
    for (let i = 0; i < 9; i++) b.touchpoint(receive!, { title: `Step ${i + 1}`, position: { x: 0, y: i * 140 } });
    for (let i = 0; i < 3; i++) b.touchpoint(use!, { title: `Use ${i + 1}`, position: { x: 0, y: i * 140 } });
    showPresentation(b.build());
    expect(listed('Touchpoints')).toHaveLength(4);
    act(() => workshopUi().set({ presentIndex: 1 }));
    expect(listed('Touchpoints')).toEqual(['–Use 1', '–Use 2', '–Use 3']);
    act(() => workshopUi().set({ presentIndex: 0 }));
    expect(listed('Touchpoints')).toEqual(['–Step 1', '–Step 2', '–Step 3', 'and 6 more']);
  });

  it('fits again when its room changes without a window resize (the caption narrowing as presenting starts, fonts arriving)', () => {
    const { resized } = watchResizes();
    const screen = screenHolding(3);
    presentMany(10);
    expect(listed('Touchpoints')).toEqual(['–Step 1', '–Step 2', 'and 8 more']);
    screen.resize(8);
    resized();
    expect(listed('Touchpoints')).toHaveLength(8);
    expect(listed('Touchpoints').at(-1)).toBe('and 3 more');
    expect(document.querySelector<HTMLElement>('.ws-caption')!.dataset.scale).toBe('large');
  });
});
