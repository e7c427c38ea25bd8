/**
 * The table view on the 2,000-touchpoint journey: from the toggle's shortcut
 * (Ctrl+Shift+G) on the open map to the first frame painted with the grid
 * and its focused cell, timed in the page (a task queued from the rAF of the
 * first frame that has them runs once that frame is rendered). Rows are drawn
 * only while in view, so the grid's size in the DOM is printed too. Printed
 * beside it: when the frame after that one began, delayed by whatever runs
 * in the tasks between the two frames (the map's unmounting starts there; a
 * part of it, React's passive effects, may fall after). Then the way back:
 * from the shortcut in the table to the first frame painted with the map
 * drawn again (its cards or, zoomed far out, its far map canvas with the
 * connections). Median of TABLE_RUNS toggles each way.
 *
 * To look into a figure: BENCH_PROFILE=<folder> leaves a CPU profile of each
 * toggle there (table-open-N.cpuprofile, table-back-N.cpuprofile, for
 * DevTools), BENCH_TRACE=<folder> a Chromium trace of each (.json, for
 * Perfetto). The figures then carry the recording's cost.
 */
import type { Page } from 'playwright-core';
import { recorded } from './page/recorded';
import { median } from './stats';

export const TABLE_RUNS = 5;
/** Target: the table is there within a tenth of a second more than a frame of typing allows. */
export const TABLE_OPEN_TARGET_MS = 300;

export interface TableViewFigures {
  openRuns: number[];
  openMs: number;
  /** From the shortcut to the start of the frame after the table's first (work queued between them delays it). */
  openNextRuns: number[];
  /** Back to the map: from the shortcut in the table to the first frame with the map drawn. */
  backRuns: number[];
  backMs: number;
  /** Rows of the grid in the DOM (of 2,000 touchpoints and their stage headers). */
  rowsInDom: number;
  rows: number;
}

interface Toggle {
  /** ms from the key press until the first frame showing the result was rendered (a task queued from its rAF). */
  painted: number;
  /** ms until the frame after it began: how long the page stayed busy with the toggle's remaining work. */
  next: number;
}

type Target = 'grid' | 'map';

/**
 * In the page: presses the table's shortcut and resolves, for the first frame in which `shown` holds, with when that
 * frame was rendered (a task queued from the frame's rAF runs after its style, layout and paint) and when the next
 * frame began (work deferred to after the first frame delays it).
 */
function timeToggle(target: Target): Promise<Toggle> {
  const shown =
    target === 'grid'
      ? () => document.querySelector('[role="grid"] [tabindex="0"]') !== null
      : () => {
          if (document.querySelector('[role="grid"]')) return false;
          // Far out the far map canvas draws the map and says how many connections it drew; closer in, the cards.
          const farMap = document.querySelector<HTMLElement>('[data-testid="journey-canvas"] canvas.far-map');
          if (Number(farMap?.dataset.connections ?? 0) > 0) return true;
          const card = document.querySelector<HTMLElement>('.react-flow__node-touchpoint');
          return card !== null && card.style.visibility !== 'hidden';
        };
  return new Promise((resolve) => {
    const start = performance.now();
    window.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'G', ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true }),
    );
    const check = () => {
      if (!shown()) {
        requestAnimationFrame(check);
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        const painted = performance.now() - start;
        requestAnimationFrame(() => resolve({ painted, next: performance.now() - start }));
      };
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(check);
  });
}

/** The open journey's map must be showing; leaves it showing again. */
export async function benchTableView(page: Page): Promise<TableViewFigures> {
  const openRuns: number[] = [];
  const openNextRuns: number[] = [];
  const backRuns: number[] = [];
  let rowsInDom = 0;
  let rows = 0;
  for (let i = 0; i < TABLE_RUNS; i += 1) {
    const open = await recorded(page, `table-open-${i + 1}`, () => page.evaluate<Toggle, Target>(timeToggle, 'grid'));
    openRuns.push(open.painted);
    openNextRuns.push(open.next);
    const counts = await page.evaluate(() => ({
      dom: document.querySelectorAll('[role="grid"] tbody tr[role="row"]').length,
      all: Number(document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') ?? 1) - 1,
    }));
    rowsInDom = counts.dom;
    rows = counts.all;
    // Let the table settle, then back to the map, and let that settle before the next toggle.
    await page.waitForTimeout(1500);
    backRuns.push(
      (await recorded(page, `table-back-${i + 1}`, () => page.evaluate<Toggle, Target>(timeToggle, 'map'))).painted,
    );
    await page.getByTestId('journey-canvas').waitFor();
    await page.waitForTimeout(1500);
  }
  return {
    openRuns,
    openMs: median(openRuns),
    openNextRuns,
    backRuns,
    backMs: median(backRuns),
    rowsInDom,
    rows,
  };
}

export function formatTableView(f: TableViewFigures): string {
  const runs = (r: number[]) => r.map((x) => x.toFixed(0)).join(', ');
  return (
    `Table view on the 2,000-touchpoint journey: open ${f.openMs.toFixed(0)} ms (median of ${TABLE_RUNS}: ` +
    `${runs(f.openRuns)}), ${f.rowsInDom} of ${f.rows} rows drawn; ` +
    `target < ${TABLE_OPEN_TARGET_MS} ms: ${f.openMs < TABLE_OPEN_TARGET_MS ? 'PASS' : 'MISS'}; ` +
    `next frame after it ${median(f.openNextRuns).toFixed(0)} ms (${runs(f.openNextRuns)}); ` +
    `back to the map ${f.backMs.toFixed(0)} ms (median of ${TABLE_RUNS}: ${runs(f.backRuns)})`
  );
}
