/**
 * The journey as an Excel workbook: Touchpoints (every field), Pain points,
 * Opportunities, Stages and Personas. Header rows are bold and frozen, columns sized to
 * their content (capped), emotion cells filled with the emotion colour while
 * keeping the number a number, and every text cell guarded against formula
 * injection. Every word of its own (sheet names, headers, yes/no, emotion,
 * severity, status, friction type, default channel, loyalty question, pillar
 * and evidence level names) is in the language asked for, from the report's
 * Labels; the user's text and numbers are written as they are. exceljs is loaded on demand, so it stays out of
 * the startup bundle. No DOM: runs in the browser and in Node alike.
 */
import type * as ExcelNs from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { mean, npsFromCounts } from '../domain/insights';
import { laneNameOf } from '../domain/lanes';
import { sortStages } from '../domain/layout';
import type { JourneyDocument, OpportunityScores, Persona, Stage, Touchpoint } from '../domain/model';
import { emotionColour, type OpportunityStatus } from '../domain/vocabulary';
import { channelText } from '../reports/channel-text';
import { oneLine } from '../reports/escape';
import { frictionTypesText } from '../reports/friction-text';
import { orderedTouchpoints } from '../reports/journey-order';
import { emotionLabelWord, REPORT_LABELS, type Labels } from '../reports/labels';
import type { ReportLanguage } from '../reports/types';
import { guardCellText } from './cell-text';

/** Excel refuses a sheet name longer than this or holding one of SHEET_NAME_FORBIDDEN. */
export const SHEET_NAME_MAX_CHARS = 31;
export const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** The five sheets' names in a language, in their order. */
export function workbookSheetNames(language: ReportLanguage): readonly string[] {
  const words = REPORT_LABELS[language].summary;
  return [words.touchpoints, words.painPoints, words.opportunities, words.stages, words.personas].map(sheetName);
}

/** A name Excel takes: forbidden characters dropped, cut to 31 characters (never half a surrogate pair). */
function sheetName(name: string): string {
  const clean = name.replace(SHEET_NAME_FORBIDDEN, '').trim();
  const chars = [...clean];
  return chars.length <= SHEET_NAME_MAX_CHARS ? clean : chars.slice(0, SHEET_NAME_MAX_CHARS).join('').trim();
}

/** The sheets of an English workbook. */
export const WORKBOOK_SHEETS = workbookSheetNames('en');
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column widths in characters (exceljs leaves out a width of exactly 9, its default; the minimum stays above it). */
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

type CellValue = string | number | null;

interface ColumnSpec<T> {
  header: string;
  value: (row: T) => CellValue;
  /** Fill the cell with this emotion's colour. */
  emotion?: (row: T) => number | null;
  /** Number format for numeric cells. */
  numFmt?: string;
}

type ExcelModule = typeof ExcelNs;

/** exceljs, loaded when the first workbook is built (CommonJS in Node, the browser build under Vite). */
async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

function yesNo(value: boolean, labels: Labels): string {
  return value ? labels.workbook.yes : labels.workbook.no;
}

function lines(values: readonly string[]): string {
  return values
    .map((v) => v.trim())
    .filter(Boolean)
    .join('\n');
}

/** The journey's own label for the emotion when it has one (a scale name in the language), else the scale's name. */
function emotionName(t: Touchpoint, labels: Labels): string {
  if (!t.emotionLabel.trim() && t.emotion === null) return '';
  return emotionLabelWord(labels, t.emotion, t.emotionLabel);
}

function round(n: number | null, digits = 2): number | null {
  if (n === null || !Number.isFinite(n)) return null;
  const k = 10 ** digits;
  return Math.round(n * k) / k;
}

/** Touchpoints in reading order (stage by stage, top to bottom), those of a missing stage last. */
function touchpointRows(doc: JourneyDocument): Touchpoint[] {
  const ordered = orderedTouchpoints(doc);
  const seen = new Set<string>(ordered.map((t) => t.id));
  return [...ordered, ...doc.touchpoints.filter((t) => !seen.has(t.id))];
}

/**
 * One column per persona that feels a touchpoint differently from the journey (an emotion of its own on any
 * touchpoint): that persona's emotion, coloured as the journey's is, headed by the persona's name.
 */
