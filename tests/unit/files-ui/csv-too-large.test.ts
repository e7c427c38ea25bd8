/**
 * A CSV over the import's 10 MB limit is refused with the import's own sentence (its limit, and to
 * split the file), whether the picker refused it first (over the 64 MB any file may be) or it was dropped.
 */
import { describe, expect, it } from 'vitest';
import { csvTooLargeText, MAX_CSV_BYTES } from '../../../renderer/src/files-ui/csv-file';
import { csvPickFailureText } from '../../../renderer/src/files-ui/csv-import';
import { HostError } from '../../../renderer/src/platform';
import { MAX_OPEN_BYTES } from '../../../electron/common/contract';

describe('a CSV too large to import', () => {
  const expected = 'big.csv is larger than 10 MB; split it into smaller files and import them one by one.';

  it('says the import’s limit when the picker refused a 200 MB file', () => {
    const refused = new HostError(
      'file-too-large',
      'big.csv could not be opened: the file is 200 MB, larger than the 64 MB Waymark can open.',
      'open-too-large',
      { name: 'big.csv', size: 200 * 1024 * 1024, limit: MAX_OPEN_BYTES },
    );
    expect(csvPickFailureText(refused)).toBe(expected);
  });

  it('says the same for a dropped file, before reading it', () => {
    expect(csvTooLargeText('big.csv')).toBe(expected);
    expect(MAX_CSV_BYTES).toBeLessThan(MAX_OPEN_BYTES);
  });

  it('leaves other failures as the host said them', () => {
    const gone = new HostError('not-found', 'gone.csv could not be opened: no such file', 'open-not-found', {
      name: 'gone.csv',
    });
    expect(csvPickFailureText(gone)).toMatch(/^gone\.csv could not be opened/);
  });
});
