// @vitest-environment happy-dom
/**
 * A box in the inspector being typed in while someone else's words arrive in the same field (a
 * live session): the caret stays where it was in the text, so the next key lands where the
 * typist is, not at the end of the other person's words.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { smallJourney } from '../editor/fixtures';
import { renderInspector } from './inspector-fixture';
import { ARMENIAN, TAMIL } from '../../fixtures/seed-text';

afterEach(cleanup);

function setUp(field: 'Thoughts' | 'Title') {
  const doc = smallJourney();
  const touchpoint = doc.touchpoints[0]!;
  touchpoint.thoughts = 'one two';
  touchpoint.title = 'one two';
  const store = renderInspector(doc, { select: touchpoint.id });
  const box = screen.getByLabelText(field) as HTMLTextAreaElement | HTMLInputElement;
  act(() => box.focus());
  return { store, id: touchpoint.id, box };
}

/** What the session does with another person's edit: the row put in the store outside the history. */
const arrives = (store: ReturnType<typeof setUp>['store'], id: string, fields: { thoughts?: string; title?: string }) =>
  act(() => store.getState().applyShared(updateTouchpoint(store.getState().doc, id, fields)));

describe('Inspector: someone else types in the field being typed in', () => {
  for (const field of ['Thoughts', 'Title'] as const) {
    const key = field === 'Thoughts' ? 'thoughts' : 'title';
    it(`${field}: words arriving before the caret move it on with the text; words after it leave it`, () => {
      const { store, id, box } = setUp(field);
      // The caret after "one", a selection over "two".
      box.setSelectionRange(3, 3);
      fireEvent.select(box);
      arrives(store, id, { [key]: `${TAMIL[0]!.slice(0, 9)} one two` });
      expect(box.value).toBe(`${TAMIL[0]!.slice(0, 9)} one two`);
      expect([box.selectionStart, box.selectionEnd]).toEqual([13, 13]);
      box.setSelectionRange(14, 17);
      fireEvent.select(box);
      arrives(store, id, { [key]: `${TAMIL[0]!.slice(0, 9)} one two ${ARMENIAN[0]!.slice(0, 5)}` });
      expect([box.selectionStart, box.selectionEnd]).toEqual([14, 17]);
    });
  }

  it('the box’s own keys leave the caret where the browser put it (the store’s echo of them moves nothing)', () => {
    const { store, id, box } = setUp('Thoughts');
    box.setSelectionRange(3, 3);
    fireEvent.select(box);
    // "!" typed after "one": the browser has put the caret after it, and nothing moves it.
    const moved = vi.spyOn(box, 'setSelectionRange');
    fireEvent.change(box, { target: { value: 'one! two' } });
    expect(store.getState().doc.touchpoints[id]!.thoughts).toBe('one! two');
    expect(box.value).toBe('one! two');
    expect(moved).not.toHaveBeenCalled();
  });
});
