// @vitest-environment happy-dom
/**
 * The report preview's HTML is ready well before the frame shows it: on a large journey the frame
 * took a second or more to decode the fonts and lay the report out, and the pane stood blank and grey
 * with no word (seen on the web build in Telugu). "Preparing report" now stays until the frame has
 * loaded the document, and comes back while a changed preview loads.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PREVIEW_AUTO_MAX_CHARS, ReportPreviewPane } from '../../../renderer/src/files-ui/export/ReportPreviewPane';

afterEach(cleanup);

const pane = (preview: string | null, touchpoints = 12) => (
  <ReportPreviewPane
    preview={preview}
    pageSize="A4"
    orientation="portrait"
    assetsError={null}
    touchpoints={touchpoints}
  />
);
const status = () => screen.queryByRole('status')?.textContent?.trim() ?? null;

describe('the report preview pane', () => {
  it('says the report is being prepared until the frame has loaded it, and again while a new one loads', () => {
    const view = render(pane(null));
    expect(status()).toBe('Preparing report…');

    view.rerender(pane('<!doctype html><p>First</p>'));
    const frame = screen.getByTitle('Report preview');
    expect(frame.getAttribute('srcdoc')).toContain('First');
    expect(status()).toBe('Preparing report…');
    fireEvent.load(frame);
    expect(status()).toBeNull();

    view.rerender(pane('<!doctype html><p>Second</p>'));
    expect(status()).toBe('Preparing report…');
    fireEvent.load(screen.getByTitle('Report preview'));
    expect(status()).toBeNull();
  });

  it('shows why the preview cannot be drawn instead of the status', () => {
    render(
      <ReportPreviewPane
        preview={null}
        pageSize="A4"
        orientation="portrait"
        assetsError="The fonts could not be read."
        touchpoints={3}
      />,
    );
    expect(status()).toBe('The fonts could not be read.');
  });

  it('holds a report of hundreds of pages until asked for, says why, and loads it when asked', () => {
    const long = `<!doctype html><p>Long</p>${' '.repeat(PREVIEW_AUTO_MAX_CHARS)}`;
    const view = render(pane(long, 5000));
    expect(screen.queryByTitle('Report preview')).toBeNull();
    expect(status()).toContain('This journey has 5,000 touchpoints, so its report runs to hundreds of pages.');
    fireEvent.click(screen.getByRole('button', { name: 'Show the preview anyway' }));
    const frame = screen.getByTitle('Report preview');
    expect(frame.getAttribute('srcdoc')?.startsWith('<!doctype html><p>Long</p>')).toBe(true);
    expect(status()).toBe('Preparing report…');
    fireEvent.load(frame);
    expect(status()).toBeNull();
    // Asked once, a rebuilt long preview (a setting changed) is shown too; a short one always was.
    view.rerender(pane(`${long} `, 5000));
    expect(screen.getByTitle('Report preview')).toBeTruthy();
  });

  it('says a short journey’s report is long for its texts, not for its touchpoints', () => {
    render(pane(`<!doctype html><p>Long</p>${' '.repeat(PREVIEW_AUTO_MAX_CHARS)}`, 30));
    expect(status()).toContain('This journey’s texts are long, so its report runs to hundreds of pages.');
    expect(status()).not.toContain('30');
    expect(screen.getByRole('button', { name: 'Show the preview anyway' })).toBeTruthy();
  });
});
