// @vitest-environment happy-dom
/**
 * A list in the inspector being typed in while someone else (a live session, another window)
 * removes or adds an item above the row being typed in: the box stays on its item, so the next
 * key goes into the pain point or quote being written, not into the one that moved up into its
 * place. (Rows were keyed by place: the box was handed the next item.)
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { followKeys } from '../../../renderer/src/editor/inspector/row-keys';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { painPoint, smallJourney } from '../editor/fixtures';
import { renderInspector } from './inspector-fixture';

afterEach(cleanup);

const pain = (id: string, text: string) => painPoint(text, id);

function setUp() {
  const doc = smallJourney();
  const touchpoint = doc.touchpoints[0]!;
  touchpoint.painPoints = [pain('pain:a', TAMIL[0]!), pain('pain:b', TELUGU[0]!), pain('pain:c', MALAYALAM[0]!)];
  touchpoint.quotes = [ARMENIAN[0]!, ARMENIAN[1]!, ARMENIAN[2]!];
  const store = renderInspector(doc, { select: touchpoint.id });
  return { store, id: touchpoint.id };
}

type Store = ReturnType<typeof setUp>['store'];
const row = (store: Store, id: string) => store.getState().doc.touchpoints[id]!;
/** What the session does with another person's edit: the row put in the store outside the history. */
const arrives = (store: Store, id: string, fields: Parameters<typeof updateTouchpoint>[2]) =>
  act(() => store.getState().applyShared(updateTouchpoint(store.getState().doc, id, fields)));

describe('Inspector lists: someone else changes the list above the row being typed in', () => {
  it('a pain point removed above: the box keeps its pain point, and the next key goes into it', () => {
    const { store, id } = setUp();
    const box = screen.getByLabelText('Pain point 2') as HTMLTextAreaElement;
    act(() => box.focus());
    fireEvent.change(box, { target: { value: `${TELUGU[0]}!` } });
    arrives(store, id, { painPoints: row(store, id).painPoints.slice(1) });
    expect(box.isConnected).toBe(true);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe(`${TELUGU[0]}!`);
    fireEvent.change(box, { target: { value: `${TELUGU[0]}!?` } });
    expect(row(store, id).painPoints.map((p) => p.text)).toEqual([`${TELUGU[0]}!?`, MALAYALAM[0]]);
  });

  it('a pain point added above: the box keeps its pain point', () => {
    const { store, id } = setUp();
    const box = screen.getByLabelText('Pain point 3') as HTMLTextAreaElement;
    act(() => box.focus());
    arrives(store, id, { painPoints: [pain('pain:new', TAMIL[1]!), ...row(store, id).painPoints] });
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe(MALAYALAM[0]);
    fireEvent.change(box, { target: { value: `${MALAYALAM[0]}.` } });
    expect(row(store, id).painPoints.map((p) => p.text)).toEqual([TAMIL[1], TAMIL[0], TELUGU[0], `${MALAYALAM[0]}.`]);
  });

  it('a quote removed above the one being typed in (a list of texts, no ids): the box keeps its quote', () => {
    const { store, id } = setUp();
    const box = screen.getByLabelText('Quote 3') as HTMLTextAreaElement;
    act(() => box.focus());
    fireEvent.change(box, { target: { value: `${ARMENIAN[2]} ա` } });
    arrives(store, id, { quotes: row(store, id).quotes.slice(1) });
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe(`${ARMENIAN[2]} ա`);
    fireEvent.change(box, { target: { value: `${ARMENIAN[2]} աբ` } });
    expect(row(store, id).quotes).toEqual([ARMENIAN[1], `${ARMENIAN[2]} աբ`]);
  });
});

describe('followKeys', () => {
  let made = 0;
  const fresh = () => `k${made++}`;
  it('keys items with ids by id, and a list of texts through the one edit between its versions', () => {
    expect(followKeys([], [], [pain('pain:x', 'x')], fresh)).toEqual(['#pain:x']);
    const keys = followKeys([], [], ['a', 'b', 'c'], fresh);
    // Typed in place: the same keys.
    expect(followKeys(['a', 'b', 'c'], keys, ['a', 'bb', 'c'], fresh)).toEqual(keys);
    // One removed, one added: the others keep theirs.
    expect(followKeys(['a', 'b', 'c'], keys, ['b', 'c'], fresh)).toEqual(keys.slice(1));
    const added = followKeys(['a', 'b', 'c'], keys, ['a', 'x', 'b', 'c'], fresh);
    expect([added[0], added[2], added[3]]).toEqual(keys);
    expect(new Set(added).size).toBe(4);
  });
});
