// @vitest-environment happy-dom
/**
 * Every count the library shows is written in the interface's number format, as the files dialogs
 * write theirs: a card said "5000 touchpoints" where the CSV import said "Import 5,000 touchpoints".
 * Tamil groups digits the Indian way ("1,23,456"); the plural form still follows the count.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney } from '../../../renderer/src/domain/factories';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { purgeJourneyAfterConfirm } from '../../../renderer/src/library/actions';
import { NoJourneysYet } from '../../../renderer/src/library/EmptyState';
import { JourneyCard } from '../../../renderer/src/library/JourneyCard';
import { LibraryHeader } from '../../../renderer/src/library/LibraryHeader';
import type { JourneySummary, WaymarkDB } from '../../../renderer/src/storage';
import { ConfirmHost } from '../../../renderer/src/ui/confirm';
import { TAMIL } from '../../fixtures/seed-text';
import { cardHandlers } from './library-fixtures';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

const summary = (stageCount: number, touchpointCount: number): JourneySummary => ({
  journey: createJourney({ title: TAMIL[0] }, 1000),
  stageCount,
  touchpointCount,
});

function renderCard(s: JourneySummary) {
  render(
    <ul>
      <JourneyCard summary={s} renaming={false} {...cardHandlers()} />
    </ul>,
  );
}

function renderHeader(trashCount: number) {
  render(
    <LibraryHeader
      trashed={false}
      trashCount={trashCount}
      query=""
      onQuery={vi.fn()}
      sort="edited"
      onSort={vi.fn()}
      searchRef={{ current: null }}
      canEmptyTrash
      onOpenFiles={vi.fn()}
      onNewJourney={vi.fn()}
      onNewFromTemplate={vi.fn()}
      onEmptyTrash={vi.fn()}
    />,
  );
}

const emptyProps = { onNewJourney: vi.fn(), onNewFromTemplate: vi.fn(), onOpenFiles: vi.fn() };

describe('the library’s counts in the interface’s number format', () => {
  it('English: a card, the trash tab, the empty state and the purge confirmation group thousands', async () => {
    renderCard(summary(1200, 5000));
    expect(document.body.textContent).toContain('1,200 stages · 5,000 touchpoints');
    cleanup();

    renderCard(summary(1, 1));
    expect(document.body.textContent).toContain('1 stage · 1 touchpoint');
    cleanup();

    renderHeader(1234);
    expect(screen.getByText('Trash (1,234)')).toBeTruthy();
    cleanup();

    render(<NoJourneysYet {...emptyProps} trashCount={2500} />);
    expect(document.body.textContent).toContain('The trash holds 2,500 journeys');
    expect(screen.getByRole('link', { name: 'Open the trash (2,500)' })).toBeTruthy();
    cleanup();

    render(<ConfirmHost />);
    void purgeJourneyAfterConfirm({} as WaymarkDB, summary(3, 5000));
    expect(await screen.findByText(/and its 5,000 touchpoints will be deleted permanently/)).toBeTruthy();
  });

  it('Tamil: Indian grouping (1,23,456) and the Tamil plural forms', async () => {
    await setUiLanguage('ta');
    renderCard(summary(1, 123456));
    const text = document.body.textContent ?? '';
    expect(text).toContain('1 கட்டம் · 1,23,456 தொடுப்புள்ளிகள்');
    cleanup();

    renderCard(summary(5000, 1));
    expect(document.body.textContent).toContain('5,000 கட்டங்கள் · 1 தொடுப்புள்ளி');
    cleanup();

    renderHeader(123456);
    expect(screen.getByText('குப்பைத் தொட்டி (1,23,456)')).toBeTruthy();
    cleanup();

    render(<NoJourneysYet {...emptyProps} trashCount={12345} />);
    expect(document.body.textContent).toContain('குப்பைத் தொட்டியில் 12,345 பயணங்கள் உள்ளன');
  });
});