function personaEmotionColumns(personas: readonly Persona[], touchpoints: readonly Touchpoint[], labels: Labels) {
  return personas
    .filter((p) => touchpoints.some((t) => t.personaEmotions[p.id] !== undefined))
    .map((p): ColumnSpec<Touchpoint> => ({
      header: `${labels.table.emotion} · ${oneLine(p.name) || labels.untitled}`,
      value: (t) => t.personaEmotions[p.id] ?? null,
      emotion: (t) => t.personaEmotions[p.id] ?? null,
      numFmt: '+0;-0;0',
    }));
}

function touchpointColumns(
  labels: Labels,
  stageName: (t: Touchpoint) => string,
  laneName: (t: Touchpoint) => string,
  personaEmotions: readonly ColumnSpec<Touchpoint>[] = [],
): ColumnSpec<Touchpoint>[] {
  const m = (t: Touchpoint) => t.metrics;
  const w = labels.workbook;
  return [
    { header: labels.table.stage, value: stageName },
    { header: labels.lane, value: laneName },
    { header: w.title, value: (t) => t.title },
    { header: labels.viewer.description, value: (t) => t.description },
    // A default channel by its name in the language (the table's paste reads a name in the interface language, or
    // the id, back as the same channel); a channel of the user's own as typed.
    { header: labels.table.channel, value: (t) => channelText(t.channel, labels) },
    { header: labels.table.owner, value: (t) => t.owner },
    { header: labels.table.emotion, value: (t) => t.emotion, emotion: (t) => t.emotion, numFmt: '+0;-0;0' },
    { header: w.emotionLabel, value: (t) => emotionName(t, labels) },
    ...personaEmotions,
    { header: labels.table.thoughts, value: (t) => t.thoughts },
    { header: labels.table.quotes, value: (t) => lines(t.quotes) },
    {
      header: labels.table.painPoints,
      value: (t) => lines(t.painPoints.map((p) => `${p.text.trim()} (${labels.severity[p.severity]})`)),
    },
    { header: w.frictionScore, value: (t) => t.friction.score },
    { header: w.frictionTypes, value: (t) => frictionTypesText(t.friction.types, labels) },
    {
      header: labels.table.opportunities,
      value: (t) =>
        lines(
          t.opportunities.map(
            (o) =>
              `${o.text.trim()} [${[labels.opportunityStatus[o.status], o.owner.trim()].filter(Boolean).join(', ')}]`,
          ),
        ),
    },
    { header: labels.table.csat, value: (t) => m(t).csat?.value ?? null },
    {
      header: w.csatScale,
      value: (t) => {
        const c = m(t).csat;
        return c === null ? '' : c.mode === 'share' ? w.csatModes.share : w.csatModes.mean;
      },
    },
    { header: w.csatSample, value: (t) => m(t).csat?.sample ?? null },
    { header: w.ces, value: (t) => m(t).ces?.mean ?? null },
    { header: w.cesSample, value: (t) => m(t).ces?.sample ?? null },
    {
      header: labels.table.nps,
      value: (t) => {
        const nps = m(t).nps;
        return nps ? round(npsFromCounts(nps), 1) : null;
      },
    },
    { header: w.npsPromoters, value: (t) => m(t).nps?.promoters ?? null },
    { header: w.npsPassives, value: (t) => m(t).nps?.passives ?? null },
    { header: w.npsDetractors, value: (t) => m(t).nps?.detractors ?? null },
    { header: w.dropOff, value: (t) => m(t).dropOff },
    { header: labels.table.volume, value: (t) => m(t).volume },
    {
      header: w.expectedEmotion,
      value: (t) => m(t).expectedEmotion,
      emotion: (t) => m(t).expectedEmotion,
      numFmt: '+0;-0;0',
    },
    { header: labels.momentOfTruth, value: (t) => yesNo(t.momentOfTruth, labels) },
    { header: labels.delight, value: (t) => yesNo(t.delight, labels) },
    { header: w.tags, value: (t) => t.tags.join(', ') },
    // Loyalty questions, pillars and evidence levels by their names in the language (the CSV keeps the ids its
    // import reads); an id the vocabulary does not know is written as stored.
    { header: w.loyaltyQuestions, value: (t) => namesIn(t.loyaltyQuestions, labels.loyalty.questions) },
    { header: w.pillars, value: (t) => namesIn(t.pillars, labels.loyalty.pillars) },
    // As in the CSV: one line per pain point or opportunity, in their order (a blank line is not set).
    {
      header: labels.evidence.title,
      value: (t) => (t.evidence === null ? null : nameIn(t.evidence, labels.evidence.levels)),
    },
    {
      header: w.painEvidence,
      value: (t) => aligned(t.painPoints.map((p) => (p.evidence ? nameIn(p.evidence, labels.evidence.levels) : ''))),
    },
    ...SCORE_KEYS.map((key): ColumnSpec<Touchpoint> => ({
      header: w.scores[key],
      value: (t) => aligned(t.opportunities.map((o) => (o.scores[key] === null ? '' : String(o.scores[key])))),
    })),
  ];
}

