/**
 * The fields a salvage can name (salvage.ts), by the words a user sees, not
 * the file's paths: `painPoints.1.severity` of a touchpoint is "the severity
 * of pain point 2". The domain gives the field's code and each list place
 * (numbered from 1, as people count) as a message clause; the interface says
 * the code in its language (`i18n/field-words.ts`, the inspector's, table's
 * and persona editor's own labels where they have one). `FIELD_WORDS` is the
 * same in English, for the sentence the domain keeps for logs and tests.
 *
 * A path no table below names (a field added later, a key inside a map) is
 * given as it is, so its line still says which value changed.
 */
import type { TableName } from './tables';
import type { UserMessage } from './user-message';

/** Each field's word in English, as written mid-sentence. */
export const FIELD_WORDS = {
  title: 'title',
  description: 'description',
  name: 'name',
  colour: 'colour',
  owner: 'owner',
  actor: 'owner (actor)',
  tags: 'tags',
  tag: 'tag',
  order: 'order',
  createdAt: 'creation time',
  subJourney: 'sub-journey',
  evidence: 'evidence',
  text: 'text',
  kind: 'kind',
  position: 'position',
  id: 'identifier',
  origin: 'origin',
  client: 'client',
  author: 'author',
  status: 'status',
  type: 'type',
  locale: 'language',
  updatedAt: 'last edit time',
  schemaVersion: 'format version',
  personaIds: 'covered personas',
  persona: 'persona',
  deletedAt: 'time moved to the trash',
  futureStateOf: 'current-state journey',
  churn: 'churn figures',
  churnFigure: 'churn figure',
  period: 'period',
  customersAtStart: 'customers at the start',
  customersAtEnd: 'customers at the end',
  recordedAt: 'recording time',
  workshop: 'workshop',
  voters: 'voters',
  voter: 'voter',
  dotsPerVoter: 'dots per voter',
  tally: 'tally',
  tallyShown: 'tally reveal',
  voteTarget: 'vote target',
  dots: 'dots',
  dot: 'dot',
  placedAt: 'time placed',
  clusters: 'clusters',
  cluster: 'cluster',
  parkingLot: 'parking lot',
  parkedItem: 'parked item',
  sessionStart: 'session start',
  customerGoal: 'customer goal',
  width: 'width',
  height: 'height',
  collapsed: 'collapsed state',
  hidden: 'hidden state',
  lane: 'lane',
  channel: 'channel',
  emotion: 'emotion',
  emotionLabel: 'emotion label',
  personaEmotions: 'emotions per persona',
  thoughts: 'thoughts',
  quotes: 'quotes',
  quote: 'quote',
  painPoints: 'pain points',
  painPoint: 'pain point',
  severity: 'severity',
  friction: 'friction',
  frictionScore: 'friction (0–5)',
  frictionTypes: 'friction types',
  frictionType: 'friction type',
  opportunities: 'opportunities',
  opportunity: 'opportunity',
  loyaltyQuestions: 'loyalty questions',
  loyaltyQuestion: 'loyalty question',
  pillars: 'loyalty 3.0 pillars',
  pillar: 'loyalty 3.0 pillar',
  scores: 'scores',
  customerValue: 'customer value',
  businessValue: 'business value',
  effort: 'effort',
  confidence: 'confidence',
  metrics: 'metrics',
  csat: 'CSAT',
  csatAnswers: 'CSAT answers',
  ces: 'CES',
  cesAnswers: 'CES answers',
  nps: 'NPS',
  promoters: 'promoters (9–10)',
  passives: 'passives (7–8)',
  detractors: 'detractors (0–6)',
  dropOff: 'drop-off',
  volume: 'volume',
  expectedEmotion: 'expected emotion',
  momentOfTruth: 'moment of truth',
  delight: 'delight',
  label: 'label',
  share: 'share',
  role: 'role',
  needs: 'needs',
  need: 'need',
  fears: 'fears',
  fear: 'fear',
  goals: 'goals',
  goal: 'goal',
  desires: 'desires',
  desire: 'desire',
  photo: 'photo',
  spender: 'spender',
  sender: 'sender (advocate)',
  challenges: 'challenges',
  challenge: 'challenge',
  libraryLink: 'link to the persona library',
} as const;
export type FieldCode = keyof typeof FIELD_WORDS;

