/**
 * Reads a `.journey` in a Web Worker (read-journey.worker.ts), reporting
 * progress and cancellable; where there is no `Worker` (unit tests in Node)
 * the same `readJourneyFile` runs in place.
 */
import { readJourneyFile, type ReadProgress, type ReadResult } from '../files';
import type { ReadWorkerReply, ReadWorkerRequest } from './read-journey.worker';

export type ReadOutcome = ReadResult | { ok: false; cancelled: true };

export interface ReadTask {
  /** Settles once: with the read's result, or `cancelled` after `cancel()`. */
  result: Promise<ReadOutcome>;
  /** Stops the read at once (the worker is terminated); nothing was stored. */
  cancel(): void;
}

const WORKER_FAILED: ReadResult = {
  ok: false,
  error: {
    code: 'invalid-file',
    message: 'Waymark could not start reading this file; please try again, and restart Waymark if it keeps happening.',
  },
};

/** `bytes` is handed to the worker (transferred): do not use it afterwards. */
export function readJourneyFileInWorker(
  bytes: Uint8Array,
  onProgress: (progress: ReadProgress) => void = () => undefined,
): ReadTask {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    const result = readJourneyFile(bytes, { onProgress }).then((r): ReadOutcome =>
      cancelled ? { ok: false, cancelled: true } : r,
    );
    return { result, cancel: () => void (cancelled = true) };
  }

  const worker = new Worker(new URL('./read-journey.worker.ts', import.meta.url), { type: 'module' });
  let settle!: (outcome: ReadOutcome) => void;
  const result = new Promise<ReadOutcome>((resolve) => {
    settle = (outcome) => {
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<ReadWorkerReply>) => {
    if (event.data.kind === 'progress') onProgress(event.data.progress);
    else settle(event.data.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(WORKER_FAILED);
  };
  worker.onmessageerror = () => settle(WORKER_FAILED);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const request: ReadWorkerRequest = { bytes };
  worker.postMessage(request, whole ? [bytes.buffer as ArrayBuffer] : []);
  return { result, cancel: () => settle({ ok: false, cancelled: true }) };
}
