// @vitest-environment happy-dom
/**
 * The Versions panel picked from More tools opened with focus left on the More tools button, and its
 * close button, once pressed, left the page and focus on the body (seen on the web build). A panel
 * picked from a menu now takes focus at its heading, and closing it gives focus back to More tools.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { History } from 'lucide-react';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanel } from '../../../renderer/src/editor/SidePanel';
import { EMPTY_SLOTS, EditorSlotsProvider, type EditorPanelSlot } from '../../../renderer/src/editor/slots';
import { MoreMenu } from '../../../renderer/src/editor/toolbar/MoreMenu';
import { toolbarIcon, type ToolbarCommand } from '../../../renderer/src/editor/toolbar/toolbar-items';
import { useEditorUi } from '../../../renderer/src/editor/ui-store';

const versions: EditorPanelSlot = {
  id: 'versions',
  title: 'Versions',
  Component: () => <button type="button">Save a version</button>,
};
const checklist: EditorPanelSlot = { id: 'checklist', title: 'Checklist', Component: () => <p>Nothing to check</p> };

/** The toolbar as far as this goes: More tools holding the Versions toggle, a toolbar toggle of another panel, the panel. */
function Editor() {
  const panel = useEditorUi((s) => s.panel);
  const command: ToolbarCommand = {
    id: 'panel-versions',
    group: 'panels',
    label: 'Versions',
    icon: toolbarIcon(History),
    pressed: panel === 'versions',
    visibleFrom: 'menu',
    run: () => useEditorUi.getState().set({ panel: useEditorUi.getState().panel === 'versions' ? null : 'versions' }),
  };
  return (
    <EditorSlotsProvider value={{ ...EMPTY_SLOTS, panels: [versions, checklist] }}>
      <button type="button" onClick={() => useEditorUi.getState().set({ panel: 'checklist' })}>
        Checklist
      </button>
      <MoreMenu commands={[command]} />
      <SidePanel />
    </EditorSlotsProvider>
  );
}

afterEach(() => {
  cleanup();
  useEditorUi.getState().set({ panel: 'inspector' });
});

const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe('a side panel opened from More tools', () => {
  it('takes focus at its heading, and closing it gives focus back to More tools', async () => {
    useEditorUi.getState().set({ panel: null });
    render(<Editor />);
    const more = screen.getByRole('button', { name: 'More tools' });
    act(() => more.focus());
    fireEvent.keyDown(more, { key: 'ArrowDown' });
    const item = await screen.findByRole('menuitemcheckbox', { name: 'Versions' });
    fireEvent.click(item);
    await frame();
    const panel = screen.getByRole('complementary', { name: 'Versions' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Versions' }));

    fireEvent.click(within(panel).getByRole('button', { name: 'Close Versions' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(more));
  });

  it('leaves focus on a toolbar toggle that opened a panel, and returns it there on close', async () => {
    useEditorUi.getState().set({ panel: null });
    render(<Editor />);
    const toggle = screen.getByRole('button', { name: 'Checklist' });
    act(() => toggle.focus());
    fireEvent.click(toggle);
    await frame();
    expect(document.activeElement).toBe(toggle);
    const close = within(screen.getByRole('complementary')).getByRole('button', { name: 'Close Checklist' });
    act(() => close.focus());
    fireEvent.click(close);
    expect(document.activeElement).toBe(toggle);
  });
});

describe('switching side panels', () => {
  it('opens the next panel at its top, not where the last one was scrolled to', () => {
    useEditorUi.getState().set({ panel: 'versions' });
    const { container } = render(<Editor />);
    const body = () => container.querySelector<HTMLElement>('.side-panel-body')!;
    body().scrollTop = 639;
    expect(body().scrollTop).toBe(639);
    act(() => useEditorUi.getState().set({ panel: 'checklist' }));
    expect(screen.getByRole('complementary', { name: 'Checklist' })).toBeTruthy();
    expect(body().scrollTop).toBe(0);
  });
});
