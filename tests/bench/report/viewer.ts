/**
 * The viewer benchmark: the interactive viewer file built for the
 * 2,000-touchpoint bench journey and for the 200-touchpoint report journey
 * (fonts from @fontsource, as the app embeds them), then opened from disk in
 * Chromium: ms from navigation to the first frame painted after the viewer's
 * script has wired the page.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildViewerHtml } from '../../../renderer/src/exports/viewer/build';
import { REPORT_FONT_FILES } from '../../../renderer/src/reports/fonts';
import type { ReportFont } from '../../../renderer/src/reports/types';
import { generateBenchJourney, LARGE_JOURNEY, REPORT_JOURNEY } from '../generate/journey';

export interface ViewerFigures {
  touchpoints: number;
  /** Median of 3 builds. */
  buildMs: number;
  bytes: number;
  /** Median of 3 opens: navigation start to the first frame after the script ran. */
  paintMs: number;
}

/** The viewer's targets (issue #17): built in under 1 s, first paint in under 1 s. */
export const VIEWER_TARGETS = { buildMs: 1000, paintMs: 1000 } as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function fonts(root: string): Promise<ReportFont[]> {
  return Promise.all(
    REPORT_FONT_FILES.map(async (f) => ({
      family: f.family,
      weight: f.weight,
      style: 'normal' as const,
      unicodeRange: f.unicodeRange,
      woff2Base64: (await readFile(path.join(root, 'node_modules', f.package, 'files', f.file))).toString('base64'),
    })),
  );
}

export async function benchViewer(browser: Browser, root: string, workDir: string): Promise<ViewerFigures[]> {
  const available = await fonts(root);
  const out: ViewerFigures[] = [];
  for (const options of [REPORT_JOURNEY, LARGE_JOURNEY]) {
    const { document } = generateBenchJourney(options);
    const builds: number[] = [];
    let html = '';
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      html = buildViewerHtml(document, { fonts: available, date: new Date(Date.UTC(2025, 0, 15)) });
      builds.push(performance.now() - t0);
    }
    const file = path.join(workDir, `viewer-${document.touchpoints.length}.html`);
    await writeFile(file, html);
    const paints: number[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // Timed in the page (`window.document`: `document` here is the journey): the frame after the one in which the script marks the page ready. (Timed from Node, the
      // figure would also hold the round trips, which wait behind the rest of the file being parsed.)
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (window.document.documentElement?.dataset['viewer'] !== 'ready') return;
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              (window as unknown as { __viewerPainted: number }).__viewerPainted = performance.now();
            }),
          );
        }).observe(window.document, { attributes: true, subtree: true, attributeFilter: ['data-viewer'] });
      });
      try {
        const page = await context.newPage();
        await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
        const painted = await page.waitForFunction(
          () => (window as unknown as { __viewerPainted?: number }).__viewerPainted,
          null,
          { timeout: 120_000 },
        );
        paints.push(Number(await painted.jsonValue()));
      } finally {
        await context.close();
      }
    }
    out.push({
      touchpoints: document.touchpoints.length,
      buildMs: median(builds),
      bytes: Buffer.byteLength(html),
      paintMs: median(paints),
    });
  }
  return out;
}

export function formatViewer(figures: readonly ViewerFigures[]): string[] {
  return figures.map(
    (f) =>
      `viewer HTML (${f.touchpoints.toLocaleString('en')} touchpoints): build ${f.buildMs.toFixed(0)} ms, ` +
      `${(f.bytes / 1024 / 1024).toFixed(2)} MiB, first paint in Chromium ${f.paintMs.toFixed(0)} ms`,
  );
}

export function viewerTargetLines(figures: readonly ViewerFigures[]): { pass: boolean; text: string }[] {
  return figures.flatMap((f) => {
    const n = f.touchpoints.toLocaleString('en');
    return [
      {
        pass: f.buildMs < VIEWER_TARGETS.buildMs,
        text: `viewer build (${n}) ${f.buildMs.toFixed(0)} ms < ${VIEWER_TARGETS.buildMs} ms`,
      },
      {
        pass: f.paintMs < VIEWER_TARGETS.paintMs,
        text: `viewer first paint (${n}) ${f.paintMs.toFixed(0)} ms < ${VIEWER_TARGETS.paintMs} ms`,
      },
    ];
  });
}
