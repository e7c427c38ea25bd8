/**
 * File refusals and CSV row problems are codes in the pure layers (files/),
 * translated by the interface (files-ui/file-errors.ts, csv-problems.ts):
 * every code has a sentence in all five languages, and in English the
 * translated sentence is word for word the one files/ keeps for logs and tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CSV_PROBLEM_CODES,
  csvToDocumentParts,
  FILE_ERROR_CODES,
  FILE_ERROR_MESSAGES,
  FILE_MESSAGE_IDS,
  parseTouchpointCsv,
  readJourneyFile,
  type FileError,
} from '../../../renderer/src/files';
import { tooLargeMessage, tooLargeText, type TooLargeReason } from '../../../renderer/src/files/journey/errors';
import { CSV_PROBLEM_KEYS, csvProblemText } from '../../../renderer/src/files-ui/csv-problems';
import { FILE_MESSAGE_KEYS, fileErrorText, fileSizeText } from '../../../renderer/src/files-ui/file-errors';
import { LOGO_MAX_BYTES } from '../../../renderer/src/exports';
import { CATALOGUES, catalogueKeys, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { STORAGE_ERROR_MESSAGES, StorageError, type StorageErrorCode } from '../../../renderer/src/storage';
import { errorMessage, STORAGE_ERROR_KEYS } from '../../../renderer/src/ui/toasts';
import type { JourneyId } from '../../../renderer/src/domain/ids';
import { TAMIL } from '../../fixtures/seed-text';
import { sampleJourney } from '../../fixtures/sample-journey';
import { buildZip, deflated, text } from '../files/zip-tools';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/domain';
import { CURRENT_FORMAT_VERSION, JOURNEY_FORMAT } from '../../../renderer/src/files';

const keysOf = (language: (typeof UI_LANGUAGES)[number]) => new Set(catalogueKeys(CATALOGUES[language]));

afterEach(() => setUiLanguage('en'));

async function refusal(bytes: Uint8Array): Promise<FileError> {
  const result = await readJourneyFile(bytes);
  if (result.ok || !('error' in result)) throw new Error('expected a refusal');
  return result.error;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('file refusals in five languages', () => {
  it('every refusal sentence and CSV problem has a catalogue entry in every language', () => {
    for (const language of UI_LANGUAGES) {
      const keys = keysOf(language);
      for (const id of FILE_MESSAGE_IDS) expect(keys.has(FILE_MESSAGE_KEYS[id]), `${language} ${id}`).toBe(true);
      for (const code of CSV_PROBLEM_CODES) expect(keys.has(CSV_PROBLEM_KEYS[code]), `${language} ${code}`).toBe(true);
    }
  });

  it('in English, each code says exactly the sentence files/ keeps', () => {
    for (const code of FILE_ERROR_CODES) expect(fileErrorText({ code })).toBe(FILE_ERROR_MESSAGES[code]);
    const reasons: TooLargeReason[] = [
      { kind: 'file', bytes: 31_000_000, max: 30 * 1024 * 1024 },
      { kind: 'plain-json', bytes: 12_000_000, max: 10 * 1024 * 1024 },
      { kind: 'unpacked', bytes: 300_000_000, max: 200 * 1024 * 1024 },
      { kind: 'entries', count: 12_000, max: 10_000 },
      { kind: 'entry', name: 'journey.json', bytes: 60_000_000, max: 50 * 1024 * 1024 },
      { kind: 'entry', name: 'assets/a.png', bytes: 60_000_000, max: 50 * 1024 * 1024 },
      { kind: 'zip64' },
      { kind: 'inflated' },
    ];
    for (const reason of reasons) {
      expect(fileErrorText({ code: 'too-large', text: tooLargeText(reason) })).toBe(tooLargeMessage(reason));
    }
  });

  it('a damaged, empty, picture or text file is refused in the language chosen, the same refusal as in English', async () => {
    const files = [
      new Uint8Array(),
      PNG,
      utf8(`${TAMIL[0]}\n`),
      utf8('{"not": "a journey"'),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
    ];
    for (const bytes of files) {
      const error = await refusal(bytes);
      expect(fileErrorText(error), error.message).toBe(error.message);
      await setUiLanguage('ta');
      const tamil = fileErrorText(error);
      expect(tamil).not.toBe(error.message);
      expect(tamil).toMatch(/[\u0B80-\u0BFF]/);
      await setUiLanguage('hy');
      expect(fileErrorText(error)).toMatch(/[\u0530-\u058F]/);
      await setUiLanguage('en');
    }
  });

  it('CSV row problems read the same in English and are translated in Armenian', async () => {
    const parsed = parseTouchpointCsv(
      `Title,Emotion,Friction\n,1,0\n"${TAMIL[0]}",ecstatic,0\n"${TAMIL[1]}",1,9\n"open`,
    );
    const result = csvToDocumentParts(parsed.rows, { title: 0, emotion: 1, friction: 2 }, 'journey:x' as JourneyId, []);
    const problems = [...result.errors, ...result.warnings, ...parsed.problems];
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['noTitle', 'badEmotion', 'badFriction']));
    for (const problem of problems) expect(csvProblemText(problem)).toBe(problem.message);
    const noColumn = csvToDocumentParts(parsed.rows, {}, 'journey:x' as JourneyId, []).errors[0]!;
    expect(csvProblemText(noColumn)).toBe(noColumn.message);
    await setUiLanguage('hy');
    for (const problem of [...problems, noColumn].filter((p) => p.code !== 'unreadable')) {
      expect(csvProblemText(problem), problem.code).toMatch(/[\u0530-\u058F]/);
    }
  });
});

describe('sizes in a refusal, in the interface language', () => {
  const MB = 1024 * 1024;
  const big = { kind: 'file', bytes: 5.5 * MB, max: 64 * MB } as const;

  it('files/ passes sizes out as numbers of bytes, not English text', () => {
    expect(tooLargeText(big)).toEqual({ id: 'too-large-file', sizes: { size: 5.5 * MB, max: 64 * MB } });
    expect(JSON.stringify(tooLargeText({ kind: 'entry', name: 'assets/a.png', bytes: 3 * MB, max: MB }))).not.toMatch(
      /MB|KB/,
    );
  });

  it('writes the number in the language’s format and the unit in its script', async () => {
    expect(fileErrorText({ code: 'too-large', text: tooLargeText(big) })).toContain('is 5.5 MB, more than the 64 MB');
    await setUiLanguage('hy');
    const armenian = fileErrorText({ code: 'too-large', text: tooLargeText(big) });
    // Armenian writes a decimal comma and ՄԲ for megabytes.
    expect(armenian).toContain('5,5 ՄԲ');
    expect(armenian).toContain('64 ՄԲ');
    expect(armenian).not.toMatch(/5\.5|MB/);
    await setUiLanguage('ta');
    expect(fileSizeText(300 * 1024)).toBe('300 கி.பை.');
    expect(fileSizeText(1033 * MB)).toBe('1,033 மெ.பை.');
    expect(fileSizeText(500)).toBe('500 பைட்');
    expect(fileErrorText({ code: 'too-large', text: tooLargeText({ kind: 'zip64' }) })).toContain('4 ஜி.பை.');
    await setUiLanguage('te');
    expect(fileSizeText(LOGO_MAX_BYTES)).toBe('2 ఎంబీ');
    await setUiLanguage('ml');
    expect(fileSizeText(5.25 * MB)).toBe('5.3 എംബി');
  });

  it('a real refusal read in Malayalam names both sizes without an English unit', async () => {
    const zip = new Uint8Array(3000);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    const error = await readJourneyFile(zip, { limits: { maxFileBytes: 2048 } });
    if (error.ok || !('error' in error)) throw new Error('expected a refusal');
    expect(error.error.text?.sizes).toEqual({ size: 3000, max: 2048 });
    await setUiLanguage('ml');
    const text = fileErrorText(error.error);
    expect(text).toContain('3 കെബി');
    expect(text).toContain('2 കെബി');
    expect(text).not.toMatch(/KB|bytes/);
  });

  it('says every unit in every language, none left in English outside English', () => {
    for (const language of UI_LANGUAGES) {
      const sizes = [500, 64 * 1024, 12.5 * MB].map((n) => fileSizeText(n, language));
      expect(
        sizes.every((s) => /\d/.test(s)),
        language,
      ).toBe(true);
      if (language !== 'en') for (const s of sizes) expect(s, language).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('a file refused for its version or schema says what to do next, in every language', () => {
  /** Each language's words for the two next steps: update Waymark, or ask the sender to save the journey again. */
  const UPDATE: Record<(typeof UI_LANGUAGES)[number], RegExp> = {
    en: /Update Waymark/,
    ta: /Waymark-ஐப் புதுப்பிக்கவும்/,
    hy: /թարմացրեք Waymark-ը/i,
    te: /Waymark ను నవీకరించండి/,
    ml: /Waymark പുതുക്കുക/,
  };
  const SAVE_AGAIN: Record<(typeof UI_LANGUAGES)[number], RegExp> = {
    en: /ask the sender to save the journey again from Waymark/,
    ta: /மீண்டும் சேமிக்குமாறு அனுப்பியவரிடம் கேட்கவும்/,
    hy: /խնդրեք ուղարկողին ուղին նորից պահել Waymark-ից/,
    te: /మళ్లీ సేవ్ చేయమని పంపినవారిని అడగండి/,
    ml: /വീണ്ടും സേവ് ചെയ്യാൻ അയച്ചയാളോട് ആവശ്യപ്പെടുക/,
  };
  const json = (value: unknown) => utf8(JSON.stringify(value));
  const doc = sampleJourney();
  const withJourney = (fields: Record<string, unknown>) => ({ ...doc, journey: { ...doc.journey, ...fields } });
  const zipOf = (formatVersion: number, journey: unknown) =>
    buildZip([
      deflated(
        'manifest.json',
        text(JSON.stringify({ format: JOURNEY_FORMAT, formatVersion, appVersion: 't', createdAt: '', savedAt: '' })),
      ),
      deflated('journey.json', text(JSON.stringify(journey))),
    ]);
  const newerFormat = () => zipOf(CURRENT_FORMAT_VERSION + 1, doc);

  it('a newer journey schema or file format: update Waymark', async () => {
    const refusals = [
      await refusal(json(withJourney({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }))),
      await refusal(newerFormat()),
    ];
    expect(refusals.map((r) => r.text?.id)).toEqual(['too-new-schema', 'too-new-format']);
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      for (const error of [...refusals, { code: 'too-new' as const }])
        expect(fileErrorText(error), `${language} ${error.code}`).toMatch(UPDATE[language]);
    }
  });

  it('a schema Waymark does not know or a damaged journey: update Waymark if it is newer, else ask for it saved again', async () => {
    const refusals = [
      // A schema version that is no version at all, a journey of the wrong shape, no journey in the document.
      await refusal(json(withJourney({ schemaVersion: 'three' }))),
      await refusal(json(withJourney({ title: 42 }))),
      await refusal(zipOf(CURRENT_FORMAT_VERSION, { stages: [] })),
    ];
    expect(refusals.map((r) => r.code)).toEqual(['schema', 'schema', 'schema']);
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      for (const error of refusals) {
        const said = fileErrorText(error);
        expect(said, `${language}: ${error.message}`).toMatch(UPDATE[language]);
        expect(said, `${language}: ${error.message}`).toMatch(SAVE_AGAIN[language]);
      }
    }
    await setUiLanguage('en');
    expect(fileErrorText(refusals[0]!)).toBe(FILE_ERROR_MESSAGES.schema);
  });

  it('its sentence is in every catalogue', () => {
    for (const language of UI_LANGUAGES)
      for (const id of ['schema', 'too-new', 'too-new-format', 'too-new-schema'] as const)
        expect(keysOf(language).has(FILE_MESSAGE_KEYS[id]), `${language} ${id}`).toBe(true);
  });
});

