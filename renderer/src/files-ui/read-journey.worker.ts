/**
 * The Web Worker that reads a `.journey`: the same `readJourneyFile` the
 * tests call, run off the window's thread so a large file neither freezes
 * drawing nor blocks a Cancel click (cancelling terminates this worker).
 */
import { readJourneyFile, type ReadProgress, type ReadResult } from '../files';

export type ReadWorkerRequest = { bytes: Uint8Array };
export type ReadWorkerReply =
  { kind: 'ready' } | { kind: 'progress'; progress: ReadProgress } | { kind: 'done'; result: ReadResult };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadWorkerRequest>) => void) | null;
  postMessage(message: ReadWorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void readJourneyFile(event.data.bytes, {
    onProgress: (progress) => scope.postMessage({ kind: 'progress', progress }),
  }).then((result) => {
    // Photo bytes move to the window instead of being copied.
    const read = result.ok ? result : result.salvaged;
    const transfer = read ? read.assets.map((a) => a.bytes.buffer as ArrayBuffer) : [];
    scope.postMessage({ kind: 'done', result }, [...new Set(transfer)]);
  });
};
// Loaded: the window may now hand over the bytes.
scope.postMessage({ kind: 'ready' });
