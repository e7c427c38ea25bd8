// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../../renderer/src/editor/inspector/fields';

afterEach(cleanup);

function Friction(props: { onChange: (v: number | null) => void }) {
  const [value, setValue] = useState<number | null>(4);
  return (
    <NumberField
      label="Friction (0–5)"
      value={value}
      min={0}
      max={5}
      integer
      onChange={(v) => {
        props.onChange(v);
        setValue(v);
      }}
    />
  );
}

describe('NumberField', () => {
  it('does not take an out-of-range number, and shows the stored one again on leaving the box', () => {
    const onChange = vi.fn();
    render(<Friction onChange={onChange} />);
    const box = screen.getByLabelText('Friction (0–5)') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '9' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(box.validity.customError).toBe(true);
    fireEvent.blur(box);
    // The card says 4: so does the box, rather than a 9 that was never saved.
    expect(box.value).toBe('4');
    expect(box.validity.customError).toBe(false);
  });

  it('goes back to the number it held when entered, not to the last prefix saved, when what was typed is refused', () => {
    const onChange = vi.fn();
    function Share() {
      const [value, setValue] = useState<number | null>(40);
      const change = (v: number | null) => {
        onChange(v);
        setValue(v);
      };
      return <NumberField label="Share of customers (%)" value={value} min={0} max={100} onChange={change} />;
    }
    render(<Share />);
    const box = screen.getByLabelText('Share of customers (%)') as HTMLInputElement;
    fireEvent.focus(box);
    // "150" typed digit by digit: 1 and 15 are saved as they come, 150 is refused.
    for (const typed of ['1', '15', '150']) fireEvent.change(box, { target: { value: typed } });
    expect(onChange.mock.calls.map(([v]) => v)).toEqual([1, 15]);
    fireEvent.blur(box);
    // Not 15, which nobody meant: the 40 it held before.
    expect(onChange).toHaveBeenLastCalledWith(40);
    expect(box.value).toBe('40');
    expect(box.validity.customError).toBe(false);
  });

  it('takes back only its own prefix: a number another window wrote meanwhile stays', () => {
    const onChange = vi.fn();
    const field = (value: number | null) => (
      <NumberField label="Share of customers (%)" value={value} min={0} max={100} onChange={onChange} />
    );
    const { rerender } = render(field(40));
    const box = screen.getByLabelText('Share of customers (%)') as HTMLInputElement;
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: '15' } });
    expect(onChange).toHaveBeenLastCalledWith(15);
    // Another window writes 70; then what is typed here is refused.
    rerender(field(70));
    fireEvent.change(box, { target: { value: '700' } });
    fireEvent.blur(box);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(box.value).toBe('70');
  });

  it('keeps a valid number typed', () => {
    const onChange = vi.fn();
    render(<Friction onChange={onChange} />);
    const box = screen.getByLabelText('Friction (0–5)') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '2' } });
    fireEvent.blur(box);
    expect(onChange).toHaveBeenCalledWith(2);
    expect((screen.getByLabelText('Friction (0–5)') as HTMLInputElement).value).toBe('2');
  });

  it('keeps its focus and every digit while a number is typed into it', () => {
    const onChange = vi.fn();
    function Volume() {
      const [value, setValue] = useState<number | null>(null);
      const change = (v: number | null) => {
        onChange(v);
        setValue(v);
      };
      return <NumberField label="Volume" value={value} min={0} onChange={change} />;
    }
    render(<Volume />);
    const box = screen.getByLabelText('Volume') as HTMLInputElement;
    box.focus();
    // Typed key by key: each digit is saved as it comes, and the box stays the one being typed in.
    for (const typed of ['1', '12', '120', '1200', '1200.', '1200.5'])
      fireEvent.change(box, { target: { value: typed } });
    expect(screen.getByLabelText('Volume')).toBe(box);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('1200.5');
    expect(onChange.mock.calls.map(([v]) => v)).toEqual([1, 12, 120, 1200, 1200, 1200.5]);
  });

  it('shows a number changed elsewhere (undo, another window) in the box', () => {
    function Volume(props: { value: number | null }) {
      return <NumberField label="Volume" value={props.value} min={0} onChange={() => undefined} />;
    }
    const { rerender } = render(<Volume value={1200} />);
    const box = screen.getByLabelText('Volume') as HTMLInputElement;
    expect(box.value).toBe('1200');
    rerender(<Volume value={12} />);
    expect(box.value).toBe('12');
    rerender(<Volume value={null} />);
    expect(box.value).toBe('');
  });
});
