/**
 * Files the OS asks us to open may arrive before the window exists (macOS
 * `open-file` fires before `ready`; argv is known at start-up) or while the
 * renderer is still loading. They wait here until the renderer is ready,
 * then each is read (with the size limit) and delivered once, in order.
 */
import path from 'node:path';
import type { IpcResult, OpenedFile } from '../../common/contract';
import { isOpenablePath } from '../ipc/file-actions';

export interface OpenQueueDeps {
  /** Reads a path main trusts (it came from the OS, not the renderer). */
  read(filePath: string): Promise<IpcResult<OpenedFile>>;
  /** Sends the `openFile` event to the renderer. */
  deliver(file: OpenedFile): void;
  /** Tells the user a file could not be opened (one sentence). */
  report(message: string): void;
}

export interface OpenQueue {
  /**
   * Adds paths; delivered now when the renderer is ready, else later. Only
   * `.journey` and `.csv` files are taken; any other path (macOS may hand us
   * whatever was dropped on the Dock icon) is reported and never read.
   */
  push(...paths: string[]): void;
  /** The renderer finished loading: deliver everything waiting. */
  markReady(): Promise<void>;
  /** The renderer is reloading or gone: hold new paths again. */
  markNotReady(): void;
  /** Paths still waiting (for tests and diagnostics). */
  pending(): readonly string[];
  /** Resolves when all deliveries started so far have finished. */
  idle(): Promise<void>;
}

export function createOpenQueue(deps: OpenQueueDeps): OpenQueue {
  const waiting: string[] = [];
  let ready = false;
  let chain: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    const batch = waiting.splice(0, waiting.length);
    chain = chain.then(async () => {
      for (const filePath of batch) {
        const result = await deps.read(filePath).catch((): IpcResult<OpenedFile> => ({
          ok: false,
          error: { code: 'read-failed', message: `${filePath} could not be opened; please try again.` },
        }));
        if (result.ok) deps.deliver(result.value);
        else deps.report(result.error.message);
      }
    });
    return chain;
  };

  return {
    push: (...paths) => {
      for (const p of paths) {
        if (!isOpenablePath(p)) {
          deps.report(`${path.basename(p)} was not opened: Waymark opens only .journey files and .csv spreadsheets.`);
        } else if (!waiting.includes(p)) {
          waiting.push(p);
        }
      }
      if (ready) void flush();
    },
    markReady: () => {
      ready = true;
      return flush();
    },
    markNotReady: () => {
      ready = false;
    },
    pending: () => [...waiting],
    idle: () => chain,
  };
}
