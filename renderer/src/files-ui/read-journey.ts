/**
 * Reads a `.journey` in a Web Worker (read-journey.worker.ts), reporting
 * progress and cancellable. Where there is no `Worker` (unit tests in Node),
 * or the worker fails to load, the same `readJourneyFile` runs in place: the
 * bytes are handed to the worker only once it says it is ready, so they are
 * still here for that.
 */
import { readJourneyFile, type ReadProgress, type ReadResult } from '../files';
import type { ReadWorkerReply, ReadWorkerRequest } from './read-journey.worker';
import { i18n } from '../i18n';

export type ReadOutcome = ReadResult | { ok: false; cancelled: true };

export interface ReadTask {
  /** Settles once: with the read's result, or `cancelled` after `cancel()`. */
  result: Promise<ReadOutcome>;
  /** Stops the read at once (the worker is terminated); nothing was stored. */
  cancel(): void;
}

/** Made when it happens, so the sentence is in the interface language of that moment. */
const workerFailed = (): ReadResult => ({
  ok: false,
  error: { code: 'invalid-file', message: i18n.t('files.workerFailed') },
});

function readInPlace(bytes: Uint8Array, onProgress: (progress: ReadProgress) => void): ReadTask {
  let cancelled = false;
  const result = readJourneyFile(bytes, { onProgress }).then((r): ReadOutcome =>
    cancelled ? { ok: false, cancelled: true } : r,
  );
  return { result, cancel: () => void (cancelled = true) };
}

/** Once the worker is ready, `bytes` is handed to it (transferred): do not use it afterwards. */
export function readJourneyFileInWorker(
  bytes: Uint8Array,
  onProgress: (progress: ReadProgress) => void = () => undefined,
): ReadTask {
  if (typeof Worker === 'undefined') return readInPlace(bytes, onProgress);

  const worker = new Worker(new URL('./read-journey.worker.ts', import.meta.url), { type: 'module' });
  let settle!: (outcome: ReadOutcome) => void;
  const result = new Promise<ReadOutcome>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
    };
  });
  let handedOver = false;
  let inPlace: ReadTask | null = null;
  worker.onmessage = (event: MessageEvent<ReadWorkerReply>) => {
    const reply = event.data;
    if (reply.kind === 'ready') {
      handedOver = true;
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const request: ReadWorkerRequest = { bytes };
      worker.postMessage(request, whole ? [bytes.buffer as ArrayBuffer] : []);
    } else if (reply.kind === 'progress') {
      onProgress(reply.progress);
    } else {
      settle(reply.result);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (handedOver) return settle(workerFailed());
    // The worker could not load: read here instead; the bytes are still ours.
    worker.terminate();
    inPlace = readInPlace(bytes, onProgress);
    void inPlace.result.then(settle);
  };
  worker.onmessageerror = () => settle(workerFailed());
  return {
    result,
    cancel: () => {
      inPlace?.cancel();
      settle({ ok: false, cancelled: true });
    },
  };
}
