/**
 * The table view's cells without React: which columns a journey's grid has,
 * the text a cell shows and edits, and the touchpoint patch a typed or
 * pasted text makes (or why it cannot be taken). The grid, the paste and
 * the unit tests all go through `readCell` and `writeCell`.
 */
import { sameItems } from '../domain/equal';
import { newOpportunity, newPainPoint } from '../domain/factories';
import { i18n } from '../i18n';
import {
  channelFrom,
  channelName,
  sameName,
  evidenceName,
  frictionTypeName,
  loyaltyPillarName,
  loyaltyQuestionName,
  opportunityStatusName,
  severityName,
} from '../i18n/vocabulary';
import { isIdOf, type JourneyId, type LaneId, type PersonaId, type StageId } from '../domain/ids';
import type { JourneyRef } from '../domain/links';
import {
  LIMITS,
  type Metrics,
  type Opportunity,
  type OpportunityScores,
  type PainPoint,
  type Touchpoint,
} from '../domain/model';
import {
  EMOTION_MAX,
  EMOTION_MIN,
  FRICTION_MAX,
  FRICTION_MIN,
  EVIDENCE_LEVELS,
  FRICTION_TYPES,
  LOYALTY_PILLARS,
  LOYALTY_QUESTIONS,
  OPPORTUNITY_STATUSES,
  PAIN_SEVERITIES,
  PAIN_SEVERITY_LABELS,
  type FrictionType,
  type LoyaltyPillar,
  type LoyaltyQuestion,
} from '../domain/vocabulary';

/** The columns a touchpoint row can have; a persona's emotion column carries the persona's id. */
export type ColumnKey =
  | 'title'
  | 'description'
  | 'channel'
  | 'stage'
  | 'lane'
  | 'emotion'
  | `persona:${string}`
  | 'painPoints'
  | 'painSeverity'
  | 'painEvidence'
  | 'friction'
  | 'frictionTypes'
  | 'opportunities'
  | 'opportunityStatus'
  | 'opportunityOwner'
  | 'customerValue'
  | 'businessValue'
  | 'effort'
  | 'confidence'
  | 'opportunityTags'
  | 'subJourney'
  | 'csat'
  | 'ces'
  | 'dropOff'
  | 'volume'
  | 'owner'
  | 'evidence'
  | 'emotionLabel'
  | 'expectedEmotion'
  | 'thoughts'
  | 'quotes'
  | 'momentOfTruth'
  | 'delight'
  | 'loyaltyQuestions'
  | 'pillars'
  | 'tags'
  | 'csatSample'
  | 'cesSample'
  | 'promoters'
  | 'passives'
  | 'detractors';

export type ColumnKind = 'text' | 'long' | 'list' | 'number' | 'choice';

export interface Column {
  key: ColumnKey;
  kind: ColumnKind;
  /** Catalogue key of the header; a persona's column shows the persona's name instead. */
  label: string;
  /** A persona's name, for its emotion column. */
  personaName?: string;
  /** A detail of each item of this list column, one line per item in the list's order (aligned lines). */
  alignedWith?: 'painPoints' | 'opportunities';
}

/** The journeys a sub-journey cell may lead to: the library's, known to the editor. */
export interface LinkChoices {
  /** The open journey, which is not its own sub-journey. */
  self: JourneyId;
  /** Every stored journey, the trash included. */
  journeys: ReadonlyMap<JourneyId, JourneyRef>;
}

/**
 * What a cell may be set to: stage and lane cells choose among the journey's
 * own, the sub-journey cell among the library's journeys (absent or null
 * while they are not known: loading, or a live session's editor, which
 * knows no other journeys).
 */
export interface TableContext {
  stages: readonly { id: StageId; name: string }[];
  lanes: readonly { id: LaneId; name: string }[];
  links?: LinkChoices | null;
}

/**
 * The columns of a journey's grid: lane only in a blueprint, one emotion
 * column per persona of the journey; the details of pain points and
 * opportunities follow their list column, so their lines sit beside the
 * items they belong to; the sub-journey only where other journeys are known.
 */
