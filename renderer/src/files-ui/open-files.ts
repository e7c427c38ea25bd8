import { readBrowserFile } from '../platform/web-host';
import { getHost, type OpenedFile } from '../platform';
import { errorMessage, toast } from '../ui/toasts';
import { chooseAction } from '../ui/confirm';
import type { AppServices } from '../services';
import {
  getJourneyDocument,
  importJourney,
  listPersonaLibrary,
  updateLibraryFrom,
  type ImportMode,
  type WaymarkDB,
} from '../storage';
import {
  applyPersonaChoice,
  personaConflicts,
  type PersonaConflict,
  type PersonaImportChoice,
} from '../domain/persona-library';
import type { Journey, JourneyDocument } from '../domain/model';
import { sameDocumentContent } from '../domain/document';
import { announcePersonaCopies } from '../session/persistence';
import { useOpenProgress } from './OpenProgress';
import { readJourneyFileInWorker } from './read-journey';
import { replaceOpenJourney } from './replace-open-journey';
import { forgetHistory } from '../session/histories';
import { countParams, countText, currentLanguage, formatDateTime, i18n } from '../i18n';
import { copyTitleIn, replacedTitleIn } from '../i18n/vocabulary';
import { titleInSentence } from '../ui/title-in-sentence';
import { fileErrorText } from './file-errors';
import { droppedFileKind, JOURNEY_OPEN_EXTENSIONS } from './dropped-files';
import { startCsvImport } from './csv-import';
import { messageText } from '../i18n/messages';
import type { UserMessage } from '../domain/user-message';
import type { ReadSuccess } from '../files';
import { scaleImportedPhotos } from './imported-photos';

/**
 * A list of changes as said to the user: a line said more than once (a file with many broken
 * connections) is said once, where it first came, with how many times.
 */
export function withRepeatsCounted(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  if (counts.size === lines.length) return [...lines];
  return [...counts].map(([line, times]) =>
    times > 1 ? i18n.t('files.lineRepeated', { line, times: countText(times) }) : line,
  );
}

