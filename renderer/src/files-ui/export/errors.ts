/** One sentence for every way an export can fail: what happened and what to do next. */
import { errorMessage } from '../../ui/toasts';
import { PosterError } from '../../exports/poster';
import { isAbort, RasteriseError } from './rasterise';
import { i18n } from '../../i18n';
import { messageText } from '../../i18n/messages';

export type ExportKind = 'pdf' | 'html' | 'png' | 'svg' | 'xlsx' | 'pptx' | 'viewer' | 'poster' | 'report-assets';

const FALLBACK: Record<ExportKind, string> = {
  pdf: 'export.failedPdf',
  html: 'export.failedHtml',
  png: 'export.failedPng',
  svg: 'export.failedSvg',
  xlsx: 'export.failedXlsx',
  pptx: 'export.failedPptx',
  viewer: 'export.failedViewer',
  poster: 'export.failedPoster',
  'report-assets': 'export.failedReportAssets',
};

export function describeExportError(error: unknown, kind: ExportKind): string {
  if (isAbort(error)) return i18n.t('export.cancelled');
  if (error instanceof RasteriseError || error instanceof PosterError) {
    return error.text ? messageText(error.text) : error.message;
  }
  return errorMessage(error, i18n.t(FALLBACK[kind]));
}