describe('storage failures in five languages', () => {
  const codes = Object.keys(STORAGE_ERROR_MESSAGES) as StorageErrorCode[];

  it('every storage failure code has a catalogue entry in every language', () => {
    for (const language of UI_LANGUAGES) {
      const keys = keysOf(language);
      for (const code of codes) expect(keys.has(STORAGE_ERROR_KEYS[code]!), `${language} ${code}`).toBe(true);
    }
  });

  it('a toast says the code’s sentence in the language chosen; a precise sentence storage wrote in English only', async () => {
    for (const code of codes) expect(errorMessage(new StorageError(code))).toBe(STORAGE_ERROR_MESSAGES[code]);
    const precise = new StorageError('constraint', 'Some rows of the journey belong to another journey.');
    expect(errorMessage(precise)).toBe(precise.message);
    await setUiLanguage('te');
    expect(errorMessage(new StorageError('quota'))).toMatch(/[\u0C00-\u0C7F]/);
    expect(errorMessage(new StorageError('quota'))).not.toBe(STORAGE_ERROR_MESSAGES.quota);
    // An integrity check's own English reason is not shown in Telugu: the constraint's sentence is.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(errorMessage(precise)).toBe(errorMessage(new StorageError('constraint')));
      expect(errorMessage(precise)).toMatch(/[\u0C00-\u0C7F]/);
      expect(warn).toHaveBeenCalledWith(`Storage: ${precise.message}`);
    } finally {
      warn.mockRestore();
    }
  });
});
