/**
 * What the "Open what can be read" dialog lists for a damaged file (files-ui/open-files.ts
 * `offerSalvage` shows `repairTexts` through `messageText`): each change names the field as the
 * product does, "the severity of pain point 2", never a file path such as `painPoints.1.severity`; in
 * Tamil in Tamil; a field no table names falls back to its path. No translated line hyphenates a suffix
 * onto a word ("குறிப்பு-உம்"), and an English shortened list names its items ("the tags").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readJourneyFile } from '../../../renderer/src/files';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { messageText } from '../../../renderer/src/i18n/messages';
import { LIMITS } from '../../../renderer/src/domain/model';
import { salvageDocument } from '../../../renderer/src/domain/salvage';
import { FIELD_WORDS } from '../../../renderer/src/domain/salvage-fields';
import { CHILD_TABLES } from '../../../renderer/src/domain/tables';
import type { UserMessage } from '../../../renderer/src/domain/user-message';
import { DAMAGED_JOURNEY_CHANGES, damagedJourney } from '../../fixtures/damaged-journey';
import { sampleJourney } from '../../fixtures/sample-journey';
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

  it('says “every note / touchpoint … was left out” without gluing a suffix to the row word', async () => {
    const { first } = await salvageLines();
    const notLists = notListLines();
    await setUiLanguage('ta');
    expect(messageText(notLists.notes)).toBe(
      'கோப்பிலுள்ள ஒட்டுக் குறிப்பு எதுவும் சேர்க்கப்படவில்லை: அவை பட்டியலாகச் சேமிக்கப்படவில்லை.',
    );
    expect(messageText(notLists.touchpoints)).toBe(
      'கோப்பிலுள்ள தொடுப்புள்ளி எதுவும் சேர்க்கப்படவில்லை: அவை பட்டியலாகச் சேமிக்கப்படவில்லை.',
    );
    await setUiLanguage('ml');
    expect(messageText(notLists.notes)).toBe(
      'ഫയലിലെ ഒട്ടിക്കുന്ന കുറിപ്പ് ഒന്നും ഉൾപ്പെടുത്തിയില്ല: അവ ഒരു പട്ടികയായി സൂക്ഷിച്ചിരുന്നില്ല.',
    );
    expect(messageText(notLists.personas)).toBe('ഫയലിലെ പെഴ്സോണ ഒന്നും ഉൾപ്പെടുത്തിയില്ല: അവ ഒരു പട്ടികയായി സൂക്ഷിച്ചിരുന്നില്ല.');
    await setUiLanguage('hy');
    expect(messageText(notLists.stages)).toBe('Ֆայլի ոչ մի փուլ չներառվեց, քանի որ դրանք պահված չէին ցանկի տեսքով։');
    await setUiLanguage('te');
    const { lines } = await salvageLines();
    expect(lines()[2]).toBe(`టచ్‌పాయింట్ “${first}” యొక్క ఇబ్బంది అంశం 2 యొక్క తీవ్రత రీసెట్ చేయబడింది: దాని విలువను చదవడం సాధ్యం కాలేదు.`);
  });

  it('in Tamil, Malayalam, Telugu and Armenian no line joins a word and a suffix with a hyphen', async () => {
    const { lines } = await salvageLines();
    const messages = [...Object.values(notListLines()), ...listLines().map((l) => l.text)];
    // A letter or its vowel sign, a hyphen, a letter: "குறிப்பு-உம்", "കുറിപ്പ്-ഉം". After a number or a
    // quotation mark ("2-இன்", "“Pay”-ന്റെ") the hyphen is how these languages attach a case ending.
    const glued = /[\p{L}\p{M}]-\p{L}/u;
    for (const language of ['ta', 'ml', 'te', 'hy'] as const) {
      await setUiLanguage(language);
      const all = [...lines(), ...messages.map(messageText)];
      expect(all.length).toBeGreaterThan(DAMAGED_JOURNEY_CHANGES.length + CHILD_TABLES.length);
      // The names quoted are the file's own text, not the sentence's.
      for (const line of all)
        expect(line.replace(/“[^”]*”|«[^»]*»/gu, '“”'), `${language}: ${line}`).not.toMatch(glued);
    }
  });

  it('in English a shortened list names its own items, not “items of the …”', async () => {
    const { lines, long } = await salvageLines();
    expect(lines()[5]).toBe(`Shortened the tags of touchpoint “${long}” to the first ${LIMITS.tags}.`);
    const cases = listLines();
    expect(cases.map((c) => c.word).sort()).toEqual(['needs', 'quotes', 'tags']);
    for (const { text, word, max } of cases) {
      const line = messageText(text);
      expect(line).toMatch(new RegExp(`^Shortened the ${word} of (touchpoint|persona) “.+” to the first ${max}\\.$`));
      expect(line).not.toMatch(/items of/);
    }
  });
});

/** The line for each child table stored as something other than a list, from the salvage itself. */
function notListLines(): Record<(typeof CHILD_TABLES)[number], UserMessage> {
  const raw: Record<string, unknown> = { ...sampleJourney() };
  for (const table of CHILD_TABLES) raw[table] = 'none';
  const saved = salvageDocument(raw);
  if (!saved) throw new Error('expected a salvaged journey');
  const lines = saved.repairTexts.filter((t) => t.code === 'salvageNotList');
  expect(lines).toHaveLength(CHILD_TABLES.length);
  return Object.fromEntries(CHILD_TABLES.map((table, i) => [table, lines[i]!])) as Record<
    (typeof CHILD_TABLES)[number],
    UserMessage
  >;
}

/** Lists longer than their limit, shortened by the salvage: a touchpoint's tags and quotes, a persona's needs. */
function listLines(): { text: UserMessage; word: string; max: string }[] {
  const doc = sampleJourney();
  const [touchpoint, ...touchpoints] = doc.touchpoints;
  const [persona, ...personas] = doc.personas;
  const many = (n: number) => Array.from({ length: n + 2 }, (_, i) => `item ${i}`);
  const saved = salvageDocument({
    ...doc,
    touchpoints: [{ ...touchpoint!, tags: many(LIMITS.tags), quotes: many(LIMITS.listItems) }, ...touchpoints],
    personas: [{ ...persona!, needs: many(LIMITS.listItems) }, ...personas],
  });
  if (!saved) throw new Error('expected a salvaged journey');
  return saved.repairTexts
    .filter((t) => t.code === 'salvageShortenedList')
    .map((text) => {
      const field = text.params?.['field'] as UserMessage;
      const code = field.params?.['word'] as keyof typeof FIELD_WORDS;
      return { text, word: FIELD_WORDS[code], max: (text.params?.['max'] as number).toLocaleString('en-US') };
    });
}
