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

  it('keeps a valid number typed', () => {
    const onChange = vi.fn();
    render(<Friction onChange={onChange} />);
    const box = screen.getByLabelText('Friction (0–5)') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '2' } });
    fireEvent.blur(box);
    expect(onChange).toHaveBeenCalledWith(2);
    expect((screen.getByLabelText('Friction (0–5)') as HTMLInputElement).value).toBe('2');
  });
});
