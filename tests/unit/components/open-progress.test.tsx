// @vitest-environment happy-dom
/**
 * The "Opening…" panel: a read shows its step, percentage and Cancel; once the
 * file is read, it stays while the journey is written to the library, with
 * an indeterminate bar and no Cancel (that write is all or nothing), and goes
 * when the write ends.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenProgress, useOpenProgress } from '../../../renderer/src/files-ui/OpenProgress';

afterEach(() => {
  cleanup();
  useOpenProgress.getState().finish();
});

describe('OpenProgress', () => {
  it('shows the read step with Cancel, then the write to the library without it, then nothing', () => {
    const cancel = vi.fn();
    render(<OpenProgress />);
    act(() => useOpenProgress.getState().start('big.journey', cancel));
    act(() => useOpenProgress.getState().update({ step: 'validating', fraction: 0.8 }));
    const panel = screen.getByRole('status', { name: 'Opening big.journey' });
    expect(panel.textContent).toContain('Checking the journey');
    expect(panel.querySelector('progress')!.getAttribute('value')).toBe('80');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);

    act(() => useOpenProgress.getState().storing('big.journey'));
    const storing = screen.getByRole('status', { name: 'Opening big.journey' });
    expect(storing.textContent).toContain('Adding it to your journeys');
    expect(storing.querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();

    act(() => useOpenProgress.getState().finish());
    expect(screen.queryByRole('status')).toBeNull();
  });
});
