// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DropdownMenu } from '../../../renderer/src/ui/menu';

afterEach(cleanup);

describe('DropdownMenu (component)', () => {
  it('opens on its button, moves with the arrow keys, runs the chosen item and gives focus back', () => {
    const exportPdf = vi.fn();
    const exportPng = vi.fn();
    render(
      <DropdownMenu
        label="Export"
        trigger="Export"
        items={[
          { label: 'PDF report…', onSelect: exportPdf },
          { label: 'PNG image…', onSelect: exportPng },
        ]}
      />,
    );
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['PDF report…', 'PNG image…']);
    expect(document.activeElement).toBe(items[0]);

    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.click(items[1]!);
    expect(exportPng).toHaveBeenCalledTimes(1);
    expect(exportPdf).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape without running anything', () => {
    const run = vi.fn();
    render(<DropdownMenu label="More" trigger="More" items={[{ label: 'Fit view', onSelect: run }]} />);
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    fireEvent.keyDown(screen.getByRole('menuitem'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });
});
