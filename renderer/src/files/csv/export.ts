/**
 * Every field of every touchpoint as CSV for spreadsheets: UTF-8 with a byte
 * order mark and CRLF line ends, so Excel opens Tamil or Armenian text
 * correctly. Text cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe (import removes it again).
 */
import Papa from 'papaparse';
import { laneNameOf } from '../../domain/lanes';
import { sortStages } from '../../domain/layout';
import type { JourneyDocument, Metrics, Touchpoint } from '../../domain/model';
import { emotionLevel } from '../../domain/vocabulary';

export const CSV_EXPORT_COLUMNS = [
  'Stage',
  'Lane',
  'Title',
  'Description',
  'Channel',
  'Owner',
  'Emotion',
  'Emotion level',
  'Emotion label',
  'Persona emotions',
  'Thoughts',
  'Quotes',
  'Pain points',
  'Friction',
  'Friction types',
  'Opportunities',
  'CSAT',
  'CSAT sample',
  'CES',
  'CES sample',
  'NPS promoters',
  'NPS passives',
  'NPS detractors',
  'Drop-off %',
  'Volume',
  'Expected emotion',
  'Moment of truth',
  'Delight',
  'Loyalty questions',
  'Loyalty pillars',
  'Tags',
  'Evidence',
  'Pain point evidence',
  'Opportunity customer value',
  'Opportunity business value',
  'Opportunity effort',
  'Opportunity confidence',
] as const;

/** Guard a text cell against spreadsheet formula injection. */
export function guardCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const lines = (items: readonly string[]) => items.map(guardCell).join('\n');
const list = (items: readonly string[]) => items.join('; ');
const number = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
/**
 * One line per pain point (or opportunity), in the order of the Pain points
 * (Opportunities) cell, so line n belongs to item n; empty when none is set.
 */
const aligned = (values: readonly string[]) => (values.some(Boolean) ? values.join('\n') : '');
/** The opportunity scores, in the order of their columns (machine values 1–5, empty when not scored). */
export const SCORE_KEYS = ['customerValue', 'businessValue', 'effort', 'confidence'] as const;

function csat(metrics: Metrics): string {
  const c = metrics.csat;
  if (!c) return '';
  return c.mode === 'share' ? `${c.value}%` : `${c.value} / 5`;
}

function row(t: Touchpoint, stageName: string, laneName: string, personaNames: Map<string, string>): string[] {
  const m = t.metrics;
  const personaEmotions = Object.entries(t.personaEmotions)
    .map(([id, score]) => `${personaNames.get(id) ?? id}: ${score > 0 ? '+' : ''}${score}`)
    .sort();
  return [
    guardCell(stageName),
    guardCell(laneName),
    guardCell(t.title),
    guardCell(t.description),
    guardCell(t.channel),
    guardCell(t.owner),
    number(t.emotion),
    t.emotion === null ? '' : emotionLevel(t.emotion).label,
    guardCell(t.emotionLabel),
    lines(personaEmotions),
    guardCell(t.thoughts),
    lines(t.quotes),
    lines(t.painPoints.map((p) => `${p.text} (${p.severity})`)),
    String(t.friction.score),
    list(t.friction.types),
    lines(t.opportunities.map((o) => `${o.text} (${o.owner ? `${o.status}, ${o.owner}` : o.status})`)),
    csat(m),
    number(m.csat?.sample),
    number(m.ces?.mean),
    number(m.ces?.sample),
    number(m.nps?.promoters),
    number(m.nps?.passives),
    number(m.nps?.detractors),
    number(m.dropOff),
    number(m.volume),
    number(m.expectedEmotion),
    yesNo(t.momentOfTruth),
    yesNo(t.delight),
    list(t.loyaltyQuestions),
    list(t.pillars),
    guardCell(list(t.tags)),
    t.evidence ?? '',
    aligned(t.painPoints.map((p) => p.evidence ?? '')),
    ...SCORE_KEYS.map((key) => aligned(t.opportunities.map((o) => number(o.scores[key])))),
  ];
}

/** The journey's touchpoints, stage by stage (left to right, then top to bottom), as CSV text. */
export function touchpointsToCsv(document: JourneyDocument): string {
  const stages = sortStages(document.stages);
  const stageIndex = new Map(stages.map((s, i) => [s.id as string, i]));
  const stageName = new Map(stages.map((s) => [s.id as string, s.name]));
  const laneName = laneNameOf(document.lanes);
  const personaNames = new Map(document.personas.map((p) => [p.id as string, p.name]));
  const touchpoints = [...document.touchpoints].sort(
    (a, b) =>
      (stageIndex.get(a.stageId) ?? Infinity) - (stageIndex.get(b.stageId) ?? Infinity) ||
      a.position.x - b.position.x ||
      a.position.y - b.position.y ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const body = Papa.unparse(
    {
      fields: [...CSV_EXPORT_COLUMNS],
      data: touchpoints.map((t) => row(t, stageName.get(t.stageId) ?? '', laneName(t), personaNames)),
    },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}
