import { describe, expect, it } from 'vitest';
import { journeyFileName, MAX_FILE_NAME_BYTES } from '../../../renderer/src/files';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('journeyFileName with a tail (“ viewer”, “ poster”)', () => {
  it('keeps the tail when a long title is cut, so the poster is not named as the PDF report is', () => {
    // Tamil takes 3 bytes a letter: a title of 70 letters fills the 200-byte name.
    const title = `${TAMIL[1]} ${TAMIL[0]}`;
    expect(bytes(`${title}.pdf`)).toBeGreaterThan(MAX_FILE_NAME_BYTES);
    const report = journeyFileName(title, 'pdf');
    const poster = journeyFileName(title, 'pdf', ' poster');
    const viewer = journeyFileName(title, 'html', ' viewer');
    expect(poster.endsWith(' poster.pdf')).toBe(true);
    expect(viewer.endsWith(' viewer.html')).toBe(true);
    expect(poster).not.toBe(report);
    expect(viewer).not.toBe(journeyFileName(title, 'html'));
    for (const name of [poster, viewer]) expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(TAMIL[1].startsWith(poster.slice(0, 20))).toBe(true);
  });

  it('is simply added to a short title, and the title’s own words are cleaned as before', () => {
    expect(journeyFileName(MALAYALAM[2], 'pdf', ' poster')).toBe(`${MALAYALAM[2]} poster.pdf`);
    expect(journeyFileName('Buy: now?', 'html', ' viewer')).toBe('Buy - now- viewer.html');
    expect(journeyFileName('', 'pdf', ' poster')).toBe('Untitled journey poster.pdf');
    expect(journeyFileName('CON', 'pdf', ' poster')).toBe('CON poster.pdf');
  });
});
