// @vitest-environment happy-dom
/**
 * The Excel export takes the journey's report label language, as the Markdown
 * export does: the one saved in its report settings, else the interface
 * language.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { defaultReportSettings, saveReportSettings } from '../../../renderer/src/exports';
import { workbookOf } from '../../../renderer/src/files-ui/export/run-export';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { REPORT_LABELS } from '../../../renderer/src/reports';
import { journey } from '../../fixtures/journey-builder';

afterEach(async () => {
  window.localStorage.clear();
  await setUiLanguage('en');
});

function latinJourney(): JourneyDocument {
  const b = journey('Renewal');
  b.touchpoint(b.stage('Receive'), { title: 'Parcel arrives', channel: 'delivery', emotion: -1 });
  return b.build();
}

async function sheetsOf(doc: JourneyDocument) {
  const { bytes, mimeType } = await workbookOf(doc);
  expect(mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook.worksheets;
}

describe('the Excel export', () => {
  it('is in Tamil when the journey’s report settings say Tamil', async () => {
    const doc = latinJourney();
    saveReportSettings(window.localStorage, doc.journey.id, { ...defaultReportSettings('en'), language: 'ta' });
    const [touchpoints] = await sheetsOf(doc);
    const ta = REPORT_LABELS.ta;
    expect(touchpoints!.name).toBe(ta.summary.touchpoints);
    const header = (touchpoints!.getRow(1).values as unknown[]).map(String);
    const channel = header.indexOf(ta.table.channel);
    expect(channel).toBeGreaterThan(0);
    expect(touchpoints!.getRow(2).getCell(channel).value).toBe(ta.channels.delivery);
  });

  it('follows the interface language when the journey has no report settings', async () => {
    const doc = latinJourney();
    expect((await sheetsOf(doc)).map((s) => s.name)).toContain('Touchpoints');
    await setUiLanguage('ml');
    expect((await sheetsOf(doc))[0]!.name).toBe(REPORT_LABELS.ml.summary.touchpoints);
  });
});
