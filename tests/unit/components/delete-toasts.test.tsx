// @vitest-environment happy-dom
/**
 * Deleting on the map one thing after another leaves one "Deleted …" toast, not one per
 * deletion: each takes the place of the one before, its Undo brings back what was deleted last,
 * and the earlier deletions are still in the history (Ctrl+Z). Other toasts stay as they are.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorActions, type EditorActions } from '../../../renderer/src/editor/actions';
import { useEditorShortcuts } from '../../../renderer/src/editor/keyboard';
import type { EditorStore } from '../../../renderer/src/session/store';
import { createEditorStore } from '../../../renderer/src/session/store';
import { deleteItems } from '../../../renderer/src/session/edits';
import { toast, ToastViewport, useToasts } from '../../../renderer/src/ui/toasts';
import { smallJourney } from '../editor/fixtures';

/** Deleting calls nothing on the canvas. */
const flow = {} as Parameters<typeof createEditorActions>[1];

/** The editor's keyboard shortcuts and the app's toasts, as the editor screen has them. */
function Editor({ store, actions }: { store: EditorStore; actions: EditorActions }) {
  useEditorShortcuts(store, actions, () => undefined);
  return <ToastViewport />;
}

/** The editor over the small journey, its toasts drawn; `deleteSelected` selects, then presses Delete. */
function renderEditor() {
  const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 10_000 });
  const actions = createEditorActions(store, flow);
  render(<Editor store={store} actions={actions} />);
  const region = screen.getByRole('region', { name: 'Notifications' });
  const deleteSelected = (ids: string[]) =>
    act(async () => {
      store.getState().setSelection(ids);
      fireEvent.keyDown(document.body, { key: 'Delete' });
      await Promise.resolve();
    });
  return { store, actions, region, deleteSelected, touchpoints: Object.values(store.getState().doc.touchpoints) };
}

afterEach(() => {
  cleanup();
  useToasts.setState({ toasts: [] });
});

describe('the map’s delete toasts', () => {
  it('three deletes leave one toast, whose Undo restores the last deleted items; Ctrl+Z the earlier ones', async () => {
    const { store, region, deleteSelected, touchpoints } = renderEditor();
    const [first, second, third, fourth] = touchpoints.map((t) => t.id);
    act(() => void toast.success('Saved “Renewal.journey”.'));

    await deleteSelected([first!]);
    await deleteSelected([second!]);
    await deleteSelected([third!, fourth!]);

    const toasts = within(region).getAllByRole('status');
    expect(toasts.map((t) => t.querySelector('.toast-message')?.textContent)).toEqual([
      'Saved “Renewal.journey”.',
      'Deleted 2 items.',
    ]);
    const has = (id: string) => Boolean(store.getState().doc.touchpoints[id]);
    expect([first, second, third, fourth].map((id) => has(id!))).toEqual([false, false, false, false]);

    fireEvent.click(within(toasts[1]!).getByRole('button', { name: 'Undo' }));
    expect([first, second, third, fourth].map((id) => has(id!))).toEqual([false, false, true, true]);
    expect(within(region).queryByText(/^Deleted/)).toBeNull();
    expect(within(region).getByText('Saved “Renewal.journey”.')).toBeTruthy();

    // Ctrl+Z brings the earlier deletions back one step at a time, latest first.
    const undoKey = () => act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }));
    undoKey();
    expect([first, second, third, fourth].map((id) => has(id!))).toEqual([false, true, true, true]);
    undoKey();
    expect([first, second, third, fourth].map((id) => has(id!))).toEqual([true, true, true, true]);
  });

  it('the toast goes, with nothing in its place, once its deletion is no longer the latest step: undone by Ctrl+Z, or another edit made', async () => {
    const { store, actions, region, deleteSelected, touchpoints } = renderEditor();
    const [first, second] = touchpoints;

    await deleteSelected([first!.id]);
    expect(within(region).getByText('Deleted 1 item.')).toBeTruthy();
    act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }));
    expect(store.getState().doc.touchpoints[first!.id]).toBeTruthy();
    expect(within(region).queryByText('Deleted 1 item.')).toBeNull();

    await deleteSelected([second!.id]);
    expect(within(region).getByText('Deleted 1 item.')).toBeTruthy();
    // Another edit: the toast's Undo would now undo it, not the deletion.
    act(() => actions.addStage());
    expect(within(region).queryByText('Deleted 1 item.')).toBeNull();
    expect(store.getState().doc.touchpoints[second!.id]).toBeUndefined();
  });

  it('a deletion in the table replaces the map’s toast with its own, whose Undo brings back only the table’s row', async () => {
    const { store, actions, region, deleteSelected, touchpoints } = renderEditor();
    const [first, second] = touchpoints;
    await deleteSelected([first!.id]);
    expect(within(region).getByText('Deleted 1 item.')).toBeTruthy();
    // As the table's Delete on a touchpoint row does: its step, then its sentence.
    act(() => {
      const s = store.getState();
      s.run('Delete touchpoint', deleteItems(s.doc, [second!.id]), { select: [] });
      actions.deletedToast(`Deleted “${second!.title}”.`);
    });
    const toasts = within(region).getAllByRole('status');
    expect(toasts.map((t) => t.querySelector('.toast-message')?.textContent)).toEqual([`Deleted “${second!.title}”.`]);
    fireEvent.click(within(toasts[0]!).getByRole('button', { name: 'Undo' }));
    expect(store.getState().doc.touchpoints[second!.id]).toBeTruthy();
    expect(store.getState().doc.touchpoints[first!.id]).toBeUndefined();
    expect(within(region).queryByText(/^Deleted/)).toBeNull();
  });
});
