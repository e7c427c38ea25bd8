/**
 * One catalogue of the ways a `.journey` file can be refused, each with a
 * sentence that says what happened and what to do next. Details (paths,
 * sizes, zod issues) go in `details`, never in the headline.
 */

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

export interface FileError {
  code: FileErrorCode;
  message: string;
  details?: string[];
  /** For `json-syntax`: where in journey.json the text breaks. */
  position?: { line: number; column: number };
}

export const FILE_ERROR_MESSAGES: Record<FileErrorCode, string> = {
  'not-a-zip': 'This is not a Waymark journey file. Open a file that ends in .journey.',
  truncated: 'This journey file is incomplete, perhaps cut short while copying or downloading. Ask for the file again.',
  corrupt: 'Part of this journey file is damaged and cannot be read. Ask for the file again.',
  unsupported:
    'This journey file was packed in a way Waymark cannot read (encrypted or split). Save it again from Waymark.',
  'too-large':
    'This journey file is larger than Waymark opens safely. Ask the sender to remove large photos and save again.',
  'missing-manifest': 'This zip file is not a Waymark journey: it has no manifest.json. Open a file saved by Waymark.',
  'missing-journey': 'This journey file has no journey.json inside. Ask for the file again.',
  'bad-manifest':
    'This zip file is not a Waymark journey: its manifest does not describe one. Open a file saved by Waymark.',
  'json-syntax': 'The journey inside this file is not valid JSON, so nothing was imported. Ask for the file again.',
  'too-new': 'This file was made with a newer Waymark. Update Waymark to open it.',
  schema: 'The journey inside this file does not match what Waymark expects, so nothing was imported.',
  'invalid-file': 'This journey file could not be read. Ask for the file again, or save it again from Waymark.',
};

export function fileError(code: FileErrorCode, details?: string[], message = FILE_ERROR_MESSAGES[code]): FileError {
  return details && details.length ? { code, message, details } : { code, message };
}
