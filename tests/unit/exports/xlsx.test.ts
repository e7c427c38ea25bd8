import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newPainPoint } from '../../../renderer/src/domain/factories';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { emotionColour } from '../../../renderer/src/domain/vocabulary';
import { guardCellText } from '../../../renderer/src/exports/cell-text';
import { buildWorkbook, WORKBOOK_SHEETS } from '../../../renderer/src/exports/xlsx';
import { journey } from '../../fixtures/journey-builder';
import { SEED, buildRichJourney } from '../reports/fixture';

async function readBack(doc: JourneyDocument) {
  const bytes = await buildWorkbook(doc);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return { bytes, workbook };
}

function headers(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

/** The rows under the header as objects keyed by header. */
function rows(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const names = headers(sheet);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(names.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

describe('buildWorkbook', () => {
  const { doc, touchpointTitles } = buildRichJourney();

  it('writes an .xlsx (a zip) with the five sheets in order', async () => {
    const { bytes, workbook } = await readBack(doc);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...WORKBOOK_SHEETS]);
  });

  it('lists every persona with all its fields on the Personas sheet', async () => {
    const { workbook } = await readBack(doc);
    expect(WORKBOOK_SHEETS).toContain('Personas');
    const personas = rows(workbook.getWorksheet('Personas')!);
    expect(personas.map((p) => p.Name)).toEqual(['Priya Raman', 'Arman Petrosyan']);
    expect(personas[0]).toMatchObject({
      Role: 'Busy parent, renews every year',
      Needs: 'Clear price comparison\nConfirmation by email',
      Fears: 'Paying twice\nLosing cover by mistake',
      Goals: 'Renew in under ten minutes',
      Desires: 'A loyalty discount without asking',
      Challenges: 'Little spare time',
      'Spends with the business': 'Yes',
      'Sends others to the business': 'No',
    });
    expect(personas[1]!.Quote).toBe(SEED.armenian);
  });

  it('has a bold, frozen header row and column widths sized to content, capped', async () => {
    const { workbook } = await readBack(doc);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      for (let c = 1; c <= sheet.columnCount; c++) {
        const width = sheet.getColumn(c).width ?? 0;
        expect(width).toBeGreaterThanOrEqual(10);
        expect(width).toBeLessThanOrEqual(60);
      }
    }
    const tp = workbook.getWorksheet('Touchpoints')!;
    expect(headers(tp)).toEqual(
      expect.arrayContaining([
        'Stage',
        'Title',
        'Description',
        'Channel',
        'Owner',
        'Emotion',
        'Emotion label',
        'Thoughts',
        'Quotes',
        'Pain points',
        'Friction score',
        'Friction types',
        'Opportunities',
        'CSAT',
        'CES (1–7)',
        'NPS',
        'Drop-off %',
        'Volume',
        'Expected emotion',
        'Moment of truth',
        'Delight',
        'Tags',
        'Loyalty questions',
        'Pillars',
      ]),
    );
    // The title column is wider than the narrow "Owner" one: sized to content.
    const titleWidth = tp.getColumn(headers(tp).indexOf('Title') + 1).width!;
    expect(titleWidth).toBe(60);
    expect(tp.getColumn(headers(tp).indexOf('Delight') + 1).width!).toBeLessThan(titleWidth);
  });

  it('holds every touchpoint, with text in all four seed scripts kept exactly', async () => {
    const { workbook } = await readBack(doc);
    const tp = rows(workbook.getWorksheet('Touchpoints')!);
    expect(tp.map((r) => r.Title)).toEqual(expect.arrayContaining(touchpointTitles));
    expect(tp).toHaveLength(touchpointTitles.length);
    for (const sentence of [SEED.tamil, SEED.telugu, SEED.malayalam, SEED.armenian]) {
      expect(tp.some((r) => r.Title === sentence)).toBe(true);
    }
    const stageNames = rows(workbook.getWorksheet('Stages')!).map((r) => r.Stage);
    expect(stageNames).toContain(SEED.tamil.split(' ').slice(0, 2).join(' '));
  });

  it('keeps numbers as numbers and fills emotion cells with the emotion colour', async () => {
    const { workbook } = await readBack(doc);
    const sheet = workbook.getWorksheet('Touchpoints')!;
    const names = headers(sheet);
    const col = (h: string) => names.indexOf(h) + 1;
    const callRow = rows(sheet).findIndex((r) => r.Title === 'Calls to ask about the loyalty discount') + 2;
    const row = sheet.getRow(callRow);
    const emotion = row.getCell(col('Emotion'));
    expect(emotion.value).toBe(-2);
    expect(emotion.type).toBe(ExcelJS.ValueType.Number);
    const fill = emotion.fill as ExcelJS.FillPattern;
    expect(fill.pattern).toBe('solid');
    expect(fill.fgColor?.argb).toBe(`FF${emotionColour(-2).slice(1).toUpperCase()}`);
    expect(row.getCell(col('Emotion label')).value).toBe('Frustrated');
    expect(row.getCell(col('Friction score')).value).toBe(5);
    expect(row.getCell(col('CSAT')).value).toBe(2.4);
    expect(row.getCell(col('CES (1–7)')).value).toBe(5.6);
    expect(row.getCell(col('Drop-off %')).value).toBe(22.5);
    expect(row.getCell(col('Volume')).value).toBe(3400);
    expect(row.getCell(col('Expected emotion')).value).toBe(0);
    expect(row.getCell(col('Pain points')).value).toBe('Long wait on the phone (Severe)');
    expect(row.getCell(col('Friction types')).value).toBe('Waiting, Hand-offs');
    expect(row.getCell(col('Opportunities')).value).toBe(
      'Call-back instead of hold music [In progress, Contact centre]',
    );

    const reminderRow = rows(sheet).findIndex((r) => r.Title === 'Receives the renewal reminder') + 2;
    // 50 promoters, 30 passives, 20 detractors: NPS 30.
    expect(sheet.getRow(reminderRow).getCell(col('NPS')).value).toBe(30);
    // Missing metrics stay empty, never zero.
    const tamilRow = rows(sheet).findIndex((r) => r.Title === SEED.tamil) + 2;
    expect(sheet.getRow(tamilRow).getCell(col('CSAT')).value).toBeNull();
    expect(sheet.getRow(tamilRow).getCell(col('Volume')).value).toBeNull();
  });

  it('lists pain points, opportunities and stages with their figures', async () => {
    const { workbook } = await readBack(doc);
    const pains = rows(workbook.getWorksheet('Pain points')!);
    expect(pains).toHaveLength(doc.touchpoints.reduce((n, t) => n + t.painPoints.length, 0));
    expect(pains).toContainEqual({
      Touchpoint: 'Compares the new price with other insurers',
      Stage: 'Choose',
      'Pain point': 'Price went up 18% without explanation',
      Severity: 3,
      'Severity label': 'Severe',
    });
    const opportunities = rows(workbook.getWorksheet('Opportunities')!);
    expect(opportunities).toContainEqual({
      Touchpoint: 'Compares the new price with other insurers',
      Stage: 'Choose',
      Opportunity: 'Explain every price change in the reminder',
      Status: 'Planned',
      Owner: 'Pricing team',
    });
    const stagesSheet = workbook.getWorksheet('Stages')!;
    const stages = rows(stagesSheet);
    expect(stages.map((s) => s.Order)).toEqual([1, 2, 3, 4, 5, 6]);
    // Discover: emotions +1 and 0 → 0.5, coloured.
    expect(stages[0]).toMatchObject({ Stage: 'Discover', Touchpoints: 2, 'Average emotion': 0.5 });
    expect(stages[0]!['Customer goal']).toBe('Understand what changes at renewal');
    const avgCell = stagesSheet.getRow(2).getCell(headers(stagesSheet).indexOf('Average emotion') + 1);
    expect((avgCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${emotionColour(0.5).slice(1).toUpperCase()}`);
  });

  it('has a coloured emotion column per persona that feels the journey differently, named after the persona', async () => {
    const b = journey('Personas');
    const stage = b.stage('Buy');
    const ana = b.persona(SEED.armenian.slice(0, 14));
    const raj = b.persona('=Raj');
    b.persona('Same as the journey');
    const [first, second] = [
      b.touchpoint(stage, { title: 'Pays', emotion: 1 }),
      b.touchpoint(stage, { title: 'Waits' }),
    ];
    b.chain(first, second);
    const doc = b.build();
    doc.touchpoints[0]!.personaEmotions = { [ana.id]: -3, [raj.id]: 2 };
    doc.touchpoints[1]!.personaEmotions = { [ana.id]: 1 };
    const { workbook } = await readBack(doc);
    const sheet = workbook.getWorksheet('Touchpoints')!;
    const names = headers(sheet);
    const anaHeader = `Emotion · ${SEED.armenian.slice(0, 14)}`;
    // Right after the journey's emotion; the persona without emotions of its own has no column.
    expect(names.slice(names.indexOf('Emotion label') + 1, names.indexOf('Emotion label') + 3)).toEqual([
      anaHeader,
      'Emotion · =Raj',
    ]);
    expect(names.some((h) => h.includes('Same as the journey'))).toBe(false);
    const [pays, waits] = rows(sheet);
    expect([pays![anaHeader], waits![anaHeader]]).toEqual([-3, 1]);
    expect(waits!['Emotion · =Raj']).toBeNull();
    const cell = sheet.getRow(2).getCell(names.indexOf(anaHeader) + 1);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${emotionColour(-3).slice(1).toUpperCase()}`);
  });

  it('guards text that a spreadsheet would run as a formula', async () => {
    const b = journey('Guarded');
    b.touchpoint(b.stage('@stage'), {
      title: '=HYPERLINK("http://evil.example","click")',
      description: '+1 more',
      channel: '-email',
      painPoints: [newPainPoint('=1+1', 2)],
    });
    const { workbook } = await readBack(b.build());
    const row = rows(workbook.getWorksheet('Touchpoints')!)[0]!;
    expect(row.Title).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row.Description).toBe("'+1 more");
    expect(row.Channel).toBe("'-email");
    expect(row.Stage).toBe("'@stage");
    expect(rows(workbook.getWorksheet('Pain points')!)[0]!['Pain point']).toBe("'=1+1");
    workbook.eachSheet((sheet) =>
      sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula))),
    );
  });

  it('writes an empty journey as four sheets with only their headers', async () => {
    const { workbook } = await readBack(journey('Empty').build());
    for (const sheet of workbook.worksheets) expect(sheet.rowCount).toBe(1);
  });
});

