/**
 * buildReportHtml: the client report as one self-contained HTML document,
 * ready for Chromium's print to PDF. Inline CSS, fonts embedded as data URLs,
 * inline SVG drawings, images only as validated data URLs, no script and no
 * remote URL; every piece of user text is escaped. Same input, same output.
 */
import { computeInsights, type Insights } from '../domain/insights';
import type { JourneyDocument } from '../domain/model';
import { createContext, type ReportContext } from './context';
import { escapeHtml } from './escape';
import { fontFaceCss, fontsForDocument } from './fonts';
import { coverSection } from './sections/cover';
import { curveSection } from './sections/curve';
import { hotspotsSection } from './sections/hotspots';
import { mapSection } from './sections/map';
import { matrixSection } from './sections/matrix';
import { metricsSection } from './sections/metrics';
import { notesSection } from './sections/notes';
import { opportunitiesSection } from './sections/opportunities';
import { personasSection } from './sections/personas';
import { stagesSection } from './sections/stages';
import { summarySection } from './sections/summary';
import { tocSection } from './sections/toc';
import { reportCss } from './styles';
import { workshopSection } from './sections/workshop';
import { printedSections } from './empty-sections';
import { REPORT_SECTION_IDS, type ReportAssets, type ReportOptions, type SectionId } from './types';

const RENDERERS: Record<SectionId, (ctx: ReportContext, included: readonly SectionId[]) => string> = {
  cover: coverSection,
  toc: tocSection,
  summary: summarySection,
  personas: personasSection,
  map: mapSection,
  curve: curveSection,
  stages: stagesSection,
  hotspots: hotspotsSection,
  opportunities: opportunitiesSection,
  matrix: matrixSection,
  metrics: metricsSection,
  notes: notesSection,
  workshop: workshopSection,
};

/** The sections that will be printed, in report order. */
export function includedSections(options: Pick<ReportOptions, 'sections'>): SectionId[] {
  return REPORT_SECTION_IDS.filter((id) => options.sections[id] === true);
}

/** `insights`: the journey's, when the caller has computed them already (they are the costly part on a large journey). */
export function buildReportHtml(
  doc: JourneyDocument,
  options: ReportOptions,
  assets: ReportAssets,
  insights: Insights = computeInsights(doc),
): string {
  const ctx = createContext(doc, options, assets, insights);
  // A section with nothing in it (no personas, no notes, no workshop…) is left out, contents included.
  const included = printedSections(doc, options, insights);
  const body = included.map((id) => RENDERERS[id](ctx, included)).join('\n');
  const css = reportCss(ctx);
  // Only the font files that draw a character of this report (its text, title and page furniture):
  // fewer, smaller data URLs to parse make the document load faster before printing.
  const fonts = fontsForDocument(assets.fonts, `${ctx.title}${css}${body}`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load from outside the document: data: fonts and images only, no script at all.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    `<title>${escapeHtml(ctx.title)}</title>`,
    `<style>\n${fontFaceCss(fonts)}\n${css}</style>`,
    '</head>',
    `<body>`,
    body,
    '</body>',
    '</html>',
  ].join('\n');
}
