/**
 * The PowerPoint benchmark: the 200-touchpoint report journey and the
 * 2,000-touchpoint bench journey built into .pptx bytes by buildDeck, as
 * the export dialog does (16:9, no logo), in Node. Median of 3 builds each.
 */
import { unzipSync } from 'fflate';
import { buildDeck } from '../../../renderer/src/exports/pptx/deck';
import { DEFAULT_BRAND_COLOUR } from '../../../renderer/src/reports/types';
import { generateBenchJourney, LARGE_JOURNEY, REPORT_JOURNEY, type BenchJourneyOptions } from '../generate/journey';
import type { TargetLine } from '../table';

export interface DeckFigures {
  touchpoints: number;
  /** Median build time, ms. */
  ms: number;
  /** CPU time (user + system) of that build, ms: what the build costs on a machine that is not shared. */
  cpuMs: number;
  bytes: number;
  slides: number;
}

/** The target for the 200-touchpoint deck. */
export const PPTX_TARGET_MS = 2000;

async function benchDeck(journey: BenchJourneyOptions, runs = 3): Promise<DeckFigures> {
  const { document } = generateBenchJourney(journey);
  const times: { ms: number; cpuMs: number }[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    bytes = await buildDeck(document, {
      layout: '16:9',
      brandColour: DEFAULT_BRAND_COLOUR,
      logo: null,
      date: new Date(Date.UTC(2025, 0, 15)),
    });
    const cpu = process.cpuUsage(c0);
    times.push({ ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  times.sort((a, b) => a.ms - b.ms);
  const median = times[Math.floor(times.length / 2)]!;
  const slides = Object.keys(unzipSync(bytes)).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  return {
    touchpoints: document.touchpoints.length,
    ms: median.ms,
    cpuMs: median.cpuMs,
    bytes: bytes.length,
    slides,
  };
}

export async function benchPptx(): Promise<DeckFigures[]> {
  return [await benchDeck(REPORT_JOURNEY), await benchDeck(LARGE_JOURNEY, 1)];
}

export function formatPptx(decks: readonly DeckFigures[]): string[] {
  return decks.map(
    (d) =>
      `PowerPoint deck (${d.touchpoints.toLocaleString('en')} touchpoints): ${d.ms.toFixed(0)} ms (CPU ${d.cpuMs.toFixed(0)} ms), ` +
      `${d.slides} slides, ${(d.bytes / 1024).toFixed(0)} KiB`,
  );
}

export function pptxTargets(decks: readonly DeckFigures[]): TargetLine[] {
  const small = decks.find((d) => d.touchpoints === 200);
  return small
    ? [
        {
          pass: small.ms < PPTX_TARGET_MS,
          text: `PowerPoint deck (200) ${small.ms.toFixed(0)} ms < ${PPTX_TARGET_MS} ms`,
        },
      ]
    : [];
}
