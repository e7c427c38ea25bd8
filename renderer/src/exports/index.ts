/**
 * Pure builders of the data and image exports (no DOM, no React).
 * The Excel and PowerPoint builders are not re-exported here: import
 * './xlsx' and './pptx/deck' dynamically, so exceljs and pptxgenjs stay out
 * of the startup bundle.
 */
export { guardCellText, CELL_MAX_CHARS } from './cell-text';
export {
  buildMapImage,
  dpiRasterSize,
  DPI_CHOICES,
  ISO_PAPERS,
  MAX_DPI,
  MIN_DPI,
  type DpiRaster,
  type IsoPaper,
  fontsForText,
  heatOverlay,
  isHeatMode,
  parseUnicodeRange,
  rasterSize,
  withSvgSize,
  MAX_CANVAS_SIDE,
  MIN_IMAGE_WIDTH,
  type ImageBackground,
  type ImageSize,
  hasEmotionCurve,
  mapImageSize,
  type MapImage,
  type MapImageOptions,
  type RasterSize,
} from './map-image';
export { withPngDpi, pixelsPerMetre } from './png-dpi';
export { checkLogo, sniffLogoType, bytesToBase64, LOGO_MAX_BYTES, LOGO_TYPES, type LogoResult } from './logo';
export {
  defaultReportSettings,
  loadReportSettings,
  parseReportSettings,
  reportSettingsKey,
  saveReportSettings,
  serializeReportSettings,
  REPORT_SETTINGS_VERSION,
  type ReportSettings,
  type SettingsStorage,
} from './report-settings';
export { reportPreviewHtml, previewCss, previewWidthPx, PREVIEW_GUTTER_PX } from './report-preview';
