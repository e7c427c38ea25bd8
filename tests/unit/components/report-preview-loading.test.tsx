// @vitest-environment happy-dom
/**
 * The report preview's HTML is ready well before the frame shows it: on a large journey the frame
 * took a second or more to decode the fonts and lay the report out, and the pane stood blank and grey
 * with no word (seen on the web build in Telugu). "Preparing report" now stays until the frame has
 * loaded the document, and comes back while a changed preview loads.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportPreviewPane } from '../../../renderer/src/files-ui/export/ReportPreviewPane';

afterEach(cleanup);

const pane = (preview: string | null) => (
  <ReportPreviewPane preview={preview} pageSize="A4" orientation="portrait" assetsError={null} />
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
      />,
    );
    expect(status()).toBe('The fonts could not be read.');
  });
});
