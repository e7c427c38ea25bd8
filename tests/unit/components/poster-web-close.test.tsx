// @vitest-environment happy-dom
/**
 * In a browser, the poster goes to the browser's print dialog (which saves the PDF) and the host answers
 * nothing saved: the poster dialog closes, as the report dialog does, instead of staying open as if nothing
 * had happened. In the desktop app, a cancelled save keeps it open.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journey } from '../../fixtures/journey-builder';
import { TELUGU } from '../../fixtures/seed-text';

const host = vi.hoisted(() => ({ kind: 'web' as 'web' | 'electron', printed: 0 }));
vi.mock('../../../renderer/src/files-ui/export/report-assets', () => ({ loadReportFonts: async () => [] }));
vi.mock('../../../renderer/src/platform', () => ({
  getHost: () => ({
    get kind() {
      return host.kind;
    },
    exportPdf: async () => {
      host.printed++;
      return null;
    },
  }),
}));

const { usePosterExport } = await import('../../../renderer/src/files-ui/export/use-poster-export');

afterEach(() => {
  cleanup();
  host.printed = 0;
});

describe('the poster dialog after printing', () => {
  it.each([
    ['web', 1],
    ['electron', 0],
  ] as const)('in the %s host closes %i time(s) when nothing was saved', async (kind, closes) => {
    host.kind = kind;
    const b = journey(TELUGU[0]);
    b.touchpoint(b.stage('Discover'), { title: TELUGU[1] });
    const onClose = vi.fn();
    const { result } = renderHook(() => usePosterExport(b.build(), onClose));
    await act(() => result.current.run());
    expect(host.printed).toBe(1);
    expect(onClose).toHaveBeenCalledTimes(closes);
    expect(result.current.error).toBeNull();
  });
});
