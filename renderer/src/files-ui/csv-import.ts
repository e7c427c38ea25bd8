/** Starting a CSV import: pick a file (or take a dropped one), read it, then show the mapping dialog. */
import { getHost, type OpenedFile } from '../platform';
import { errorMessage, toast } from '../ui/toasts';
import { CSV_FILE_FILTERS, readCsvFile } from './csv-file';
import { csvImportAvailable, showCsvImport } from './csv-import-state';

/** Read a CSV the user handed over and open the mapping dialog for it; a bad file explains itself. */
export function startCsvImport(file: Pick<OpenedFile, 'name' | 'bytes'>): boolean {
  if (!csvImportAvailable()) {
    toast.error(`${file.name}: open a journey first, then import the CSV into it.`);
    return false;
  }
  const read = readCsvFile(file.name, file.bytes);
  if (!read.ok) {
    toast.error(read.message);
    return false;
  }
  showCsvImport(file.name, read.parsed);
  return true;
}

async function pickAndStart(): Promise<void> {
  try {
    const [file] = await getHost().openFiles({
      title: 'Import touchpoints from CSV',
      filters: CSV_FILE_FILTERS,
      multiple: false,
    });
    if (file) startCsvImport(file);
  } catch (error) {
    toast.error(errorMessage(error, 'The CSV file could not be opened; please try again.'));
  }
}

/** The editor's “Import touchpoints from CSV…” command. */
export function openCsvImport(): void {
  void pickAndStart();
}