/** A stored id by its name in `names`; an id the table does not know (a user's own) as stored. */
function nameIn(id: string, names: Readonly<Record<string, string>>): string {
  return Object.hasOwn(names, id) ? names[id]! : id;
}

/** Stored ids by their names, in their order: "Why you?, Why stay?". */
const namesIn = (ids: readonly string[], names: Readonly<Record<string, string>>) =>
  ids.map((id) => nameIn(id, names)).join(', ');

/** Lines aligned with the pain points or opportunities; null (an empty cell) when none is set. */
const aligned = (values: readonly string[]) => (values.some(Boolean) ? values.join('\n') : null);

const SCORE_KEYS = [
  'customerValue',
  'businessValue',
  'effort',
  'confidence',
] as const satisfies readonly (keyof OpportunityScores)[];

interface PainRow {
  touchpoint: string;
  stage: string;
  text: string;
  severity: 1 | 2 | 3;
}

const painColumns = (labels: Labels): ColumnSpec<PainRow>[] => [
  { header: labels.table.touchpoint, value: (r) => r.touchpoint },
  { header: labels.table.stage, value: (r) => r.stage },
  { header: labels.workshop.kind.pain, value: (r) => r.text },
  { header: labels.workbook.severity, value: (r) => r.severity },
  { header: labels.workbook.severityLabel, value: (r) => labels.severity[r.severity] },
];

interface OpportunityRow {
  touchpoint: string;
  stage: string;
  text: string;
  status: OpportunityStatus;
  owner: string;
}

const opportunityColumns = (labels: Labels): ColumnSpec<OpportunityRow>[] => [
  { header: labels.table.touchpoint, value: (r) => r.touchpoint },
  { header: labels.table.stage, value: (r) => r.stage },
  { header: labels.table.opportunity, value: (r) => r.text },
  { header: labels.table.status, value: (r) => labels.opportunityStatus[r.status] },
  { header: labels.table.owner, value: (r) => r.owner },
];

interface StageRow {
  order: number;
  stage: Stage;
  count: number;
  averageEmotion: number | null;
}

const stageColumns = (labels: Labels): ColumnSpec<StageRow>[] => [
  { header: labels.workbook.order, value: (r) => r.order },
  { header: labels.table.stage, value: (r) => r.stage.name },
  { header: labels.stageGoal, value: (r) => r.stage.customerGoal },
  { header: labels.viewer.description, value: (r) => r.stage.description },
  { header: labels.summary.touchpoints, value: (r) => r.count },
  {
    header: labels.summary.averageEmotion,
    value: (r) => round(r.averageEmotion),
    emotion: (r) => r.averageEmotion,
    numFmt: '+0.00;-0.00;0.00',
  },
];

const personaColumns = (labels: Labels): ColumnSpec<Persona>[] => [
  { header: labels.workbook.name, value: (p) => p.name },
  { header: labels.workbook.role, value: (p) => p.role },
  { header: labels.workbook.quote, value: (p) => p.quote },
  { header: labels.persona.needs, value: (p) => lines(p.needs) },
  { header: labels.persona.fears, value: (p) => lines(p.fears) },
  { header: labels.persona.goals, value: (p) => lines(p.goals) },
  { header: labels.persona.desires, value: (p) => lines(p.desires) },
  { header: labels.persona.challenges, value: (p) => lines(p.challenges) },
  { header: labels.persona.spender, value: (p) => yesNo(p.spender, labels) },
  { header: labels.persona.sender, value: (p) => yesNo(p.sender, labels) },
];

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Black or white text, whichever reads better on the fill. */
function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55 ? 'FF1F2328' : 'FFFFFFFF';
}

