// @vitest-environment happy-dom
/**
 * The library after its last journey went to the trash: focus lands on New journey rather than
 * the page body, and the empty state says how many journeys wait in the trash, with a way to open it.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney } from '../../../renderer/src/domain/factories';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { EmptyState, journeysTab, NoJourneysYet } from '../../../renderer/src/library/EmptyState';
import { TrashList } from '../../../renderer/src/library/TrashList';
import { JourneyGrid } from '../../../renderer/src/library/JourneyGrid';
import type { JourneySummary } from '../../../renderer/src/storage';
import { MALAYALAM } from '../../fixtures/seed-text';
import { gridActions } from './library-fixtures';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

const emptyProps = { onNewJourney: vi.fn(), onNewFromTemplate: vi.fn(), onOpenFiles: vi.fn() };

describe('the library once its last journey is in the trash', () => {
  it('moves focus from the trashed card to New journey, and names the trash with its count and a link', () => {
    const only: JourneySummary = {
      journey: createJourney({ title: MALAYALAM[0] }, 1000),
      stageCount: 1,
      touchpointCount: 0,
    };
    const actions = gridActions();
    const { rerender } = render(<JourneyGrid summaries={[only]} renaming={null} actions={actions} />);
    const card = screen.getByRole('button', { name: new RegExp(`^${MALAYALAM[0]}`) });
    card.focus();
    fireEvent.keyDown(card, { key: 'Delete' });
    expect(actions.trash).toHaveBeenCalledWith(only);

    rerender(<NoJourneysYet {...emptyProps} trashCount={1} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New journey' }));
    expect(screen.queryByText('No journeys yet')).toBeNull();
    expect(screen.getByRole('heading', { name: 'No journeys in the library' })).toBeTruthy();
    expect(screen.getByText(/The trash holds 1 journey:/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open the trash (1)' });
    expect(link.getAttribute('href')).toBe('#/trash');
  });

  it('counts in the plural, in the interface language', async () => {
    await act(() => setUiLanguage('ml'));
    render(<NoJourneysYet {...emptyProps} trashCount={3} />);
    expect(screen.getByText(/ചവറ്റുകുട്ടയിൽ 3 യാത്രകളുണ്ട്/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ചവറ്റുകുട്ട തുറക്കുക (3)' })).toBeTruthy();
  });

  it('still says "No journeys yet", with no trash link, when the trash is empty too; focus already placed is kept', () => {
    render(
      <>
        <input aria-label="search" />
      </>,
    );
    const search = screen.getByRole('textbox', { name: 'search' });
    search.focus();
    render(<NoJourneysYet {...emptyProps} trashCount={0} />);
    expect(screen.getByRole('heading', { name: 'No journeys yet' })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.activeElement).toBe(search);
  });

  it('moves focus to the Journeys tab once the last journey left the trash', () => {
    const only: JourneySummary = {
      journey: { ...createJourney({ title: MALAYALAM[0] }, 1000), deletedAt: 5000 },
      stageCount: 1,
      touchpointCount: 0,
    };
    const tabs = (
      <nav className="library-tabs">
        <a href="#/">Journeys</a>
      </nav>
    );
    const { rerender } = render(
      <>
        {tabs}
        <TrashList summaries={[only]} actions={{ restore: vi.fn(), purge: vi.fn() }} />
      </>,
    );
    screen.getByRole('button', { name: /Restore/ }).focus();
    rerender(
      <>
        {tabs}
        <EmptyState title="The trash is empty" text="" focusWhenLost={journeysTab} />
      </>,
    );
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Journeys' }));
  });
});
