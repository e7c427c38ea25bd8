// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney } from '../../../renderer/src/domain/factories';
import { JOURNEY_TEMPLATES } from '../../../renderer/src/domain/templates';
import { NoJourneysYet } from '../../../renderer/src/library/EmptyState';
import { JourneyCard, type JourneyCardProps } from '../../../renderer/src/library/JourneyCard';
import { LibraryHeader, type LibraryHeaderProps } from '../../../renderer/src/library/LibraryHeader';
import { TrashList } from '../../../renderer/src/library/TrashList';
import type { JourneySummary } from '../../../renderer/src/storage';
import { ARMENIAN, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { cardHandlers } from './library-fixtures';

afterEach(cleanup);

function summary(fields: Partial<JourneySummary> = {}): JourneySummary {
  const journey = createJourney({ title: TAMIL[0], client: ARMENIAN[0] }, Date.now() - 5 * 60_000);
  return { journey, stageCount: 6, touchpointCount: 1, ...fields };
}

function renderCard(props: Partial<JourneyCardProps> = {}) {
  const handlers = cardHandlers();
  const s = props.summary ?? summary();
  render(
    <ul>
      <JourneyCard summary={s} renaming={false} {...handlers} {...props} />
    </ul>,
  );
  return { handlers, summary: s };
}

function openMenu(title: string) {
  fireEvent.click(screen.getByRole('button', { name: `Actions for ${title}` }));
  return screen.getAllByRole('menuitem');
}

describe('JourneyCard (component)', () => {
  it('shows the title, client, counts and last edit, and opens on click', () => {
    const { handlers } = renderCard();
    const open = screen.getByRole('button', { name: new RegExp(`^${TAMIL[0]}`) });
    expect(within(open).getByText(TAMIL[0]).className).toBe('card-title');
    expect(within(open).getByText(ARMENIAN[0]).className).toBe('card-client');
    expect(screen.getByText('6 stages · 1 touchpoint')).toBeTruthy();
    expect(screen.getByText('Edited 5 minutes ago')).toBeTruthy();
    fireEvent.click(open);
    expect(handlers.onOpen).toHaveBeenCalledTimes(1);
  });

  it('counts in the singular and the plural', () => {
    renderCard({ summary: summary({ stageCount: 1, touchpointCount: 12 }) });
    expect(screen.getByText('1 stage · 12 touchpoints')).toBeTruthy();
  });

  it('offers open, rename, duplicate and move to trash in its menu, each running its own action', () => {
    const { handlers } = renderCard();
    const items = openMenu(TAMIL[0]);
    expect(items.map((item) => item.textContent)).toEqual(['Open', 'RenameF2', 'Duplicate', 'Move to trashDel']);

    fireEvent.click(items[1]!);
    expect(handlers.onStartRename).toHaveBeenCalledTimes(1);
    fireEvent.click(openMenu(TAMIL[0])[2]!);
    expect(handlers.onDuplicate).toHaveBeenCalledTimes(1);
    fireEvent.click(openMenu(TAMIL[0])[3]!);
    expect(handlers.onTrash).toHaveBeenCalledTimes(1);
    expect(handlers.onOpen).not.toHaveBeenCalled();
  });

  it('renames from the keyboard: F2 starts, Enter gives the typed title, Escape cancels', () => {
    const { handlers } = renderCard();
    fireEvent.keyDown(screen.getByRole('button', { name: new RegExp(`^${TAMIL[0]}`) }), { key: 'F2' });
    expect(handlers.onStartRename).toHaveBeenCalledTimes(1);
    cleanup();

    const { handlers: renaming } = renderCard({ renaming: true });
    const input = screen.getByRole('textbox', { name: 'Journey title' }) as HTMLInputElement;
    expect(input.value).toBe(TAMIL[0]);
    fireEvent.change(input, { target: { value: ARMENIAN[1] } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(renaming.onEndRename).toHaveBeenLastCalledWith(ARMENIAN[1]);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(renaming.onEndRename).toHaveBeenLastCalledWith(null);
  });

  it('gives focus back to the card when a rename ends with Enter or Escape, not to the page body', () => {
    const s = summary();
    function Renamable() {
      const [renaming, setRenaming] = useState(false);
      return (
        <ul>
          <JourneyCard
            summary={s}
            renaming={renaming}
            onOpen={vi.fn()}
            onStartRename={() => setRenaming(true)}
            onEndRename={() => setRenaming(false)}
            onDuplicate={vi.fn()}
            onTrash={vi.fn()}
          />
        </ul>
      );
    }
    render(<Renamable />);
    const card = () => screen.getByRole('button', { name: new RegExp(`^${TAMIL[0]}`) });
    for (const key of ['Enter', 'Escape']) {
      fireEvent.keyDown(card(), { key: 'F2' });
      const input = screen.getByRole('textbox', { name: 'Journey title' });
      expect(document.activeElement).toBe(input);
      // The key is used up (default prevented), so the Enter does not go on to open the focused card.
      expect(fireEvent.keyDown(input, { key })).toBe(false);
      expect(screen.queryByRole('textbox', { name: 'Journey title' })).toBeNull();
      expect(document.activeElement).toBe(card());
    }
  });
});

describe('NoJourneysYet (component)', () => {
  it('offers a blank journey, opening a file, and every template in the gallery under them', () => {
    const onNewJourney = vi.fn();
    const onNewFromTemplate = vi.fn();
    const onOpenFiles = vi.fn();
    render(
      <NoJourneysYet onNewJourney={onNewJourney} onNewFromTemplate={onNewFromTemplate} onOpenFiles={onOpenFiles} />,
    );
    expect(screen.getByRole('heading', { name: 'No journeys yet' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Start from a template' })).toBeTruthy();
    const buttons = screen.getAllByRole('button').map((b) => b.textContent?.trim());
    expect(buttons.slice(0, 2)).toEqual(['New journey', 'Open file…']);
    const cards = within(screen.getByRole('list', { name: 'Templates' })).getAllByRole('button');
    expect(cards.map((c) => c.querySelector('.template-card-name')?.textContent)).toEqual(
      JOURNEY_TEMPLATES.map((t) => t.name),
    );

    const last = JOURNEY_TEMPLATES[JOURNEY_TEMPLATES.length - 1]!;
    fireEvent.click(screen.getByRole('button', { name: last.name }));
    expect(onNewFromTemplate).toHaveBeenCalledWith(last.id);
    fireEvent.click(screen.getByRole('button', { name: 'New journey' }));
    expect(onNewJourney).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Open file…' }));
    expect(onOpenFiles).toHaveBeenCalledTimes(1);
  });
});

describe('TrashList (component)', () => {
  it('lists trashed journeys with their counts, and restores or deletes the one asked for', () => {
    const first = summary();
    const second = summary({ stageCount: 2, touchpointCount: 0 });
    second.journey = { ...second.journey, title: TELUGU[0], deletedAt: Date.now() - 2 * 3_600_000 };
    const actions = { restore: vi.fn(), purge: vi.fn() };
    render(<TrashList summaries={[first, second]} actions={actions} />);
    const rows = within(screen.getByRole('list', { name: 'Trashed journeys' })).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]!).getByText('2 stages · 0 touchpoints')).toBeTruthy();
    expect(within(rows[1]!).getByText('Deleted 2 hours ago')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Restore ${TELUGU[0]}` }));
    expect(actions.restore).toHaveBeenCalledWith(second);
    fireEvent.click(screen.getByRole('button', { name: `Delete forever: ${TAMIL[0]}` }));
    expect(actions.purge).toHaveBeenCalledWith(first);
  });
});

describe('LibraryHeader (component)', () => {
  function renderHeader(props: Partial<LibraryHeaderProps>) {
    const all: LibraryHeaderProps = {
      trashed: false,
      trashCount: 0,
      query: '',
      onQuery: vi.fn(),
      sort: 'edited',
      onSort: vi.fn(),
      searchRef: { current: null },
      canEmptyTrash: false,
      onOpenFiles: vi.fn(),
      onNewJourney: vi.fn(),
      onNewFromTemplate: vi.fn(),
      onEmptyTrash: vi.fn(),
      ...props,
    };
    render(<LibraryHeader {...all} />);
    return all;
  }

  it('counts the trash on its tab and sends what is typed in the search box', () => {
    const props = renderHeader({ trashCount: 3 });
    expect(screen.getByRole('link', { name: 'Trash (3)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Journeys' }).getAttribute('aria-current')).toBe('page');
    fireEvent.change(screen.getByRole('searchbox', { name: /Search journeys/ }), { target: { value: ARMENIAN[0] } });
    expect(props.onQuery).toHaveBeenCalledWith(ARMENIAN[0]);
    fireEvent.click(screen.getByRole('button', { name: 'New journey' }));
    expect(props.onNewJourney).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Empty trash' })).toBeNull();
  });

  it('in the trash, offers Empty trash only when there is something to empty', () => {
    renderHeader({ trashed: true, canEmptyTrash: false });
    expect((screen.getByRole('button', { name: 'Empty trash' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'New journey' })).toBeNull();
    cleanup();
    const props = renderHeader({ trashed: true, canEmptyTrash: true });
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash' }));
    expect(props.onEmptyTrash).toHaveBeenCalledTimes(1);
  });
});
