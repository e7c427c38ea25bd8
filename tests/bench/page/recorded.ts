/**
 * Recording a measured stretch for a closer look: with BENCH_PROFILE naming a folder, a CPU profile of the
 * page (`<name>.cpuprofile`, for DevTools); with BENCH_TRACE, a Chromium trace (`<name>.json`). The figures
 * measured meanwhile carry the recording's cost. BENCH_TRACE_CATEGORIES (comma-separated) replaces the trace's
 * categories, e.g. with `cc,viz` added to see the compositor and raster threads.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

/** Runs `measure` under a CPU profile and/or a trace when BENCH_PROFILE / BENCH_TRACE name a folder. */
export async function recorded<T>(page: Page, name: string, measure: () => Promise<T>): Promise<T> {
  const profileDir = process.env.BENCH_PROFILE;
  const traceDir = process.env.BENCH_TRACE;
  const browser = page.context().browser();
  let cdp: CDPSession | null = null;
  if (profileDir) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (traceDir && browser) {
    await browser.startTracing(page, {
      path: join(traceDir, `${name}.json`),
      categories: (
        process.env.BENCH_TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute'
      ).split(','),
    });
  }
  try {
    return await measure();
  } finally {
    if (traceDir && browser) await browser.stopTracing();
    if (cdp && profileDir) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
      await cdp.detach();
    }
  }
}