export function tableColumns(
  personas: readonly { id: PersonaId; name: string }[],
  blueprint: boolean,
  options: { subJourney?: boolean } = {},
): Column[] {
  const pain = (key: ColumnKey, label: string): Column => ({ key, kind: 'list', label, alignedWith: 'painPoints' });
  const opportunity = (key: ColumnKey, label: string): Column => ({
    key,
    kind: 'list',
    label,
    alignedWith: 'opportunities',
  });
  return [
    { key: 'title', kind: 'text', label: 'table.columns.title' },
    { key: 'description', kind: 'long', label: 'table.columns.description' },
    { key: 'channel', kind: 'text', label: 'table.columns.channel' },
    { key: 'stage', kind: 'choice', label: 'table.columns.stage' },
    ...(blueprint ? [{ key: 'lane', kind: 'choice', label: 'table.columns.lane' } as Column] : []),
    { key: 'emotion', kind: 'number', label: 'table.columns.emotion' },
    ...personas.map((p): Column => ({
      key: `persona:${p.id}`,
      kind: 'number',
      label: 'table.columns.personaEmotion',
      personaName: p.name,
    })),
    { key: 'painPoints', kind: 'list', label: 'table.columns.painPoints' },
    pain('painSeverity', 'table.columns.painSeverity'),
    pain('painEvidence', 'table.columns.painEvidence'),
    { key: 'friction', kind: 'number', label: 'table.columns.friction' },
    { key: 'frictionTypes', kind: 'text', label: 'table.columns.frictionTypes' },
    { key: 'opportunities', kind: 'list', label: 'table.columns.opportunities' },
    opportunity('opportunityStatus', 'table.columns.opportunityStatus'),
    opportunity('opportunityOwner', 'table.columns.opportunityOwner'),
    opportunity('customerValue', 'table.columns.customerValue'),
    opportunity('businessValue', 'table.columns.businessValue'),
    opportunity('effort', 'table.columns.effort'),
    opportunity('confidence', 'table.columns.confidence'),
    opportunity('opportunityTags', 'table.columns.opportunityTags'),
    ...(options.subJourney === false
      ? []
      : [{ key: 'subJourney', kind: 'choice', label: 'table.columns.subJourney' } as Column]),
    { key: 'csat', kind: 'number', label: 'table.columns.csat' },
    { key: 'ces', kind: 'number', label: 'table.columns.ces' },
    { key: 'dropOff', kind: 'number', label: 'table.columns.dropOff' },
    { key: 'volume', kind: 'number', label: 'table.columns.volume' },
    // What the inspector edits besides (issue #19), after the columns above so those keep their places.
    { key: 'owner', kind: 'text', label: 'table.columns.owner' },
    { key: 'evidence', kind: 'choice', label: 'table.columns.evidence' },
    { key: 'emotionLabel', kind: 'text', label: 'table.columns.emotionLabel' },
    { key: 'expectedEmotion', kind: 'number', label: 'table.columns.expectedEmotion' },
    { key: 'thoughts', kind: 'long', label: 'table.columns.thoughts' },
    { key: 'quotes', kind: 'list', label: 'table.columns.quotes' },
    { key: 'momentOfTruth', kind: 'choice', label: 'table.columns.momentOfTruth' },
    { key: 'delight', kind: 'choice', label: 'table.columns.delight' },
    { key: 'loyaltyQuestions', kind: 'text', label: 'table.columns.loyaltyQuestions' },
    { key: 'pillars', kind: 'text', label: 'table.columns.pillars' },
    { key: 'tags', kind: 'text', label: 'table.columns.tags' },
    { key: 'csatSample', kind: 'number', label: 'table.columns.csatSample' },
    { key: 'cesSample', kind: 'number', label: 'table.columns.cesSample' },
    { key: 'promoters', kind: 'number', label: 'table.columns.promoters' },
    { key: 'passives', kind: 'number', label: 'table.columns.passives' },
    { key: 'detractors', kind: 'number', label: 'table.columns.detractors' },
  ];
}

/** A cell's value could not be taken: a catalogue key and its values, said in one sentence. */
export interface CellError {
  key: string;
  values?: Record<string, string | number>;
}

export type CellWrite = { ok: true; patch: Partial<Touchpoint> } | { ok: false; error: CellError };

const personaOf = (key: ColumnKey): PersonaId | null =>
  key.startsWith('persona:') ? (key.slice('persona:'.length) as PersonaId) : null;

