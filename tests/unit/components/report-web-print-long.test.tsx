// @vitest-environment happy-dom
/**
 * In the browser, Export PDF prints in the app's own tab (a hidden frame lays the whole report out
 * first): a report of hundreds of pages froze the tab for minutes (108 s for 30 touchpoints of
 * 100,000-character texts, web build in Chromium). Such a report is offered as an HTML file to print
 * from a tab of its own; printing here stays a choice. A short report, and the desktop app, print as before.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';
import type * as Reports from '../../../renderer/src/reports';

const state = vi.hoisted(() => ({
  kind: 'web' as 'web' | 'electron',
  long: false,
  choice: null as string | null,
  asked: [] as string[],
  printed: [] as number[],
  saved: [] as Array<{ name: string; length: number; mimeType: string }>,
}));
vi.mock('../../../renderer/src/reports', async (original) => {
  const real = await original<typeof Reports>();
  return {
    ...real,
    // A report of hundreds of pages, as long as the preview holds back.
    buildReportHtml: (...args: Parameters<typeof real.buildReportHtml>) => {
      const html = real.buildReportHtml(...args);
      return state.long ? `${html}${' '.repeat(12_000_001)}` : html;
    },
  };
});
vi.mock('../../../renderer/src/files-ui/export/report-assets', () => ({
  loadReportAssets: async () => ({ fonts: [], personaPhotos: {} }),
}));
vi.mock('../../../renderer/src/services', () => ({ useServices: () => ({ db: null }) }));
vi.mock('../../../renderer/src/ui/confirm', () => ({
  chooseAction: async (request: { title: string }) => {
    state.asked.push(request.title);
    return state.choice;
  },
}));
vi.mock('../../../renderer/src/platform', () => ({
  getHost: () => ({
    get kind() {
      return state.kind;
    },
    pdfTarget: () => (state.kind === 'web' ? 'print-dialog' : 'file'),
    exportPdf: async (request: { html: string }) => {
      state.printed.push(request.html.length);
      return state.kind === 'web' ? null : { name: 'report.pdf', path: '/tmp/report.pdf' };
    },
    preparePdf: async () => undefined,
    saveFile: async (request: { suggestedName: string; bytes: Uint8Array; mimeType: string }) => {
      state.saved.push({ name: request.suggestedName, length: request.bytes.length, mimeType: request.mimeType });
      return { name: request.suggestedName, path: null };
    },
  }),
}));

const { useReportDialog } = await import('../../../renderer/src/files-ui/export/use-report-dialog');

afterEach(() => {
  cleanup();
  Object.assign(state, { kind: 'web', long: false, choice: null });
  state.asked.length = 0;
  state.printed.length = 0;
  state.saved.length = 0;
});

async function exportPdf() {
  const b = journey(TAMIL[0]);
  b.touchpoint(b.stage(TAMIL[1]!.slice(0, 40)), { title: TAMIL[2]!.slice(0, 60) });
  const closed = vi.fn();
  const { result } = renderHook(() => useReportDialog(b.build(), closed));
  await waitFor(() => expect(result.current.preview).not.toBeNull(), { timeout: 5000 });
  await act(() => result.current.exportPdf());
  return { result, closed };
}

describe('Export PDF of a report of hundreds of pages in the browser', () => {
  it('offers the HTML file instead, and saves it when chosen, without printing', async () => {
    state.long = true;
    state.choice = 'html';
    const { closed } = await exportPdf();
    expect(state.asked).toEqual(['Print a report of hundreds of pages?']);
    expect(state.printed).toHaveLength(0);
    expect(state.saved).toHaveLength(1);
    expect(state.saved[0]!.mimeType).toBe('text/html');
    expect(state.saved[0]!.name.endsWith('.html')).toBe(true);
    expect(state.saved[0]!.length).toBeGreaterThan(12_000_000);
    expect(closed).toHaveBeenCalled();
  });

  it('prints here when asked to anyway, and does nothing when the question is cancelled', async () => {
    state.long = true;
    state.choice = 'print';
    await exportPdf();
    expect(state.printed).toHaveLength(1);
    expect(state.saved).toHaveLength(0);

    state.printed.length = 0;
    state.choice = null;
    const { result, closed } = await exportPdf();
    expect(state.printed).toHaveLength(0);
    expect(state.saved).toHaveLength(0);
    expect(closed).not.toHaveBeenCalled();
    expect(result.current.busy).toBe(false);
  });

  it('prints a short report at once, and the desktop app a long one too (it prints in a window of its own)', async () => {
    await exportPdf();
    state.kind = 'electron';
    state.long = true;
    await exportPdf();
    expect(state.asked).toHaveLength(0);
    expect(state.printed).toHaveLength(2);
  });
});