/**
 * The field of each path, by its keys with every list place written `#`; a pattern ending in `*` names any
 * path under it (a value made of parts, such as a place on the map, is named as a whole).
 */
type FieldPaths = Readonly<Record<string, FieldCode>>;

const list = (key: string, whole: FieldCode, item: FieldCode, fields: FieldPaths = {}): FieldPaths => ({
  [key]: whole,
  [`${key}.#`]: item,
  ...Object.fromEntries(Object.entries(fields).map(([k, code]) => [`${key}.#.${k}`, code])),
});

const PAIN_POINT: FieldPaths = {
  id: 'id',
  text: 'text',
  severity: 'severity',
  originId: 'origin',
  evidence: 'evidence',
};
const OPPORTUNITY: FieldPaths = {
  id: 'id',
  text: 'text',
  status: 'status',
  owner: 'owner',
  ...list('loyaltyQuestions', 'loyaltyQuestions', 'loyaltyQuestion'),
  ...list('pillars', 'pillars', 'pillar'),
  scores: 'scores',
  'scores.customerValue': 'customerValue',
  'scores.businessValue': 'businessValue',
  'scores.effort': 'effort',
  'scores.confidence': 'confidence',
};

export const FIELD_PATHS: Readonly<Record<TableName, FieldPaths>> = {
  journeys: {
    title: 'title',
    description: 'description',
    client: 'client',
    author: 'author',
    ...list('tags', 'tags', 'tag'),
    owner: 'owner',
    status: 'status',
    type: 'type',
    locale: 'locale',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt',
    schemaVersion: 'schemaVersion',
    ...list('personaIds', 'personaIds', 'persona'),
    deletedAt: 'deletedAt',
    futureStateOf: 'futureStateOf',
    ...list('churn', 'churn', 'churnFigure', {
      period: 'period',
      start: 'customersAtStart',
      end: 'customersAtEnd',
      recordedAt: 'recordedAt',
    }),
    workshop: 'workshop',
    ...list('workshop.voters', 'voters', 'voter', { id: 'id', name: 'name', colour: 'colour' }),
    'workshop.dotsPerVoter': 'dotsPerVoter',
    'workshop.voteMode': 'tally',
    'workshop.revealed': 'tallyShown',
    'workshop.voteTarget': 'voteTarget',
    ...list('workshop.votes', 'dots', 'dot', {
      id: 'id',
      voterId: 'voter',
      targetKind: 'voteTarget',
      targetId: 'voteTarget',
      castAt: 'placedAt',
    }),
    ...list('workshop.clusters', 'clusters', 'cluster', { id: 'id', title: 'title' }),
    ...list('workshop.parkingLot', 'parkingLot', 'parkedItem', { id: 'id', text: 'text', createdAt: 'createdAt' }),
    'workshop.sessionStartedAt': 'sessionStart',
  },
  stages: {
    name: 'name',
    description: 'description',
    customerGoal: 'customerGoal',
    order: 'order',
    colour: 'colour',
    width: 'width',
    linkedJourneyId: 'subJourney',
  },
  lanes: {
    name: 'name',
    colour: 'colour',
    kind: 'kind',
    order: 'order',
    height: 'height',
    collapsed: 'collapsed',
    hidden: 'hidden',
  },
  touchpoints: {
    laneId: 'lane',
    title: 'title',
    description: 'description',
    channel: 'channel',
    owner: 'actor',
    position: 'position',
    'position.*': 'position',
    emotion: 'emotion',
    emotionLabel: 'emotionLabel',
    personaEmotions: 'personaEmotions',
    'personaEmotions.*': 'personaEmotions',
    thoughts: 'thoughts',
    ...list('quotes', 'quotes', 'quote'),
    ...list('painPoints', 'painPoints', 'painPoint', PAIN_POINT),
    friction: 'friction',
    'friction.score': 'frictionScore',
    ...list('friction.types', 'frictionTypes', 'frictionType'),
    ...list('opportunities', 'opportunities', 'opportunity', OPPORTUNITY),
    metrics: 'metrics',
    'metrics.csat': 'csat',
    'metrics.csat.mode': 'csat',
    'metrics.csat.value': 'csat',
    'metrics.csat.sample': 'csatAnswers',
    'metrics.ces': 'ces',
    'metrics.ces.mean': 'ces',
    'metrics.ces.sample': 'cesAnswers',
    'metrics.nps': 'nps',
    'metrics.nps.promoters': 'promoters',
    'metrics.nps.passives': 'passives',
    'metrics.nps.detractors': 'detractors',
    'metrics.dropOff': 'dropOff',
    'metrics.volume': 'volume',
    'metrics.expectedEmotion': 'expectedEmotion',
    momentOfTruth: 'momentOfTruth',
    delight: 'delight',
    ...list('tags', 'tags', 'tag'),
    ...list('loyaltyQuestions', 'loyaltyQuestions', 'loyaltyQuestion'),
    ...list('pillars', 'pillars', 'pillar'),
    originId: 'origin',
    createdAt: 'createdAt',
    linkedJourneyId: 'subJourney',
    evidence: 'evidence',
  },
  connections: { kind: 'kind', label: 'label', share: 'share' },
  personas: {
    name: 'name',
    role: 'role',
    quote: 'quote',
    ...list('needs', 'needs', 'need'),
    ...list('fears', 'fears', 'fear'),
    ...list('goals', 'goals', 'goal'),
    ...list('desires', 'desires', 'desire'),
    colour: 'colour',
    photoBlobId: 'photo',
    spender: 'spender',
    sender: 'sender',
    ...list('challenges', 'challenges', 'challenge'),
    libraryId: 'libraryLink',
  },
  notes: {
    text: 'text',
    colour: 'colour',
    position: 'position',
    'position.*': 'position',
    kind: 'kind',
    clusterId: 'cluster',
    createdAt: 'createdAt',
  },
};

