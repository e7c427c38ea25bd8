import { describe, expect, it } from 'vitest';
import { gridKeyAction } from '../../../renderer/src/table/grid-keys';

const press = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  gridKeyAction({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('the table grids’ keys', () => {
  it('moves by arrows one cell and by Page Up/Down ten rows', () => {
    expect(press('ArrowDown')).toEqual({ kind: 'move', rows: 1, cols: 0 });
    expect(press('ArrowUp')).toEqual({ kind: 'move', rows: -1, cols: 0 });
    expect(press('ArrowRight')).toEqual({ kind: 'move', rows: 0, cols: 1 });
    expect(press('ArrowLeft')).toEqual({ kind: 'move', rows: 0, cols: -1 });
    expect(press('PageDown')).toEqual({ kind: 'move', rows: 10, cols: 0 });
    expect(press('PageUp')).toEqual({ kind: 'move', rows: -10, cols: 0 });
  });

  it('goes to the row’s ends with Home/End, and to the grid’s with Ctrl or ⌘', () => {
    expect(press('Home')).toEqual({ kind: 'home', grid: false });
    expect(press('End')).toEqual({ kind: 'end', grid: false });
    expect(press('Home', { ctrlKey: true })).toEqual({ kind: 'home', grid: true });
    expect(press('End', { metaKey: true })).toEqual({ kind: 'end', grid: true });
  });

  it('edits with Enter or F2, or by typing a character (Tamil included); adds with Insert, deletes with Delete', () => {
    expect(press('Enter')).toEqual({ kind: 'edit' });
    expect(press('F2')).toEqual({ kind: 'edit' });
    expect(press('க')).toEqual({ kind: 'type', text: 'க' });
    expect(press('Insert')).toEqual({ kind: 'insert' });
    expect(press('Delete')).toEqual({ kind: 'delete' });
  });

  it('leaves Alt combinations, shortcuts, Space and other keys to the page', () => {
    expect(press('ArrowDown', { altKey: true })).toBeNull();
    expect(press('Enter', { ctrlKey: true })).toBeNull();
    expect(press('z', { ctrlKey: true })).toBeNull();
    expect(press(' ')).toBeNull();
    expect(press('Tab')).toBeNull();
    expect(press('Escape')).toBeNull();
  });
});
