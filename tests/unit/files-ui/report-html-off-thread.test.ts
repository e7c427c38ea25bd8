/**
 * The report dialog builds its HTML in a Web Worker, so that a large journey's
 * report (seconds of work) no longer freezes the window at each change of a
 * setting; without a worker it is built in place, to the same document.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildReportHtmlOffThread,
  reportHtmlFor,
  type ReportHtmlRequest,
} from '../../../renderer/src/files-ui/export/report-html';
import { buildReportHtml, defaultReportOptions, REPORT_LABELS } from '../../../renderer/src/reports';
import { reportInsightGroups } from '../../../renderer/src/reports/insight-groups';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';
import { FakeWorker } from './fake-worker';

function request(): ReportHtmlRequest {
  const b = journey(TAMIL[0]!.slice(0, 40));
  const stage = b.stage(TAMIL[1]!.slice(0, 30));
  b.touchpoint(stage, { title: TAMIL[2]!.slice(0, 50), emotion: -3 });
  b.touchpoint(stage, { title: 'Pays', emotion: 2 });
  const options = { ...defaultReportOptions(new Date(Date.UTC(2026, 10, 30))), language: 'ta' as const };
  return { doc: b.build(), options, assets: { fonts: [], personaPhotos: {} } };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.reset();
});

describe('the report document', () => {
  it('carries the insights in the report’s language, as the dialog built it on the window’s thread', () => {
    const r = request();
    const insights = reportInsightGroups(r.doc, { language: 'ta' });
    expect(insights.length).toBeGreaterThan(0);
    const html = reportHtmlFor(r);
    expect(html).toBe(buildReportHtml(r.doc, { ...r.options, insights }, r.assets));
    expect(html).toContain(REPORT_LABELS.ta.insights.groups.health);
  });
});

describe('buildReportHtmlOffThread', () => {
  it('builds in place where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const r = request();
    expect(await buildReportHtmlOffThread(r)).toBe(reportHtmlFor(r));
  });

  it('hands the request to a module worker and gives back its document', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = (_, worker) => worker.reply({ kind: 'done', value: '<p>from the worker</p>' });
    const r = request();
    expect(await buildReportHtmlOffThread(r)).toBe('<p>from the worker</p>');
    const [worker] = FakeWorker.made;
    expect(worker!.url.pathname).toMatch(/report-html\.worker\.ts$/);
    expect(worker!.options).toEqual({ type: 'module' });
    expect(worker!.posted).toEqual([r]);
    expect(worker!.terminated).toBe(true);
  });

  it('stops the worker when the build is no longer wanted', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const stop = new AbortController();
    const built = buildReportHtmlOffThread(request(), stop.signal);
    stop.abort();
    await expect(built).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    // Asked again after an abort: nothing is started.
    await expect(buildReportHtmlOffThread(request(), stop.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('builds in place when the worker cannot load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = (_, worker) => worker.fail();
    const r = request();
    expect(await buildReportHtmlOffThread(r)).toBe(reportHtmlFor(r));
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('says why the worker’s build failed', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = (_, worker) => worker.reply({ kind: 'failed', message: 'The map could not be drawn.' });
    await expect(buildReportHtmlOffThread(request())).rejects.toThrow('The map could not be drawn.');
  });
});
