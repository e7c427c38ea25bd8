// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { Inspector } from '../../../renderer/src/editor/inspector/Inspector';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

afterEach(cleanup);

const PAIN = `${MALAYALAM[1]!} ${MALAYALAM[2]!}`;
const IDEA = `${TAMIL[0]!} ${TAMIL[1]!}`;

function renderInspector() {
  const doc = smallJourney();
  const touchpoint = doc.touchpoints[0]!;
  touchpoint.painPoints = [newPainPoint(PAIN, 3)];
  touchpoint.opportunities = [newOpportunity(IDEA)];
  touchpoint.quotes = [TAMIL[2]!];
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <EditorStoreContext.Provider value={store}>
      <EditorActionsContext.Provider value={{} as EditorActions}>
        <Inspector />
      </EditorActionsContext.Provider>
    </EditorStoreContext.Provider>,
  );
  act(() => store.getState().setSelection([touchpoint.id]));
  return { store, id: touchpoint.id };
}

describe('Inspector: pain point, opportunity and quote text', () => {
  it('are boxes that grow with their text, holding a two-sentence Malayalam pain point whole', () => {
    renderInspector();
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
    const { store, id } = renderInspector();
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
});
