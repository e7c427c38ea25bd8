// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';
import type * as Reports from '../../../renderer/src/reports';

// The report as built, counted; the fonts and photos without a build's font files; the desktop host's export.
const built = vi.hoisted(() => ({
  count: 0,
  exported: [] as string[],
  ahead: [] as Array<{ html: string; pageSize: unknown; landscape: boolean } | null>,
}));
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
    pdfTarget: () => 'file',
    exportPdf: async (request: { html: string }) => {
      built.exported.push(request.html);
      return { name: 'report.pdf', path: '/tmp/report.pdf' };
    },
    preparePdf: async (request: { html: string; pageSize: unknown; landscape: boolean } | null) => {
      built.ahead.push(request);
    },
  }),
}));

const { useReportDialog } = await import('../../../renderer/src/files-ui/export/use-report-dialog');

afterEach(() => {
  cleanup();
  built.count = 0;
  built.exported.length = 0;
  built.ahead.length = 0;
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

describe('the report printed ahead (desktop app)', () => {
  it('asks for the preview’s document once the settings rest, lets it go on a change, and again on close', async () => {
    const doc = tamilJourney();
    const { result, unmount } = renderHook(() => useReportDialog(doc, () => undefined));
    await waitFor(() => expect(built.ahead).toHaveLength(1), { timeout: 4000 });
    const first = built.ahead[0]!;
    expect(first).toMatchObject({ pageSize: 'A4', landscape: false });
    expect(first.html).toContain(TAMIL[2]!.slice(0, 20));

    // Export then sends that very document (main saves the PDF printed ahead for it).
    await act(() => result.current.exportPdf());
    expect(built.exported).toEqual([first.html]);

    // A change lets it go at once; the changed report is asked for once the preview has caught up.
    act(() => result.current.update({ orientation: 'landscape' }));
    expect(built.ahead[1]).toBeNull();
    await waitFor(() => expect(built.ahead).toHaveLength(3), { timeout: 4000 });
    expect(built.ahead[2]).toMatchObject({ pageSize: 'A4', landscape: true });

    unmount();
    expect(built.ahead).toHaveLength(4);
    expect(built.ahead[3]).toBeNull();
  });

  it('asks again after a change undone before the preview caught up (the same page, built anew)', async () => {
    const doc = tamilJourney();
    const { result } = renderHook(() => useReportDialog(doc, () => undefined));
    await waitFor(() => expect(built.ahead).toHaveLength(1), { timeout: 4000 });
    act(() => result.current.update({ orientation: 'landscape' }));
    act(() => result.current.update({ orientation: 'portrait' }));
    expect(built.ahead).toEqual([built.ahead[0], null]);
    await waitFor(() => expect(built.ahead).toHaveLength(3), { timeout: 4000 });
    expect(built.ahead[2]).toEqual(built.ahead[0]);
  });

  it('asks for nothing while no section would be printed', async () => {
    const doc = tamilJourney();
    const { result } = renderHook(() => useReportDialog(doc, () => undefined));
    await waitFor(() => expect(result.current.preview).not.toBeNull(), { timeout: 3000 });
    act(() => {
      for (const section of Object.keys(result.current.settings.sections)) {
        result.current.toggleSection(section as never, false);
      }
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(built.ahead.filter((a) => a !== null)).toEqual([]);
  });
});

describe('the report settings a dialog leaves behind', () => {
  it('stores nothing when the dialog closes unchanged, so later exports follow the interface language; a change is stored', async () => {
    const { setUiLanguage } = await import('../../../renderer/src/i18n');
    const { currentReportSettings } = await import('../../../renderer/src/files-ui/export/use-report-dialog');
    const doc = tamilJourney();
    const key = `waymark.report-settings.${doc.journey.id}`;
    localStorage.removeItem(key);
    await setUiLanguage('ta');
    try {
      const first = renderHook(() => useReportDialog(doc, () => undefined));
      await waitFor(() => expect(first.result.current.preview).not.toBeNull(), { timeout: 3000 });
      first.unmount();
      expect(localStorage.getItem(key)).toBeNull();
      // The interface back in English: the image, deck and viewer labels follow it.
      await setUiLanguage('en');
      expect(currentReportSettings(doc.journey.id).language).toBe('en');

      const second = renderHook(() => useReportDialog(doc, () => undefined));
      act(() => second.result.current.update({ brandColour: '#0b7285' }));
      second.unmount();
      expect(JSON.parse(localStorage.getItem(key) ?? 'null')).toMatchObject({ brandColour: '#0b7285', language: 'en' });
    } finally {
      await setUiLanguage('en');
      localStorage.removeItem(key);
    }
  });
});
