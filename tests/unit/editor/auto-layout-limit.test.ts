/**
 * Auto layout runs ELK in a Web Worker: on the page's thread a 400-touchpoint map held the window for
 * seconds and a 2,000-touchpoint one for minutes, with no way out. A layout that takes a while says so
 * with a Cancel; a second request while one runs is told so; closing the journey stops it. Above its
 * limit it says so and leaves the map as it is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AUTO_LAYOUT_LIMIT,
  autoLayoutJourney,
  autoLayoutRunning,
  cancelAutoLayout,
  LAYOUT_PROGRESS_DELAY_MS,
} from '../../../renderer/src/editor/layout/run-auto-layout';
import type { LayoutResult } from '../../../renderer/src/editor/layout/auto-layout';
import { createEditorStore } from '../../../renderer/src/session/store';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { useToasts } from '../../../renderer/src/ui/toasts';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';
import { FakeWorker } from '../files-ui/fake-worker';

const messages = () => useToasts.getState().toasts.map((t) => t.message);

function storeWith(touchpoints: number) {
  const b = journey(TAMIL[0]!.slice(0, 30), 1000);
  const [stage] = b.stages('Discover');
  for (let i = 0; i < touchpoints; i++) b.touchpoint(stage!, { title: `Step ${i + 1}` });
  return createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
}

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => {
  useToasts.setState({ toasts: [] });
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeWorker.reset();
});

describe('auto layout off the window’s thread', () => {
  it('hands the map to a module worker and applies its answer as one undoable step', async () => {
    const store = storeWith(3);
    const ids = Object.keys(store.getState().doc.touchpoints);
    FakeWorker.answer = (request, worker) => {
      const doc = request as { touchpoints: { id: string }[] };
      const value: LayoutResult = {
        positions: new Map(doc.touchpoints.map((t, i) => [t.id, { x: 40 + i * 300, y: 120 }])),
        stageWidths: new Map(),
        laneHeights: new Map(),
      };
      worker.reply({ kind: 'done', value });
    };
    await autoLayoutJourney(store);
    const [worker] = FakeWorker.made;
    expect(worker!.url.pathname).toMatch(/auto-layout\.worker\.ts$/);
    expect(worker!.options).toEqual({ type: 'module' });
    expect((worker!.posted[0] as { touchpoints: unknown[] }).touchpoints).toHaveLength(3);
    expect(worker!.terminated).toBe(true);
    expect(ids.map((id) => store.getState().doc.touchpoints[id]!.position)).toEqual([
      { x: 40, y: 120 },
      { x: 340, y: 120 },
      { x: 640, y: 120 },
    ]);
    expect(store.getState().history.past).toHaveLength(1);
    expect(messages()).toEqual(['Laid out the map.']);
    store.dispose();
  });

  it('says it is laying out after a moment, with a Cancel that stops the worker and changes nothing', async () => {
    vi.useFakeTimers();
    const store = storeWith(12);
    const before = store.getState().doc;
    const done = autoLayoutJourney(store);
    await vi.advanceTimersByTimeAsync(LAYOUT_PROGRESS_DELAY_MS - 50);
    expect(messages()).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    const [progress] = useToasts.getState().toasts;
    expect(progress?.message).toBe('Laying out 12 touchpoints…');
    expect(progress?.sticky).toBe(true);
    expect(autoLayoutRunning(store)).toBe(true);

    // A second request meanwhile is told, not started.
    await autoLayoutJourney(store);
    expect(FakeWorker.made).toHaveLength(1);
    expect(messages()).toContain('The map is already being laid out.');

    progress!.action!.run();
    await done;
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(messages()).not.toContain('Laying out 12 touchpoints…');
    expect(messages()).toContain('Auto layout cancelled; the map is unchanged.');
    expect(autoLayoutRunning(store)).toBe(false);
    store.dispose();
  });

  it('is stopped when its journey closes', async () => {
    const store = storeWith(2);
    const done = autoLayoutJourney(store);
    cancelAutoLayout(store);
    await done;
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(store.getState().history.past).toHaveLength(0);
    store.dispose();
  });

  it('leaves a map edited while it was laid out as it is, and says to run it again', async () => {
    const store = storeWith(2);
    const [first] = Object.values(store.getState().doc.touchpoints);
    FakeWorker.answer = (_, worker) => {
      store
        .getState()
        .run('Rename', updateTouchpoint(store.getState().doc, first!.id, { title: TAMIL[1]!.slice(0, 20) }));
      worker.reply({
        kind: 'done',
        value: {
          positions: new Map([[first!.id, { x: 999, y: 999 }]]),
          stageWidths: new Map(),
          laneHeights: new Map(),
        },
      });
    };
    await autoLayoutJourney(store);
    expect(store.getState().doc.touchpoints[first!.id]!.position).toEqual(first!.position);
    expect(messages()).toEqual(['The map changed while it was being laid out; run auto layout again.']);
    store.dispose();
  });
});

describe('auto layout of a very large map', () => {
  it('is refused above its limit, saying how many touchpoints the map has, with nothing changed', async () => {
    const store = storeWith(AUTO_LAYOUT_LIMIT + 1);
    const before = store.getState().doc;
    await autoLayoutJourney(store);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(FakeWorker.made).toHaveLength(0);
    const [toast] = useToasts.getState().toasts;
    expect(toast?.tone).toBe('error');
    expect(toast?.message).toBe(
      'Auto layout arranges maps of up to 1,000 touchpoints, and this one has 1,001: laying it out would take many minutes. The map is unchanged.',
    );
    store.dispose();
  });
});
