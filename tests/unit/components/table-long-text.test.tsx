// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newPainPoint } from '../../../renderer/src/domain/factories';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { StagesTable } from '../../../renderer/src/table/StagesTable';
import { TableView } from '../../../renderer/src/table/TableView';
import { TEXT_HEAD_CHARS } from '../../../renderer/src/ui/text-head';
import { smallJourney } from '../editor/fixtures';
import { TAMIL, textOfLength } from '../../fixtures/seed-text';

afterEach(cleanup);

const LONG = textOfLength(TAMIL, 100_000);

function renderTable(doc: JourneyDocument, table: 'touchpoints' | 'stages') {
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <EditorStoreContext.Provider value={store}>
      <EditorActionsContext.Provider value={{} as EditorActions}>
        {table === 'touchpoints' ? <TableView /> : <StagesTable />}
      </EditorActionsContext.Provider>
    </EditorStoreContext.Provider>,
  );
  return store;
}

/** The longest text a cell shows or gives as its tooltip. */
function longestCell(): number {
  const cells = [...document.querySelectorAll('[role="gridcell"], [role="rowheader"]')];
  expect(cells.length).toBeGreaterThan(0);
  return Math.max(...cells.map((c) => Math.max(c.textContent!.length, (c.getAttribute('title') ?? '').length)));
}

describe('Table view: texts of 100,000 characters', () => {
  it('shows each touchpoint cell by its head, in the cell and its tooltip, and keeps the whole text', () => {
    const doc = smallJourney();
    const touchpoint = doc.touchpoints[0]!;
    touchpoint.thoughts = LONG;
    touchpoint.description = LONG;
    touchpoint.painPoints = [newPainPoint(LONG, 3), newPainPoint(LONG, 1)];
    const store = renderTable(doc, 'touchpoints');
    expect(longestCell()).toBe(TEXT_HEAD_CHARS + 1);
    const cell = document.querySelector('[data-column="thoughts"]')!;
    expect(cell.textContent).toBe(`${LONG.slice(0, TEXT_HEAD_CHARS)}…`);
    expect(store.getState().doc.touchpoints[touchpoint.id]!.thoughts).toBe(LONG);
  });

  it('shows a stage description by its head', () => {
    const doc = smallJourney();
    doc.stages[0]!.description = LONG;
    renderTable(doc, 'stages');
    expect(longestCell()).toBe(TEXT_HEAD_CHARS + 1);
  });
});