function widthOf(value: CellValue): number {
  if (value === null) return 0;
  const text = typeof value === 'number' ? String(value) : value;
  return Math.max(0, ...text.split('\n').map((line) => [...line].length));
}

function addSheet<T>(workbook: Workbook, name: string, columns: readonly ColumnSpec<T>[], rows: readonly T[]) {
  const sheet: Worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  // A header may hold user text (a persona's name): guarded as every cell is.
  const header = sheet.addRow(columns.map((c) => guardCellText(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FFADB5BD' } } };
  });
  const widths = columns.map((c) => widthOf(c.header));
  for (const item of rows) {
    const values = columns.map((c) => {
      const v = c.value(item);
      return typeof v === 'string' ? guardCellText(v) : v !== null && Number.isFinite(v) ? v : null;
    });
    const row = sheet.addRow(values);
    values.forEach((v, i) => {
      widths[i] = Math.max(widths[i]!, widthOf(v));
      const spec = columns[i]!;
      const cell = row.getCell(i + 1);
      if (typeof v === 'string' && v.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
      else cell.alignment = { vertical: 'top' };
      if (typeof v === 'number' && spec.numFmt) cell.numFmt = spec.numFmt;
      const emotion = spec.emotion?.(item) ?? null;
      if (emotion !== null && typeof v === 'number') {
        const colour = emotionColour(emotion);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
        cell.font = { color: { argb: inkOn(colour) }, bold: true };
      }
    });
  }
  columns.forEach((_, i) => {
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i]! + 2));
  });
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
}

/** The workbook as .xlsx bytes, its own words in `language` (English unless asked). */
export async function buildWorkbook(doc: JourneyDocument, language: ReportLanguage = 'en'): Promise<Uint8Array> {
  const labels = REPORT_LABELS[language];
  const [touchpointSheet, painSheet, opportunitySheet, stageSheet, personaSheet] = workbookSheetNames(language) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  workbook.title = doc.journey.title;
  workbook.created = new Date(doc.journey.createdAt);
  workbook.modified = new Date(doc.journey.updatedAt);

  const stageById = new Map(doc.stages.map((s) => [s.id as string, s]));
  const stageName = (t: Touchpoint) => stageById.get(t.stageId)?.name ?? '';
  const touchpoints = touchpointRows(doc);

  addSheet(
    workbook,
    touchpointSheet,
    touchpointColumns(
      labels,
      stageName,
      laneNameOf(doc.lanes),
      personaEmotionColumns(doc.personas, touchpoints, labels),
    ),
    touchpoints,
  );
  addSheet(
    workbook,
    painSheet,
    painColumns(labels),
    touchpoints.flatMap((t) =>
      t.painPoints.map((p) => ({
        touchpoint: t.title,
        stage: stageName(t),
        text: p.text,
        severity: p.severity,
      })),
    ),
  );
  addSheet(
    workbook,
    opportunitySheet,
    opportunityColumns(labels),
    touchpoints.flatMap((t) =>
      t.opportunities.map((o) => ({
        touchpoint: t.title,
        stage: stageName(t),
        text: o.text,
        status: o.status,
        owner: o.owner,
      })),
    ),
  );
  addSheet(
    workbook,
    stageSheet,
    stageColumns(labels),
    sortStages(doc.stages).map((stage, i) => {
      const inStage = doc.touchpoints.filter((t) => t.stageId === stage.id);
      return {
        order: i + 1,
        stage,
        count: inStage.length,
        averageEmotion: mean(inStage.map((t) => t.emotion)),
      };
    }),
  );

  addSheet(workbook, personaSheet, personaColumns(labels), doc.personas);

  const out = (await workbook.xlsx.writeBuffer()) as unknown;
  if (out instanceof Uint8Array) return new Uint8Array(out);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new Error('The spreadsheet library returned no bytes.');
}
