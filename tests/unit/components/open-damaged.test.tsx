// @vitest-environment happy-dom
/**
 * Opening a damaged `.journey` (files-ui/open-files.ts): the dialog names the file and lists what
 * opening it would change; "Open what can be read" stores the journey so read, Cancel stores
 * nothing. In Telugu, the dialog speaks Telugu.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openJourneyFiles } from '../../../renderer/src/files-ui/open-files';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { getJourneyDocument, listJourneys, WaymarkDB } from '../../../renderer/src/storage';
import { ConfirmHost } from '../../../renderer/src/ui/confirm';
import { ToastViewport, useToasts } from '../../../renderer/src/ui/toasts';
import type { AppServices } from '../../../renderer/src/services';
import type { JourneyId } from '../../../renderer/src/domain/ids';
import { damagedJourney } from '../../fixtures/damaged-journey';
import { buildZip, deflated, text } from '../files/zip-tools';

const MANIFEST = { format: 'waymark-journey', formatVersion: 1, appVersion: 'test', createdAt: '', savedAt: '' };
let counter = 0;

afterEach(async () => {
  cleanup();
  useToasts.setState({ toasts: [] });
  await setUiLanguage('en');
});

/** Opens the damaged file as the Open command does, with the app's dialogs and toasts drawn. */
function openDamaged() {
  const raw = damagedJourney();
  const bytes = buildZip([
    deflated('manifest.json', text(JSON.stringify(MANIFEST))),
    deflated('journey.json', text(JSON.stringify(raw))),
  ]);
  const db = new WaymarkDB(`open-damaged-${process.pid}-${++counter}`);
  const routes: unknown[] = [];
  const services = { db, navigate: (r: unknown) => routes.push(r) } as unknown as AppServices;
  render(
    <>
      <ConfirmHost />
      <ToastViewport />
    </>,
  );
  const done = openJourneyFiles(services, [{ name: 'damaged.journey', bytes, path: null }]);
  return { raw, db, routes, done };
}

describe('opening a damaged journey', () => {
  it('lists what would change, and "Open what can be read" stores the journey as read', async () => {
    const { raw, db, routes, done } = openDamaged();
    const dialog = await screen.findByRole('dialog', { name: 'damaged.journey is damaged' });
    const lines = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain('Left out every note in the file: they were not stored as a list.');
    expect(lines.some((l) => l?.startsWith('Reset the emotion of touchpoint'))).toBe(true);
    expect(lines.some((l) => l?.startsWith('Reset the severity of pain point 2 of touchpoint'))).toBe(true);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Open what can be read' }));
      await done;
    });
    const id = (raw.journey as { id: JourneyId }).id;
    const stored = await getJourneyDocument(db, id);
    if (!stored) throw new Error('expected the journey stored');
    expect(stored.journey.status).toBe('draft');
    expect(stored.touchpoints).toHaveLength((raw.touchpoints as unknown[]).length - 1);
    expect(routes).toEqual([{ name: 'journey', journeyId: id }]);
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      `Opened what could be read of damaged.journey as “${stored.journey.title}”.`,
    ]);
  });

  it('Cancel stores nothing and says the file was not opened, in Telugu', async () => {
    await setUiLanguage('te');
    const { db, routes, done } = openDamaged();
    const dialog = await screen.findByRole('dialog', { name: 'damaged.journey దెబ్బతిన్నది' });
    expect(within(dialog).getByRole('button', { name: 'చదవగలిగినదాన్ని తెరువు' })).toBeTruthy();
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('ఫైల్‌లోని ప్రతి అంటుకునే గమనిక వదిలివేయబడింది: అవి జాబితాగా నిల్వ చేయబడలేదు.');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'వద్దు' }));
      await done;
    });
    expect(await listJourneys(db)).toEqual([]);
    expect(routes).toEqual([]);
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['damaged.journey తెరవబడలేదు.']);
  });
});
