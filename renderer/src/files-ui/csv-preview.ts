/**
 * What a CSV import will do with the current mapping: the stages and
 * touchpoints it adds, the rows it skips, and the first rows as they will
 * import, each with its spreadsheet row number. Pure: no React, no storage.
 */
import type { JourneyId } from '../domain/ids';
import type { Stage, Touchpoint } from '../domain/model';
import { csvToDocumentParts, type CsvImportResult, type CsvMapping, type CsvProblem, type ParsedCsv } from '../files';

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
    return { result, mappingProblem: result.errors[0]?.message ?? null, rows: [], blankRows: 0 };
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
      if (rows.length < limit) rows.push({ row, kind: 'error', message: error.message });
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

/** “12 touchpoints in 3 stages (2 new: Discover, Buy)”, for the dialog's summary. */
export function describeImport(preview: CsvPreview): string {
  const { touchpoints, stages } = preview.result;
  if (touchpoints.length === 0) return 'No touchpoint can be imported with this mapping.';
  const stageCount = new Set(touchpoints.map((t) => t.stageId)).size;
  const tp = `${touchpoints.length} ${touchpoints.length === 1 ? 'touchpoint' : 'touchpoints'}`;
  const st = `${stageCount} ${stageCount === 1 ? 'stage' : 'stages'}`;
  const created = stages.length ? ` (${stages.length} new: ${stages.map((s) => s.name).join(', ')})` : '';
  return `${tp} will be added to ${st}${created}.`;
}

/** The toast after importing: what was added and which rows were skipped. */
export function importedMessage(fileName: string, result: CsvImportResult): string {
  const { touchpoints, stages, errors } = result;
  const added = `Imported ${touchpoints.length} ${touchpoints.length === 1 ? 'touchpoint' : 'touchpoints'} from ${fileName}`;
  const newStages = stages.length ? ` with ${stages.length} new ${stages.length === 1 ? 'stage' : 'stages'}` : '';
  if (errors.length === 0) return `${added}${newStages}.`;
  const listed = errors.slice(0, 10).map((e) => e.row);
  const more = errors.length > listed.length ? ` and ${errors.length - listed.length} more` : '';
  const rowsWord = errors.length === 1 ? 'row' : 'rows';
  return `${added}${newStages}; skipped ${errors.length} ${rowsWord} with errors (${rowsWord} ${listed.join(', ')}${more}).`;
}
