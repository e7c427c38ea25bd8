// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import { smallJourney } from '../editor/fixtures';
import { renderInspector } from './inspector-fixture';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PAIN = `${MALAYALAM[1]!} ${MALAYALAM[2]!}`;
const IDEA = `${TAMIL[0]!} ${TAMIL[1]!}`;

function renderWithRows() {
  const doc = smallJourney();
  const touchpoint = doc.touchpoints[0]!;
  touchpoint.painPoints = [newPainPoint(PAIN, 3)];
  touchpoint.opportunities = [newOpportunity(IDEA)];
  touchpoint.quotes = [TAMIL[2]!];
  return { store: renderInspector(doc, { select: touchpoint.id }), id: touchpoint.id };
}

describe('Inspector: pain point, opportunity and quote text', () => {
  it('are boxes that grow with their text, holding a two-sentence Malayalam pain point whole', () => {
    renderWithRows();
    for (const [label, text] of [
      ['Pain point 1', PAIN],
      ['Opportunity 1', IDEA],
      ['Quote 1', TAMIL[2]!],
    ] as const) {
      const box = screen.getByLabelText(label);
      expect(box.tagName).toBe('TEXTAREA');
      expect((box as HTMLTextAreaElement).value).toBe(text);
      expect(box.classList.contains('row-text')).toBe(true);
    }
    // The box's height follows its content (the rule that makes it grow is the stylesheet's).
    const css = readFileSync('renderer/src/editor/editor.css', 'utf8');
    const rule = /\.row-text\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/field-sizing:\s*content/);
    expect(rule).toMatch(/height:\s*auto/);
  });

  it('keeps editing and the list keys: typing is one undo step, Add puts the caret in the new box', () => {
    const { store, id } = renderWithRows();
    const box = screen.getByLabelText('Pain point 1');
    fireEvent.change(box, { target: { value: `${PAIN}!` } });
    fireEvent.change(box, { target: { value: `${PAIN}!!` } });
    expect(store.getState().doc.touchpoints[id]!.painPoints[0]!.text).toBe(`${PAIN}!!`);
    expect(store.getState().history.past).toHaveLength(1);

    act(() => screen.getByRole('button', { name: /Add pain point/ }).click());
    expect(document.activeElement).toBe(screen.getByLabelText('Pain point 2'));
    expect(document.activeElement?.tagName).toBe('TEXTAREA');

    act(() => screen.getByRole('button', { name: /Add opportunity/ }).click());
    expect(document.activeElement).toBe(screen.getByLabelText('Opportunity 2'));
  });

  it('a row added and then typed in, however much later, is one undo step: Undo leaves no empty row behind', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const { store, id } = renderWithRows();
    act(() => screen.getByRole('button', { name: /Add pain point/ }).click());
    // A while later (longer than keys are merged over), the words, key by key.
    vi.setSystemTime(1_010_000);
    const box = screen.getByLabelText('Pain point 2');
    const words = TAMIL[3]!.slice(0, 12);
    for (let i = 1; i <= words.length; i++) fireEvent.change(box, { target: { value: words.slice(0, i) } });
    expect(store.getState().doc.touchpoints[id]!.painPoints.map((p) => p.text)).toEqual([PAIN, words]);
    expect(store.getState().history.past).toHaveLength(1);
    act(() => void store.getState().undo());
    expect(store.getState().doc.touchpoints[id]!.painPoints.map((p) => p.text)).toEqual([PAIN]);
    // Typed in again later: its own step, not merged into the Add any more.
    act(() => void store.getState().redo());
    vi.setSystemTime(1_020_000);
    fireEvent.change(screen.getByLabelText('Pain point 2'), { target: { value: `${words}!` } });
    expect(store.getState().history.past).toHaveLength(2);
  });
});
