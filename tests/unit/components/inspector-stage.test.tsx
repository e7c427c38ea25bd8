// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { stageColumns, stageForPosition } from '../../../renderer/src/domain/layout';
import { smallJourney } from '../editor/fixtures';
import { renderInspector } from './inspector-fixture';

afterEach(cleanup);

const renderFor = (doc: ReturnType<typeof smallJourney>) =>
  renderInspector(doc, { actions: () => ({ reveal: () => undefined }) as unknown as EditorActions });

describe('Inspector: Stage field', () => {
  it('lists the stages in the map order, not the order they were created in', () => {
    const doc = smallJourney();
    // Use was dragged to the front: its order is now the lowest.
    const orders = doc.stages.map((s) => s.order);
    doc.stages[0]!.order = orders[1]!;
    doc.stages[1]!.order = orders[2]!;
    doc.stages[2]!.order = orders[0]!;
    const store = renderFor(doc);
    act(() => store.getState().setSelection([doc.touchpoints[0]!.id]));
    const options = [...(screen.getByLabelText('Stage') as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toEqual(['Use', 'Discover', 'Buy']);
  });

  it('moves the card into the chosen stage, below the cards there, in one undo step', () => {
    const doc = smallJourney();
    const store = renderFor(doc);
    const moved = doc.touchpoints[0]!;
    const use = doc.stages.find((s) => s.name === 'Use')!;
    act(() => store.getState().setSelection([moved.id]));

    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: use.id } });

    const after = store.getState().doc;
    const t = after.touchpoints[moved.id]!;
    expect(t.stageId).toBe(use.id);
    // The card is drawn in the Use column, under Use's two cards (not over them, not left in Discover).
    expect(stageForPosition(stageColumns(Object.values(after.stages)), t.position)).toBe(use.id);
    const lowestUse = Math.max(...doc.touchpoints.filter((x) => x.stageId === use.id).map((x) => x.position.y));
    expect(t.position.y).toBeGreaterThan(lowestUse);

    act(() => void store.getState().undo());
    expect(store.getState().doc.touchpoints[moved.id]).toMatchObject({
      stageId: moved.stageId,
      position: moved.position,
    });
  });

  it('shows a title saved with line breaks on one line, its words kept apart, and saves it only when edited', () => {
    const doc = smallJourney();
    const t = doc.touchpoints[0]!;
    t.title = 'సూచిక\nసంఖ్య';
    const store = renderFor(doc);
    act(() => store.getState().setSelection([t.id]));
    const box = screen.getByLabelText('Title') as HTMLInputElement;
    expect(box.value).toBe('సూచిక సంఖ్య');
    expect(store.getState().doc.touchpoints[t.id]!.title).toBe('సూచిక\nసంఖ్య');
    fireEvent.change(box, { target: { value: 'సూచిక సంఖ్య 2' } });
    expect(store.getState().doc.touchpoints[t.id]!.title).toBe('సూచిక సంఖ్య 2');
  });
});
