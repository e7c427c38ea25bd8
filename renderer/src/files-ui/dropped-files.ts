/**
 * What to do with files dropped on the window: journeys open, one CSV (`.tsv`, `.txt`) imports into the
 * open journey, anything else is refused with one sentence. Pure: decides from the name and, for a
 * name that is neither, the first bytes (`DROP_HEAD_BYTES`); the whole file is checked later, as a
 * picked one is.
 */
import { mayHoldJourney } from '../files';
import { i18n } from '../i18n';
import { JOURNEY_FILE_EXTENSIONS } from '../platform/host';
import { CSV_OPEN_EXTENSIONS } from './csv-file';

export type DroppedKind = 'journey' | 'csv' | 'other';

/**
 * Names a journey travels under: its own, and the two a mail system or a user gives it (a `.journey`
 * is a zip archive; a plain JSON journey is read too). The Open dialog offers the same, and main takes
 * the same from the OS (the list lives in the contract).
 */
export const JOURNEY_OPEN_EXTENSIONS: readonly string[] = JOURNEY_FILE_EXTENSIONS;

/** Extensions as a sentence names them, in the interface language: “.journey, .zip or .json”. */
function fileNames(extensions: readonly string[]): string {
  const names = extensions.map((extension) => `.${extension}`);
  if (names.length < 2) return names.join('');
  return i18n.t('files.listOr', { list: names.slice(0, -1).join(', '), last: names[names.length - 1] });
}

/**
 * What a drop (and the pickers, which share the lists) takes, for the sentences that say so: from
 * `JOURNEY_OPEN_EXTENSIONS` and `CSV_OPEN_EXTENSIONS`, so a name added there is named here too.
 */
export const acceptedFileNames = () => ({
  journeyTypes: fileNames(JOURNEY_OPEN_EXTENSIONS),
  csvTypes: fileNames(CSV_OPEN_EXTENSIONS),
});

/** The drop overlay's sentence: over an open journey a CSV imports too; over the library only journeys open. */
export const dropOverlayText = (journeyOpen: boolean) =>
  i18n.t(journeyOpen ? 'files.dropIntoJourney' : 'files.dropIntoLibrary', acceptedFileNames());

/** How many first bytes tell whether a file of another name may hold a journey. */
export const DROP_HEAD_BYTES = 64;

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/** A zip archive starts so; no CSV or text file does. */
const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b;

/**
 * `head`: the file's first bytes, for a name that does not say journey. A zip archive or a JSON
 * object may be a journey renamed on its way (“map.journey.dat”, no extension at all); under a CSV or
 * text name only a journey's zip counts (“notes.txt” that is a `.journey` renamed), since a text file
 * may well start with “{”.
 */
export function droppedFileKind(name: string, head?: Uint8Array): DroppedKind {
  const extension = extensionOf(name);
  if (JOURNEY_OPEN_EXTENSIONS.includes(extension)) return 'journey';
  // As the CSV import's dialog takes them; the separator is found from the header.
  if (CSV_OPEN_EXTENSIONS.includes(extension)) return head && isZip(head) && mayHoldJourney(head) ? 'journey' : 'csv';
  if (head && mayHoldJourney(head)) return 'journey';
  return 'other';
}

/** True for a drag that carries files from the OS (not text, links or a node being moved on the canvas). */
export function isFileDrag(types: Iterable<string> | null | undefined): boolean {
  return types ? Array.from(types).includes('Files') : false;
}

export interface DropPlan<F> {
  journeys: F[];
  /** At most one: the CSV to import into the open journey. */
  csv: F | null;
  refused: { file: F; message: string }[];
}

/** `heads`: the first bytes of files whose name says neither journey nor CSV (see `droppedFileKind`). */
export function planDrop<F extends { name: string }>(
  files: readonly F[],
  journeyOpen: boolean,
  heads: ReadonlyMap<F, Uint8Array> = new Map(),
): DropPlan<F> {
  const plan: DropPlan<F> = { journeys: [], csv: null, refused: [] };
  const kinds = new Map(files.map((f) => [f, droppedFileKind(f.name, heads.get(f))]));
  const journeysToo = [...kinds.values()].includes('journey');
  for (const file of files) {
    const kind = kinds.get(file);
    if (kind === 'journey') plan.journeys.push(file);
    else if (kind === 'csv') {
      if (!journeyOpen) {
        plan.refused.push({
          file,
          message: i18n.t('files.dropCsvNeedsJourney', { name: file.name }),
        });
      } else if (journeysToo) {
        plan.refused.push({
          file,
          message: i18n.t('files.dropCsvAlone', { name: file.name }),
        });
      } else if (plan.csv) {
        plan.refused.push({
          file,
          message: i18n.t('files.dropCsvOneAtATime', { name: file.name }),
        });
      } else plan.csv = file;
    } else {
      plan.refused.push({
        file,
        message: i18n.t('files.dropRefused', { name: file.name, ...acceptedFileNames() }),
      });
    }
  }
  return plan;
}

/** Whether `droppedFileKind` needs this file's first bytes to decide (any name but a journey's). */
export const needsHead = (name: string) => droppedFileKind(name) !== 'journey';
