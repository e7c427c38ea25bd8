/**
 * What to do with files dropped on the window: `.journey` files open, one
 * `.csv` (or `.tsv`) imports into the open journey, anything else is refused with one
 * sentence. Pure: decides from names only; the bytes are checked later.
 */
import { i18n } from '../i18n';

export type DroppedKind = 'journey' | 'csv' | 'other';

export function droppedFileKind(name: string): DroppedKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.journey')) return 'journey';
  // A tab-separated download (Google Sheets, Numbers) is read as a CSV is: the separator is found from the header.
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
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

export function planDrop<F extends { name: string }>(files: readonly F[], journeyOpen: boolean): DropPlan<F> {
  const plan: DropPlan<F> = { journeys: [], csv: null, refused: [] };
  const journeysToo = files.some((f) => droppedFileKind(f.name) === 'journey');
  for (const file of files) {
    const kind = droppedFileKind(file.name);
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
        message: i18n.t('files.dropRefused', { name: file.name }),
      });
    }
  }
  return plan;
}
