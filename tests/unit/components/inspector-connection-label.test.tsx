// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallJourney } from '../editor/fixtures';
import { renderInspector } from './inspector-fixture';
import { TELUGU } from '../../fixtures/seed-text';

afterEach(cleanup);

function renderConnection(label: string) {
  const doc = smallJourney();
  const connection = doc.connections[0]!;
  connection.label = label;
  return { store: renderInspector(doc, { select: connection.id }), id: connection.id };
}

describe('Inspector: a connection’s label', () => {
  it('is a box that grows with its text, so a 600-character Telugu label reads whole', () => {
    const long = Array.from({ length: 20 }, (_, i) => TELUGU[i % TELUGU.length])
      .join(' ')
      .slice(0, 600);
    expect(long.length).toBe(600);
    renderConnection(long);
    const box = screen.getByLabelText('Label') as HTMLTextAreaElement;
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.classList.contains('row-text')).toBe(true);
    expect(box.value).toBe(long);
  });

  it('stays one line of text: Enter adds no line break, a pasted line break becomes a space, typing is one undo step', () => {
    const { store, id } = renderConnection('Pay');
    const box = screen.getByLabelText('Label');
    const enter = fireEvent.keyDown(box, { key: 'Enter' });
    expect(enter).toBe(false); // default prevented: no line break
    fireEvent.change(box, { target: { value: 'Pay\nnow' } });
    fireEvent.change(box, { target: { value: 'Pay\r\nnow!' } });
    expect(store.getState().doc.connections[id]!.label).toBe('Pay now!');
    expect(store.getState().history.past).toHaveLength(1);
    // Escape is left to the editor, as in the other inspector fields.
    expect(fireEvent.keyDown(box, { key: 'Escape' })).toBe(true);
  });
});
