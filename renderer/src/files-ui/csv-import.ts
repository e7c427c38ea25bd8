/** Starting a CSV import: pick a file (or take a dropped one), read it, then show the mapping dialog. */
import { getHost, type OpenedFile } from '../platform';
import { errorMessage, toast } from '../ui/toasts';
import { csvFileFilters, readCsvFile } from './csv-file';
import { csvImportAvailable, showCsvImport } from './csv-import-state';
import { i18n } from '../i18n';

/** Read a CSV the user handed over and open the mapping dialog for it; a bad file explains itself. */
export function startCsvImport(file: Pick<OpenedFile, 'name' | 'bytes'>): boolean {
  if (!csvImportAvailable()) {
    toast.error(i18n.t('files.csvNeedsJourney', { name: file.name }));
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
      title: i18n.t('files.csvTitle'),
      filters: csvFileFilters(),
      multiple: false,
    });
    if (file) startCsvImport(file);
  } catch (error) {
    toast.error(errorMessage(error, i18n.t('files.csvOpenFailed')));
  }
}

/** The editor's “Import touchpoints from CSV…” command. */
export function openCsvImport(): void {
  void pickAndStart();
}
