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

describe('Inspector: a list of hundreds of items', () => {
  function renderMany(length = 500) {
    const doc = smallJourney();
    const touchpoint = doc.touchpoints[0]!;
    touchpoint.painPoints = Array.from({ length }, (_, i) => newPainPoint(`${TAMIL[i % TAMIL.length]!} ${i}`, 2));
    return { store: renderInspector(doc, { select: touchpoint.id }), id: touchpoint.id };
  }
  const rows = () => document.querySelectorAll('fieldset.list-editor')[1]!.querySelectorAll('li.list-row');

  it('draws its first 50 rows and a button that draws the rest', () => {
    renderMany();
    expect(screen.getByText(/Pain points/).textContent).toContain('(500)');
    expect(rows()).toHaveLength(50);
    expect(screen.getByLabelText('Pain point 50').tagName).toBe('TEXTAREA');
    expect(screen.queryByLabelText('Pain point 51')).toBeNull();
    act(() => screen.getByRole('button', { name: 'Show the other 450 (of 500)' }).click());
    expect(rows()).toHaveLength(500);
    // Focus moves on to the first row drawn, as the button is gone.
    expect(document.activeElement).toBe(screen.getByLabelText('Pain point 51'));
    expect(screen.getByLabelText('Pain point 500').tagName).toBe('TEXTAREA');
    expect(screen.queryByRole('button', { name: /Show the other/ })).toBeNull();
  });

  it('draws the new row when one is added past the first 50, and focuses it', () => {
    const { store, id } = renderMany(80);
    act(() => screen.getByRole('button', { name: /Add pain point/ }).click());
    expect(store.getState().doc.touchpoints[id]!.painPoints).toHaveLength(81);
    expect(document.activeElement).toBe(screen.getByLabelText('Pain point 81'));
  });
});
