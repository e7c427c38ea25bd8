// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';
import type * as Reports from '../../../renderer/src/reports';

// The report as built, counted; the fonts and photos without a build's font files; the desktop host's export.
const built = vi.hoisted(() => ({ count: 0, exported: [] as string[] }));
vi.mock('../../../renderer/src/reports', async (original) => {
  const real = await original<typeof Reports>();
  return {
    ...real,
    buildReportHtml: (...args: Parameters<typeof real.buildReportHtml>) => {
      built.count++;
      return real.buildReportHtml(...args);
    },
  };
});
vi.mock('../../../renderer/src/files-ui/export/report-assets', () => ({
  loadReportAssets: async () => ({ fonts: [], personaPhotos: {} }),
}));
vi.mock('../../../renderer/src/services', () => ({ useServices: () => ({ db: null }) }));
vi.mock('../../../renderer/src/platform', () => ({
  getHost: () => ({
    kind: 'electron',
    exportPdf: async (request: { html: string }) => {
      built.exported.push(request.html);
      return { name: 'report.pdf', path: '/tmp/report.pdf' };
    },
  }),
}));

const { useReportDialog } = await import('../../../renderer/src/files-ui/export/use-report-dialog');

afterEach(() => {
  cleanup();
  built.count = 0;
  built.exported.length = 0;
});

function tamilJourney() {
  const b = journey(TAMIL[0]);
  b.touchpoint(b.stage(TAMIL[1]!.slice(0, 40)), { title: TAMIL[2]!.slice(0, 60) });
  return b.build();
}

describe('the report dialog’s export', () => {
  it('prints the document the preview shows when nothing changed, and builds again after a change', async () => {
    const doc = tamilJourney();
    const { result } = renderHook(() => useReportDialog(doc, () => undefined));
    await waitFor(() => expect(result.current.preview).not.toBeNull(), { timeout: 3000 });
    expect(built.count).toBe(1);

    await act(() => result.current.exportPdf());
    // The preview's document, not a second build.
    expect(built.count).toBe(1);
    expect(built.exported).toHaveLength(1);
    expect(built.exported[0]).toContain(TAMIL[2]!.slice(0, 20));

    // A change the preview has not caught up with yet: the export builds the report as it now stands.
    act(() => result.current.update({ orientation: 'landscape' }));
    await act(() => result.current.exportPdf());
    expect(built.count).toBe(2);
    expect(built.exported[1]).not.toBe(built.exported[0]);
  });
});
