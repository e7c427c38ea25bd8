/**
 * The PowerPoint deck, built in a Web Worker (deck.worker.ts): pptxgenjs writes
 * every slide's XML in one block (a second or more on thousands of touchpoints),
 * which on the window's thread froze the export dialog, its progress and its
 * Cancel. Where there is no `Worker`, or it cannot load, the deck is built here.
 */
import type { JourneyDocument } from '../../domain/model';
import type { DeckOptions, DeckPhase } from '../../exports/pptx/deck';
import { runOffThread } from '../../ui/off-thread';
import { abortError, yieldToUi } from './rasterise';

export interface DeckRequest {
  doc: JourneyDocument;
  options: Omit<DeckOptions, 'onProgress'>;
}

export interface DeckProgress {
  done: number;
  total: number;
  phase: DeckPhase;
}

/** The deck for a request, telling its progress: the one definition the worker and the fallback share. */
export async function deckFor(request: DeckRequest, onProgress: (progress: DeckProgress) => void | Promise<void>) {
  // pptxgenjs is large: loaded with the builder, only when a deck is asked for.
  const { buildDeck } = await import('../../exports/pptx/deck');
  return buildDeck(request.doc, {
    ...request.options,
    onProgress: (done, total, phase) => onProgress({ done, total, phase }),
  });
}

/** The deck's bytes, built off the window's thread; aborting `signal` stops it with an `AbortError`. */
export function buildDeckOffThread(
  request: DeckRequest,
  onProgress: (progress: DeckProgress) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return runOffThread<DeckRequest, Uint8Array, DeckProgress>({
    start: () => new Worker(new URL('./deck.worker.ts', import.meta.url), { type: 'module' }),
    request,
    // Here, the window paints between steps, and Cancel is heard there.
    here: (r, progress, s) =>
      deckFor(r, async (p) => {
        progress(p);
        await yieldToUi();
        if (s?.aborted) throw abortError();
      }),
    signal,
    onProgress,
    aborted: abortError,
  });
}
