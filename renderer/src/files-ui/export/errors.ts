/** One sentence for every way an export can fail: what happened and what to do next. */
import { errorMessage } from '../../ui/toasts';
import { PosterError } from '../../exports/poster';
import { isAbort, RasteriseError } from './rasterise';

export type ExportKind = 'pdf' | 'html' | 'png' | 'svg' | 'xlsx' | 'pptx' | 'viewer' | 'poster' | 'report-assets';

const FALLBACK: Record<ExportKind, string> = {
  pdf: 'The PDF could not be made; try again, or leave out the map section if the journey is very large.',
  html: 'The HTML report could not be saved; try again or choose another folder.',
  png: 'The PNG image could not be made; try a smaller size.',
  svg: 'The SVG image could not be saved; try again or choose another folder.',
  xlsx: 'The Excel workbook could not be made; try again.',
  pptx: 'The PowerPoint file could not be made; try again, and if it fails again export the PDF report instead.',
  viewer: 'The interactive viewer could not be saved; try again or choose another folder.',
  poster: 'The poster could not be made; try again, or choose a smaller size or fewer sheets.',
  'report-assets': 'The report fonts could not be loaded; restart Waymark and try again.',
};

export function describeExportError(error: unknown, kind: ExportKind): string {
  if (isAbort(error)) return 'The export was cancelled; nothing was saved.';
  if (error instanceof RasteriseError || error instanceof PosterError) return error.message;
  return errorMessage(error, FALLBACK[kind]);
}
