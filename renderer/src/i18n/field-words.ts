/**
 * A record's field said as the interface says it (domain/salvage-fields.ts
 * names the fields a damaged file's salvage changed by these codes): the
 * inspector's, table view's, persona editor's and workshop panel's own labels
 * where they have one, so one word serves both; `messages.field.*` for the
 * fields no screen labels.
 */
import type { FieldCode } from '../domain/salvage-fields';
import { currentLanguage, i18n } from './index';

/** The catalogue key of each field's word; the record's type makes a new field fail to compile until it has one. */
export const FIELD_WORD_KEYS: Readonly<Record<FieldCode, string>> = {
  title: 'inspector.title',
  description: 'inspector.description',
  name: 'inspector.name',
  colour: 'inspector.colour',
  owner: 'inspector.owner',
  actor: 'inspector.actor',
  tags: 'inspector.tags',
  tag: 'library.tag',
  order: 'messages.field.order',
  createdAt: 'messages.field.createdAt',
  subJourney: 'inspector.subJourney',
  evidence: 'inspector.evidence',
  text: 'inspector.text',
  kind: 'inspector.kind',
  position: 'messages.field.position',
  id: 'messages.field.id',
  origin: 'messages.field.origin',
  client: 'inspector.client',
  author: 'inspector.author',
  status: 'inspector.status',
  type: 'inspector.type',
  locale: 'language.label',
  updatedAt: 'messages.field.updatedAt',
  schemaVersion: 'messages.field.schemaVersion',
  personaIds: 'messages.field.personaIds',
  persona: 'panels.persona',
  deletedAt: 'messages.field.deletedAt',
  futureStateOf: 'messages.field.futureStateOf',
  churn: 'messages.field.churn',
  churnFigure: 'messages.field.churnFigure',
  period: 'messages.field.period',
  customersAtStart: 'messages.field.customersAtStart',
  customersAtEnd: 'messages.field.customersAtEnd',
  recordedAt: 'messages.field.recordedAt',
  workshop: 'workshop.panel',
  voters: 'workshop.vote.voters',
  voter: 'messages.field.voter',
  dotsPerVoter: 'workshop.vote.dotsUndo',
  tally: 'workshop.vote.tally',
  tallyShown: 'messages.field.tallyShown',
  voteTarget: 'messages.field.voteTarget',
  dots: 'messages.field.dots',
  dot: 'messages.field.dot',
  placedAt: 'messages.field.placedAt',
  clusters: 'workshop.notes.clusters',
  cluster: 'workshop.notes.cluster',
  parkingLot: 'workshop.parking.title',
  parkedItem: 'workshop.parking.item',
  sessionStart: 'messages.field.sessionStart',
  customerGoal: 'inspector.customerGoal',
  width: 'inspector.width',
  height: 'messages.field.height',
  collapsed: 'messages.field.collapsed',
  hidden: 'messages.field.hidden',
  lane: 'table.columns.lane',
  channel: 'inspector.channel',
  emotion: 'inspector.emotion',
  emotionLabel: 'inspector.emotionLabel',
  personaEmotions: 'messages.field.personaEmotions',
  thoughts: 'inspector.thoughts',
  quotes: 'inspector.quotes',
  quote: 'inspector.itemQuote',
  painPoints: 'inspector.painPoints',
  painPoint: 'inspector.itemPainPoint',
  severity: 'messages.field.severity',
  friction: 'table.columns.friction',
  frictionScore: 'inspector.friction',
  frictionTypes: 'inspector.frictionTypes',
  frictionType: 'messages.field.frictionType',
  opportunities: 'inspector.opportunities',
  opportunity: 'inspector.itemOpportunity',
  loyaltyQuestions: 'table.columns.loyaltyQuestions',
  loyaltyQuestion: 'messages.field.loyaltyQuestion',
  pillars: 'inspector.pillars',
  pillar: 'messages.field.pillar',
  scores: 'messages.field.scores',
  customerValue: 'inspector.axis.customerValue',
  businessValue: 'inspector.axis.businessValue',
  effort: 'inspector.axis.effort',
  confidence: 'inspector.axis.confidence',
  metrics: 'inspector.metrics',
  csat: 'table.columns.csat',
  csatAnswers: 'inspector.csatAnswers',
  ces: 'table.columns.ces',
  cesAnswers: 'inspector.cesAnswers',
  nps: 'editor.heat.nps',
  promoters: 'inspector.promoters',
  passives: 'inspector.passives',
  detractors: 'inspector.detractors',
  dropOff: 'table.columns.dropOff',
  volume: 'table.columns.volume',
  expectedEmotion: 'inspector.expectedEmotion',
  momentOfTruth: 'inspector.momentOfTruth',
  delight: 'inspector.delight',
  label: 'inspector.label',
  share: 'table.connections.share',
  role: 'panels.role',
  needs: 'panels.needs',
  need: 'panels.need',
  fears: 'panels.fears',
  fear: 'panels.fear',
  goals: 'panels.goals',
  goal: 'panels.goal',
  desires: 'panels.desires',
  desire: 'panels.desire',
  photo: 'messages.field.photo',
  spender: 'panels.spender',
  sender: 'panels.sender',
  challenges: 'messages.field.challenges',
  challenge: 'messages.field.challenge',
  libraryLink: 'messages.field.libraryLink',
};

/**
 * A label as written inside a sentence: a capital that only starts it ("Severity", Armenian "Հույզ") is
 * lowered; a word in capitals (CSAT) and scripts without case stay as they are. The five interface
 * languages write a common noun in lower case mid-sentence.
 */
export function midSentence(label: string, language: string): string {
  if (!/^\p{Lu}\p{Ll}/u.test(label)) return label;
  const first = String.fromCodePoint(label.codePointAt(0)!);
  return first.toLocaleLowerCase(language) + label.slice(first.length);
}

/** The field's word in the interface language; a code this build does not know, as it is (never empty). */
export function fieldWord(code: string): string {
  const key = Object.prototype.hasOwnProperty.call(FIELD_WORD_KEYS, code) ? FIELD_WORD_KEYS[code as FieldCode] : null;
  if (!key) return code;
  const word = i18n.t(key);
  return word.trim() === '' || word === key ? code : midSentence(word, currentLanguage());
}
