// @vitest-environment happy-dom
/**
 * When a journey leaves the library grid or the trash (moved to the trash, restored, deleted
 * forever), keyboard focus goes on to the journey now in its place instead of falling to the page body.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney } from '../../../renderer/src/domain/factories';
import { JourneyGrid } from '../../../renderer/src/library/JourneyGrid';
import { TrashList } from '../../../renderer/src/library/TrashList';
import type { JourneySummary } from '../../../renderer/src/storage';
import { ARMENIAN, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { gridActions } from './library-fixtures';

afterEach(cleanup);

const titles = [TAMIL[0], ARMENIAN[0], TELUGU[0]] as const;
const summaries = (): JourneySummary[] =>
  titles.map((title, i) => ({
    journey: { ...createJourney({ title }, 1000 + i), deletedAt: 5000 },
    stageCount: 1,
    touchpointCount: 0,
  }));

const cardButton = (title: string) => screen.getByRole('button', { name: new RegExp(`^${title}`) });

describe('focus when a journey leaves the list', () => {
  it('moves to the next card after the focused card is moved to the trash, and to the last card at the end', () => {
    const all = summaries();
    const actions = gridActions();
    const { rerender } = render(<JourneyGrid summaries={all} renaming={null} actions={actions} />);
    cardButton(titles[1]).focus();
    fireEvent.keyDown(cardButton(titles[1]), { key: 'Delete' });
    expect(actions.trash).toHaveBeenCalledWith(all[1]);
    rerender(<JourneyGrid summaries={[all[0]!, all[2]!]} renaming={null} actions={actions} />);
    expect(document.activeElement).toBe(cardButton(titles[2]));

    rerender(<JourneyGrid summaries={[all[0]!]} renaming={null} actions={actions} />);
    expect(document.activeElement).toBe(cardButton(titles[0]));
  });

  it('leaves focus alone when it went elsewhere on purpose, or when another card left', () => {
    const all = summaries();
    const actions = gridActions();
    const { rerender } = render(
      <>
        <input aria-label="search" />
        <JourneyGrid summaries={all} renaming={null} actions={actions} />
      </>,
    );
    cardButton(titles[0]).focus();
    rerender(
      <>
        <input aria-label="search" />
        <JourneyGrid summaries={[all[0]!, all[2]!]} renaming={null} actions={actions} />
      </>,
    );
    expect(document.activeElement).toBe(cardButton(titles[0]));
    const search = screen.getByRole('textbox', { name: 'search' });
    search.focus();
    rerender(
      <>
        <input aria-label="search" />
        <JourneyGrid summaries={[all[2]!]} renaming={null} actions={actions} />
      </>,
    );
    expect(document.activeElement).toBe(search);
  });

  it('moves to the next row’s Restore after a trashed journey is restored or deleted forever', () => {
    const all = summaries();
    const actions = { restore: vi.fn(), purge: vi.fn() };
    const { rerender } = render(<TrashList summaries={all} actions={actions} />);
    const restore = (title: string) => screen.getByRole('button', { name: `Restore ${title}` });
    restore(titles[0]).focus();
    fireEvent.click(restore(titles[0]));
    expect(actions.restore).toHaveBeenCalledWith(all[0]);
    rerender(<TrashList summaries={[all[1]!, all[2]!]} actions={actions} />);
    expect(document.activeElement).toBe(restore(titles[1]));

    const list = screen.getByRole('list', { name: 'Trashed journeys' });
    within(list)
      .getByRole('button', { name: `Delete forever: ${titles[2]}` })
      .focus();
    rerender(<TrashList summaries={[all[1]!]} actions={actions} />);
    expect(document.activeElement).toBe(restore(titles[1]));
  });
});
