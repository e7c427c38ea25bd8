/**
 * A refused `.journey` file (files/journey/errors: a code, or a more precise
 * sentence id, with its numbers) as a sentence in the interface language.
 */
import { byteSize, type FileError, type FileMessageId } from '../files';
import { currentLanguage, formatNumber, i18n, sizeText, type UiLanguage } from '../i18n';

/** The catalogue key of each sentence; the record's type makes a new id fail to compile until it has one. */
export const FILE_MESSAGE_KEYS: Readonly<Record<FileMessageId, string>> = {
  'not-a-zip': 'errors.fileNotAZip',
  truncated: 'errors.fileTruncated',
  corrupt: 'errors.fileCorrupt',
  unsupported: 'errors.fileUnsupported',
  'too-large': 'errors.fileTooLarge',
  'missing-manifest': 'errors.fileMissingManifest',
  'missing-journey': 'errors.fileMissingJourney',
  'bad-manifest': 'errors.fileBadManifest',
  'json-syntax': 'errors.fileJsonSyntax',
  'too-new': 'errors.fileTooNew',
  schema: 'errors.fileSchema',
  'invalid-file': 'errors.fileInvalid',
  'empty-file': 'errors.fileEmpty',
  'image-file': 'errors.fileIsImage',
  'pdf-file': 'errors.fileIsPdf',
  'json-file': 'errors.fileIsJson',
  'text-file': 'errors.fileIsText',
  'too-large-file': 'errors.fileTooLargeFile',
  'too-large-plain-json': 'errors.fileTooLargePlainJson',
  'too-large-unpacked': 'errors.fileTooLargeUnpacked',
  'too-large-entries': 'errors.fileTooLargeEntries',
  'too-large-journey-entry': 'errors.fileTooLargeJourneyEntry',
  'too-large-entry': 'errors.fileTooLargeEntry',
  'too-large-zip64': 'errors.fileTooLargeZip64',
  'too-large-inflated': 'errors.fileTooLargeInflated',
  'text-too-long': 'errors.fileTextTooLong',
  'too-many-records': 'errors.fileTooManyRecords',
  'too-deep': 'errors.fileTooDeep',
  'json-syntax-at': 'errors.fileJsonSyntaxAt',
  'too-new-format': 'errors.fileTooNewFormat',
  'too-new-schema': 'errors.fileTooNewSchema',
};

/** Format and file names the sentences name, the same in every language (kept out of the catalogues' words). */
const NAMES = { zip: 'zip', json: 'JSON', manifest: 'manifest.json', journeyJson: 'journey.json' };

/** A size in bytes as the language writes it: "12.5 MB", "12,5 ՄԲ", "64 கி.பை.". */
export function fileSizeText(bytes: number, language: UiLanguage = currentLanguage()): string {
  return sizeText(byteSize(bytes), language);
}

/** What the refusal says, in the interface language; numbers and sizes written as that language writes them. */
export function fileErrorText(error: Pick<FileError, 'code' | 'text'>): string {
  const id = error.text?.id ?? error.code;
  const language = currentLanguage();
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.text?.params ?? {}))
    params[name] = typeof value === 'number' ? formatNumber(value, language, 0) : value;
  for (const [name, bytes] of Object.entries(error.text?.sizes ?? {})) params[name] = fileSizeText(bytes, language);
  // The zip64 refusal's size: the 4 GB a classic zip archive tops out at.
  const zip64 = id === 'too-large-zip64' ? { size: sizeText({ value: 4, unit: 'GB' }, language, 0) } : {};
  return i18n.t(FILE_MESSAGE_KEYS[id], { ...NAMES, ...zip64, ...params });
}
