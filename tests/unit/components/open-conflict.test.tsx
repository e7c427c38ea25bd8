// @vitest-environment happy-dom
/**
 * Opening a file whose journey is already in the library (files-ui/open-files.ts): the question
 * names the library's journey too, as it is called now (renamed since the file was sent), with when
 * each was last edited, so the user can choose between replacing and keeping both; a journey in the
 * trash is said to be there.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { conflictQuestion, openJourneyFiles } from '../../../renderer/src/files-ui/open-files';
import { formatDateTime, setUiLanguage } from '../../../renderer/src/i18n';
import { importJourney, listJourneys, moveToTrash, renameJourney, WaymarkDB } from '../../../renderer/src/storage';
import { writeJourneyFile } from '../../../renderer/src/files';
import { ConfirmHost } from '../../../renderer/src/ui/confirm';
import { ToastViewport, useToasts } from '../../../renderer/src/ui/toasts';
import type { AppServices } from '../../../renderer/src/services';
import { BUILT_AT, journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE } from '../../fixtures/seed-text';

let counter = 0;

afterEach(async () => {
  cleanup();
  useToasts.setState({ toasts: [] });
  await setUiLanguage('en');
});

/** A library holding the file's journey, renamed since (and trashed when asked); then the file is opened. */
async function openKnownFile(trashed = false) {
  const b = journey(SEED_PHRASE.tamil);
  b.stage('Discover');
  const document = b.build();
  const db = new WaymarkDB(`open-conflict-${process.pid}-${++counter}`);
  await importJourney(db, document, [], 'new');
  const renamed = await renameJourney(db, document.journey.id, SEED_PHRASE.armenian);
  if (trashed) await moveToTrash(db, document.journey.id);
  const bytes = writeJourneyFile({ document, assets: [], appVersion: 'test', savedAt: new Date(BUILT_AT) });
  const services = { db, navigate: () => undefined } as unknown as AppServices;
  render(
    <>
      <ConfirmHost />
      <ToastViewport />
    </>,
  );
  const done = openJourneyFiles(services, [{ name: 'map.journey', bytes, path: null }]);
  return { db, done, mineEdited: renamed.updatedAt };
}

describe('opening a journey the library already has', () => {
  it('names the library’s journey and when each was last edited; Cancel stores nothing', async () => {
    const { db, done, mineEdited } = await openKnownFile();
    const dialog = await screen.findByRole('dialog', { name: 'This journey is already in your library' });
    expect(dialog.textContent).toContain(
      `The file’s “${SEED_PHRASE.tamil}” (last edited ${formatDateTime(BUILT_AT, 'en')}) is the same journey as ` +
        `“${SEED_PHRASE.armenian}” in your library (last edited ${formatDateTime(mineEdited, 'en')}).`,
    );
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await done;
    });
    expect((await listJourneys(db)).map((s) => s.journey.title)).toEqual([SEED_PHRASE.armenian]);
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['map.journey was not opened.']);
  });

  it('says when the library’s journey is in the trash, in Armenian', async () => {
    await setUiLanguage('hy');
    const { done } = await openKnownFile(true);
    const dialog = await screen.findByRole('dialog', { name: 'Այս ուղին ձեր աղբարկղում է' });
    expect(dialog.textContent).toContain(`ձեր աղբարկղի «${SEED_PHRASE.armenian}»-ը`);
    expect(dialog.textContent).toContain(formatDateTime(BUILT_AT, 'hy'));
    await act(async () => {
      fireEvent.click(within(dialog).getAllByRole('button').at(0)!);
      await done;
    });
  });

  it('gives both times to the second when they fall in one minute, in every language, so the newer one shows', async () => {
    const at = Date.UTC(2026, 10, 28, 9, 30, 5);
    for (const language of ['en', 'ta', 'hy', 'te', 'ml'] as const) {
      await setUiLanguage(language);
      const mine = { title: SEED_PHRASE.armenian, updatedAt: at + 40_000, deletedAt: null };
      const { message } = conflictQuestion({ title: SEED_PHRASE.tamil, updatedAt: at }, mine);
      const [fileWhen, mineWhen] = [formatDateTime(at, language, true), formatDateTime(at + 40_000, language, true)];
      expect(fileWhen, language).not.toBe(mineWhen);
      expect(message, language).toContain(fileWhen);
      expect(message, language).toContain(mineWhen);
      // Minutes apart: to the minute, as before.
      const later = conflictQuestion({ title: SEED_PHRASE.tamil, updatedAt: at }, { ...mine, updatedAt: at + 600_000 });
      expect(later.message, language).toContain(formatDateTime(at, language));
      expect(later.message, language).not.toContain(fileWhen);
    }
  });
});
