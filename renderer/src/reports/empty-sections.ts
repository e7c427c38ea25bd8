/**
 * Which report sections would have nothing to say for a journey. Those are
 * left out of the report and its contents (rather than printing a page that
 * says "No … yet"), and the report dialog names them, so a user knows why a
 * section they switched on is missing.
 */
import type { Insights } from '../domain/insights';
import type { JourneyDocument, Metrics } from '../domain/model';
import { hasWorkshopContent } from '../domain/workshop';
import { matrixRows } from './sections/matrix';
import { reportCurve } from './curve-lines';
import { orderedTouchpoints } from './journey-order';
import { reportHotSpots } from './summary';
import { REPORT_SECTION_IDS, type ReportOptions, type SectionId } from './types';

function hasMetrics(m: Metrics): boolean {
  return m.csat !== null || m.ces !== null || m.nps !== null || m.dropOff !== null || m.volume !== null;
}

const IS_EMPTY: Partial<Record<SectionId, (doc: JourneyDocument, insights?: Insights) => boolean>> = {
  personas: (doc) => doc.personas.length === 0,
  map: (doc) => doc.stages.length === 0,
  curve: (doc) => reportCurve(doc).lines.every((line) => line.points.length === 0),
  stages: (doc) => doc.stages.length === 0,
  // The same ranking the section prints (domain/insights, through the report summary).
  hotspots: (doc, insights) => reportHotSpots(doc, insights).length === 0,
  opportunities: (doc) => orderedTouchpoints(doc).every((t) => t.opportunities.every((o) => !o.text.trim())),
  // The matrix has something to show once a ranked opportunity has a score.
  matrix: (doc, insights) => matrixRows(doc, insights).length === 0,
  metrics: (doc) => orderedTouchpoints(doc).every((t) => !hasMetrics(t.metrics)),
  notes: (doc) => doc.notes.every((n) => !n.text.trim()),
  workshop: (doc) => !hasWorkshopContent(doc),
};

/**
 * The sections with nothing in them for this journey, in report order (cover, contents and summary never are).
 * `insights`: the journey's, when the caller has them already (they are the costly part on a large journey).
 */
export function emptySections(doc: JourneyDocument, insights?: Insights): SectionId[] {
  return REPORT_SECTION_IDS.filter((id) => IS_EMPTY[id]?.(doc, insights) === true);
}

/** The sections that will be printed: switched on and not empty, in report order (`insights` as for `emptySections`). */
export function printedSections(
  doc: JourneyDocument,
  options: Pick<ReportOptions, 'sections'>,
  insights?: Insights,
): SectionId[] {
  const empty = new Set(emptySections(doc, insights));
  return REPORT_SECTION_IDS.filter((id) => options.sections[id] === true && !empty.has(id));
}
