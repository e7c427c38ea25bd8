/**
 * A touchpoint's emotion label that is one of the scale's English names
 * ("Angry", as the templates store it) prints in the deliverable's language,
 * as the scale's own words do: a Telugu report, Markdown, viewer, deck and
 * workbook say "కోపం", not "Angry", beside Telugu words. A label of the
 * user's own prints as typed, and English keeps the label as typed.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildViewerHtml } from '../../../renderer/src/exports/viewer/build';
import { buildWorkbook } from '../../../renderer/src/exports/xlsx';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { emotionLabelWord, REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { buildMarkdownReport } from '../../../renderer/src/reports/markdown';
import { journey } from '../../fixtures/journey-builder';
import { reportOptions } from '../reports/fixture';
import { journeyDeckTexts } from './deck-text';

const te = REPORT_LABELS.te;
const en = REPORT_LABELS.en;
/** The user's own label, in no language the scale knows. */
const OWN = 'Relieved at last';

function journeyWithLabels(): JourneyDocument {
  const b = journey('Parcel');
  const receive = b.stage('Receive');
  b.touchpoint(receive, { title: 'Parcel arrives damaged', emotion: -3, emotionLabel: 'Angry' });
  b.touchpoint(receive, { title: 'Replacement arrives', emotion: 3, emotionLabel: ' delighted ' });
  b.touchpoint(receive, { title: 'Neighbour keeps it', emotion: 1, emotionLabel: OWN });
  return b.build();
}

describe('emotionLabelWord', () => {
  it('names a scale name in the language, keeps the user’s own label, and falls back to the score’s word', () => {
    expect(emotionLabelWord(te, -3, 'Angry')).toBe(te.emotion['-3']);
    expect(te.emotion['-3']).toBe('కోపం');
    // The label's own level, even when the score has moved since it was typed.
    expect(emotionLabelWord(te, -2, 'ANGRY')).toBe(te.emotion['-3']);
    expect(emotionLabelWord(te, 1, OWN)).toBe(OWN);
    expect(emotionLabelWord(te, 2, '  ')).toBe(te.emotion['2']);
    expect(emotionLabelWord(te, null, '')).toBe(te.noEmotion);
    // English keeps what was typed.
    expect(emotionLabelWord(en, -3, 'angry')).toBe('angry');
    for (const language of Object.keys(REPORT_LABELS) as (keyof typeof REPORT_LABELS)[]) {
      if (language === 'en') continue;
      expect(emotionLabelWord(REPORT_LABELS[language], 0, 'Neutral'), language).toBe(
        REPORT_LABELS[language].emotion['0'],
      );
    }
  });
});

describe('a Telugu deliverable names a scale-name emotion label in Telugu', () => {
  const doc = journeyWithLabels();
  const ENGLISH = /\b(Angry|delighted)\b/i;

  it('report', () => {
    const html = buildReportHtml(doc, reportOptions({ language: 'te', logo: null }), { fonts: [], personaPhotos: {} });
    expect(html).toContain(`<span class="emotion-word">${te.emotion['-3']}</span>`);
    expect(html).toContain(`<span class="emotion-word">${te.emotion['3']}</span>`);
    expect(html).toContain(`<span class="emotion-word">${OWN}</span>`);
    expect(html).not.toMatch(ENGLISH);
  });

  it('Markdown', () => {
    const md = buildMarkdownReport(doc, te);
    expect(md).toContain(`- **${te.table.emotion}:** −3 ${te.emotion['-3']}\n`);
    expect(md).toContain(`- **${te.table.emotion}:** \\+3 ${te.emotion['3']}\n`);
    expect(md).toContain(`- **${te.table.emotion}:** \\+1 ${OWN}\n`);
    expect(md).not.toMatch(ENGLISH);
  });

  it('interactive viewer: the record, the card’s name and what search finds', () => {
    const html = buildViewerHtml(doc, { fonts: [], language: 'te' });
    expect(html).toContain(`<span>${te.emotion['-3']}</span>`);
    expect(html).toContain(OWN);
    expect(html).not.toMatch(ENGLISH);
  });

  it('deck: slides and speaker notes', async () => {
    const { slides, notes } = await journeyDeckTexts(doc, 'te');
    const text = `${slides}\n${notes}`;
    expect(text).toContain(te.emotion['-3']);
    expect(text).toContain(`${te.table.emotion} −3 ${te.emotion['-3']}`);
    expect(text).toContain(OWN);
    expect(text).not.toMatch(ENGLISH);
  });

  it('workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await buildWorkbook(doc, 'te')) as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const sheet = workbook.worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf(te.workbook.emotionLabel);
    const labels = [2, 3, 4].map((r) => sheet.getRow(r).getCell(column).value);
    expect(labels).toEqual([te.emotion['-3'], te.emotion['3'], OWN]);
  });

  it('English keeps the label as typed', () => {
    const md = buildMarkdownReport(doc, en);
    expect(md).toContain('−3 Angry');
    expect(md).toContain('\\+3 delighted');
  });
});
