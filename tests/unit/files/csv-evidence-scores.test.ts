/**
 * Evidence levels (touchpoints and pain points) and opportunity scores in the
 * exports: CSV (machine-stable headers, read back by the CSV import), the XLSX
 * workbook and Markdown (#16); the workbook names the levels, the CSV keeps their ids.
 */
import { describe, expect, it } from 'vitest';
import type { JourneyId } from '../../../renderer/src/domain';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import {
  CSV_EXPORT_COLUMNS,
  csvToDocumentParts,
  parseTouchpointCsv,
  touchpointsToCsv,
} from '../../../renderer/src/files';
import { buildMarkdownReport } from '../../../renderer/src/reports/markdown';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, TAMIL, TELUGU } from '../../fixtures/seed-text';

const journeyId = 'journey:csv-evidence' as JourneyId;

/** Two touchpoints: one with evidence, graded pain points and scored opportunities (some scores missing), one bare. */
function scoredJourney(): JourneyDocument {
  const b = journey('Evidence and scores');
  const [buy, use] = b.stages('Buy', 'Use');
  b.touchpoint(buy!, {
    title: TAMIL[0]!,
    evidence: 'research',
    painPoints: [
      { id: 'pain:a' as never, text: TELUGU[0]!, severity: 3, originId: null, evidence: 'data' },
      { id: 'pain:b' as never, text: 'Queue at the till', severity: 1, originId: null, evidence: null },
      { id: 'pain:c' as never, text: 'No receipt', severity: 2, originId: null, evidence: 'anecdote' },
    ],
    opportunities: [
      {
        id: 'opportunity:a' as never,
        text: ARMENIAN[0]!,
        status: 'planned',
        owner: 'Ops',
        loyaltyQuestions: [],
        pillars: [],
        scores: { customerValue: 5, businessValue: 4, effort: 2, confidence: 3 },
      },
      {
        id: 'opportunity:b' as never,
        text: 'Self-service kiosk',
        status: 'idea',
        owner: '',
        loyaltyQuestions: [],
        pillars: [],
        scores: { customerValue: 3, businessValue: null, effort: 5, confidence: null },
      },
    ],
  });
  b.touchpoint(use!, { title: 'Opens the box' });
  return b.build();
}

function roundTrip(doc: JourneyDocument) {
  const parsed = parseTouchpointCsv(touchpointsToCsv(doc));
  const r = csvToDocumentParts(parsed.rows, parsed.suggestedMapping, journeyId, []);
  expect(r.errors).toEqual([]);
  return { parsed, r };
}

describe('evidence and opportunity scores in CSV', () => {
  it('writes them under fixed English headers, in machine values', () => {
    expect(CSV_EXPORT_COLUMNS.slice(-6)).toEqual([
      'Evidence',
      'Pain point evidence',
      'Opportunity customer value',
      'Opportunity business value',
      'Opportunity effort',
      'Opportunity confidence',
    ]);
    const { parsed } = roundTrip(scoredJourney());
    const col = (name: string) => parsed.columns.indexOf(name);
    const first = parsed.rows[0]!;
    expect(first[col('Evidence')]).toBe('research');
    // One line per pain point / opportunity, in their order; a blank line is “not set”.
    expect(first[col('Pain point evidence')]).toBe('data\n\nanecdote');
    expect(first[col('Opportunity customer value')]).toBe('5\n3');
    expect(first[col('Opportunity business value')]).toBe('4\n');
    expect(first[col('Opportunity effort')]).toBe('2\n5');
    expect(first[col('Opportunity confidence')]).toBe('3\n');
    // A touchpoint with none of them leaves the cells empty.
    const second = parsed.rows[1]!;
    for (const name of CSV_EXPORT_COLUMNS.slice(-6)) expect(second[col(name)]).toBe('');
  });

  it('export → import gives back evidence levels, opportunities and their scores', () => {
    const doc = scoredJourney();
    const { r } = roundTrip(doc);
    const summary = (list: JourneyDocument['touchpoints']) =>
      list.map((t) => ({
        title: t.title,
        evidence: t.evidence,
        pains: t.painPoints.map((p) => [p.text, p.severity, p.evidence]),
        opportunities: t.opportunities.map((o) => [o.text, o.status, o.owner, o.scores]),
      }));
    expect(summary(r.touchpoints)).toEqual(summary(doc.touchpoints));
  });

  it('reads evidence labels in any case and refuses unknown levels and scores, naming the row', () => {
    const rows = [
      ['Buy', 'Pays', 'Data', '', ''],
      ['Buy', 'Waits', 'gut feeling', '', ''],
      ['Buy', 'Leaves', '', 'Faster till (idea)', '7'],
    ];
    const mapping = { stage: 0, title: 1, evidence: 2, opportunities: 3, opportunityEffort: 4 };
    const r = csvToDocumentParts(rows, mapping, journeyId, []);
    expect(r.touchpoints.map((t) => [t.title, t.evidence])).toEqual([['Pays', 'data']]);
    expect(r.errors).toEqual([
      {
        row: 3,
        code: 'badEvidence',
        params: { field: 'evidence', value: 'gut feeling' },
        message: 'Evidence “gut feeling” is not one of assumption, anecdote, research or data.',
      },
      {
        row: 4,
        code: 'badScore',
        params: { field: 'opportunityEffort', value: '7' },
        message: 'Opportunity effort “7” is not a whole number from 1 to 5.',
      },
    ]);
  });
});

describe('evidence and opportunity scores in the workbook and Markdown', () => {
  it('puts evidence and the four scores on the Touchpoints sheet, under the CSV’s headers', async () => {
    const { buildWorkbook } = await import('../../../renderer/src/exports/xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const bytes = await buildWorkbook(scoredJourney());
    await book.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheetRows = (name: string) => {
      const sheet = book.getWorksheet(name)!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const out: Record<string, unknown>[] = [];
      sheet.eachRow((row, i) => {
        if (i === 1) return;
        out.push(Object.fromEntries(headers.map((h, c) => [h, row.getCell(c + 1).value])));
      });
      return out;
    };
    const touchpoints = sheetRows('Touchpoints');
    const columns = [
      'Evidence',
      'Pain point evidence',
      'Opportunity customer value',
      'Opportunity business value',
      'Opportunity effort',
      'Opportunity confidence',
    ];
    expect(touchpoints.map((r) => columns.map((c) => r[c]))).toEqual([
      ['Research', 'Data\n\nAnecdote', '5\n3', '4\n', '2\n5', '3\n'],
      [null, null, null, null, null, null],
    ]);
  }, 60_000);

  it('writes evidence and scores in the Markdown touchpoint details', () => {
    const md = buildMarkdownReport(scoredJourney());
    expect(md).toContain('- **Evidence:** Research');
    expect(md).toContain('(Severe) · Evidence: Data');
    expect(md).toContain('- No receipt (Moderate) · Evidence: Anecdote');
    expect(md).toContain('(Planned, owner: Ops) · Customer value 5/5, Business value 4/5, Effort 2/5, Confidence 3/5');
    expect(md).toContain('- Self\\-service kiosk (Idea) · Customer value 3/5, Effort 5/5');
  });
});
