/**
 * The report's print stylesheet: one accent (the brand colour), neutral
 * greys, a short type scale, a 4 px spacing grid. Page numbers and the
 * running title live in CSS @page margin boxes (Chromium 131+, so Electron
 * 45 and current Playwright Chromium), which keeps them in the embedded fonts.
 */
import type { ReportContext } from './context';
import { cssString, textOn, tint, truncate } from './escape';
import { REPORT_FONT_STACK } from './fonts';
import { PAGE_MARGINS_MM, pageGeometry } from './page';

/** Text colour of each pain severity's pill, which its pips are drawn in too. */
export const SEVERITY_INK: Readonly<Record<1 | 2 | 3, string>> = { 1: '#b35c00', 2: '#c92a2a', 3: '#ffffff' };

function mm(v: number): string {
  return `${Math.round(v * 100) / 100}mm`;
}

export function reportCss(ctx: ReportContext): string {
  const { brand, page, labels } = ctx;
  const m = PAGE_MARGINS_MM;
  const running = truncate([ctx.title, ctx.client].filter(Boolean).join(' · '), 90);
  const size = `${mm(page.width)} ${mm(page.height)}`;
  // The one-page map prints on a landscape page of the same paper, whatever the report's orientation.
  const landscape = pageGeometry(ctx.options.pageSize, 'landscape');
  const furniture = `font-family:${REPORT_FONT_STACK};font-size:7.5pt;color:#6c757d;`;
  return `
@page {
  size: ${size};
  margin: ${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)};
  @bottom-left { content: ${cssString(running)}; ${furniture} vertical-align: middle; }
  @bottom-right { content: ${cssString(labels.pageOf.page)} " " counter(page) " " ${cssString(labels.pageOf.of)} " " counter(pages); ${furniture} vertical-align: middle; }
}
@page overview {
  size: ${mm(landscape.width)} ${mm(landscape.height)};
}
@page cover {
  margin: 0;
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: ${REPORT_FONT_STACK};
  font-size: 9.5pt;
  line-height: 1.45;
  color: #1f2328;
  /* A long unbroken string (a URL, a pasted token) breaks anywhere rather than widening the page. */
  overflow-wrap: anywhere;
}
/* pre-wrap: Chromium builds each bookmark from its heading's laid-out lines, and drops the spaces the lines broke at
   ("ஆன்லைன்ஆர்டரைத்திருப்பி" for a cover title wrapped at each word); kept spaces survive. Headings hold one line. */
h1, h2, h3, h4 { margin: 0; line-height: 1.25; break-after: avoid; page-break-after: avoid; white-space: pre-wrap; }
h2 { font-size: 20pt; font-weight: 700; margin: 0 0 16px; break-inside: avoid; page-break-inside: avoid; }
h2::before { content: ""; display: block; width: 40px; height: 4px; border-radius: 2px; background: ${brand}; margin-bottom: 12px; }
h3 { font-size: 12pt; font-weight: 700; margin: 20px 0 8px; }
h4 { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: #6c757d; margin: 0 0 4px; }
p { margin: 0 0 8px; }
a { color: inherit; text-decoration: none; }
ul, ol { margin: 0; padding-left: 16px; }
.muted { color: #6c757d; font-size: 8pt; }
.num { font-variant-numeric: tabular-nums; }
.empty { color: #6c757d; font-style: normal; padding: 12px 16px; background: #f8f9fa; border-radius: 8px; }
/* Short sections share a page; the contents, the summary and the map start one. */
/* The report's own words (headings, emotion names, friction types, pills) break only between words. */
table.data th, .emotion-word, .kinds, .pill, .flag, .num { overflow-wrap: normal; }
.report-section { margin-top: 12mm; }
.report-section:first-child { margin-top: 0; }
.report-section.page-start { margin-top: 0; break-before: page; page-break-before: always; }
.report-section.page-start:first-child { break-before: auto; page-break-before: auto; }
/* A heading stays with what follows it: never alone at the foot of a page. */
h2 + *, h3 + *, .stage-intro + table { break-before: avoid; page-break-before: avoid; }
.footnote { color: #6c757d; font-size: 7.5pt; margin-top: 8px; }

/* Cover */
.cover {
  page: cover;
  position: relative;
  width: ${mm(page.width)};
  height: ${mm(page.height - 1)};
  overflow: hidden;
  break-after: page;
  page-break-after: always;
}
.cover-band {
  height: 46%;
  padding: 20mm 20mm 14mm;
  display: flex;
  flex-direction: column;
  justify-content: flex-end;
  color: ${textOn(brand)};
}
.cover-logo { position: absolute; top: 16mm; left: 20mm; background: #ffffff; border-radius: 8px; padding: 8px 12px; }
.cover-logo img { display: block; max-height: 18mm; max-width: 60mm; }
.cover-kind { font-size: 9pt; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; opacity: 0.85; margin-bottom: 12px; }
.cover-title { font-size: 32pt; font-weight: 700; line-height: 1.15; }
.cover-title.long { font-size: 22pt; }
.cover-body { padding: 14mm 20mm; color: #1f2328; }
.cover-description { font-size: 11pt; color: #495057; max-width: 150mm; margin-bottom: 16mm; }
.cover-meta { display: flex; flex-wrap: wrap; gap: 8mm 16mm; }
.meta-label { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em; color: #6c757d; margin-bottom: 4px; }
.meta-value { font-size: 12pt; }
.cover-foot { position: absolute; left: 0; right: 0; bottom: 0; height: 4mm; }

/* Contents */
.toc { list-style: none; padding: 0; margin: 8px 0 0; max-width: 140mm; }
.toc li { border-bottom: 1px solid #e9ecef; }
.toc a { display: flex; gap: 16px; padding: 12px 0; font-size: 12pt; }
.toc-num { color: ${brand}; font-weight: 700; min-width: 24px; }
.toc-title { flex: 1 1 auto; }
/* Fixed width, so filling in the number on the second print moves nothing. */
.toc-page { flex: none; width: 14mm; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; color: #495057; }

/* Summary */
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin-bottom: 16px; }
.tile { border: 1px solid #e9ecef; border-radius: 8px; padding: 12px 16px; break-inside: avoid; }
.tile-value { font-size: 20pt; font-weight: 700; line-height: 1.1; display: flex; align-items: center; gap: 8px; }
.tile-label { color: #6c757d; font-size: 8pt; margin-top: 4px; }
.callout { border-left: 4px solid ${brand}; background: ${tint(brand, 0.92)}; border-radius: 0 8px 8px 0; padding: 12px 16px; margin-bottom: 8px; break-inside: avoid; }
.callout-label { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em; color: #495057; }
.callout-title { font-size: 13pt; font-weight: 700; margin: 4px 0; }
.callout-meta { color: #495057; display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.callout-quote { margin: 8px 0 0; color: #343a40; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.hot-list { padding-left: 20px; }
.hot-list li { margin-bottom: 8px; break-inside: avoid; }
.hot-title { display: block; font-weight: 700; }
.hot-detail { display: block; color: #6c757d; font-size: 8pt; }
.insight { break-inside: avoid; }
.insight li { margin-bottom: 4px; }

/* Emotion, pills, flags */
.emotion { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.emotion .emotion-word { white-space: normal; }
.face { flex: none; vertical-align: middle; }
.pill { display: inline-flex; align-items: center; gap: 4px; border-radius: 999px; padding: 0 8px; font-size: 7.5pt; line-height: 16px; white-space: nowrap; border: 1px solid currentColor; }
.pips { flex: none; }
.sev-1 { color: ${SEVERITY_INK[1]}; background: #fff8e6; }
.sev-2 { color: ${SEVERITY_INK[2]}; background: #fff0f0; }
.sev-3 { color: ${SEVERITY_INK[3]}; background: #c92a2a; border-color: #c92a2a; }
.evidence { color: #495057; background: #f8f9fa; }
.ev-research, .ev-data { color: ${brand}; background: #ffffff; }
.ev-bars { flex: none; }
.evidence-legend { margin: 4px 0 10px; }
.status-idea { color: #495057; background: #f1f3f5; }
.status-planned { color: #1c5fb8; background: #e7f0fd; }
.status-in-progress { color: #8a5a00; background: #fff4db; }
.status-done { color: #237a3b; background: #e6f6ea; }
.status-dropped { color: #6c757d; background: #ffffff; text-decoration: line-through; }
.flag { display: inline-block; font-size: 7.5pt; font-weight: 700; color: ${brand}; border: 1px solid ${brand}; border-radius: 4px; padding: 0 4px; margin-top: 4px; }
.bar { display: inline-block; width: 48px; height: 6px; background: #e9ecef; border-radius: 3px; margin-right: 8px; vertical-align: middle; overflow: hidden; }
.bar span { display: block; height: 100%; background: #e8590c; }

/* Tables */
table.data { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 8px; }
table.data thead { display: table-header-group; }
table.data th { text-align: left; font-weight: 700; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: #495057; border-bottom: 1.5px solid #343a40; padding: 4px 8px 8px; vertical-align: bottom; }
table.data td { padding: 8px; border-bottom: 1px solid #e9ecef; vertical-align: top; }
table.data tbody tr:nth-child(even) td { background: #f8f9fa; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data .r { text-align: right; }
table.data .w-tp { width: 23%; }
table.data .w-emo { width: 15%; }
table.data .w-th { width: 17%; }
table.data .w-pain { width: 17%; }
table.data .w-fr { width: 10%; }
table.data .w-rank { width: 6%; }
table.data .w-opp { width: 40%; }
table.data .w-status { width: 12%; }
table.data .w-stage { width: 18%; }
table.data .w-stage-s { width: 13%; }
table.data .w-measure { width: 17%; }
table.data .w-feel { width: 18%; }
table.data .w-tpn { width: 21%; }
table.data .w-mtp { width: 26%; }
table.data .w-kind { width: 12%; }
table.data .w-score { width: 10.5%; }
table.data .w-quadrant { width: 12.5%; }
table.matrix-table .w-rank { width: 5%; }
table.matrix-table th { font-size: 6.5pt; letter-spacing: 0; padding: 4px 4px 8px; }
table.matrix-table td { padding: 8px 4px; }
.matrix-keep { break-inside: avoid; page-break-inside: avoid; }
.matrix-figure { margin: 0 0 12px; text-align: center; }
.tp-title { font-weight: 700; }
.tp-description { margin: 4px 0; color: #343a40; }
.tp-thoughts { margin: 0 0 4px; }
.tp-quote { margin: 0 0 4px; color: #495057; font-style: italic; }
.cell-list { list-style: none; padding: 0; }
.cell-list li { margin-bottom: 4px; }
.cell-list .pill { margin-right: 4px; }

/* Stages */
.stage-block { margin-bottom: 16px; }
.stage-title { display: flex; align-items: center; gap: 8px; }
.chip { display: inline-block; width: 12px; height: 12px; border-radius: 3px; flex: none; }
.stage-intro { color: #495057; max-width: 160mm; }
/* A stage that fits on a page stays on one; a taller one starts a page and goes on under "(continued)" headings. */
.stage-keep { break-inside: avoid; page-break-inside: avoid; }
.stage-tall, .stage-continued { break-before: page; page-break-before: always; }
.stage-continued-title { font-size: 11pt; font-weight: 700; margin: 0 0 8px; color: #495057; }

/* Personas */
.persona { border: 1px solid #e9ecef; border-left: 4px solid; border-radius: 8px; padding: 16px; margin-bottom: 16px; break-inside: avoid; }
.persona-head { display: flex; gap: 16px; align-items: center; margin-bottom: 12px; }
.avatar { width: 56px; height: 56px; border-radius: 50%; flex: none; object-fit: cover; border: 2px solid; display: flex; align-items: center; justify-content: center; font-size: 16pt; font-weight: 700; }
div.avatar { border: none; white-space: nowrap; overflow: hidden; }
.persona-name { font-size: 14pt; font-weight: 700; margin: 0; }
/* The lists' titles look like h4 but are not headings: as headings they were bookmarks reading "NEEDS" under
   Personas, one set per persona, without the persona's name (the name is the bookmark now). */
.persona-list-title { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: #6c757d; margin: 0 0 4px; }
.persona-role { color: #6c757d; }
.persona-quote { margin: 0 0 12px; padding: 8px 12px; border-left: 3px solid; border-radius: 0 6px 6px 0; font-size: 10pt; }
.persona-lists { display: grid; grid-template-columns: 1fr 1fr; gap: 12px 24px; }
.persona-list li { margin-bottom: 2px; }

/* Map and curve */
figure { margin: 0; }
.map-overview-page { page: overview; }
.map-overview { margin: 0; }
.map-overview svg { display: block; max-width: 100%; height: auto; }
.map-part { break-inside: avoid; page-break-inside: avoid; margin-bottom: 24px; }
.map-part svg, .curve svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 8pt; font-weight: 700; color: #6c757d; margin-bottom: 8px; text-transform: uppercase; letter-spacing: 0.06em; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-bottom: 8px; font-size: 8.5pt; break-after: avoid; page-break-after: avoid; }
.legend-item { display: inline-flex; align-items: center; gap: 8px; }
.curve { break-inside: avoid; margin-bottom: 8px; }
.curve-key { columns: 2; column-gap: 24px; font-size: 8.5pt; padding-left: 0; list-style: none; }
.curve-key li { break-inside: avoid; margin-bottom: 4px; display: flex; gap: 4px; }
.curve-key b { flex: none; min-width: 20px; color: ${brand}; }

/* Notes */
.notes { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.note { border: 1px solid #e9ecef; border-left: 4px solid; border-radius: 6px; padding: 8px 12px; break-inside: avoid; }
`;
}
