import { afterEach, describe, expect, it } from 'vitest';
import { startCsvImport } from '../../../renderer/src/files-ui/csv-import';
import {
  closeCsvImport,
  csvImportAvailable,
  registerCsvImportHost,
  useCsvImportState,
} from '../../../renderer/src/files-ui/csv-import-state';
import { useToasts } from '../../../renderer/src/ui/toasts';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const bytes = (text: string) => new TextEncoder().encode(text);
const lastToast = () => useToasts.getState().toasts.at(-1);

describe('starting a CSV import', () => {
  afterEach(() => {
    closeCsvImport();
    useToasts.setState({ toasts: [] });
  });

  it('needs an open journey', () => {
    expect(csvImportAvailable()).toBe(false);
    expect(startCsvImport({ name: 'ta.csv', bytes: bytes(`Title\n${TAMIL[0]}\n`) })).toBe(false);
    expect(lastToast()).toMatchObject({
      tone: 'error',
      message: 'ta.csv: open a journey first, then import the CSV into it.',
    });
    expect(useCsvImportState.getState().request).toBeNull();
  });

  it('opens the mapping dialog with the parsed file while a journey is open', () => {
    const unregister = registerCsvImportHost();
    expect(csvImportAvailable()).toBe(true);
    expect(startCsvImport({ name: 'ml.csv', bytes: bytes(`\uFEFFStage;Title\n${TAMIL[3]};${MALAYALAM[0]}\n`) })).toBe(
      true,
    );
    const request = useCsvImportState.getState().request;
    expect(request?.fileName).toBe('ml.csv');
    expect(request?.parsed.rows).toEqual([[TAMIL[3], MALAYALAM[0]]]);
    // Leaving the editor drops a pending import.
    unregister();
    expect(csvImportAvailable()).toBe(false);
    expect(useCsvImportState.getState().request).toBeNull();
  });

  it('refuses a bad file with its sentence and opens nothing', () => {
    const unregister = registerCsvImportHost();
    expect(startCsvImport({ name: 'empty.csv', bytes: new Uint8Array() })).toBe(false);
    expect(lastToast()?.message).toBe('empty.csv is empty; it needs a header row and one row per touchpoint.');
    expect(useCsvImportState.getState().request).toBeNull();
    unregister();
  });
});
