/**
 * One catalogue of the ways a `.journey` file can be refused, each with a
 * sentence that says what happened and what to do next. Details (paths,
 * zod issues) go in `details`, never in the headline; a refusal for size names
 * the limit it hit with its numbers, and a file that is no zip says what it is.
 */
import { formatBytes } from './limits';
import type { SniffedKind } from './sniff';

export const FILE_ERROR_CODES = [
  'not-a-zip',
  'truncated',
  'corrupt',
  'unsupported',
  'too-large',
  'missing-manifest',
  'missing-journey',
  'bad-manifest',
  'json-syntax',
  'too-new',
  'schema',
  'invalid-file',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/**
 * Which sentence a refusal says, for the interface to translate (`params` fills it in):
 * each code's own sentence, or a more precise one for what the file is or which limit it hit.
 * `message` holds the same sentence in English, for logs and tests.
 */
export const FILE_MESSAGE_IDS = [
  ...FILE_ERROR_CODES,
  'empty-file',
  'image-file',
  'pdf-file',
  'json-file',
  'text-file',
  'too-large-file',
  'too-large-plain-json',
  'too-large-unpacked',
  'too-large-entries',
  'too-large-journey-entry',
  'too-large-entry',
  'too-large-zip64',
  'too-large-inflated',
  'text-too-long',
  'too-many-records',
  'too-deep',
  'json-syntax-at',
  'too-new-format',
  'too-new-schema',
] as const;
export type FileMessageId = (typeof FILE_MESSAGE_IDS)[number];

/** A sentence to show: its id and the words or numbers it names. */
export interface FileMessage {
  id: FileMessageId;
  params?: Readonly<Record<string, string | number>>;
  /**
   * Sizes in bytes the sentence names (`size`, `max`), kept as numbers so the
   * interface writes each in its language's digits and units (see `byteSize`).
   */
  sizes?: Readonly<Record<string, number>>;
}

export interface FileError {
  code: FileErrorCode;
  message: string;
  /** The sentence for the interface to translate; without it, the code's own (`id` = code). */
  text?: FileMessage;
  details?: string[];
  /** For `json-syntax`: where in journey.json the text breaks. */
  position?: { line: number; column: number };
}

export const FILE_ERROR_MESSAGES: Record<FileErrorCode, string> = {
  'not-a-zip':
    'This file is not a Waymark journey: it is not the zip archive every .journey file is. Ask the sender to save the journey again from Waymark.',
  truncated: 'This journey file is incomplete, perhaps cut short while copying or downloading. Ask for the file again.',
  corrupt: 'Part of this journey file is damaged and cannot be read. Ask for the file again.',
  unsupported:
    'This journey file was packed in a way Waymark cannot read (encrypted or split). Save it again from Waymark.',
  'too-large':
    'This journey file is larger than Waymark opens safely, so it was not opened. Ask the sender to save the journey again from Waymark.',
  'missing-manifest': 'This zip file is not a Waymark journey: it has no manifest.json. Open a file saved by Waymark.',
  'missing-journey': 'This journey file has no journey.json inside. Ask for the file again.',
  'bad-manifest':
    'This zip file is not a Waymark journey: its manifest does not describe one. Open a file saved by Waymark.',
  'json-syntax': 'The journey inside this file is not valid JSON, so nothing was imported. Ask for the file again.',
  'too-new': 'This file was made with a newer Waymark. Update Waymark to open it.',
  schema:
    'The journey inside this file does not match what Waymark expects, so nothing was imported. Update Waymark if the file came from a newer version; otherwise ask the sender to save the journey again from Waymark.',
  'invalid-file': 'This journey file could not be read. Ask for the file again, or save it again from Waymark.',
};

const count = (n: number) => n.toLocaleString('en-US');

/** notAJourneyMessage's sentence, as an id for the interface. */
export function notAJourneyText(what: SniffedKind): FileMessage {
  switch (what.kind) {
    case 'empty':
      return { id: 'empty-file' };
    case 'image':
      return { id: 'image-file', params: { type: what.name } };
    case 'pdf':
      return { id: 'pdf-file' };
    case 'json':
      return { id: 'json-file' };
    case 'text':
      return { id: 'text-file' };
    case 'unknown':
      return { id: 'not-a-zip' };
  }
}

/** tooLargeMessage's sentence, as an id for the interface (sizes in bytes, written by the interface). */
export function tooLargeText(reason: TooLargeReason): FileMessage {
  switch (reason.kind) {
    case 'file':
      return { id: 'too-large-file', sizes: { size: reason.bytes, max: reason.max } };
    case 'plain-json':
      return { id: 'too-large-plain-json', sizes: { size: reason.bytes, max: reason.max } };
    case 'unpacked':
      return { id: 'too-large-unpacked', sizes: { size: reason.bytes, max: reason.max } };
    case 'entries':
      return { id: 'too-large-entries', params: { count: reason.count, max: reason.max } };
    case 'entry':
      return reason.name === 'journey.json'
        ? { id: 'too-large-journey-entry', sizes: { size: reason.bytes, max: reason.max } }
        : { id: 'too-large-entry', params: { name: reason.name }, sizes: { size: reason.bytes, max: reason.max } };
    case 'zip64':
      return { id: 'too-large-zip64' };
    case 'inflated':
      return { id: 'too-large-inflated' };
  }
}

/** The refusal of a file that is not a zip, saying what it is instead (see sniff.ts). */
export function notAJourneyMessage(what: SniffedKind): string {
  switch (what.kind) {
    case 'empty':
      return 'This file is empty (0 bytes), so there is no journey in it. Ask the sender for the file again.';
    case 'image':
      return `This file is a ${what.name} image, not a Waymark journey, although its name says otherwise. Open the .journey file that Waymark saved; a picture can be added to a persona as its photo.`;
    case 'pdf':
      return 'This file is a PDF document, not a Waymark journey, although its name says otherwise. Open the .journey file that Waymark saved; a PDF report cannot be turned back into a map.';
    case 'json':
      return 'This file is JSON text, but not a Waymark journey. Open a .journey file saved by Waymark.';
    case 'text':
      return 'This file is plain text, not a Waymark journey (a .journey file is a zip archive). Open the .journey file that Waymark saved; to bring in a list of touchpoints, use Import touchpoints from CSV.';
    case 'unknown':
      return FILE_ERROR_MESSAGES['not-a-zip'];
  }
}

/** What a `too-large` refusal says: which limit was hit, with its numbers, and advice that fits that limit. */
export type TooLargeReason =
  | { kind: 'file'; bytes: number; max: number }
  | { kind: 'plain-json'; bytes: number; max: number }
  | { kind: 'unpacked'; bytes: number; max: number }
  | { kind: 'entries'; count: number; max: number }
  | { kind: 'entry'; name: string; bytes: number; max: number }
  | { kind: 'zip64' }
  | { kind: 'inflated' };

export function tooLargeMessage(reason: TooLargeReason): string {
  switch (reason.kind) {
    case 'file':
      return `This journey file is ${formatBytes(reason.bytes)}, more than the ${formatBytes(reason.max)} Waymark opens. Ask the sender to remove large persona photos and save again.`;
    case 'plain-json':
      return `This JSON journey is ${formatBytes(reason.bytes)}, more than the ${formatBytes(reason.max)} Waymark reads. Ask the sender to save it as a .journey file from Waymark.`;
    case 'unpacked':
      return `This journey file would unpack to ${formatBytes(reason.bytes)}, more than the ${formatBytes(reason.max)} Waymark unpacks safely, so it was not opened. It was not saved by Waymark as it is; ask the sender to save the journey again from Waymark.`;
    case 'entries':
      return `This journey file holds ${count(reason.count)} entries, more than the ${count(reason.max)} Waymark reads, so it was not opened. A journey file holds a few; ask the sender to save the journey again from Waymark.`;
    case 'entry':
      return reason.name === 'journey.json'
        ? `The journey inside this file unpacks to ${formatBytes(reason.bytes)}, more than the ${formatBytes(reason.max)} Waymark reads. Ask the sender to split the journey into smaller ones or shorten its longest texts, and save again.`
        : `The ${reason.name} inside this file unpacks to ${formatBytes(reason.bytes)}, more than the ${formatBytes(reason.max)} Waymark reads, so it was not opened. Ask the sender to save the journey again from Waymark.`;
    case 'zip64':
      return 'This file is packed for archives larger than 4 GB, far beyond any journey, so it was not opened. Ask the sender to save the journey again from Waymark.';
    case 'inflated':
      return 'Part of this journey file unpacks to more than it says it holds, so it was not opened. Ask for the file again, saved from Waymark.';
  }
}

export function fileError(
  code: FileErrorCode,
  details?: string[],
  message = FILE_ERROR_MESSAGES[code],
  text?: FileMessage,
): FileError {
  const error: FileError = details && details.length ? { code, message, details } : { code, message };
  return text ? { ...error, text } : error;
}
