/**
 * Lanes on the printed map (reports/svg/map-layout.ts): a blueprint's cards
 * sit in their stage × lane cells, every lane is labelled on every page
 * part, and the blueprint's lines are drawn between the lane groups.
 */
import { describe, expect, it } from 'vitest';
import { TemplateBuilder } from '../../../renderer/src/domain/templates/builder';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { drawMap } from '../../../renderer/src/reports/svg/map';
import { LANE_LABEL_W, layoutMap, planMapParts, type MapPlan } from '../../../renderer/src/reports/svg/map-layout';

function blueprint(): JourneyDocument {
  const b = new TemplateBuilder(
    { title: 'Clinic visit' },
    [
      { name: 'Book', customerGoal: '' },
      { name: 'Arrive', customerGoal: '' },
      { name: 'See the doctor', customerGoal: '' },
    ],
    1,
  );
  b.lane('Patient', 'customer');
  b.lane('Reception desk', 'frontstage-people');
  b.lane('Records system', 'backstage');
  b.lane('Lab', 'support');
  const call = b.touchpoint(0, { title: 'Calls to book', lane: 0, emotion: -1 });
  const slot = b.touchpoint(0, { title: 'Finds a slot', lane: 2 });
  const desk = b.touchpoint(1, { title: 'Checks in at the desk', lane: 1, emotion: 0 });
  b.touchpoint(1, { title: 'Waits', lane: 0, emotion: -2 });
  b.touchpoint(1, { title: 'Second patient task', lane: 0 });
  const tests = b.touchpoint(2, { title: 'Runs the blood tests', lane: 3 });
  b.connect(call, slot);
  b.connect(desk, tests, 'alternative', 'Referral');
  return b.build();
}

const doc = blueprint();
const laneName = (p: MapPlan, id: string) => p.lanes.find((l) => l.lane.id === id)?.name;

describe('lanes on the printed map', () => {
  const plan = layoutMap(doc);

  it('draws one band per lane, top to bottom in lane order, touching each other', () => {
    expect(plan.lanes.map((l) => l.name)).toEqual(['Patient', 'Reception desk', 'Records system', 'Lab']);
    for (let i = 1; i < plan.lanes.length; i++) {
      expect(plan.lanes[i]!.box.y).toBe(plan.lanes[i - 1]!.box.y + plan.lanes[i - 1]!.box.height);
    }
    expect(plan.lanes[0]!.box.x).toBeLessThan(plan.columns[0]!.box.x);
    expect(plan.columns[0]!.box.x - plan.lanes[0]!.box.x).toBeGreaterThanOrEqual(LANE_LABEL_W - 8);
  });

  it('puts every card inside its own lane band and its own stage column', () => {
    for (const card of plan.cards) {
      const band = plan.lanes.find((l) => l.lane.id === card.touchpoint.laneId)!;
      expect(card.y).toBeGreaterThanOrEqual(band.box.y);
      expect(card.y + card.height).toBeLessThanOrEqual(band.box.y + band.box.height);
      const column = plan.columns.find((c) => c.stage.id === card.touchpoint.stageId)!;
      expect(card.x).toBeGreaterThanOrEqual(column.box.x);
      expect(card.x + card.width).toBeLessThanOrEqual(column.box.x + column.box.width);
    }
    // Two cards of one cell are stacked, not overlapping.
    const waits = plan.cards.filter(
      (c) => c.touchpoint.stageId === doc.stages[1]!.id && laneName(plan, c.touchpoint.laneId!) === 'Patient',
    );
    expect(waits).toHaveLength(2);
    expect(waits[1]!.y).toBeGreaterThanOrEqual(waits[0]!.y + waits[0]!.height);
  });

  it('draws the three lines of a blueprint where the lane groups meet, named', () => {
    expect(plan.blueprintLines.map((l) => [l.kind, l.label.text])).toEqual([
      ['interaction', 'Line of interaction'],
      ['visibility', 'Line of visibility'],
      ['internal-interaction', 'Line of internal interaction'],
    ]);
    const reception = plan.lanes.find((l) => l.name === 'Reception desk')!;
    expect(plan.blueprintLines[0]!.y).toBe(reception.box.y);
  });

  it('keeps the lane labels on every page part', () => {
    for (const part of planMapParts(doc, 400)) {
      const p = layoutMap(doc, { stageIds: part });
      expect(p.lanes.map((l) => l.name)).toEqual(['Patient', 'Reception desk', 'Records system', 'Lab']);
      const svg = drawMap(doc, { stageIds: part }).svg;
      for (const name of ['Patient', 'Reception desk', 'Records system', 'Lab', 'Line of visibility']) {
        expect(svg).toContain(`>${name}<`);
      }
    }
  });

  it('prints lane kinds in the report language', () => {
    expect(layoutMap(doc, { labels: REPORT_LABELS.en }).lanes[2]!.kind.text).toBe('Backstage');
  });

  it('draws no lanes for a journey with one lane (every journey before blueprints)', () => {
    const one = { ...doc, lanes: doc.lanes.slice(0, 1) };
    const p = layoutMap(one);
    expect(p.lanes).toEqual([]);
    expect(p.blueprintLines).toEqual([]);
    expect(p.cards).toHaveLength(doc.touchpoints.length);
  });

  it('escapes lane names', () => {
    const hostile = {
      ...doc,
      lanes: doc.lanes.map((l, i) => (i === 0 ? { ...l, name: '<script>alert(1)</script>' } : l)),
    };
    const svg = drawMap(hostile).svg;
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('lanes in the spreadsheet exports', () => {
  it('gives each touchpoint its lane name in the CSV and the workbook', async () => {
    const { touchpointsToCsv, parseTouchpointCsv } = await import('../../../renderer/src/files');
    const parsed = parseTouchpointCsv(touchpointsToCsv(doc));
    const lane = parsed.columns.indexOf('Lane');
    const title = parsed.columns.indexOf('Title');
    const byTitle = new Map(parsed.rows.map((r) => [r[title], r[lane]]));
    expect(byTitle.get('Finds a slot')).toBe('Records system');
    expect(byTitle.get('Runs the blood tests')).toBe('Lab');

    const { buildWorkbook } = await import('../../../renderer/src/exports/xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await buildWorkbook(doc)) as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.getWorksheet('Touchpoints')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const laneCol = headers.indexOf('Lane') + 1;
    const titleCol = headers.indexOf('Title') + 1;
    const lanes = new Map<string, string>();
    sheet.eachRow((row, i) => {
      if (i > 1) lanes.set(String(row.getCell(titleCol).value), String(row.getCell(laneCol).value));
    });
    expect(lanes.get('Checks in at the desk')).toBe('Reception desk');
  }, 60_000);
});

describe('lanes in the Markdown report', () => {
  it('names the lane of each touchpoint of a blueprint', async () => {
    const { buildMarkdownReport } = await import('../../../renderer/src/reports/markdown');
    const md = buildMarkdownReport(doc);
    expect(md).toMatch(/### Runs the blood tests\n\n- \*\*Lane:\*\* Lab/);
    expect(buildMarkdownReport({ ...doc, lanes: doc.lanes.slice(0, 1) })).not.toContain('**Lane:**');
  });
});