const formatNumber = (n: number) => String(Math.round(n * 100) / 100);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The text of a cell, as it is edited (and copied): lists one item per line. */
export function readCell(t: Touchpoint, key: ColumnKey, context: TableContext): string {
  const persona = personaOf(key);
  if (persona) {
    const score = t.personaEmotions[persona];
    return score === undefined ? '' : signed(score);
  }
  switch (key) {
    case 'title':
      return t.title;
    case 'description':
      return t.description;
    case 'channel':
      return channelName(t.channel);
    case 'stage':
      return context.stages.find((s) => s.id === t.stageId)?.name ?? '';
    case 'lane':
      return (context.lanes.find((l) => l.id === t.laneId) ?? context.lanes[0])?.name ?? '';
    case 'emotion':
      return t.emotion === null ? '' : signed(t.emotion);
    case 'painPoints':
      return t.painPoints.map((p) => p.text).join('\n');
    case 'painSeverity':
      return aligned(t.painPoints.map((p) => severityName(p.severity)));
    case 'painEvidence':
      return aligned(t.painPoints.map((p) => (p.evidence === null ? '' : evidenceName(p.evidence))));
    case 'opportunityStatus':
      return aligned(t.opportunities.map((o) => opportunityStatusName(o.status)));
    case 'opportunityOwner':
      return aligned(t.opportunities.map((o) => o.owner));
    case 'customerValue':
    case 'businessValue':
    case 'effort':
    case 'confidence':
      return aligned(t.opportunities.map((o) => (o.scores[key] === null ? '' : String(o.scores[key]))));
    case 'opportunityTags':
      return aligned(
        t.opportunities.map((o) =>
          [...o.loyaltyQuestions.map(loyaltyQuestionName), ...o.pillars.map(loyaltyPillarName)].join(', '),
        ),
      );
    case 'subJourney':
      return linkText(t.linkedJourneyId, context);
    case 'friction':
      return String(t.friction.score);
    case 'frictionTypes':
      return t.friction.types.map(frictionTypeName).join(', ');
    case 'opportunities':
      return t.opportunities.map((o) => o.text).join('\n');
    case 'csat': {
      const c = t.metrics.csat;
      if (!c) return '';
      return c.mode === 'share' ? `${formatNumber(c.value)}%` : formatNumber(c.value);
    }
    case 'ces':
      return t.metrics.ces ? formatNumber(t.metrics.ces.mean) : '';
    case 'dropOff':
      return t.metrics.dropOff === null ? '' : `${formatNumber(t.metrics.dropOff)}%`;
    case 'volume':
      return t.metrics.volume === null ? '' : String(t.metrics.volume);
    case 'owner':
      return t.owner;
    case 'evidence':
      return t.evidence === null ? '' : evidenceName(t.evidence);
    case 'emotionLabel':
      return t.emotionLabel;
    case 'expectedEmotion':
      return t.metrics.expectedEmotion === null ? '' : signed(t.metrics.expectedEmotion);
    case 'thoughts':
      return t.thoughts;
    case 'quotes':
      return t.quotes.join('\n');
    case 'momentOfTruth':
      return yesNo(t.momentOfTruth);
    case 'delight':
      return yesNo(t.delight);
    case 'loyaltyQuestions':
      return t.loyaltyQuestions.map(loyaltyQuestionName).join(', ');
    case 'pillars':
      return t.pillars.map(loyaltyPillarName).join(', ');
    case 'tags':
      return t.tags.join(', ');
    case 'csatSample':
      return t.metrics.csat?.sample == null ? '' : String(t.metrics.csat.sample);
    case 'cesSample':
      return t.metrics.ces?.sample == null ? '' : String(t.metrics.ces.sample);
    case 'promoters':
    case 'passives':
    case 'detractors':
      return t.metrics.nps === null ? '' : String(t.metrics.nps[key]);
    default:
      return '';
  }
}

/** One line per item, in the list's order (line n is item n's); empty when no item has the detail. */
const aligned = (values: readonly string[]) => (values.some((v) => v !== '') ? values.join('\n') : '');

/** A sub-journey cell's text: the linked journey's title, or that it is missing or in the trash. */
export function linkText(target: JourneyId | null, context: Pick<TableContext, 'links'>): string {
  if (target === null || !context.links) return '';
  const journey = context.links.journeys.get(target);
  if (!journey) return i18n.t('table.linkMissing');
  return journey.deletedAt === null ? journey.title : i18n.t('table.linkTrashed', { title: journey.title });
}

