/**
 * Every field a user can fill in, against every export. The decisions live in
 * one table, in renderer/src/reports/README.md ("Where each field goes"); this
 * test reads that table, fills every text field of a journey with its own
 * marker string, builds every export and checks that each marker is exactly
 * where the table says. It also checks that every field of the model has a
 * row (or is listed as not typed by the user), so a new field cannot vanish
 * from the exports without a decision written down.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  createConnection,
  createJourney,
  createNote,
  createPersona,
  createStage,
  createTouchpoint,
  newOpportunity,
  newPainPoint,
} from '../../../renderer/src/domain/factories';
import {
  ConnectionSchema,
  JourneySchema,
  MetricsSchema,
  NoteSchema,
  OpportunitySchema,
  PainPointSchema,
  PersonaSchema,
  StageSchema,
  TouchpointSchema,
  type JourneyDocument,
} from '../../../renderer/src/domain/model';
import { touchpointsToCsv } from '../../../renderer/src/files/csv/export';
import { buildMapImage } from '../../../renderer/src/exports/map-image';
import { buildWorkbook } from '../../../renderer/src/exports/xlsx';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { reportInsightGroups } from '../../../renderer/src/reports/insight-groups';
import { buildMarkdownReport } from '../../../renderer/src/reports/markdown';
import { reportOptions } from './fixture';

const README = fileURLToPath(new URL('../../../renderer/src/reports/README.md', import.meta.url));

const EXPORTS = ['Report', 'Markdown', 'CSV', 'XLSX', 'Map image'] as const;
type ExportName = (typeof EXPORTS)[number];

interface Decision {
  field: string;
  kind: 'text' | 'value';
  in: Record<ExportName, boolean>;
  why: string;
}

/** The rows of the README's field table and the fields it lists as not typed by a user. */
function readDecisions(): { rows: Decision[]; system: string[] } {
  const text = readFileSync(README, 'utf8');
  const table = text.slice(text.indexOf('## Where each field goes'), text.indexOf('## Not typed by the user'));
  const header = table
    .split('\n')
    .find((l) => /^\|\s*Field\s*\|/.test(l))!
    .split('|')
    .map((c) => c.trim())
    .slice(1, -1);
  expect(header).toEqual(['Field', 'Kind', ...EXPORTS, 'Why not elsewhere']);
  const rows: Decision[] = [];
  for (const line of table.split('\n')) {
    const m = /^\|\s*`([\w.[\]]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const cells = m[2]!.split('|').map((c) => c.trim());
    expect(cells, line).toHaveLength(header.length - 1);
    const kind = cells[0]!;
    expect(['text', 'value'], line).toContain(kind);
    const marks = cells.slice(1, 1 + EXPORTS.length);
    for (const mark of marks) expect(['yes', 'no'], line).toContain(mark);
    rows.push({
      field: m[1]!,
      kind: kind as Decision['kind'],
      in: Object.fromEntries(EXPORTS.map((e, i) => [e, marks[i] === 'yes'])) as Record<ExportName, boolean>,
      why: cells[cells.length - 1]!,
    });
  }
  const systemPart = text.slice(text.indexOf('## Not typed by the user'));
  const end = systemPart.indexOf('\n## ', 5);
  const system = [...(end === -1 ? systemPart : systemPart.slice(0, end)).matchAll(/`([\w.[\]]+)`/g)].map((m) => m[1]!);
  return { rows, system };
}

/** A marker unique to a field, letters only, so no export escapes or splits it. */
const marker = (field: string) => `Zq${field.replace(/[^A-Za-z]/g, '')}Qz`;

/** A journey with one of everything, every text field holding its marker. */
function markedJourney(): JourneyDocument {
  const m = marker;
  const journey = createJourney(
    {
      title: m('journey.title'),
      description: m('journey.description'),
      client: m('journey.client'),
      author: m('journey.author'),
      owner: m('journey.owner'),
      tags: [m('journey.tags')],
      churn: [{ period: m('journey.churn[].period'), start: 200, end: 150, recordedAt: 1_700_000_000_000 }],
    },
    1_700_000_000_000,
  );
  const journeyId = journey.id;
  const stage = createStage({
    journeyId,
    name: m('stage.name'),
    description: m('stage.description'),
    customerGoal: m('stage.customerGoal'),
    order: 0,
  });
  const persona = createPersona({
    journeyId,
    name: m('persona.name'),
    role: m('persona.role'),
    quote: m('persona.quote'),
    needs: [m('persona.needs')],
    fears: [m('persona.fears')],
    goals: [m('persona.goals')],
    desires: [m('persona.desires')],
    challenges: [m('persona.challenges')],
    spender: true,
    sender: true,
  });
  const touchpoint = createTouchpoint({
    journeyId,
    stageId: stage.id,
    title: m('touchpoint.title'),
    description: m('touchpoint.description'),
    channel: m('touchpoint.channel'),
    owner: m('touchpoint.owner'),
    emotion: -2,
    emotionLabel: m('touchpoint.emotionLabel'),
    personaEmotions: { [persona.id]: -1 },
    thoughts: m('touchpoint.thoughts'),
    quotes: [m('touchpoint.quotes')],
    tags: [m('touchpoint.tags')],
    painPoints: [newPainPoint(m('painPoint.text'), 3)],
    friction: { score: 3, types: ['waiting'] },
    opportunities: [{ ...newOpportunity(m('opportunity.text')), owner: m('opportunity.owner'), status: 'planned' }],
    metrics: {
      csat: { mode: 'share', value: 71, sample: 40 },
      ces: { mean: 4.5, sample: 40 },
      nps: { promoters: 10, passives: 5, detractors: 5 },
      dropOff: 12,
      volume: 5000,
      expectedEmotion: 1,
    },
    momentOfTruth: true,
    delight: true,
    position: { x: 40, y: 120 },
  });
  const next = createTouchpoint({
    journeyId,
    stageId: stage.id,
    title: 'Next step',
    emotion: 1,
    position: { x: 40, y: 300 },
  });
  const connection = createConnection({
    journeyId,
    source: touchpoint.id,
    target: next.id,
    kind: 'main',
    label: m('connection.label'),
    share: 60,
  });
  const note = createNote({ journeyId, text: m('note.text') });
  return {
    journey: { ...journey, personaIds: [persona.id] },
    stages: [stage],
    lanes: [],
    touchpoints: [touchpoint, next],
    connections: [connection],
    personas: [persona],
    notes: [note],
  };
}

async function workbookText(doc: JourneyDocument): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(await buildWorkbook(doc)) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  const out: string[] = [workbook.title ?? ''];
  workbook.eachSheet((sheet) => {
    out.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value ?? ''))));
  });
  return out.join('\n');
}

async function exportsOf(doc: JourneyDocument): Promise<Record<ExportName, string>> {
  return {
    Report: buildReportHtml(doc, reportOptions({ insights: reportInsightGroups(doc) }), {
      fonts: [],
      personaPhotos: {},
    }),
    Markdown: buildMarkdownReport(doc),
    CSV: touchpointsToCsv(doc),
    XLSX: await workbookText(doc),
    'Map image': buildMapImage(doc).svg,
  };
}

const SCHEMAS: Record<string, z.ZodObject<z.ZodRawShape>> = {
  journey: JourneySchema,
  stage: StageSchema,
  touchpoint: TouchpointSchema,
  connection: ConnectionSchema,
  persona: PersonaSchema,
  note: NoteSchema,
  opportunity: OpportunitySchema,
  painPoint: PainPointSchema,
  metrics: MetricsSchema as unknown as z.ZodObject<z.ZodRawShape>,
};

describe('where each field goes (renderer/src/reports/README.md)', () => {
  const { rows, system } = readDecisions();
  const doc = markedJourney();

  it('has a decision for every field of the model, once, each with a reason where it is left out', () => {
    const listed = [...rows.map((r) => r.field), ...system];
    expect(new Set(listed).size, 'a field is listed twice').toBe(listed.length);
    const model = Object.entries(SCHEMAS).flatMap(([entity, schema]) =>
      Object.keys(schema.shape).map((key) => `${entity}.${key}`),
    );
    const covered = (field: string) =>
      listed.some((l) => l === field || l.startsWith(`${field}[]`) || l.startsWith(`${field}.`));
    expect(
      model.filter((f) => !covered(f)),
      'fields without a decision',
    ).toEqual([]);
    for (const row of rows) {
      if (EXPORTS.some((e) => !row.in[e])) expect(row.why, `${row.field} needs a reason`).not.toBe('');
    }
  });

  it('finds every text field exactly in the exports the table names', async () => {
    const outputs = await exportsOf(doc);
    const text = rows.filter((r) => r.kind === 'text');
    expect(text.length).toBeGreaterThanOrEqual(30);
    const found = text.map((row) => ({
      field: row.field,
      ...Object.fromEntries(EXPORTS.map((e) => [e, outputs[e].includes(marker(row.field)) ? 'yes' : 'no'])),
    }));
    const expected = text.map((row) => ({
      field: row.field,
      ...Object.fromEntries(EXPORTS.map((e) => [e, row.in[e] ? 'yes' : 'no'])),
    }));
    expect(found).toEqual(expected);
  });
});
