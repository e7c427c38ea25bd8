/**
 * What the "Open what can be read" dialog lists for a damaged file (files-ui/open-files.ts
 * `offerSalvage` shows `repairTexts` through `messageText`): each change names the field as the
 * product does, "the severity of pain point 2", never a file path such as `painPoints.1.severity`; in
 * Tamil in Tamil; a field no table names falls back to its path.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readJourneyFile } from '../../../renderer/src/files';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { messageText } from '../../../renderer/src/i18n/messages';
import { LIMITS } from '../../../renderer/src/domain/model';
import type { UserMessage } from '../../../renderer/src/domain/user-message';
import { DAMAGED_JOURNEY_CHANGES, damagedJourney } from '../../fixtures/damaged-journey';
import { buildZip, deflated, text } from '../files/zip-tools';

const MANIFEST = { format: 'waymark-journey', formatVersion: 1, appVersion: 'test', createdAt: '', savedAt: '' };

/** The salvage's own lines for the damaged fixture, as the dialog lists them, and the names they quote. */
async function salvageLines() {
  const raw = damagedJourney();
  const read = await readJourneyFile(
    buildZip([
      deflated('manifest.json', text(JSON.stringify(MANIFEST))),
      deflated('journey.json', text(JSON.stringify(raw))),
    ]),
  );
  if (read.ok || !read.salvaged) throw new Error('expected what can be read');
  const texts = read.salvaged.repairTexts.slice(0, DAMAGED_JOURNEY_CHANGES.length);
  const journey = (raw.journey as { title: string }).title;
  const first = (raw.touchpoints as { title: string }[])[0]!.title;
  const cut = (title: string) => (title.length > 60 ? `${title.slice(0, 60)}…` : title);
  return { lines: () => texts.map(messageText), journey: cut(journey), first: cut(first), long: `${'ம'.repeat(60)}…` };
}

describe('the damaged file’s list of changes', () => {
  afterEach(() => setUiLanguage('en'));

  it('names each field in words, list places counted from 1, in English', async () => {
    const { lines, journey, first, long } = await salvageLines();
    const all = lines();
    expect(all.slice(0, 6)).toEqual([
      `Reset the status of journey “${journey}”: its value could not be read.`,
      `Reset the emotion of touchpoint “${first}”: its value could not be read.`,
      `Reset the severity of pain point 2 of touchpoint “${first}”: its value could not be read.`,
      `Left out pain point 3 of touchpoint “${first}”: it could not be read.`,
      `Shortened the title of touchpoint “${long}” to 1,000 characters.`,
      `Shortened the tags of touchpoint “${long}” to the first ${LIMITS.tags}.`,
    ]);
    for (const line of all) expect(line).not.toMatch(/painPoints|\.\d|\{\{/);
  });

  it('says them in Tamil, with the inspector’s own words', async () => {
    const { lines, first } = await salvageLines();
    await setUiLanguage('ta');
    const all = lines();
    expect(all[2]).toBe(`தொடுப்புள்ளி “${first}”-இன் வலிப்புள்ளி 2-இன் தீவிரம் மீட்டமைக்கப்பட்டது: அதன் மதிப்பைப் படிக்க முடியவில்லை.`);
    expect(all[1]).toBe(`தொடுப்புள்ளி “${first}”-இன் உணர்ச்சி மீட்டமைக்கப்பட்டது: அதன் மதிப்பைப் படிக்க முடியவில்லை.`);
    expect(all[3]).toBe(`தொடுப்புள்ளி “${first}”-இன் வலிப்புள்ளி 3 விடப்பட்டது: அதைப் படிக்க முடியவில்லை.`);
    for (const line of all) expect(line).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('a field the interface has no word for is named by its path, never left empty', async () => {
    const unknown: UserMessage = {
      code: 'salvageReset',
      params: { field: 'painPoints.1.mood', row: { code: 'rowTouchpoint' }, name: 'Pay' },
    };
    const unknownWord: UserMessage = {
      code: 'salvageShortenedText',
      params: {
        field: { code: 'salvageFieldName', params: { word: 'mood' } },
        row: { code: 'rowNote' },
        name: 'Hi',
        max: 5,
      },
    };
    expect(messageText(unknown)).toBe('Reset painPoints.1.mood of touchpoint “Pay”: its value could not be read.');
    expect(messageText(unknownWord)).toBe('Shortened the mood of note “Hi” to 5 characters.');
    await setUiLanguage('ta');
    expect(messageText(unknown)).toBe(
      'தொடுப்புள்ளி “Pay”-இன் painPoints.1.mood மீட்டமைக்கப்பட்டது: அதன் மதிப்பைப் படிக்க முடியவில்லை.',
    );
  });
});
