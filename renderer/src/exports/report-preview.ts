/**
 * The report HTML dressed for the on-screen preview: on screen the report
 * has no paper, so the sections are shown on white sheets of the chosen page
 * width on a grey desk, a new sheet where print starts a new page. Print output is unchanged (the rules are screen-only).
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
  .cover, .report-section { background: #ffffff; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); }
  .cover, .report-section.page-start { margin-top: ${PREVIEW_GUTTER_PX}px; }
  .cover:first-child { margin-top: 0; }
  /* A section that starts a page starts a sheet; a short one that follows on in print joins the sheet above. */
  .report-section { margin: 0; padding: 12mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
  .report-section.page-start { padding-top: ${m.top}mm; }
  .cover + .report-section, .report-section:first-child { padding-top: ${m.top}mm; }
}`;
}

/** The report HTML with the preview's screen-only styles added to its head. */
export function reportPreviewHtml(html: string, pageSize: PageSize, orientation: Orientation): string {
  const style = `<style>${previewCss(pageSize, orientation)}</style>`;
  const at = html.indexOf('</head>');
  return at === -1 ? style + html : `${html.slice(0, at)}${style}${html.slice(at)}`;
}
