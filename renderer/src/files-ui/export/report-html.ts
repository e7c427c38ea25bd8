/**
 * The report's HTML, built in a Web Worker (report-html.worker.ts): on a
 * 2,000-touchpoint journey the build takes seconds, which on the window's
 * thread froze the dialog (its spinner, Cancel, every setting) at each
 * change of a setting. Where there is no `Worker`, or it cannot load, the
 * same function runs here instead (off-thread.ts).
 */
import { computeInsights } from '../../domain/insights';
import type { JourneyDocument } from '../../domain/model';
import { buildReportHtml, type ReportAssets, type ReportOptions } from '../../reports';
import { reportInsightGroups } from '../../reports/insight-groups';
import { runOffThread } from '../../ui/off-thread';

/** What a report is built from; its insights are computed with it, in the report's language. */
export interface ReportHtmlRequest {
  doc: JourneyDocument;
  options: Omit<ReportOptions, 'insights'>;
  assets: ReportAssets;
}

/** The report document for a request: the one definition the worker and the fallback share. */
export function reportHtmlFor({ doc, options, assets }: ReportHtmlRequest): string {
  // Computed once: the summary, the empty sections and the insight groups all read them.
  const insights = computeInsights(doc);
  const groups = reportInsightGroups(doc, { language: options.language }, insights);
  return buildReportHtml(doc, { ...options, insights: groups }, assets, insights);
}

const aborted = () => new DOMException('The report was no longer wanted.', 'AbortError');

/** Builds here, after letting the window paint once (the dialog's "Preparing report…"). */
async function buildHere(request: ReportHtmlRequest, signal?: AbortSignal): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw aborted();
  return reportHtmlFor(request);
}

/**
 * The report's HTML for `request`, built off the window's thread (off-thread.ts). Aborting `signal`
 * stops the build (the worker is terminated) and rejects with an `AbortError`.
 */
export function buildReportHtmlOffThread(request: ReportHtmlRequest, signal?: AbortSignal): Promise<string> {
  return runOffThread<ReportHtmlRequest, string>({
    start: () => new Worker(new URL('./report-html.worker.ts', import.meta.url), { type: 'module' }),
    request,
    here: (r, _progress, s) => buildHere(r, s),
    signal,
    aborted,
  });
}