/** The codes of the clauses that name a field; their `word` is a `FieldCode`. */
export const FIELD_CLAUSE_CODES = ['salvageFieldName', 'salvageItemName'] as const;

/** A field in words: a message clause and the same in English; the path as it is when no table names it. */
export interface FieldName {
  text: UserMessage | string;
  english: string;
}

const isFieldCode = (code: string | undefined): code is FieldCode =>
  code !== undefined && Object.prototype.hasOwnProperty.call(FIELD_WORDS, code);

/** The pattern's field, or the pattern under a `*` that names it, with how many keys of the path it covers. */
function match(paths: FieldPaths, pattern: readonly string[]): { code: FieldCode; length: number } | null {
  const exact = paths[pattern.join('.')];
  if (isFieldCode(exact)) return { code: exact, length: pattern.length };
  for (let length = pattern.length - 1; length > 0; length--) {
    const code = paths[`${pattern.slice(0, length).join('.')}.*`];
    if (isFieldCode(code)) return { code, length };
  }
  return null;
}

/** One place of a list, numbered from 1. */
const itemName = (code: FieldCode, index: number): FieldName => ({
  text: { code: 'salvageItemName', params: { word: code, number: index + 1 } },
  english: `${FIELD_WORDS[code]} ${(index + 1).toLocaleString('en-US')}`,
});

/**
 * The field at `path` of a record of `table`, in words: "the severity of pain point 2", "pain point 3",
 * "the tags"; the path itself ("personaEmotions.x.y") when no pattern names it or a list holding it.
 */
export function fieldName(table: TableName, path: readonly (string | number)[]): FieldName {
  const raw = { text: path.map(String).join('.'), english: path.map(String).join('.') };
  const paths = FIELD_PATHS[table];
  const pattern = path.map((key) => (typeof key === 'number' ? '#' : key));
  const found = match(paths, pattern);
  if (!found) return raw;
  const last = path[found.length - 1];
  let name: FieldName =
    typeof last === 'number'
      ? itemName(found.code, last)
      : {
          text: { code: 'salvageFieldName', params: { word: found.code } },
          english: `the ${FIELD_WORDS[found.code]}`,
        };
  // Each list the value sits in names its holder, the nearest first: "the text of pain point 2".
  for (let at = found.length - 2; at >= 0; at--) {
    const index = path[at];
    if (typeof index !== 'number') continue;
    const holder = paths[pattern.slice(0, at + 1).join('.')];
    if (!isFieldCode(holder)) return raw;
    const of = itemName(holder, index);
    name = {
      text: { code: 'salvageFieldOf', params: { part: name.text, holder: of.text } },
      english: `${name.english} of ${of.english}`,
    };
  }
  return name;
}
