/**
 * The journey as an Excel workbook: Touchpoints (every field), Pain points,
 * Opportunities, Stages and Personas. Header rows are bold and frozen, columns sized to
 * their content (capped), emotion cells filled with the emotion colour while
 * keeping the number a number, and every text cell guarded against formula
 * injection. exceljs is loaded on demand, so it stays out of the startup
 * bundle. No DOM: runs in the browser and in Node alike.
 */
import type * as ExcelNs from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { mean, npsFromCounts } from '../domain/insights';
import { laneNameOf } from '../domain/lanes';
import { sortStages } from '../domain/layout';
import type { JourneyDocument, OpportunityScores, Persona, Stage, Touchpoint } from '../domain/model';
import { emotionColour, emotionLevel, PAIN_SEVERITY_LABELS } from '../domain/vocabulary';
import { orderedTouchpoints } from '../reports/journey-order';
import { guardCellText } from './cell-text';

export const WORKBOOK_SHEETS = ['Touchpoints', 'Pain points', 'Opportunities', 'Stages', 'Personas'] as const;
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

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function lines(values: readonly string[]): string {
  return values
    .map((v) => v.trim())
    .filter(Boolean)
    .join('\n');
}

function emotionName(t: Touchpoint): string {
  if (t.emotionLabel.trim()) return t.emotionLabel.trim();
  return t.emotion === null ? '' : emotionLevel(t.emotion).label;
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

function touchpointColumns(
  stageName: (t: Touchpoint) => string,
  laneName: (t: Touchpoint) => string,
): ColumnSpec<Touchpoint>[] {
  const m = (t: Touchpoint) => t.metrics;
  return [
    { header: 'Stage', value: stageName },
    { header: 'Lane', value: laneName },
    { header: 'Title', value: (t) => t.title },
    { header: 'Description', value: (t) => t.description },
    // The stored channel: a default one by its English id, as the CSV. The workbook speaks English (headers,
    // severities, statuses), and the id pasted back into the table is the same channel in any interface language.
    { header: 'Channel', value: (t) => t.channel },
    { header: 'Owner', value: (t) => t.owner },
    { header: 'Emotion', value: (t) => t.emotion, emotion: (t) => t.emotion, numFmt: '+0;-0;0' },
    { header: 'Emotion label', value: emotionName },
    { header: 'Thoughts', value: (t) => t.thoughts },
    { header: 'Quotes', value: (t) => lines(t.quotes) },
    {
      header: 'Pain points',
      value: (t) => lines(t.painPoints.map((p) => `${p.text.trim()} (${PAIN_SEVERITY_LABELS[p.severity]})`)),
    },
    { header: 'Friction score', value: (t) => t.friction.score },
    { header: 'Friction types', value: (t) => t.friction.types.join(', ') },
    {
      header: 'Opportunities',
      value: (t) =>
        lines(
          t.opportunities.map((o) => `${o.text.trim()} [${[o.status, o.owner.trim()].filter(Boolean).join(', ')}]`),
        ),
    },
    { header: 'CSAT', value: (t) => m(t).csat?.value ?? null },
    {
      header: 'CSAT scale',
      value: (t) => {
        const c = m(t).csat;
        return c === null ? '' : c.mode === 'share' ? '% satisfied (0–100)' : 'mean rating (1–5)';
      },
    },
    { header: 'CSAT sample', value: (t) => m(t).csat?.sample ?? null },
    { header: 'CES (1–7)', value: (t) => m(t).ces?.mean ?? null },
    { header: 'CES sample', value: (t) => m(t).ces?.sample ?? null },
    {
      header: 'NPS',
      value: (t) => {
        const nps = m(t).nps;
        return nps ? round(npsFromCounts(nps), 1) : null;
      },
    },
    { header: 'NPS promoters', value: (t) => m(t).nps?.promoters ?? null },
    { header: 'NPS passives', value: (t) => m(t).nps?.passives ?? null },
    { header: 'NPS detractors', value: (t) => m(t).nps?.detractors ?? null },
    { header: 'Drop-off %', value: (t) => m(t).dropOff },
    { header: 'Volume', value: (t) => m(t).volume },
    {
      header: 'Expected emotion',
      value: (t) => m(t).expectedEmotion,
      emotion: (t) => m(t).expectedEmotion,
      numFmt: '+0;-0;0',
    },
    { header: 'Moment of truth', value: (t) => yesNo(t.momentOfTruth) },
    { header: 'Delight', value: (t) => yesNo(t.delight) },
    { header: 'Tags', value: (t) => t.tags.join(', ') },
    { header: 'Loyalty questions', value: (t) => t.loyaltyQuestions.join(', ') },
    { header: 'Pillars', value: (t) => t.pillars.join(', ') },
    // As in the CSV: one line per pain point or opportunity, in their order (a blank line is not set).
    { header: 'Evidence', value: (t) => t.evidence },
    { header: 'Pain point evidence', value: (t) => aligned(t.painPoints.map((p) => p.evidence ?? '')) },
    ...SCORE_COLUMNS.map(([header, key]): ColumnSpec<Touchpoint> => ({
      header,
      value: (t) => aligned(t.opportunities.map((o) => (o.scores[key] === null ? '' : String(o.scores[key])))),
    })),
  ];
}

/** Lines aligned with the pain points or opportunities; null (an empty cell) when none is set. */
const aligned = (values: readonly string[]) => (values.some(Boolean) ? values.join('\n') : null);

const SCORE_COLUMNS = [
  ['Opportunity customer value', 'customerValue'],
  ['Opportunity business value', 'businessValue'],
  ['Opportunity effort', 'effort'],
  ['Opportunity confidence', 'confidence'],
] as const satisfies readonly (readonly [string, keyof OpportunityScores])[];

interface PainRow {
  touchpoint: string;
  stage: string;
  text: string;
  severity: 1 | 2 | 3;
}

const PAIN_COLUMNS: ColumnSpec<PainRow>[] = [
  { header: 'Touchpoint', value: (r) => r.touchpoint },
  { header: 'Stage', value: (r) => r.stage },
  { header: 'Pain point', value: (r) => r.text },
  { header: 'Severity', value: (r) => r.severity },
  { header: 'Severity label', value: (r) => PAIN_SEVERITY_LABELS[r.severity] },
];

interface OpportunityRow {
  touchpoint: string;
  stage: string;
  text: string;
  status: string;
  owner: string;
}

const OPPORTUNITY_COLUMNS: ColumnSpec<OpportunityRow>[] = [
  { header: 'Touchpoint', value: (r) => r.touchpoint },
  { header: 'Stage', value: (r) => r.stage },
  { header: 'Opportunity', value: (r) => r.text },
  { header: 'Status', value: (r) => r.status },
  { header: 'Owner', value: (r) => r.owner },
];

interface StageRow {
  order: number;
  stage: Stage;
  count: number;
  averageEmotion: number | null;
}

const STAGE_COLUMNS: ColumnSpec<StageRow>[] = [
  { header: 'Order', value: (r) => r.order },
  { header: 'Stage', value: (r) => r.stage.name },
  { header: 'Customer goal', value: (r) => r.stage.customerGoal },
  { header: 'Description', value: (r) => r.stage.description },
  { header: 'Touchpoints', value: (r) => r.count },
  {
    header: 'Average emotion',
    value: (r) => round(r.averageEmotion),
    emotion: (r) => r.averageEmotion,
    numFmt: '+0.00;-0.00;0.00',
  },
];

const PERSONA_COLUMNS: ColumnSpec<Persona>[] = [
  { header: 'Name', value: (p) => p.name },
  { header: 'Role', value: (p) => p.role },
  { header: 'Quote', value: (p) => p.quote },
  { header: 'Needs', value: (p) => lines(p.needs) },
  { header: 'Fears', value: (p) => lines(p.fears) },
  { header: 'Goals', value: (p) => lines(p.goals) },
  { header: 'Desires', value: (p) => lines(p.desires) },
  { header: 'Challenges', value: (p) => lines(p.challenges) },
  { header: 'Spends with the business', value: (p) => yesNo(p.spender) },
  { header: 'Sends others to the business', value: (p) => yesNo(p.sender) },
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
  const header = sheet.addRow(columns.map((c) => c.header));
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

/** The workbook as .xlsx bytes. */
export async function buildWorkbook(doc: JourneyDocument): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  workbook.title = doc.journey.title;
  workbook.created = new Date(doc.journey.createdAt);
  workbook.modified = new Date(doc.journey.updatedAt);

  const stageById = new Map(doc.stages.map((s) => [s.id as string, s]));
  const stageName = (t: Touchpoint) => stageById.get(t.stageId)?.name ?? '';
  const touchpoints = touchpointRows(doc);

  addSheet(workbook, 'Touchpoints', touchpointColumns(stageName, laneNameOf(doc.lanes)), touchpoints);
  addSheet(
    workbook,
    'Pain points',
    PAIN_COLUMNS,
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
    'Opportunities',
    OPPORTUNITY_COLUMNS,
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
    'Stages',
    STAGE_COLUMNS,
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

  addSheet(workbook, 'Personas', PERSONA_COLUMNS, doc.personas);

  const out = (await workbook.xlsx.writeBuffer()) as unknown;
  if (out instanceof Uint8Array) return new Uint8Array(out);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new Error('The spreadsheet library returned no bytes.');
}
