import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { touchpointsToCsv } from '../../../renderer/src/files/csv/export';
import { buildWorkbook } from '../../../renderer/src/exports/xlsx';
import { buildMarkdownReport } from '../../../renderer/src/reports/markdown';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, MALAYALAM, TAMIL } from '../../fixtures/seed-text';

function blueprint(names: [string, string] = [MALAYALAM[0], ARMENIAN[0]]) {
  const b = journey(TAMIL[0]);
  const [s] = b.stages('Apply');
  const customer = b.lane(names[0], 'customer');
  const back = b.lane(names[1], 'backstage');
  b.touchpoint(s!, { title: 'Fills the form', laneId: customer.id, position: { x: 50, y: 120 } });
  b.touchpoint(s!, { title: 'Checks the documents', laneId: back.id, position: { x: 50, y: 360 } });
  return b.build();
}

describe('lanes in the exports', () => {
  it('CSV has a Lane column naming each touchpoint’s lane', () => {
    const rows = Papa.parse<Record<string, string>>(touchpointsToCsv(blueprint()).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r.Title, r.Lane])).toEqual([
      ['Fills the form', MALAYALAM[0]],
      ['Checks the documents', ARMENIAN[0]],
    ]);
  });

  it('XLSX has a Lane column after Stage on a blueprint', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(blueprint())) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Touchpoints')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1, 4);
    expect(header).toEqual(['Stage', 'Lane', 'Title']);
    expect(sheet.getRow(3).getCell(2).value).toBe(ARMENIAN[0]);
  });

  it('Markdown lists a stage’s touchpoints lane by lane, each lane named', () => {
    const md = buildMarkdownReport(blueprint(['Customer', 'Back office']));
    const customerAt = md.indexOf('**Lane: Customer**');
    const backAt = md.indexOf('**Lane: Back office**');
    expect(customerAt).toBeGreaterThan(0);
    expect(backAt).toBeGreaterThan(md.indexOf('Fills the form'));
    expect(md.indexOf('Checks the documents')).toBeGreaterThan(backAt);
  });
});