/** The journeys a sub-journey may lead to: the library's, not in the trash, not the open one, by title. */
function linkableJourneys(links: LinkChoices): JourneyRef[] {
  return [...links.journeys.values()]
    .filter((j) => j.deletedAt === null && j.id !== links.self)
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** Yes or no in the interface language, as a yes/no cell shows it. */
const yesNo = (value: boolean) => i18n.t(value ? 'table.yes' : 'table.no');

/** A yes/no cell's text: yes or no in the interface language or in English (also true/false, 1/0); empty is no. */
export function parseYesNo(text: string): boolean | null {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if ([i18n.t('table.yes'), 'yes', 'true', '1', 'y', 'x', '✓'].some((w) => sameName(w, trimmed))) return true;
  if ([i18n.t('table.no'), 'no', 'false', '0', 'n'].some((w) => sameName(w, trimmed))) return false;
  return null;
}

/**
 * The choices of a choice cell (the value is the text the cell reads and
 * writes): the journey's stages and lanes, the evidence levels (or none),
 * yes and no. Undefined for a column typed in.
 */
export function choiceOptions(key: ColumnKey, context: TableContext): { value: string; label: string }[] | undefined {
  switch (key) {
    case 'stage':
      return context.stages.map((s) => ({ value: s.name, label: s.name }));
    case 'lane':
      return context.lanes.map((l) => ({ value: l.name, label: l.name }));
    case 'evidence':
      return [
        { value: '', label: i18n.t('table.notSaid') },
        ...EVIDENCE_LEVELS.map((level) => ({ value: evidenceName(level), label: evidenceName(level) })),
      ];
    case 'momentOfTruth':
    case 'delight':
      return [yesNo(true), yesNo(false)].map((word) => ({ value: word, label: word }));
    case 'subJourney': {
      if (!context.links) return [];
      return [
        { value: '', label: i18n.t('table.noSubJourney') },
        ...linkableJourneys(context.links).map((j) => ({ value: j.id as string, label: j.title })),
      ];
    }
    default:
      return undefined;
  }
}

/**
 * The value a cell's editor starts from: its text, except for the
 * sub-journey, whose choice is the linked journey's id (titles may repeat);
 * a link that leads nowhere is offered as it is, so opening and leaving the
 * cell keeps it.
 */
export function editValue(t: Touchpoint, key: ColumnKey, context: TableContext): string {
  if (key !== 'subJourney') return readCell(t, key, context);
  return t.linkedJourneyId ?? '';
}

/** The sub-journey cell's choices for this touchpoint: a link that leads nowhere stays one of them. */
export function linkOptions(t: Touchpoint, context: TableContext): { value: string; label: string }[] {
  return linkChoices(t.linkedJourneyId, context);
}

/** The sub-journey choices of an item (touchpoint or stage) linked to `target`: a link that leads nowhere stays one of them. */
export function linkChoices(
  target: JourneyId | null,
  context: Pick<TableContext, 'links'>,
): { value: string; label: string }[] {
  const options = choiceOptions('subJourney', { stages: [], lanes: [], links: context.links }) ?? [];
  if (target === null || options.some((o) => o.value === target)) return options;
  return [...options, { value: target, label: linkText(target, context) }];
}

/**
 * Names typed as a list (commas, semicolons or lines) matched to the ids of
 * a vocabulary: by the name in the interface language or by the English id,
 * without regard to case. The first name that is neither is the error.
 */
function parseNames<T extends string>(
  text: string,
  ids: readonly T[],
  name: (id: T) => string,
): { ok: true; ids: T[] } | { ok: false; name: string; names: string } {
  const found: T[] = [];
  for (const part of text.split(/[,;\n]/).map((s) => s.trim())) {
    if (part === '') continue;
    const id = ids.find((i) => sameName(name(i), part) || sameName(i, part));
    if (id === undefined) return { ok: false, name: part, names: ids.map(name).join(', ') };
    if (!found.includes(id)) found.push(id);
  }
  return { ok: true, ids: found };
}

/** A count of answers or people: a whole number from 0 (spaces and thousands commas allowed); empty is null. */
function countFrom(text: string): { ok: true; value: number | null } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: null };
  const n = parseNumber(text.replace(/[\s\u00a0,]/g, ''));
  if (n === null || !Number.isInteger(n) || n < 0 || !Number.isSafeInteger(n)) return { ok: false };
  return { ok: true, value: n };
}

/** A number as people type it: a Unicode minus, a plus sign, a decimal comma and a trailing % are fine. */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/^\+/, '')
    .replace(/\s*%$/, '')
    .replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

function emotionFrom(text: string): { ok: true; value: number | null } | { ok: false; error: CellError } {
  if (text.trim() === '') return { ok: true, value: null };
  const n = parseNumber(text);
  if (n === null || !Number.isInteger(n) || n < EMOTION_MIN || n > EMOTION_MAX)
    return { ok: false, error: { key: 'table.errors.emotion' } };
  return { ok: true, value: n };
}

/**
 * The rules of a list cell (pain points, opportunities), one item per line:
 * - an empty line, or a line emptied, removes its item; the items follow the lines' order;
 * - a line whose text is an item's text keeps that item as it is (severity, status, owner, scores…);
 * - a changed line keeps the item that stood on that line (its text changes, the rest stays),
 *   unless that item's text is still on another line;
 * - any other line adds an item with the defaults.
 */
