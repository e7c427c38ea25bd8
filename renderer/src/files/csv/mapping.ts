/** Which CSV column feeds which touchpoint field, and a first guess from the header names. */

export const CSV_FIELDS = [
  'stage',
  'title',
  'description',
  'channel',
  'emotion',
  'painPoints',
  'friction',
  'thoughts',
  'owner',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Field → zero-based column index. A field left out is not imported. */
export type CsvMapping = Partial<Record<CsvField, number>>;

/** Human names of the fields, for the mapping step of the import dialog. */
export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  stage: 'Stage',
  title: 'Title',
  description: 'Description',
  channel: 'Channel',
  emotion: 'Emotion',
  painPoints: 'Pain points',
  friction: 'Friction',
  thoughts: 'Thoughts',
  owner: 'Owner',
};

/** Header names recognised per field, already normalised (see normaliseHeader). */
const SYNONYMS: Record<CsvField, readonly string[]> = {
  stage: ['stage', 'stage name', 'phase', 'step', 'journey stage'],
  title: ['title', 'touchpoint', 'touchpoint title', 'touchpoint name', 'name', 'interaction'],
  description: ['description', 'details', 'detail', 'summary'],
  channel: ['channel', 'channels', 'medium', 'touchpoint channel'],
  emotion: ['emotion', 'emotion score', 'feeling', 'mood', 'sentiment'],
  painPoints: ['pain points', 'pain point', 'pains', 'pain', 'problems', 'issues'],
  friction: ['friction', 'friction score', 'effort score'],
  thoughts: ['thoughts', 'thinking', 'customer thoughts', 'what they think'],
  owner: ['owner', 'owners', 'responsible', 'team', 'touchpoint owner'],
};

/** Lower case, with punctuation and repeated spaces reduced to one space. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** Guess the mapping from header names (case-insensitive, with a few synonyms); each column is used once. */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const names = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: CsvMapping = {};
  for (const field of CSV_FIELDS) {
    // Prefer the earliest synonym in the list, then the leftmost column.
    for (const synonym of SYNONYMS[field]) {
      const index = names.findIndex((n, i) => n === synonym && !used.has(i));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}
