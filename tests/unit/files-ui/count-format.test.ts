import { afterEach, describe, expect, it } from 'vitest';
import { createStage, createTouchpoint, type JourneyId } from '../../../renderer/src/domain';
import { parseTouchpointCsv } from '../../../renderer/src/files';
import {
  buildCsvPreview,
  csvFileMeta,
  csvImportButtonText,
  describeImport,
  importedMessage,
} from '../../../renderer/src/files-ui/csv-preview';
import { openReport } from '../../../renderer/src/files-ui/open-files';
import { versionCounts } from '../../../renderer/src/files-ui/versions';
import { setUiLanguage, type UiLanguage } from '../../../renderer/src/i18n';
import type { UserMessage } from '../../../renderer/src/domain/user-message';

const journeyId = 'journey:counts' as JourneyId;
const discover = createStage({ journeyId, name: 'Discover', order: 0 });
const target = { journeyId, stages: [discover], touchpoints: [] };

// 5,000 rows below the header: six have no title and are skipped, 4,994 import.
const lines = ['Stage,Title'];
for (let i = 1; i <= 5000; i++) lines.push(i % 800 === 0 ? 'Discover,' : `Discover,Touchpoint ${i}`);
const parsed = parseTouchpointCsv(lines.join('\n'));

/**
 * 4994 and 123456 as each language groups them: thousands (en), Indian lakhs (ta, te, ml), a no-break space
 * from five digits on (hy, which leaves four-digit numbers whole).
 */
const GROUPED: Record<UiLanguage, [string, string]> = {
  en: ['4,994', '123,456'],
  ta: ['4,994', '1,23,456'],
  te: ['4,994', '1,23,456'],
  ml: ['4,994', '1,23,456'],
  hy: ['4994', '123\u00a0456'],
};

afterEach(() => setUiLanguage('en'));

describe('counts in the files UI are written with the interface language’s digit grouping', () => {
  it('the CSV dialog’s file line, summary and Import button', async () => {
    const preview = buildCsvPreview(parsed, parsed.suggestedMapping, target);
    expect(preview.result.touchpoints).toHaveLength(4994);
    expect(csvFileMeta(parsed)).toContain('5,000 rows below the header');
    expect(csvImportButtonText(4994)).toBe('Import 4,994 touchpoints');
    expect(describeImport(preview)).toContain('4,994 touchpoints');
    for (const language of ['en', 'ta', 'te', 'ml', 'hy'] as const) {
      await setUiLanguage(language);
      const [small, large] = GROUPED[language];
      expect(csvImportButtonText(4994), language).toContain(small);
      expect(csvImportButtonText(123456), language).toContain(large);
      expect(describeImport(preview), language).toContain(small);
      if (language !== 'hy') expect(csvFileMeta(parsed), language).toContain('5,000');
    }
  });

  it('the import toast, the versions list and the open report', async () => {
    const touchpoints = Array.from({ length: 4994 }, (_, i) =>
      createTouchpoint({ journeyId, stageId: discover.id, title: `T${i}`, position: { x: 0, y: 0 } }),
    );
    const errors = Array.from({ length: 1200 }, (_, i) => ({ row: i + 2, code: 'noTitle', params: {} }));
    const toast = importedMessage('big.csv', { touchpoints, stages: [], errors } as never);
    expect(toast).toContain('Imported 4,994 touchpoints');
    expect(toast).toContain('skipped 1,200 rows');
    expect(toast).toContain('1,190 more');
    expect(versionCounts(1200, 4994)).toBe('1,200 stages · 4,994 touchpoints');
    const repair: UserMessage = { code: 'repairConnection' };
    const report = openReport('big.journey', 'Big', { repairTexts: Array(1500).fill(repair), warningTexts: [] });
    expect(report.summary).toContain('1,500 broken links');
    await setUiLanguage('hy');
    expect(versionCounts(12000, 123456)).toBe('12\u00a0000 փուլ · 123\u00a0456 շփման կետ');
  });
});