export function mergeListLines<T extends { text: string }>(
  items: readonly T[],
  text: string,
  create: (text: string) => T,
): T[] {
  const lines = text.split(/\r\n|\r|\n/);
  const used = new Set<number>();
  const kept = new Set<string>(lines.map((l) => l.trim()).filter((l) => l !== ''));
  // First pass: lines whose text is exactly an item's keep that item.
  const exact = lines.map((line) => {
    const trimmed = line.trim();
    if (trimmed === '') return -1;
    const index = items.findIndex((item, i) => !used.has(i) && item.text.trim() === trimmed);
    if (index >= 0) used.add(index);
    return index;
  });
  return lines.flatMap((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return [];
    if (exact[i]! >= 0) return [items[exact[i]!]!];
    const same = items[i];
    if (same && !used.has(i) && !kept.has(same.text.trim())) {
      used.add(i);
      return [{ ...same, text: trimmed }];
    }
    return [create(trimmed)];
  });
}

export function mergePainPoints(items: readonly PainPoint[], text: string): PainPoint[] {
  return mergeListLines(items, text, (line) => newPainPoint(line));
}

export function mergeOpportunities(items: readonly Opportunity[], text: string): Opportunity[] {
  return mergeListLines(items, text, (line) => newOpportunity(line));
}

/**
 * Friction types typed as a list (commas, semicolons or lines): by their
 * names in the interface language or their English ids (a hyphen or a space
 * alike), without regard to case. The first that is neither is the error,
 * which lists the names.
 */
export function parseFrictionTypes(
  text: string,
): { ok: true; types: FrictionType[] } | { ok: false; error: CellError } {
  const types: FrictionType[] = [];
  for (const name of text.split(/[,;\n]/).map((s) => s.trim())) {
    if (name === '') continue;
    const type = named(name, FRICTION_TYPES, (f) => [frictionTypeName(f), f.replace('-', ' ')]);
    if (type === undefined)
      return {
        ok: false,
        error: {
          key: 'table.errors.frictionType',
          values: { name, types: FRICTION_TYPES.map(frictionTypeName).join(', ') },
        },
      };
    if (!types.includes(type)) types.push(type);
  }
  return { ok: true, types };
}

/** One line's detail of an item: the item with it, or why the line cannot be taken. */
type LineResult<T> = { ok: true; item: T } | { ok: false; error: CellError };

/**
 * Sets a detail of every item of a list from aligned lines (line n is item
 * n's detail; a missing or empty line is an empty detail, so `apply` decides
 * what empty means). More lines than items is refused, naming both counts.
 */
function writeAligned<T>(
  items: readonly T[],
  text: string,
  list: 'painPoints' | 'opportunities',
  apply: (item: T, line: string, n: number) => LineResult<T>,
): { ok: true; items: T[] } | { ok: false; error: CellError } {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const pain = list === 'painPoints';
  if (lines.length > items.length)
    return {
      ok: false,
      error:
        items.length === 0
          ? { key: pain ? 'table.errors.noPainPoints' : 'table.errors.noOpportunities' }
          : {
              key: pain ? 'table.errors.painLines' : 'table.errors.opportunityLines',
              values: { count: items.length, lines: lines.length },
            },
    };
  const out: T[] = [];
  for (const [i, item] of items.entries()) {
    const result = apply(item, lines[i] ?? '', i + 1);
    if (!result.ok) return result;
    out.push(result.item);
  }
  return { ok: true, items: out };
}

const lineError = <T>(key: string, values: Record<string, string | number>): LineResult<T> => ({
  ok: false,
  error: { key, values },
});

/** A vocabulary id named on a line: by its name in the interface language, in English or by its id. */
function named<T extends string | number>(line: string, ids: readonly T[], names: (id: T) => string[]): T | undefined {
  return ids.find((id) => sameName(String(id), line) || names(id).some((n) => sameName(n, line)));
}

function severityLine(p: PainPoint, line: string, n: number): LineResult<PainPoint> {
  // Severity is never unset: an empty line leaves it as it is.
  if (line === '') return { ok: true, item: p };
  const severity = named(line, PAIN_SEVERITIES, (s) => [severityName(s), PAIN_SEVERITY_LABELS[s]]);
  if (severity === undefined)
    return lineError('table.errors.lineSeverity', {
      line: n,
      name: line,
      names: PAIN_SEVERITIES.map((s) => `${s} ${severityName(s)}`).join(', '),
    });
  return { ok: true, item: severity === p.severity ? p : { ...p, severity } };
}

function painEvidenceLine(p: PainPoint, line: string, n: number): LineResult<PainPoint> {
  const evidence = line === '' ? null : named(line, EVIDENCE_LEVELS, (l) => [evidenceName(l)]);
  if (evidence === undefined)
    return lineError('table.errors.lineEvidence', {
      line: n,
      name: line,
      names: EVIDENCE_LEVELS.map(evidenceName).join(', '),
    });
  return { ok: true, item: evidence === p.evidence ? p : { ...p, evidence } };
}

