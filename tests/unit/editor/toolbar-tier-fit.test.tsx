// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showsAt, type Tier } from '../../../renderer/src/editor/toolbar/tiers';
import { useToolbarTier } from '../../../renderer/src/editor/toolbar/use-toolbar-tier';

/**
 * A toolbar whose width and content width the test sets: its content is as wide as
 * `contentAt(tier)` for the tier last rendered, as the real toolbar's labels are.
 */
class FakeToolbar {
  readonly el = document.createElement('header');
  tier: Tier = 'full';
  constructor(
    public width: number,
    public contentAt: (tier: Tier) => number,
  ) {
    Object.defineProperty(this.el, 'clientWidth', { get: () => this.width });
    Object.defineProperty(this.el, 'scrollWidth', { get: () => Math.max(this.width, this.contentAt(this.tier)) });
  }
}

/** ResizeObserver whose callbacks the test delivers, one batch at a time, as the browser does after a layout. */
const observers: { callback: ResizeObserverCallback; targets: Element[] }[] = [];
class ScriptedResizeObserver {
  private entry: { callback: ResizeObserverCallback; targets: Element[] };
  constructor(callback: ResizeObserverCallback) {
    this.entry = { callback, targets: [] };
    observers.push(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.push(target);
  }
  unobserve() {}
  disconnect() {
    observers.splice(observers.indexOf(this.entry), 1);
  }
}

/** One frame's resize notifications, as the browser sends after layout. */
function deliver() {
  for (const o of [...observers]) o.callback([], o as unknown as ResizeObserver);
}

function mount(toolbar: FakeToolbar, key = '') {
  const ref = { current: toolbar.el };
  const hook = renderHook(({ k }) => useToolbarTier(ref, k), { initialProps: { k: key } });
  const shown = () => {
    toolbar.tier = hook.result.current;
    return hook.result.current;
  };
  /** Frames until the tier stops changing (each changed tier is laid out and measured again). */
  const settle = () => {
    for (let frame = 0; frame < 10; frame++) {
      const before = shown();
      act(() => deliver());
      if (shown() === before) return before;
    }
    throw new Error('The toolbar tier never settled.');
  };
  return { hook, settle, shown };
}

/** Content as wide as the labels shown at each tier: Tamil's longer words at 1,300 px. */
const tamilAt = (tier: Tier) => ({ full: 1520, medium: 1391, compact: 1180, narrow: 1000, minimal: 900 })[tier];

const original = globalThis.ResizeObserver;
beforeEach(() => {
  globalThis.ResizeObserver = ScriptedResizeObserver as unknown as typeof ResizeObserver;
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1300 });
});
afterEach(() => {
  cleanup();
  globalThis.ResizeObserver = original;
  observers.length = 0;
});

describe('the toolbar tier that fits', () => {
  it('steps narrower when the first measure already overflows at the width’s own tier', () => {
    const toolbar = new FakeToolbar(1300, tamilAt);
    const { settle, shown } = mount(toolbar);
    // 1,300 px is the medium tier by width, and the window's width gave medium before any measure.
    expect(shown()).toBe('medium');
    expect(settle()).toBe('compact');
    expect(toolbar.el.scrollWidth).toBeLessThanOrEqual(toolbar.width);
  });

  it('keeps the width’s tier when everything fits', () => {
    const toolbar = new FakeToolbar(1300, () => 1200);
    const { settle } = mount(toolbar);
    expect(settle()).toBe('medium');
  });

  it('goes back to the width’s tier when the content key changes (a shorter language)', () => {
    const toolbar = new FakeToolbar(1300, tamilAt);
    const { hook, settle } = mount(toolbar, 'ta');
    expect(settle()).toBe('compact');
    toolbar.contentAt = () => 1200;
    hook.rerender({ k: 'en' });
    expect(settle()).toBe('medium');
    expect(showsAt('medium', toolbar.tier)).toBe(true);
  });

  it('finds a wider tier again when the window widens', () => {
    const toolbar = new FakeToolbar(1300, tamilAt);
    const { settle } = mount(toolbar);
    expect(settle()).toBe('compact');
    toolbar.width = 1600;
    expect(settle()).toBe('full');
  });
});
