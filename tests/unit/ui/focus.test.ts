// @vitest-environment happy-dom
/** The shared focus helpers: focus is only put back where it fell to the page, and a hand-off is taken once, fresh. */
import { afterEach, describe, expect, it } from 'vitest';
import { focusIsLost, handFocusTo, refocus, takeFocusHandOff } from '../../../renderer/src/ui/focus';

function button(text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.textContent = text;
  document.body.append(b);
  return b;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('focus helpers', () => {
  it('refocus moves focus only when it is lost, to the first candidate still in the page', () => {
    const gone = button('Gone');
    gone.remove();
    const target = button('Target');
    expect(focusIsLost()).toBe(true);
    expect(refocus([null, gone, target])).toBe(target);
    expect(document.activeElement).toBe(target);
    const other = button('Other');
    expect(refocus([other])).toBeNull();
    expect(document.activeElement).toBe(target);
    // Focus inside an element that is leaving counts as lost.
    const panel = document.createElement('aside');
    const inner = button('Inner');
    panel.append(inner);
    document.body.append(panel);
    inner.focus();
    expect(refocus([other], panel)).toBe(other);
  });

  it('a hand-off is taken by its own key, once, and not when stale or when focus is held', () => {
    const target = button('Compare');
    handFocusTo('future-state:a', 1000);
    expect(takeFocusHandOff('future-state:b', target, 1001)).toBe(false);
    expect(takeFocusHandOff('future-state:a', target, 1002)).toBe(true);
    expect(document.activeElement).toBe(target);
    target.blur();
    expect(takeFocusHandOff('future-state:a', target, 1003)).toBe(false);

    handFocusTo('future-state:a', 1000);
    expect(takeFocusHandOff('future-state:a', target, 1000 + 60_000)).toBe(false);

    const held = button('Title field');
    held.focus();
    handFocusTo('future-state:a', 1000);
    expect(takeFocusHandOff('future-state:a', target, 1001)).toBe(false);
    expect(document.activeElement).toBe(held);
  });
});