function statusLine(o: Opportunity, line: string, n: number): LineResult<Opportunity> {
  // Status is never unset: an empty line leaves it as it is.
  if (line === '') return { ok: true, item: o };
  const status = named(line, OPPORTUNITY_STATUSES, (s) => [opportunityStatusName(s)]);
  if (status === undefined)
    return lineError('table.errors.lineStatus', {
      line: n,
      name: line,
      names: OPPORTUNITY_STATUSES.map(opportunityStatusName).join(', '),
    });
  return { ok: true, item: status === o.status ? o : { ...o, status } };
}

function ownerLine(o: Opportunity, line: string, n: number): LineResult<Opportunity> {
  if (line.length > LIMITS.shortText) return lineError('table.errors.lineOwner', { line: n, max: LIMITS.shortText });
  return { ok: true, item: line === o.owner ? o : { ...o, owner: line } };
}

const scoreLine =
  (axis: keyof OpportunityScores) =>
  (o: Opportunity, line: string, n: number): LineResult<Opportunity> => {
    const value = line === '' ? null : parseNumber(line);
    if (line !== '' && (value === null || !Number.isInteger(value) || value < 1 || value > 5))
      return lineError('table.errors.lineScore', { line: n, name: line });
    return { ok: true, item: value === o.scores[axis] ? o : { ...o, scores: { ...o.scores, [axis]: value } } };
  };

function tagsLine(o: Opportunity, line: string, n: number): LineResult<Opportunity> {
  const questions: LoyaltyQuestion[] = [];
  const pillars: LoyaltyPillar[] = [];
  for (const part of line.split(/[,;]/).map((x) => x.trim())) {
    if (part === '') continue;
    const question = named(part, LOYALTY_QUESTIONS, (q) => [loyaltyQuestionName(q)]);
    const pillar = question === undefined ? named(part, LOYALTY_PILLARS, (p) => [loyaltyPillarName(p)]) : undefined;
    if (question !== undefined) {
      if (!questions.includes(question)) questions.push(question);
    } else if (pillar !== undefined) {
      if (!pillars.includes(pillar)) pillars.push(pillar);
    } else
      return lineError('table.errors.lineTag', {
        line: n,
        name: part,
        names: [...LOYALTY_QUESTIONS.map(loyaltyQuestionName), ...LOYALTY_PILLARS.map(loyaltyPillarName)].join(', '),
      });
  }
  if (sameItems(questions, o.loyaltyQuestions) && sameItems(pillars, o.pillars)) return { ok: true, item: o };
  return { ok: true, item: { ...o, loyaltyQuestions: questions, pillars } };
}

/** The line rules of each detail column (what an empty line means is the rule's). */
const PAIN_DETAILS: Partial<Record<ColumnKey, (p: PainPoint, line: string, n: number) => LineResult<PainPoint>>> = {
  painSeverity: severityLine,
  painEvidence: painEvidenceLine,
};
const OPPORTUNITY_DETAILS: Partial<
  Record<ColumnKey, (o: Opportunity, line: string, n: number) => LineResult<Opportunity>>
> = {
  opportunityStatus: statusLine,
  opportunityOwner: ownerLine,
  customerValue: scoreLine('customerValue'),
  businessValue: scoreLine('businessValue'),
  effort: scoreLine('effort'),
  confidence: scoreLine('confidence'),
  opportunityTags: tagsLine,
};

/** The sub-journey a typed or chosen value names: none, a journey's id, or a journey's title. */
function writeLink(t: Touchpoint, text: string, context: TableContext): CellWrite {
  const parsed = parseLink(t.linkedJourneyId, text, context);
  if (!parsed.ok) return parsed;
  return parsed.value === t.linkedJourneyId
    ? { ok: true, patch: {} }
    : { ok: true, patch: { linkedJourneyId: parsed.value } };
}

/**
 * The sub-journey a typed or chosen value names, for an item (touchpoint or
 * stage) now linked to `current`: none, a journey's id, or a journey's title.
 */
export function parseLink(
  current: JourneyId | null,
  text: string,
  context: Pick<TableContext, 'links'>,
): { ok: true; value: JourneyId | null } | { ok: false; error: CellError } {
  const value = text.trim();
  if (value === (current ?? '')) return { ok: true, value: current };
  if (value === '') return { ok: true, value: null };
  if (!context.links) return { ok: false, error: { key: 'table.errors.subJourneyUnknown' } };
  const choices = linkableJourneys(context.links);
  const journey =
    choices.find((j) => j.id === value) ??
    (isIdOf('journey', value) ? undefined : choices.find((j) => sameName(j.title, value)));
  if (!journey) return { ok: false, error: { key: 'table.errors.subJourney', values: { name: value } } };
  return { ok: true, value: journey.id };
}

const fail = (key: string, values?: Record<string, string | number>): CellWrite => ({
  ok: false,
  error: values ? { key, values } : { key },
});