describe('guardCellText', () => {
  it('prefixes formula starters, drops XML-forbidden characters and keeps scripts', () => {
    expect(guardCellText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(guardCellText('\tx')).toBe("'\tx");
    expect(guardCellText('a\u0000b\u0007c')).toBe('abc');
    expect(guardCellText('−1 is fine')).toBe('−1 is fine');
    expect(guardCellText(SEED.malayalam)).toBe(SEED.malayalam);
    expect(guardCellText('x'.repeat(40_000))).toHaveLength(32_767);
    expect(guardCellText('x'.repeat(40_000)).endsWith('x…')).toBe(true);
  });

  it('cuts a text longer than a cell takes between letters, and marks the cut with “…”', () => {
    // Tamil letters of a consonant and a vowel sign: at every offset the cut keeps them together.
    const tamil = 'கா'.repeat(20_000);
    for (const lead of ['', 'a', 'ab']) {
      const cell = guardCellText(lead + tamil);
      expect(cell.length).toBeLessThanOrEqual(32_767);
      expect(cell.endsWith('கா…')).toBe(true);
    }
    // A surrogate pair (an emoji) is never halved.
    const emoji = guardCellText('😀'.repeat(20_000));
    expect(emoji.endsWith('😀…')).toBe(true);
  });
});
