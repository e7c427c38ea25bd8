// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModalDialog } from '../../../renderer/src/ui/Dialog';

afterEach(cleanup);

describe('ModalDialog (component)', () => {
  it('is named by its title, closes with its close button and with Escape', () => {
    const onClose = vi.fn();
    render(
      <ModalDialog open title="Keyboard shortcuts" closeLabel="Close keyboard shortcuts" onClose={onClose}>
        <p>Body</p>
      </ModalDialog>,
    );
    const dialog = screen.getByRole('dialog', { hidden: true });
    const labelledBy = dialog.getAttribute('aria-labelledby');
    expect(labelledBy).toBeTruthy();
    expect(document.getElementById(labelledBy!)?.textContent).toBe('Keyboard shortcuts');

    fireEvent.click(screen.getByRole('button', { name: 'Close keyboard shortcuts', hidden: true }));
    expect(onClose).toHaveBeenCalledTimes(1);

    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('does not close while busy', () => {
    const onClose = vi.fn();
    render(
      <ModalDialog open busy title="Exporting" closeLabel="Close" onClose={onClose}>
        <p>Working</p>
      </ModalDialog>,
    );
    fireEvent(screen.getByRole('dialog', { hidden: true }), new Event('cancel', { cancelable: true }));
    expect(onClose).not.toHaveBeenCalled();
  });
});