/** The metrics with one field set (the rest kept). */
const withMetrics = (t: Touchpoint, patch: Partial<Metrics>): Partial<Touchpoint> => ({
  metrics: { ...t.metrics, ...patch },
});

/**
 * The patch that sets a cell to a typed (or pasted) text; an unchanged text
 * gives an empty patch. Nothing is changed when the text cannot be taken.
 */
export function writeCell(t: Touchpoint, key: ColumnKey, text: string, context: TableContext): CellWrite {
  if (text === readCell(t, key, context)) return { ok: true, patch: {} };
  const persona = personaOf(key);
  if (persona) {
    const emotion = emotionFrom(text);
    if (!emotion.ok) return emotion;
    const personaEmotions = { ...t.personaEmotions };
    if (emotion.value === null) delete personaEmotions[persona];
    else personaEmotions[persona] = emotion.value;
    return { ok: true, patch: { personaEmotions } };
  }
  switch (key) {
    case 'title':
      return { ok: true, patch: { title: text.replace(/[\r\n]+/g, ' ').trim() } };
    case 'description':
      return { ok: true, patch: { description: text } };
    case 'channel':
      return { ok: true, patch: { channel: channelFrom(text) } };
    case 'stage': {
      const stage = context.stages.find((s) => s.name.trim().toLowerCase() === text.trim().toLowerCase());
      return stage ? { ok: true, patch: { stageId: stage.id } } : fail('table.errors.stage', { name: text.trim() });
    }
    case 'lane': {
      const lane = context.lanes.find((l) => l.name.trim().toLowerCase() === text.trim().toLowerCase());
      return lane ? { ok: true, patch: { laneId: lane.id } } : fail('table.errors.lane', { name: text.trim() });
    }
    case 'emotion': {
      const emotion = emotionFrom(text);
      return emotion.ok ? { ok: true, patch: { emotion: emotion.value } } : emotion;
    }
    case 'painPoints':
      return { ok: true, patch: { painPoints: mergePainPoints(t.painPoints, text) } };
    case 'opportunities':
      return { ok: true, patch: { opportunities: mergeOpportunities(t.opportunities, text) } };
    case 'painSeverity':
    case 'painEvidence': {
      const written = writeAligned(t.painPoints, text, 'painPoints', PAIN_DETAILS[key]!);
      if (!written.ok) return written;
      return { ok: true, patch: sameItems(written.items, t.painPoints) ? {} : { painPoints: written.items } };
    }
    case 'opportunityStatus':
    case 'opportunityOwner':
    case 'customerValue':
    case 'businessValue':
    case 'effort':
    case 'confidence':
    case 'opportunityTags': {
      const written = writeAligned(t.opportunities, text, 'opportunities', OPPORTUNITY_DETAILS[key]!);
      if (!written.ok) return written;
      return { ok: true, patch: sameItems(written.items, t.opportunities) ? {} : { opportunities: written.items } };
    }
    case 'subJourney':
      return writeLink(t, text, context);
    case 'friction': {
      const n = text.trim() === '' ? 0 : parseNumber(text);
      if (n === null || !Number.isInteger(n) || n < FRICTION_MIN || n > FRICTION_MAX)
        return fail('table.errors.friction');
      return { ok: true, patch: { friction: { ...t.friction, score: n } } };
    }
    case 'frictionTypes': {
      const parsed = parseFrictionTypes(text);
      return parsed.ok ? { ok: true, patch: { friction: { ...t.friction, types: parsed.types } } } : parsed;
    }
    case 'csat': {
      if (text.trim() === '') return { ok: true, patch: withMetrics(t, { csat: null }) };
      const n = parseNumber(text);
      const share = /%\s*$/.test(text);
      const sample = t.metrics.csat?.sample ?? null;
      if (n !== null && share && n >= 0 && n <= 100)
        return { ok: true, patch: withMetrics(t, { csat: { mode: 'share', value: n, sample } }) };
      if (n !== null && !share && n >= 1 && n <= 5)
        return { ok: true, patch: withMetrics(t, { csat: { mode: 'mean', value: n, sample } }) };
      return fail('table.errors.csat');
    }
    case 'ces': {
      if (text.trim() === '') return { ok: true, patch: withMetrics(t, { ces: null }) };
      const n = parseNumber(text);
      if (n === null || n < 1 || n > 7) return fail('table.errors.ces');
      return { ok: true, patch: withMetrics(t, { ces: { mean: n, sample: t.metrics.ces?.sample ?? null } }) };
    }
    case 'dropOff': {
      if (text.trim() === '') return { ok: true, patch: withMetrics(t, { dropOff: null }) };
      const n = parseNumber(text);
      if (n === null || n < 0 || n > 100) return fail('table.errors.dropOff');
      return { ok: true, patch: withMetrics(t, { dropOff: n }) };
    }
    case 'volume': {
      if (text.trim() === '') return { ok: true, patch: withMetrics(t, { volume: null }) };
      const n = parseNumber(text.replace(/[\s\u00a0,]/g, ''));
      if (n === null || !Number.isInteger(n) || n < 0) return fail('table.errors.volume');
      return { ok: true, patch: withMetrics(t, { volume: n }) };
    }
    case 'owner':
      return {
        ok: true,
        patch: {
          owner: text
            .replace(/[\r\n]+/g, ' ')
            .trim()
            .slice(0, LIMITS.shortText),
        },
      };
    case 'evidence': {
      if (text.trim() === '') return { ok: true, patch: { evidence: null } };
      const level = EVIDENCE_LEVELS.find((l) => sameName(evidenceName(l), text) || sameName(l, text));
      return level
        ? { ok: true, patch: { evidence: level } }
        : fail('table.errors.evidence', { name: text.trim(), levels: EVIDENCE_LEVELS.map(evidenceName).join(', ') });
    }
    case 'emotionLabel':
      return {
        ok: true,
        patch: {
          emotionLabel: text
            .replace(/[\r\n]+/g, ' ')
            .trim()
            .slice(0, LIMITS.shortText),
        },
      };
    case 'expectedEmotion': {
      const emotion = emotionFrom(text);
      return emotion.ok ? { ok: true, patch: withMetrics(t, { expectedEmotion: emotion.value }) } : emotion;
    }
    case 'thoughts':
      return text.length > LIMITS.longText
        ? fail('table.errors.tooLong', { max: LIMITS.longText })
        : { ok: true, patch: { thoughts: text } };
    case 'quotes': {
      const quotes = text
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      if (quotes.length > LIMITS.listItems) return fail('table.errors.tooMany', { max: LIMITS.listItems });
      return { ok: true, patch: { quotes } };
    }
    case 'momentOfTruth':
    case 'delight': {
      const value = parseYesNo(text);
      if (value === null) return fail('table.errors.yesNo', { yes: yesNo(true), no: yesNo(false) });
      return { ok: true, patch: key === 'delight' ? { delight: value } : { momentOfTruth: value } };
    }
    case 'loyaltyQuestions': {
      const parsed = parseNames(text, LOYALTY_QUESTIONS, loyaltyQuestionName);
      return parsed.ok
        ? { ok: true, patch: { loyaltyQuestions: parsed.ids } }
        : fail('table.errors.loyaltyQuestion', { name: parsed.name, names: parsed.names });
    }
    case 'pillars': {
      const parsed = parseNames(text, LOYALTY_PILLARS, loyaltyPillarName);
      return parsed.ok
        ? { ok: true, patch: { pillars: parsed.ids } }
        : fail('table.errors.pillar', { name: parsed.name, names: parsed.names });
    }
    case 'tags': {
      const tags = [
        ...new Set(
          text
            .split(/[,\n]/)
            .map((tag) => tag.trim())
            .filter((tag) => tag !== ''),
        ),
      ];
      if (tags.some((tag) => tag.length > 100)) return fail('table.errors.tagLength', { max: 100 });
      if (tags.length > LIMITS.tags) return fail('table.errors.tooManyTags', { max: LIMITS.tags });
      return { ok: true, patch: { tags } };
    }
    case 'csatSample':
    case 'cesSample': {
      const count = countFrom(text);
      if (!count.ok) return fail('table.errors.sample');
      if (key === 'csatSample') {
        const csat = t.metrics.csat;
        if (!csat) return count.value === null ? { ok: true, patch: {} } : fail('table.errors.csatFirst');
        return { ok: true, patch: withMetrics(t, { csat: { ...csat, sample: count.value } }) };
      }
      const ces = t.metrics.ces;
      if (!ces) return count.value === null ? { ok: true, patch: {} } : fail('table.errors.cesFirst');
      return { ok: true, patch: withMetrics(t, { ces: { ...ces, sample: count.value } }) };
    }
    case 'promoters':
    case 'passives':
    case 'detractors': {
      const count = countFrom(text);
      if (!count.ok) return fail('table.errors.nps');
      const nps = { ...(t.metrics.nps ?? { promoters: 0, passives: 0, detractors: 0 }), [key]: count.value ?? 0 };
      // No answers at all is no NPS, as in the inspector.
      const empty = nps.promoters + nps.passives + nps.detractors === 0;
      return { ok: true, patch: withMetrics(t, { nps: empty ? null : nps }) };
    }
    default:
      return { ok: true, patch: {} };
  }
}
