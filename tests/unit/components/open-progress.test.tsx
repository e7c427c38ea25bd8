// @vitest-environment happy-dom
/**
 * The "Opening…" panel: a read shows its step, percentage and Cancel; once the
 * file is read, it stays while the journey is written to the library, with
 * an indeterminate bar and no Cancel (that write is all or nothing), and goes
 * when the write ends.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenProgress, useOpenProgress } from '../../../renderer/src/files-ui/OpenProgress';
import { openJourneyFiles } from '../../../renderer/src/files-ui/open-files';
import type { AppServices } from '../../../renderer/src/services';
import { listJourneys, WaymarkDB } from '../../../renderer/src/storage';
import { useToasts } from '../../../renderer/src/ui/toasts';
import { sampleJourney } from '../../fixtures/sample-journey';
import { writeJourneyFile } from '../../../renderer/src/files';

afterEach(() => {
  cleanup();
  useOpenProgress.getState().finish();
});

describe('OpenProgress', () => {
  it('shows the read step with Cancel, then the write to the library without it, then nothing', () => {
    const cancel = vi.fn();
    render(<OpenProgress />);
    act(() => useOpenProgress.getState().start('big.journey', cancel));
    act(() => useOpenProgress.getState().update({ step: 'validating', fraction: 0.8 }));
    const panel = screen.getByRole('status', { name: 'Opening big.journey' });
    expect(panel.textContent).toContain('Checking the journey');
    expect(panel.querySelector('progress')!.getAttribute('value')).toBe('80');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);

    act(() => useOpenProgress.getState().storing('big.journey'));
    const storing = screen.getByRole('status', { name: 'Opening big.journey' });
    expect(storing.textContent).toContain('Adding it to your journeys');
    expect(storing.querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();

    act(() => useOpenProgress.getState().finish());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says which of several files it is opening, in the language’s numbers', () => {
    render(<OpenProgress />);
    act(() => useOpenProgress.getState().start('j265.journey', () => undefined, { index: 265, total: 1300 }));
    expect(screen.getByRole('status', { name: 'Opening j265.journey' }).textContent).toContain('File 265 of 1,300');
    act(() => useOpenProgress.getState().start('one.journey', () => undefined, { index: 1, total: 1 }));
    expect(screen.getByRole('status', { name: 'Opening one.journey' }).textContent).not.toContain('File 1 of 1');
  });

  it('Cancel during several files stops the files after it too, and says how many', async () => {
    const db = new WaymarkDB(`open-batch-${process.pid}`);
    const services = { db, navigate: () => undefined } as unknown as AppServices;
    const files = ['a', 'b', 'c'].map((n) => ({
      name: `${n}.journey`,
      bytes: writeJourneyFile({ document: sampleJourney(), assets: [], appVersion: 'test', savedAt: new Date(0) }),
      path: null,
    }));
    const done = openJourneyFiles(services, files);
    useOpenProgress.getState().current!.cancel!();
    await done;
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      'a.journey was not opened. The 2 files after it were not opened either.',
    ]);
    expect(await listJourneys(db)).toEqual([]);
    useToasts.setState({ toasts: [] });
    db.close();
  });
});
