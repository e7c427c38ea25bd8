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

describe('DropdownMenu while its owner changes its items', () => {
  it('keeps the items it opened with in their places, so a click runs the item that was shown there', () => {
    const addStage = vi.fn();
    const loyaltyLens = vi.fn();
    const narrow = [{ label: 'Tools', items: [{ label: 'Loyalty lens', onSelect: loyaltyLens }] }];
    // A narrower toolbar tier moves "Add stage" into the menu, ahead of the lens.
    const narrower = [
      { label: 'Add', items: [{ label: 'Add stage', onSelect: addStage }] },
      { label: 'Tools', items: [{ label: 'Loyalty lens', onSelect: loyaltyLens }] },
    ];
    const { rerender } = render(<DropdownMenu label="More tools" trigger="More" sections={narrow} />);
    fireEvent.click(screen.getByRole('button', { name: 'More tools' }));
    rerender(<DropdownMenu label="More tools" trigger="More" sections={narrower} />);

    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Loyalty lens']);
    fireEvent.click(items[0]!);
    expect(loyaltyLens).toHaveBeenCalledTimes(1);
    expect(addStage).not.toHaveBeenCalled();

    // Opened again, it shows what its owner offers now.
    fireEvent.click(screen.getByRole('button', { name: 'More tools' }));
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Add stage', 'Loyalty lens']);
  });

  it('shows the current state and runs the current action of an item it still offers', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(
      <DropdownMenu label="View" trigger="View" items={[{ label: 'Grid', checked: false, onSelect: first }]} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'View' }));
    rerender(<DropdownMenu label="View" trigger="View" items={[{ label: 'Grid', checked: true, onSelect: second }]} />);
    const item = screen.getByRole('menuitemcheckbox', { name: 'Grid' });
    expect(item.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(item);
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  it('keeps an item its owner no longer offers until it closes, with the action it opened with', () => {
    const lens = vi.fn();
    const { rerender } = render(
      <DropdownMenu label="More tools" trigger="More" items={[{ label: 'Loyalty lens', onSelect: lens }]} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'More tools' }));
    rerender(<DropdownMenu label="More tools" trigger="More" items={[{ label: 'Fit view', onSelect: vi.fn() }]} />);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Loyalty lens' }));
    expect(lens).toHaveBeenCalledTimes(1);
  });
});
