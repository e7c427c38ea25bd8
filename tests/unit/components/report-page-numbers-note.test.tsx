// @vitest-environment happy-dom
/** In the browser the PDF comes from the print dialog, printed once: the report dialog says the contents have no page numbers. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultReportSettings } from '../../../renderer/src/exports';
import { ReportSectionsFieldset } from '../../../renderer/src/files-ui/export/ReportSectionsFieldset';
import { reportStatusText, summariseSections } from '../../../renderer/src/files-ui/export/use-report-dialog';
import { getHost } from '../../../renderer/src/platform';
import { REPORT_LABELS } from '../../../renderer/src/reports';

// Served by nothing that prints PDFs: the host asks, and the answer is the print dialog.
beforeEach(() => vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch'))));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const NOTE =
  'Printed from the browser, the contents list the sections without page numbers; the desktop app adds them.';

describe('report dialog, page numbers in the browser', () => {
  it('says the browser print leaves the contents without page numbers, while the contents are chosen', () => {
    expect(getHost().pdfTarget()).toBe('print-dialog');
    const settings = defaultReportSettings();
    const view = (sections: typeof settings.sections) => (
      <ReportSectionsFieldset
        sections={sections}
        summary={summariseSections({ ...settings, sections }, [])}
        labels={REPORT_LABELS.en}
        disabled={false}
        onToggle={() => undefined}
      />
    );
    const { rerender } = render(view(settings.sections));
    expect(screen.getByText(NOTE)).toBeTruthy();
    rerender(view({ ...settings.sections, toc: false }));
    expect(screen.queryByText(NOTE)).toBeNull();
  });

  it('says, while idle in the browser, that Export PDF opens the print dialog where “Save as PDF” makes the file', () => {
    const hint = 'Export PDF opens the browser’s print dialog: choose “Save as PDF” there.';
    expect(reportStatusText('idle', 'print-dialog')).toBe(hint);
    // The desktop app (and `npm start` with a Chromium) saves the file itself and says so; a step under way says
    // what it is doing.
    expect(reportStatusText('idle', 'file')).toBe('');
    expect(reportStatusText('printing', 'print-dialog')).not.toBe(hint);
  });
});
