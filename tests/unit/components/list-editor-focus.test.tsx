// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ListEditor, RowInput } from '../../../renderer/src/editor/inspector/fields';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(cleanup);

function Pains(props: { initial: string[] }) {
  const [items, setItems] = useState(props.initial);
  return (
    <ListEditor
      label="Pain points"
      itemName="pain point"
      addLabel="Add pain point"
      items={items}
      create={() => ''}
      onChange={(next) => setItems(next)}
      render={(text, update, i) => <RowInput label={`Pain point ${i + 1}`} value={text} onChange={update} />}
    />
  );
}

const add = () => screen.getByRole('button', { name: /Add pain point/ });
const removeButtons = () => screen.getAllByRole('button', { name: /inspector.removeItem|Remove/ });

describe('ListEditor focus', () => {
  it('puts the caret in the new row after Add, so typing fills it instead of reaching the editor shortcuts', () => {
    render(<Pains initial={[TAMIL[0]!]} />);
    act(() => add().click());
    const row2 = screen.getByLabelText('Pain point 2');
    expect(document.activeElement).toBe(row2);
    act(() => add().click());
    expect(document.activeElement).toBe(screen.getByLabelText('Pain point 3'));
  });

  it('keeps focus in the list after a remove: on the row now in its place, else on Add', () => {
    render(<Pains initial={['a', 'b', 'c']} />);
    act(() => removeButtons()[2]!.focus());
    act(() => fireEvent.click(removeButtons()[2]!));
    // The last row went: focus moves to the row before it.
    expect(screen.queryByLabelText('Pain point 3')).toBeNull();
    expect(document.activeElement).toBe(removeButtons()[1]);
    act(() => fireEvent.click(removeButtons()[0]!));
    expect((screen.getByLabelText('Pain point 1') as HTMLInputElement).value).toBe('b');
    expect(document.activeElement).toBe(removeButtons()[0]);
    act(() => fireEvent.click(removeButtons()[0]!));
    expect(screen.queryByLabelText('Pain point 1')).toBeNull();
    expect(document.activeElement).toBe(add());
  });

  it('follows the moved row with focus, and lands on another button of it when the one pressed is disabled', () => {
    render(<Pains initial={['a', 'b', 'c']} />);
    const ups = () => screen.getAllByRole('button', { name: /Up|moveItemUp/i });
    act(() => fireEvent.click(ups()[2]!));
    expect((screen.getByLabelText('Pain point 2') as HTMLInputElement).value).toBe('c');
    expect(document.activeElement).toBe(ups()[1]);
    act(() => fireEvent.click(ups()[1]!));
    expect((screen.getByLabelText('Pain point 1') as HTMLInputElement).value).toBe('c');
    // Row 1's Up is now disabled: focus stays on the row, on its Remove button.
    expect(document.activeElement).toBe(removeButtons()[0]);
  });
});
