// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newPainPoint } from '../../../renderer/src/domain/factories';
import { OPEN_ON_DEMAND_CHARS } from '../../../renderer/src/editor/inspector/fields';
import { smallJourney } from '../editor/fixtures';
import { renderInspector } from './inspector-fixture';
import { TAMIL, textOfLength } from '../../fixtures/seed-text';

afterEach(cleanup);

const LONG = textOfLength(TAMIL, 100_000);
const SHORT = textOfLength(TAMIL, OPEN_ON_DEMAND_CHARS);

function renderLong() {
  const doc = smallJourney();
  const touchpoint = doc.touchpoints[0]!;
  touchpoint.description = SHORT;
  touchpoint.thoughts = LONG;
  touchpoint.painPoints = [newPainPoint(LONG, 2)];
  return { store: renderInspector(doc, { select: touchpoint.id }), id: touchpoint.id };
}

/** Every text box in the inspector, as the browser would lay them out. */
const boxes = () => [...document.querySelectorAll('textarea')];

describe('Inspector: a text of 100,000 characters', () => {
  it('is not put in a text box until asked: its beginning shows, with its length and a button named by the field', () => {
    renderLong();
    // Only the description (at the limit, a few pages) is a box; no box holds the long texts.
    expect(boxes().map((b) => b.value.length)).toEqual([OPEN_ON_DEMAND_CHARS]);
    const thoughts = screen.getByRole('button', { name: 'Thoughts' });
    expect(thoughts.textContent).toBe('Open to edit');
    const field = thoughts.closest('.long-text')!;
    expect(field.querySelector('.long-text-head')!.textContent!.length).toBeLessThan(300);
    expect(field.textContent).toContain('Long text: 100,000 characters.');
    expect(thoughts.getAttribute('aria-describedby')).toBe(field.querySelector('.field-hint')!.id);
    // A list row has no visible label: the button carries the row's.
    expect(screen.getByRole('button', { name: 'Pain point 1' }).textContent).toBe('Open to edit');
  });

  it('opens in a focused box holding the whole text, edits as any box, and stays open', () => {
    const { store, id } = renderLong();
    act(() => screen.getByRole('button', { name: 'Thoughts' }).click());
    const box = screen.getByLabelText('Thoughts') as HTMLTextAreaElement;
    expect(box.tagName).toBe('TEXTAREA');
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe(LONG);
    fireEvent.change(box, { target: { value: `${LONG.slice(0, -1)}!` } });
    expect(store.getState().doc.touchpoints[id]!.thoughts).toBe(`${LONG.slice(0, -1)}!`);
    fireEvent.blur(box);
    expect(screen.getByLabelText('Thoughts').tagName).toBe('TEXTAREA');
    // The pain point is still closed; opening it opens that one only.
    act(() => screen.getByRole('button', { name: 'Pain point 1' }).click());
    expect(screen.getByLabelText('Pain point 1').tagName).toBe('TEXTAREA');
    expect(boxes()).toHaveLength(3);
  });

  it('closes again when another element is selected and this one comes back', () => {
    const { store, id } = renderLong();
    act(() => screen.getByRole('button', { name: 'Thoughts' }).click());
    const other = store.getState().doc.touchpoints;
    const second = Object.keys(other).find((k) => k !== id)!;
    act(() => store.getState().setSelection([second]));
    act(() => store.getState().setSelection([id]));
    expect(screen.getByRole('button', { name: 'Thoughts' }).tagName).toBe('BUTTON');
  });
});

describe('Inspector: a text that grows long in its box', () => {
  it('keeps its box when a paste makes it longer than the limit', () => {
    const doc = smallJourney();
    const touchpoint = doc.touchpoints[0]!;
    const store = renderInspector(doc, { select: touchpoint.id });
    const box = screen.getByLabelText('Thoughts');
    fireEvent.change(box, { target: { value: LONG } });
    expect(store.getState().doc.touchpoints[touchpoint.id]!.thoughts).toBe(LONG);
    expect(screen.getByLabelText('Thoughts')).toBe(box);
  });
});
