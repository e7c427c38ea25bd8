/**
 * Long work run in a Web Worker, so that seconds of building or computing (a large journey's report,
 * a deck's slides and file, an auto layout) do not freeze the window: its progress, its Cancel, every
 * setting. One job per
 * worker; aborting terminates the worker. Where there is no `Worker`, or it cannot load, the same
 * work runs on the window's thread instead. The worker side is `serveRequest`.
 */

/** What a worker posts back: progress as it goes, then its result or why it failed. */
export type WorkerReply<R, P = never> =
  { kind: 'progress'; progress: P } | { kind: 'done'; value: R } | { kind: 'failed'; message: string };

export interface OffThreadJob<Q, R, P = never> {
  /**
   * Starts the worker, written at the call site as `new Worker(new URL('./x.worker.ts',
   * import.meta.url), { type: 'module' })` so that the bundler finds and builds it.
   */
  start: () => Worker;
  request: Q;
  /** The same work on the window's thread, for where no worker can run. */
  here: (request: Q, onProgress: (progress: P) => void, signal?: AbortSignal) => Promise<R>;
  signal?: AbortSignal;
  onProgress?: (progress: P) => void;
  /** The error an abort rejects with (an `AbortError`, which the dialogs ignore). */
  aborted: () => Error;
}

/** The job's result, computed in a worker (or here, where a worker cannot run). */
export function runOffThread<Q, R, P = never>(job: OffThreadJob<Q, R, P>): Promise<R> {
  const { request, signal } = job;
  const progress = (p: P) => job.onProgress?.(p);
  const here = () => {
    if (signal?.aborted) return Promise.reject(job.aborted());
    return job.here(request, progress, signal);
  };
  if (signal?.aborted) return Promise.reject(job.aborted());
  if (typeof Worker === 'undefined') return here();
  let worker: Worker;
  try {
    worker = job.start();
  } catch {
    return here();
  }
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => finish(() => reject(job.aborted()));
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerReply<R, P>>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        if (!settled) progress(reply.progress);
        return;
      }
      finish(() => (reply.kind === 'done' ? resolve(reply.value) : reject(new Error(reply.message))));
    };
    // The worker could not load (or died): the work runs here instead, as without workers.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => here().then(resolve, reject));
    };
    worker.onmessageerror = () => finish(() => here().then(resolve, reject));
    worker.postMessage(request);
  });
}

interface WorkerScope<Q, R, P> {
  onmessage: ((event: MessageEvent<Q>) => void) | null;
  postMessage(message: WorkerReply<R, P>, transfer?: Transferable[]): void;
}

/**
 * In a worker's module: answers the request it is sent with `work`'s result (moving the buffers
 * `transfer` names instead of copying them), telling its progress on the way.
 */
export function serveRequest<Q, R, P = never>(
  work: (request: Q, progress: (progress: P) => void) => R | Promise<R>,
  transfer: (value: R) => Transferable[] = () => [],
): void {
  const scope = self as unknown as WorkerScope<Q, R, P>;
  scope.onmessage = (event) => {
    const progress = (p: P) => scope.postMessage({ kind: 'progress', progress: p });
    Promise.resolve()
      .then(() => work(event.data, progress))
      .then(
        (value) => scope.postMessage({ kind: 'done', value }, transfer(value)),
        (error: unknown) =>
          scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  };
}
