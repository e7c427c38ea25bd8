// @vitest-environment happy-dom
/**
 * The emotion curve reads the journey through `useAfterPaint`: an edit shows in the frame of its key,
 * and the curve takes it up in the task after that frame. Here the frame is played by hand: the
 * requestAnimationFrame callbacks are held until the test runs them.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heldFrames, holdFrames, paint } from '../../support/held-frames';
import { useAfterPaint } from '../../../renderer/src/editor/canvas/use-painted';

beforeEach(holdFrames);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Shown({ value }: { value: string }) {
  return <span data-testid="shown">{useAfterPaint(value)}</span>;
}

describe('useAfterPaint', () => {
  it('gives the first value at once, and a new one only after the next frame is painted', async () => {
    const view = render(<Shown value="நாள் 1" />);
    expect(screen.getByTestId('shown').textContent).toBe('நாள் 1');

    view.rerender(<Shown value="Օր 2" />);
    expect(screen.getByTestId('shown').textContent).toBe('நாள் 1');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    // No frame yet: still the old value.
    expect(screen.getByTestId('shown').textContent).toBe('நாள் 1');

    await paint();
    expect(screen.getByTestId('shown').textContent).toBe('Օր 2');
  });

  it('takes the latest of several values changed before a frame, and nothing after unmounting', async () => {
    const view = render(<Shown value="a" />);
    view.rerender(<Shown value="b" />);
    view.rerender(<Shown value="c" />);
    await paint();
    expect(screen.getByTestId('shown').textContent).toBe('c');

    view.rerender(<Shown value="d" />);
    expect(heldFrames()).toBe(1);
    view.unmount();
    // Unmounted, the frame it waited for is given back: nothing is set on a component that is gone.
    expect(heldFrames()).toBe(0);
  });
});
