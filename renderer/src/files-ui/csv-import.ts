/** Starting a CSV import: pick a file (or take a dropped one), read it, then show the mapping dialog. */
import { getHost, HostError, type OpenedFile } from '../platform';
import { errorMessage, toast } from '../ui/toasts';
import { csvFileFilters, csvTooLargeText, readCsvFile } from './csv-file';
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

/**
 * Why a picked CSV could not be read. A file over the 64 MB any file may be is refused by the host before
 * it is read; for a CSV that says the import's own limit (10 MB) and to split it, as a smaller one hears.
 */
export function csvPickFailureText(error: unknown): string {
  if (error instanceof HostError && error.reason === 'open-too-large' && error.params?.name !== undefined) {
    return csvTooLargeText(error.params.name);
  }
  return errorMessage(error, i18n.t('files.csvOpenFailed'));
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
    toast.error(csvPickFailureText(error));
  }
}

/** The editor's “Import touchpoints from CSV…” command. */
export function openCsvImport(): void {
  void pickAndStart();
}
