/**
 * The journey as a PowerPoint deck (.pptx), built with pptxgenjs: every word
 * is editable text in a named Noto font, the map and faces are native
 * shapes, the emotion curve a native line chart. pptxgenjs is loaded on
 * demand, so it stays out of the startup bundle. No DOM: runs in the browser
 * and in Node alike.
 */
import { unzipSync, Zip, ZipDeflate } from 'fflate';
import type PptxGenJS from 'pptxgenjs';
import { computeInsights } from '../../domain/insights';
import { concatBytes } from '../bytes';
import type { JourneyDocument } from '../../domain/model';
import { createContext } from '../../reports/context';
import { emptySections } from '../../reports/empty-sections';
import { oneLine } from '../../reports/escape';
import { stageGroups } from '../../reports/journey-order';
import { rankOpportunities } from '../../reports/opportunity-ranking';
import { defaultReportOptions, type ReportImage, type ReportLanguage } from '../../reports/types';
import { deckLogo, defineLayouts, type Deck } from './chrome';
import { slideGeometry, type DeckLayout } from './geometry';
import {
  curveSlide,
  hotSpotSlides,
  mapSlides,
  metricSlides,
  opportunitySlides,
  personaSlides,
  stageSlides,
  titleSlide,
} from './slides';

export const PPTX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface DeckOptions {
  layout: DeckLayout;
  /** `#rrggbb`; anything else gives the report's default accent. */
  brandColour: string;
  logo: ReportImage | null;
  /** The date on the title slide. */
  date: Date | string;
  /** The language of the deck's own words (the report's labels, default channel names among them); English by default. */
  language?: ReportLanguage;
  /**
   * Told after each step (a step is a slide group or a stage), with how many
   * steps there are, phase `slides`; then, with phase `writing`, when the file
   * itself is being written (no share of it can be told honestly) and again
   * every few tens of milliseconds while it is compressed. May return a
   * promise, e.g. to let the window paint; may throw to stop (a cancel).
   */
  onProgress?: (done: number, total: number, phase: DeckPhase) => void | Promise<void>;
}

export type DeckPhase = 'slides' | 'writing';

/** How long compressing may run before the window gets a turn (and Cancel a chance). */
const WRITE_SLICE_MS = 40;

type PptxModule = typeof PptxGenJS;

/** pptxgenjs, loaded when the first deck is built (CommonJS in Node, the ES build under Vite). */
async function loadPptx(): Promise<PptxModule> {
  const mod = (await import('pptxgenjs')) as unknown as { default?: PptxModule | { default?: PptxModule } };
  const first = mod.default as PptxModule & { default?: PptxModule };
  return first.default ?? first;
}

export async function buildDeck(doc: JourneyDocument, options: DeckOptions): Promise<Uint8Array> {
  const Pptx = await loadPptx();
  // The summary, the empty sections and the opportunity ranking all read them: computed once, not five times.
  const insights = computeInsights(doc);
  const pptx = new Pptx();
  const g = slideGeometry(options.layout);
  pptx.layout = g.name;
  pptx.theme = { headFontFace: 'Noto Sans', bodyFontFace: 'Noto Sans' };
  const ctx = createContext(
    doc,
    {
      ...defaultReportOptions(options.date),
      language: options.language ?? 'en',
      brandColour: options.brandColour,
      logo: options.logo,
    },
    { fonts: [], personaPhotos: {} },
    insights,
  );
  pptx.title = ctx.title;
  pptx.subject = ctx.labels.cover.reportKind;
  pptx.author = oneLine(ctx.author) || 'Waymark';
  // Not the client: pptxgenjs writes the company into docProps/app.xml unescaped, so an "&" would break the file.
  pptx.company = '';
  const ranking = rankOpportunities(doc, insights);
  const deck: Deck = { pptx, g, ctx, logo: deckLogo(options.logo), ranking };
  defineLayouts(deck);
  const empty = new Set(emptySections(doc, insights));

  const steps: (() => void)[] = [() => titleSlide(deck)];
  if (!empty.has('personas')) steps.push(() => personaSlides(deck));
  if (!empty.has('map')) steps.push(() => mapSlides(deck));
  if (!empty.has('curve')) steps.push(() => curveSlide(deck));
  // One step per stage, so a long deck reports progress as it goes.
  for (const group of stageGroups(doc)) steps.push(() => stageSlides(deck, group));
  if (!empty.has('hotspots')) steps.push(() => hotSpotSlides(deck));
  if (ranking.ranked.length > 0) steps.push(() => opportunitySlides(deck));
  if (!empty.has('metrics')) steps.push(() => metricSlides(deck));

  const total = steps.length + 1;
  for (const [i, step] of steps.entries()) {
    step();
    await options.onProgress?.(i + 1, total, 'slides');
  }
  const writing = () => options.onProgress?.(steps.length, total, 'writing');
  await writing();
  const out = (await pptx.write({ outputType: 'uint8array' })) as unknown;
  const stored = out instanceof Uint8Array ? out : out instanceof ArrayBuffer ? new Uint8Array(out) : null;
  if (!stored) throw new Error('The presentation library returned no bytes.');
  await writing();
  const bytes = await deflateParts(unzipSync(stored), writing);
  await options.onProgress?.(total, total, 'writing');
  return bytes;
}

/**
 * pptxgenjs stores its parts uncompressed whenever an output type is given; deflating them makes the file ~8×
 * smaller. Part by part, so that on a deck of hundreds of slides the window keeps painting and a cancel is heard
 * (`between` is called every `WRITE_SLICE_MS`) instead of freezing for the seconds one `zipSync` would take.
 */
async function deflateParts(
  parts: Record<string, Uint8Array>,
  between: () => void | Promise<void> | undefined,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  let slice = performance.now();
  for (const [name, data] of Object.entries(parts)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
    if (failure) throw failure;
    if (performance.now() - slice > WRITE_SLICE_MS) {
      await between();
      slice = performance.now();
    }
  }
  zip.end();
  if (failure) throw failure;
  return concatBytes(chunks);
}
