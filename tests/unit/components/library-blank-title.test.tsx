// @vitest-environment happy-dom
/**
 * A journey whose title was cleared in the editor's title box is stored blank; the library
 * showed an empty card (and "Actions for " to a screen reader). It now shows and says
 * "Untitled journey", without changing what is stored.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney } from '../../../renderer/src/domain/factories';
import { setUiLanguage } from '../../../renderer/src/i18n';
import taLibrary from '../../../renderer/src/i18n/locales/ta/library.json';
import { JourneyCard } from '../../../renderer/src/library/JourneyCard';
import { TrashList } from '../../../renderer/src/library/TrashList';
import type { JourneySummary } from '../../../renderer/src/storage';

afterEach(async () => {
  cleanup();
  await setUiLanguage('en');
});

const blank = (fields: Partial<JourneySummary['journey']> = {}): JourneySummary => ({
  journey: { ...createJourney({ title: '  ' }, Date.now()), ...fields },
  stageCount: 6,
  touchpointCount: 2,
});

const handlers = () => ({
  onOpen: vi.fn(),
  onStartRename: vi.fn(),
  onEndRename: vi.fn(),
  onDuplicate: vi.fn(),
  onTrash: vi.fn(),
});

describe('a journey with a blank title in the library', () => {
  it('has a card that shows and names it as Untitled journey, in the interface language', async () => {
    await setUiLanguage('ta');
    render(
      <ul>
        <JourneyCard summary={blank()} renaming={false} {...handlers()} />
      </ul>,
    );
    expect(document.querySelector('.card-title')!.textContent).toBe(taLibrary.untitled);
    const actionsFor = taLibrary.actionsFor.replace('{{title}}', taLibrary.untitled);
    expect(screen.getByRole('button', { name: actionsFor })).toBeTruthy();
  });

  it('has a trash row that shows it as Untitled journey', () => {
    const actions = { onRestore: vi.fn(), onPurge: vi.fn(), onEmptyTrash: vi.fn() };
    render(<TrashList summaries={[blank({ deletedAt: Date.now() })]} actions={actions as never} />);
    expect(document.querySelector('.card-title')!.textContent).toBe('Untitled journey');
    expect(screen.getByRole('button', { name: /Restore.*Untitled journey/ })).toBeTruthy();
  });
});
