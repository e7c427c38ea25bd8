/**
 * The report HTML dressed for the on-screen preview: on screen the report
 * has no paper, so each section is shown as a white sheet of the chosen page
 * width on a grey desk. Print output is unchanged (the rules are screen-only).
 */
import { PAGE_MARGINS_MM, pageGeometry } from '../reports/page';
import type { Orientation, PageSize } from '../reports/types';

/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;
/** Grey around the sheets, px. */
export const PREVIEW_GUTTER_PX = 16;

/** Width of the preview document in CSS px: the sheet plus the gutters. */
export function previewWidthPx(pageSize: PageSize, orientation: Orientation): number {
  return Math.ceil(pageGeometry(pageSize, orientation).width * PX_PER_MM) + 2 * PREVIEW_GUTTER_PX;
}

export function previewCss(pageSize: PageSize, orientation: Orientation): string {
  const page = pageGeometry(pageSize, orientation);
  const m = PAGE_MARGINS_MM;
  return `@media screen {
  html { background: #ced4da; }
  body { width: ${page.width}mm; margin: 0 auto; padding: ${PREVIEW_GUTTER_PX}px 0; }
  .cover, .report-section { background: #ffffff; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); margin-bottom: ${PREVIEW_GUTTER_PX}px; }
  .report-section { min-height: ${page.height}mm; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
}`;
}

/** The report HTML with the preview's screen-only styles added to its head. */
export function reportPreviewHtml(html: string, pageSize: PageSize, orientation: Orientation): string {
  const style = `<style>${previewCss(pageSize, orientation)}</style>`;
  const at = html.indexOf('</head>');
  return at === -1 ? style + html : `${html.slice(0, at)}${style}${html.slice(at)}`;
}
