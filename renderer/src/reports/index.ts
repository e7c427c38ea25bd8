/** The client report: HTML for PDF printing, the map as SVG, and a Markdown export. Pure: no DOM, no React. */
export { buildReportHtml, includedSections } from './html';
export { buildMarkdownReport } from './markdown';
export { emptySections, printedSections } from './empty-sections';
export { buildMapSvg, drawMap, planMapParts, type MapDrawing, type MapSvgOptions } from './svg/map';
export { drawEmotionCurve, type CurveDrawing, type CurveSeries } from './svg/curve';
export { REPORT_LABELS, type Labels } from './labels';
export { REPORT_FONT_FILES, REPORT_FONT_STACK, fontFaceCss, type ReportFontFile } from './fonts';
export { reportPdfOptions, electronPdfOptions, pdfPageSizePoints } from './pdf-options';
export type { PlaywrightPdfOptions, ElectronPdfOptions } from './pdf-options';
export { computeReportSummary, reportHotSpots } from './summary';
export type { HotSpot, ReportSummary } from './summary';
export { orderedTouchpoints, stageGroups, type StageGroup } from './journey-order';
export { reportCurve, type CurveLine, type RatedPoint, type ReportCurve } from './curve-lines';
export { pageGeometry } from './page';
export {
  REPORT_SECTION_IDS,
  REPORT_LANGUAGES,
  DEFAULT_BRAND_COLOUR,
  allSections,
  defaultReportOptions,
  type SectionId,
  type ReportOptions,
  type ReportAssets,
  type ReportFont,
  type ReportImage,
  type ReportInsightGroup,
  type ReportLanguage,
  type PageSize,
  type Orientation,
} from './types';
