// @vitest-environment happy-dom
import Dexie from 'dexie';
import type { JourneyId } from '../../../renderer/src/domain/ids';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../renderer/src/i18n';
import {
  createBlankJourney,
  duplicateJourneyOf,
  emptyTrashAfterConfirm,
  purgeJourneyAfterConfirm,
  renameJourneyTo,
  restoreJourney,
  trashJourney,
} from '../../../renderer/src/library/actions';
import { createJourney, listJourneys, WaymarkDB, type JourneySummary } from '../../../renderer/src/storage';
import { useToasts } from '../../../renderer/src/ui/toasts';

// The user confirms every "Delete forever" and "Empty trash" dialog.
vi.mock('../../../renderer/src/ui/confirm', () => ({ confirmAction: () => Promise.resolve(true) }));
import { MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

let db: WaymarkDB;
beforeEach(() => {
  db = new WaymarkDB(`library-actions-${crypto.randomUUID()}`);
  useToasts.setState({ toasts: [] });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function summaryOf(title: string): Promise<JourneySummary> {
  const journey = await createJourney(db, { title });
  return (await listJourneys(db)).find((s) => s.journey.id === journey.id)!;
}

async function titles(trashed = false) {
  return (await listJourneys(db, { trashed })).map((s) => s.journey.title).sort();
}

describe('library actions', () => {
  it('renames to the trimmed title, and leaves the journey alone for a blank, unchanged or cancelled title', async () => {
    const s = await summaryOf(TAMIL[0]);
    await renameJourneyTo(db, s, '   ');
    await renameJourneyTo(db, s, ` ${TAMIL[0]} `);
    await renameJourneyTo(db, s, null);
    expect(await titles()).toEqual([TAMIL[0]]);
    expect((await db.journeys.get(s.journey.id))!.updatedAt).toBe(s.journey.updatedAt);

    await renameJourneyTo(db, s, `  ${TELUGU[0]}\n`);
    expect(await titles()).toEqual([TELUGU[0]]);
  });

  it('moves to the trash with an Undo in the toast that brings the journey back', async () => {
    const s = await summaryOf(MALAYALAM[0]);
    await trashJourney(db, s);
    expect(await titles()).toEqual([]);
    expect(await titles(true)).toEqual([MALAYALAM[0]]);
    const [shown] = useToasts.getState().toasts;
    expect(shown?.message).toBe(`Moved “${MALAYALAM[0]}” to the trash.`);
    expect(shown?.action?.label).toBe('Undo');

    shown!.action!.run();
    await expect.poll(() => titles()).toEqual([MALAYALAM[0]]);
    expect(await titles(true)).toEqual([]);
  });

  it('retires the trash toast (and its Undo) once its journey is restored or deleted forever', async () => {
    const restored = await summaryOf(TAMIL[1]);
    const purged = await summaryOf(TELUGU[1]);
    const emptied = await summaryOf(MALAYALAM[1]);
    await trashJourney(db, restored);
    await trashJourney(db, purged);
    await trashJourney(db, emptied);
    const messages = () => useToasts.getState().toasts.map((t) => t.message);
    expect(messages()).toHaveLength(3);

    await restoreJourney(db, restored.journey.id);
    expect(messages()).toEqual([`Moved “${TELUGU[1]}” to the trash.`, `Moved “${MALAYALAM[1]}” to the trash.`]);

    await purgeJourneyAfterConfirm(db, purged);
    expect(messages()).toEqual([`Moved “${MALAYALAM[1]}” to the trash.`]);

    await emptyTrashAfterConfirm(db, 1);
    expect(messages()).toEqual([]);
    expect(await titles()).toEqual([TAMIL[1]]);
  });

  it('quotes a long title by its first 80 letters in the trash and duplicate toasts, not all 1,000', async () => {
    const long = MALAYALAM.join(' ').repeat(20).slice(0, 1000);
    const s = await summaryOf(long);
    await duplicateJourneyOf(db, s);
    await trashJourney(db, s);
    const quoted = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(long)]
      .slice(0, 80)
      .map((g) => g.segment)
      .join('');
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      `Duplicated “${quoted}…”.`,
      `Moved “${quoted}…” to the trash.`,
    ]);
  });

  it('duplicates with a toast, and a failed restore says so in a toast instead of throwing', async () => {
    const s = await summaryOf(TAMIL[3]);
    await duplicateJourneyOf(db, s);
    expect((await listJourneys(db)).length).toBe(2);
    expect(useToasts.getState().toasts.map((t) => [t.tone, t.message])).toEqual([
      ['success', `Duplicated “${TAMIL[3]}”.`],
    ]);

    await db.journeys.delete(s.journey.id);
    await restoreJourney(db, s.journey.id);
    expect(useToasts.getState().toasts.at(-1)?.tone).toBe('error');
  });

  it('a new journey is titled and its six stages named in the interface language (they are the map’s content)', async () => {
    const created: string[] = [];
    const services = { db, navigate: (r: { name: string; journeyId?: string }) => void created.push(r.journeyId!) };
    try {
      await i18n.changeLanguage('ta');
      await createBlankJourney(services as never);
    } finally {
      await i18n.changeLanguage('en');
    }
    const journey = (await db.journeys.get(created[0] as JourneyId))!;
    expect(journey.title).toBe(i18n.t('library.untitled', { lng: 'ta' }));
    const stages = await db.stages.where('journeyId').equals(journey.id).sortBy('order');
    expect(stages.map((s) => s.name)).toEqual(['கண்டறிதல்', 'தேர்வு', 'வாங்குதல்', 'பெறுதல்', 'பயன்பாடு', 'புதுப்பித்தல்']);
  });
});
