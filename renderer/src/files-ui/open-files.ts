import { readBrowserFile } from '../platform/web-host';
import { getHost, type OpenedFile } from '../platform';
import { errorMessage, toast } from '../ui/toasts';
import { chooseAction } from '../ui/confirm';
import type { AppServices } from '../services';
import { importJourney, journeyExists, type ImportMode } from '../storage';
import { useOpenProgress } from './OpenProgress';
import { readJourneyFileInWorker } from './read-journey';
import { replaceOpenJourney } from './replace-open-journey';
import { forgetHistory } from '../session/histories';

export const JOURNEY_FILE_FILTERS = [{ name: 'Waymark journey', extensions: ['journey'] }];

async function askConflict(title: string): Promise<ImportMode | null> {
  return chooseAction<ImportMode>({
    title: 'This journey is already in your library',
    message: `“${title}” has the same identity as a journey you already have. Keep both, or replace yours (it goes to the trash, so you can restore it)?`,
    choices: [
      { id: 'replace', label: 'Replace mine', tone: 'danger' },
      { id: 'keep-both', label: 'Keep both', tone: 'primary' },
    ],
  });
}

/**
 * Open one or more `.journey` files: each is validated completely in memory
 * first (in a worker, with progress and a Cancel button), then imported in
 * one transaction; each file reports its own result.
 */
export async function openJourneyFiles({ db, navigate }: AppServices, files: OpenedFile[]): Promise<void> {
  let lastOpened: string | null = null;
  for (const file of files) {
    try {
      const task = readJourneyFileInWorker(file.bytes, (p) => useOpenProgress.getState().update(p));
      useOpenProgress.getState().start(file.name, task.cancel);
      const result = await task.result.finally(() => useOpenProgress.getState().finish());
      if (!result.ok && 'cancelled' in result) {
        toast.info(`${file.name} was not opened.`);
        continue;
      }
      if (!result.ok) {
        toast.error(`${file.name}: ${result.error.message}`);
        continue;
      }
      let mode: ImportMode = 'new';
      if (await journeyExists(db, result.document.journey.id)) {
        const choice = await askConflict(result.document.journey.title);
        if (!choice) {
          toast.info(`${file.name} was not opened.`);
          continue;
        }
        mode = choice;
      }
      const { document, assets } = result;
      const journey =
        mode === 'replace'
          ? await replaceOpenJourney(document.journey.id, 'file', () => importJourney(db, document, assets, mode))
          : await importJourney(db, document, assets, mode);
      // Undo steps kept for this id belong to the map the file has just replaced.
      forgetHistory(journey.id);
      lastOpened = journey.id;
      const repaired = result.repairs.length ? ` ${result.repairs.length} broken links were repaired.` : '';
      toast.success(`Opened “${journey.title}” from ${file.name}.${repaired}`);
    } catch (error) {
      toast.error(`${file.name}: ${errorMessage(error, 'The file could not be opened.')}`);
    }
  }
  if (lastOpened && files.length === 1) navigate({ name: 'journey', journeyId: lastOpened as never });
}

export async function chooseAndOpenJourneyFiles(services: AppServices): Promise<void> {
  try {
    const files = await getHost().openFiles({ title: 'Open journey', filters: JOURNEY_FILE_FILTERS, multiple: true });
    if (files.length) await openJourneyFiles(services, files);
  } catch (error) {
    toast.error(errorMessage(error, 'The file could not be opened.'));
  }
}

export async function openDroppedFiles(services: AppServices, files: File[]): Promise<void> {
  const journeys = files.filter((f) => f.name.toLowerCase().endsWith('.journey'));
  for (const f of files) {
    if (!journeys.includes(f)) toast.error(`${f.name}: only .journey files can be opened here.`);
  }
  const read: OpenedFile[] = [];
  for (const f of journeys) {
    try {
      read.push(await readBrowserFile(f));
    } catch (error) {
      toast.error(errorMessage(error, `${f.name} could not be opened.`));
    }
  }
  if (read.length) await openJourneyFiles(services, read);
}