/** What opening a file repaired and left out: counted in the toast, each one said under its Details button. */
export function openReport(
  name: string,
  title: string,
  result: { repairTexts: readonly UserMessage[]; warningTexts: readonly UserMessage[] },
  salvaged = false,
): { summary: string; lines: string[]; details?: { label: string; run: () => void } } {
  const repairs = result.repairTexts.length;
  const leftOut = result.warningTexts.length;
  title = titleInSentence(title);
  // What a salvage changed was listed before the user chose to open it: the summary says only that.
  const summary = [
    salvaged ? i18n.t('files.openedSalvaged', { title, name }) : i18n.t('files.opened', { title, name }),
    repairs && !salvaged ? i18n.t('files.linksRepaired', countParams(repairs)) : '',
    leftOut ? i18n.t('files.leftOut', countParams(leftOut)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  // Said when shown, so the list follows the interface language.
  const lines = () => withRepeatsCounted([...result.repairTexts, ...result.warningTexts].map(messageText));
  if (!repairs && !leftOut) return { summary, lines: [] };
  const show = () =>
    void chooseAction({
      title: i18n.t('files.openReportTitle', { name }),
      message: i18n.t('files.openReportText'),
      details: lines(),
      choices: [],
      cancelLabel: i18n.t('dialogs.close'),
    });
  return { summary, lines: lines(), details: { label: i18n.t('files.details'), run: show } };
}

/** The save dialog's filter, named in the interface language when the dialog opens. */
export const journeyFileFilters = () => [{ name: i18n.t('files.journeyFilter'), extensions: ['journey'] }];

/**
 * The Open dialog's filter: a `.journey`, and the names mail systems and users give one (`.zip`,
 * `.json`), as a drop takes them; the file's content decides, and a file that is no journey says what it is.
 */
export const journeyOpenFilters = () => [
  { name: i18n.t('files.journeyFilter'), extensions: [...JOURNEY_OPEN_EXTENSIONS] },
];

/**
 * A journey the schema refuses, with what can be read of it: asks whether to open that, listing every
 * change it makes. The read to open, or null when the user keeps the file closed.
 */
export async function offerSalvage(name: string, salvaged: ReadSuccess): Promise<ReadSuccess | null> {
  const choice = await chooseAction({
    title: i18n.t('files.salvageTitle', { name }),
    message: i18n.t('files.salvageText'),
    details: withRepeatsCounted(salvaged.repairTexts.map(messageText)),
    choices: [{ id: 'open', label: i18n.t('files.salvageOpen'), tone: 'primary' }],
  });
  return choice === 'open' ? salvaged : null;
}

/**
 * The question when a file holds a journey the library already has (by id): it names both, the
 * file's and the library's (which may have been renamed since), with when each was last edited (to
 * the second when both fall in one minute), so the user can tell which is newer; a journey in the
 * trash is said to be there.
 */
export function conflictQuestion(
  file: Pick<Journey, 'title' | 'updatedAt'>,
  mine: Pick<Journey, 'title' | 'updatedAt' | 'deletedAt'>,
): { title: string; message: string } {
  const language = currentLanguage();
  // Two edits in one minute (a file saved, then the journey edited on) read alike to the minute: to the second then.
  const seconds =
    file.updatedAt !== mine.updatedAt &&
    formatDateTime(file.updatedAt, language) === formatDateTime(mine.updatedAt, language);
  const params = {
    title: titleInSentence(file.title),
    fileWhen: formatDateTime(file.updatedAt, language, seconds),
    mine: titleInSentence(mine.title),
    mineWhen: formatDateTime(mine.updatedAt, language, seconds),
  };
  const trashed = mine.deletedAt !== null;
  return {
    title: i18n.t(trashed ? 'files.conflictTitleTrash' : 'files.conflictTitle'),
    message: i18n.t(trashed ? 'files.conflictTextTrash' : 'files.conflictText', params),
  };
}

async function askConflict(file: Journey, mine: Journey): Promise<ImportMode | null> {
  return chooseAction<ImportMode>({
    ...conflictQuestion(file, mine),
    choices: [
      { id: 'replace', label: i18n.t('files.replaceMine'), tone: 'danger' },
      { id: 'keep-both', label: i18n.t('files.keepBoth'), tone: 'primary' },
    ],
  });
}

/** “Ana”, “Ben” and “Chitra”, joined as the interface language joins a list. */
const names = (conflicts: readonly PersonaConflict[]) => {
  const quoted = conflicts.map((c) => i18n.t('files.quoted', { text: c.file.name }));
  if (quoted.length <= 1) return quoted[0] ?? '';
  return i18n.t('files.listAnd', { list: quoted.slice(0, -1).join(', '), last: quoted[quoted.length - 1] });
};

async function askPersonaConflict(conflicts: readonly PersonaConflict[]): Promise<PersonaImportChoice | null> {
  const count = conflicts.length;
  return chooseAction<PersonaImportChoice>({
    title: i18n.t('files.personaConflictTitle', { count }),
    message: i18n.t('files.personaConflictText', { count, names: names(conflicts) }),
    choices: [
      { id: 'use-file', label: i18n.t('files.useFiles'), tone: 'danger' },
      { id: 'use-mine', label: i18n.t('files.useMine') },
      { id: 'keep-both', label: i18n.t('files.keepBoth'), tone: 'primary' },
    ],
  });
}

/**
 * The file's personas matched to the library by id (persona-library.ts):
 * the same persona with other content asks keep both / use mine / use the
 * file's. Null when the user cancelled. `mode` says which journey's own
 * rows are the file's to replace (not the library's to match).
 */
export async function matchFilePersonas(
  db: AppServices['db'],
  document: JourneyDocument,
  mode: ImportMode,
  ask: (conflicts: readonly PersonaConflict[]) => Promise<PersonaImportChoice | null> = askPersonaConflict,
): Promise<{ document: JourneyDocument; choice: PersonaImportChoice | null; conflicts: PersonaConflict[] } | null> {
  const read = await listPersonaLibrary(db);
  const live = new Set(read.journeys.filter((j) => j.deletedAt === null).map((j) => j.id));
  const library = read.personas.filter(
    (p) => live.has(p.journeyId) && !(mode === 'replace' && p.journeyId === document.journey.id),
  );
  const conflicts = personaConflicts(document.personas, library);
  if (conflicts.length === 0) return { document, choice: null, conflicts };
  const choice = await ask(conflicts);
  if (!choice) return null;
  return { document: applyPersonaChoice(document, conflicts, choice), choice, conflicts };
}

/**
 * Open one or more `.journey` files: each is validated completely in memory
 * first (in a worker, with progress and a Cancel button), then imported in
 * one transaction; each file reports its own result.
 */
/** Whether the library holds this journey exactly as the document has it. */
async function unchangedInLibrary(db: WaymarkDB, document: JourneyDocument): Promise<boolean> {
  const stored = await getJourneyDocument(db, document.journey.id).catch(() => null);
  return stored !== null && sameDocumentContent(stored, document);
}

export async function openJourneyFiles({ db, navigate }: AppServices, files: OpenedFile[]): Promise<void> {
  let lastOpened: string | null = null;
  for (const [i, file] of files.entries()) {
    const batch = { index: i + 1, total: files.length };
    try {
      const task = readJourneyFileInWorker(file.bytes, (p) => useOpenProgress.getState().update(p));
      useOpenProgress.getState().start(file.name, task.cancel, batch);
      const read = await task.result.finally(() => useOpenProgress.getState().finish());
      if (!read.ok && 'cancelled' in read) {
        // Cancel stops the files after it too, and says how many were left.
        const left = files.length - batch.index;
        toast.info(
          left > 0
            ? `${i18n.t('files.notOpened', { name: file.name })} ${i18n.t('files.batchStopped', countParams(left))}`
            : i18n.t('files.notOpened', { name: file.name }),
        );
        break;
      }
      if (!read.ok && !read.salvaged) {
        toast.error(i18n.t('files.fileProblem', { name: file.name, problem: fileErrorText(read.error) }));
        continue;
      }
      const result = read.ok ? read : read.salvaged ? await offerSalvage(file.name, read.salvaged) : null;
      if (!result) {
        toast.info(i18n.t('files.notOpened', { name: file.name }));
        continue;
      }
      let mode: ImportMode = 'new';
      const mine = await db.journeys.get(result.document.journey.id);
      if (mine && mine.deletedAt === null && (await unchangedInLibrary(db, result.document))) {
        // The very copy the library holds (a file opened twice): nothing to choose, nothing to write.
        lastOpened = mine.id;
        toast.info(i18n.t('files.alreadyUnchanged', { title: mine.title, name: file.name }));
        continue;
      }
      if (mine) {
        const choice = await askConflict(result.document.journey, mine);
        if (!choice) {
          toast.info(i18n.t('files.notOpened', { name: file.name }));
          continue;
        }
        mode = choice;
      }
      const matched = await matchFilePersonas(db, result.document, mode);
      if (!matched) {
        toast.info(i18n.t('files.notOpened', { name: file.name }));
        continue;
      }
      const { document } = matched;
      useOpenProgress.getState().storing(file.name, batch);
      const assets = await scaleImportedPhotos(result.assets);
      const journey = await (
        mode === 'replace'
          ? replaceOpenJourney(document.journey.id, 'file', () =>
              importJourney(db, document, assets, mode, Date.now(), copyTitleIn, replacedTitleIn),
            )
          : importJourney(db, document, assets, mode, Date.now(), copyTitleIn)
      ).finally(() => useOpenProgress.getState().finish());
      if (matched.choice === 'use-file') {
        // The file's personas win: every journey using them shows the file's content.
        const ids = new Set(matched.conflicts.map((c) => c.file.id));
        const opened = document.personas.filter((p) => ids.has(p.id));
        announcePersonaCopies(await updateLibraryFrom(db, opened));
      }
      // Undo steps kept for this id belong to the map the file has just replaced.
      forgetHistory(journey.id);
      lastOpened = journey.id;
      const report = openReport(file.name, journey.title, result, !read.ok);
      toast.success(report.summary, report.details);
    } catch (error) {
      toast.error(
        i18n.t('files.fileProblem', { name: file.name, problem: errorMessage(error, i18n.t('files.openFailed')) }),
      );
    }
  }
  if (lastOpened && files.length === 1) navigate({ name: 'journey', journeyId: lastOpened as never });
}

export async function chooseAndOpenJourneyFiles(services: AppServices): Promise<void> {
  try {
    const files = await getHost().openFiles({
      title: i18n.t('files.openTitle'),
      filters: journeyOpenFilters(),
      multiple: true,
    });
    if (files.length) await openJourneyFiles(services, files);
  } catch (error) {
    toast.error(errorMessage(error, i18n.t('files.openFailed')));
  }
}

/**
 * A file the OS hands over (double-click, Open with, the command line, a second instance), sorted as a
 * drop is: a touchpoint spreadsheet imports into the open journey (or says to open one first), anything
 * else is read as a journey, which decides by content.
 */
export async function openHandedOverFile(services: AppServices, file: OpenedFile): Promise<void> {
  if (droppedFileKind(file.name) === 'csv') startCsvImport(file);
  else await openJourneyFiles(services, [file]);
}

/** Journeys dropped on the window (dropped-files.ts chose them, by name or first bytes): read whole and opened. */
export async function openDroppedFiles(services: AppServices, files: File[]): Promise<void> {
  const read: OpenedFile[] = [];
  for (const f of files) {
    try {
      read.push(await readBrowserFile(f));
    } catch (error) {
      toast.error(errorMessage(error, i18n.t('files.couldNotOpen', { name: f.name })));
    }
  }
  if (read.length) await openJourneyFiles(services, read);
}
