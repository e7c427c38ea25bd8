/**
 * Which CSV column feeds which touchpoint field, and a first guess from the
 * header names. Pain points come as written (“@SUM(1)” stays “@SUM(1)”) unless
 * their column is mapped as pain points with severity, where a trailing “(1)”,
 * “(2)” or “(3)” is read as the severity.
 */

export const CSV_FIELDS = [
  'stage',
  'title',
  'description',
  'channel',
  'emotion',
  'painPoints',
  'painPointsWithSeverity',
  'friction',
  'thoughts',
  'owner',
  'evidence',
  'painPointEvidence',
  'opportunities',
  'opportunityCustomerValue',
  'opportunityBusinessValue',
  'opportunityEffort',
  'opportunityConfidence',
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
  painPointsWithSeverity: 'Pain points with severity',
  friction: 'Friction',
  thoughts: 'Thoughts',
  owner: 'Owner',
  evidence: 'Evidence',
  painPointEvidence: 'Pain point evidence',
  opportunities: 'Opportunities',
  opportunityCustomerValue: 'Opportunity customer value',
  opportunityBusinessValue: 'Opportunity business value',
  opportunityEffort: 'Opportunity effort',
  opportunityConfidence: 'Opportunity confidence',
};

/** Header names recognised per field, already normalised (see normaliseHeader). */
const SYNONYMS: Record<CsvField, readonly string[]> = {
  stage: ['stage', 'stage name', 'phase', 'step', 'journey stage'],
  title: ['title', 'touchpoint', 'touchpoint title', 'touchpoint name', 'name', 'interaction'],
  description: ['description', 'details', 'detail', 'summary'],
  channel: ['channel', 'channels', 'medium', 'touchpoint channel'],
  emotion: ['emotion', 'emotion score', 'feeling', 'mood', 'sentiment'],
  painPoints: ['pain points', 'pain point', 'pains', 'pain', 'problems', 'issues'],
  painPointsWithSeverity: [
    'pain points with severity',
    'pain points and severity',
    'pain points severity',
    'pain points with severities',
  ],
  friction: ['friction', 'friction score', 'effort score'],
  thoughts: ['thoughts', 'thinking', 'customer thoughts', 'what they think'],
  owner: ['owner', 'owners', 'responsible', 'team', 'touchpoint owner'],
  evidence: ['evidence', 'evidence level', 'touchpoint evidence'],
  painPointEvidence: ['pain point evidence', 'pain points evidence', 'pain evidence'],
  opportunities: ['opportunities', 'opportunity', 'ideas', 'improvements'],
  opportunityCustomerValue: ['opportunity customer value', 'customer value'],
  opportunityBusinessValue: ['opportunity business value', 'business value'],
  opportunityEffort: ['opportunity effort', 'effort'],
  opportunityConfidence: ['opportunity confidence', 'confidence'],
};

/** Lower case, with punctuation and repeated spaces reduced to one space. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** The two pain point fields read the same column two ways: a column feeds at most one of them. */
export const PAIN_POINT_FIELDS: readonly CsvField[] = ['painPoints', 'painPointsWithSeverity'];

/** A pain point written the way Waymark's own CSV export writes one: text, a space, “(1)”–“(3)”. */
const EXPORTED_PAIN_POINT = /\S\s\([123]\)$/u;

/**
 * Guess the mapping from header names (case-insensitive, with a few synonyms);
 * each column is used once. With the rows, a pain points column in which every
 * pain point ends in “ (1)”–“ (3)” (Waymark's export) is suggested as pain
 * points with severity; any other stays literal.
 */
export function suggestMapping(headers: readonly string[], rows: readonly (readonly string[])[] = []): CsvMapping {
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
  const pains = mapping.painPoints;
  if (pains !== undefined && mapping.painPointsWithSeverity === undefined) {
    const entries = rows.flatMap((row) =>
      (row[pains] ?? '')
        .split(/;|\r?\n|\r/)
        .map((part) => part.trim())
        .filter(Boolean),
    );
    if (entries.length > 0 && entries.every((e) => EXPORTED_PAIN_POINT.test(e))) {
      delete mapping.painPoints;
      mapping.painPointsWithSeverity = pains;
    }
  }
  return mapping;
}
