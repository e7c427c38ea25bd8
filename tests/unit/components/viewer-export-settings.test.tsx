// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN } from '../../fixtures/seed-text';

// The viewer as saved; fonts and photos without a build's font files.
const saved = vi.hoisted(() => ({ html: [] as string[] }));
vi.mock('../../../renderer/src/files-ui/export/report-assets', () => ({
  loadReportAssets: async () => ({ fonts: [], personaPhotos: {} }),
  loadReportFonts: async () => [],
  loadPersonaPhotos: async () => ({}),
}));
vi.mock('../../../renderer/src/services', () => ({ useServices: () => ({ db: null }) }));
vi.mock('../../../renderer/src/platform', () => ({
  getHost: () => ({
    kind: 'electron',
    pdfTarget: () => 'file',
    saveFile: async (request: { bytes: Uint8Array }) => {
      saved.html.push(new TextDecoder().decode(request.bytes));
      return { name: 'viewer.html', path: '/tmp/viewer.html' };
    },
    exportPdf: async () => null,
    preparePdf: async () => undefined,
  }),
}));

const { useReportDialog } = await import('../../../renderer/src/files-ui/export/use-report-dialog');
const { useViewerExport } = await import('../../../renderer/src/files-ui/export/use-viewer-export');

afterEach(() => {
  cleanup();
  saved.html.length = 0;
  window.localStorage.clear();
});

describe('the viewer export’s report settings', () => {
  it('uses the colour and label language chosen in the report dialog this session, and the dialog saves them on close', async () => {
    const b = journey(ARMENIAN[0]);
    b.touchpoint(b.stage(ARMENIAN[1]!.slice(0, 40)), { title: ARMENIAN[2]!.slice(0, 60) });
    const doc = b.build();
    const dialog = renderHook(() => useReportDialog(doc, () => undefined));
    act(() => dialog.result.current.update({ brandColour: '#0b7285', language: 'hy' }));
    // Closed at once, before the settings' pause: they are kept for the session, and written to storage on close.
    dialog.unmount();
    expect(JSON.stringify({ ...window.localStorage })).toContain('#0b7285');
    window.localStorage.clear();

    const viewer = renderHook(() => useViewerExport(doc, () => undefined));
    await act(() => viewer.result.current.save());
    expect(viewer.result.current.error).toBeNull();
    expect(saved.html).toHaveLength(1);
    expect(saved.html[0]).toContain('#0b7285');
    expect(saved.html[0]).toMatch(/<html lang="hy"/);
  });
});
