/**
 * What a CSV import will do with the current mapping: the stages and
 * touchpoints it adds, the rows it skips, and the first rows as they will
 * import, each with its spreadsheet row number. Pure: no React, no storage.
 */
import { sameItems } from '../domain/equal';
import type { JourneyId } from '../domain/ids';
import type { Stage, Touchpoint } from '../domain/model';
import { csvToDocumentParts, type CsvImportResult, type CsvMapping, type CsvProblem, type ParsedCsv } from '../files';
import { countParams, countText, i18n } from '../i18n';
import { csvProblemText } from './csv-problems';
import { delimiterName } from './csv-file';

export type PreviewRow =
  | { row: number; kind: 'touchpoint'; touchpoint: Touchpoint; stageName: string; newStage: boolean }
  | { row: number; kind: 'error'; message: string };

export interface CsvPreview {
  result: CsvImportResult;
  /** A problem with the mapping itself (no title column): nothing can be imported. */
  mappingProblem: string | null;
  /** The first rows, in file order, blank rows left out. */
  rows: PreviewRow[];
  /** Rows with no text at all, left out silently. */
  blankRows: number;
}

export const PREVIEW_ROWS = 8;

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

export function buildCsvPreview(
  parsed: Pick<ParsedCsv, 'rows'>,
  mapping: CsvMapping,
  target: { journeyId: JourneyId; stages: readonly Stage[]; touchpoints: readonly Touchpoint[] },
  limit = PREVIEW_ROWS,
): CsvPreview {
  const result = csvToDocumentParts(parsed.rows, mapping, target.journeyId, target.stages, target.touchpoints);
  if (mapping.title === undefined) {
    const problem = result.errors[0];
    return { result, mappingProblem: problem ? csvProblemText(problem) : null, rows: [], blankRows: 0 };
  }
  const errors = new Map<number, CsvProblem>(result.errors.map((e) => [e.row, e]));
  const newStageIds = new Set<string>(result.stages.map((s) => s.id));
  const stageNames = new Map<string, string>([...target.stages, ...result.stages].map((s) => [s.id, s.name]));

  const rows: PreviewRow[] = [];
  let blankRows = 0;
  let next = 0;
  parsed.rows.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) {
      blankRows += 1;
      return;
    }
    const error = errors.get(row);
    if (error) {
      if (rows.length < limit) rows.push({ row, kind: 'error', message: csvProblemText(error) });
      return;
    }
    // Good rows come out of the import in file order.
    const touchpoint = result.touchpoints[next++];
    if (touchpoint && rows.length < limit) {
      rows.push({
        row,
        kind: 'touchpoint',
        touchpoint,
        stageName: stageNames.get(touchpoint.stageId) ?? '',
        newStage: newStageIds.has(touchpoint.stageId),
      });
    }
  });
  return { result, mappingProblem: null, rows, blankRows };
}

/** What the dialog's preview computed, and against which journey, so the import need not check every row again. */
export interface PreviewedImport {
  mapping: CsvMapping;
  /** Whether the preview let the file's stages replace the journey's empty ones. */
  replace: boolean;
  /** The journey's stages and touchpoints the preview was computed against (before any replacing). */
  seen: { stages: readonly Stage[]; touchpoints: readonly Touchpoint[] };
  result: CsvImportResult;
}

/**
 * The stages and touchpoints an import adds: the preview's result when the journey is still the one it was
 * computed against (same mapping, same choice, the very same stage and touchpoint records), so no row is
 * checked twice; else computed again against the journey as it is now (a touchpoint added meanwhile keeps
 * its stage, and its place is taken into account).
 */
export function importParts(
  rows: ParsedCsv['rows'],
  mapping: CsvMapping,
  replace: boolean,
  now: { journeyId: JourneyId; stages: readonly Stage[]; touchpoints: readonly Touchpoint[] },
  previewed?: PreviewedImport,
): CsvImportResult {
  if (
    previewed &&
    previewed.mapping === mapping &&
    previewed.replace === replace &&
    sameItems(previewed.seen.stages, now.stages) &&
    sameItems(previewed.seen.touchpoints, now.touchpoints)
  ) {
    return previewed.result;
  }
  return csvToDocumentParts(rows, mapping, now.journeyId, replace ? [] : now.stages, now.touchpoints);
}

/** The dialog's line about the file: “5,000 rows below the header · 12 columns · separated by commas”. */
export function csvFileMeta(parsed: Pick<ParsedCsv, 'rows' | 'columns' | 'delimiter'>): string {
  return [
    i18n.t('files.csvRowsBelowHeader', countParams(parsed.rows.length)),
    i18n.t('files.csvColumns', countParams(parsed.columns.length)),
    i18n.t('files.csvSeparatedBy', { delimiter: delimiterName(parsed.delimiter) }),
  ].join(' · ');
}

/** The dialog's Import button: “Import 4,994 touchpoints”. */
export const csvImportButtonText = (count: number): string => i18n.t('files.csvImportButton', countParams(count));

/** “12 touchpoints in 3 stages (2 new: Discover, Buy)”, for the dialog's summary. */
export function describeImport(preview: CsvPreview): string {
  const { touchpoints, stages } = preview.result;
  if (touchpoints.length === 0) return i18n.t('files.csvNothing');
  const stageCount = new Set(touchpoints.map((t) => t.stageId)).size;
  const parts = {
    touchpoints: i18n.t('files.csvTouchpoints', countParams(touchpoints.length)),
    stages: i18n.t('files.csvIntoStages', countParams(stageCount)),
  };
  if (stages.length === 0) return i18n.t('files.csvWillAdd', parts);
  return i18n.t('files.csvWillAddNew', {
    ...parts,
    newCount: countText(stages.length),
    names: stages.map((s) => s.name).join(', '),
  });
}

/** The toast after importing: what was added and which rows were skipped. */
export function importedMessage(fileName: string, result: CsvImportResult): string {
  const { touchpoints, stages, errors } = result;
  const imported = stages.length
    ? i18n.t('files.csvImportedWithStages', {
        touchpoints: i18n.t('files.csvImportedTouchpoints', countParams(touchpoints.length)),
        name: fileName,
        stages: i18n.t('files.csvNewStages', countParams(stages.length)),
      })
    : i18n.t('files.csvImported', {
        touchpoints: i18n.t('files.csvImportedTouchpoints', countParams(touchpoints.length)),
        name: fileName,
      });
  if (errors.length === 0) return i18n.t('files.csvImportedDone', { imported });
  const listed = errors
    .slice(0, 10)
    .map((e) => e.row)
    .join(', ');
  const list =
    errors.length > 10 ? i18n.t('files.csvRowsAndMore', { list: listed, n: countText(errors.length - 10) }) : listed;
  return i18n.t('files.csvImportedSkipped', {
    imported,
    skipped: i18n.t('files.csvSkippedRows', countParams(errors.length)),
    rows: i18n.t('files.csvRowList', { count: errors.length, list }),
  });
}
