/**
 * The one live session a process hosts (main, or the web fallback's server):
 * start, end, status. Starting again for the same journey returns the running
 * session; another journey waits until this one ends.
 */
import type { LiveSessionInfo, LiveStartRequest } from '../common/live';
import { createFileResumeStore, createMemoryResumeStore } from './resume-store';
import { startLiveServer, type LiveServerHandle, type LiveServerOptions } from './server';

export interface LiveSessionsOptions {
  /** The built app participants load (dist/renderer). */
  staticDir: string | null;
  /** Where ended sessions are remembered for resuming (the app's user data); memory when null. */
  resumeDir: string | null;
  port?: number;
  listenHost?: string;
  log?: (message: string) => void;
  /** Test seams: everything else startLiveServer takes. */
  server?: Partial<Omit<LiveServerOptions, 'request'>>;
}

/** Why a start was refused, with the one sentence the app shows. */
export class LiveSessionError extends Error {
  constructor(
    readonly code: 'busy' | 'live-failed',
    message: string,
  ) {
    super(message);
    this.name = 'LiveSessionError';
  }
}

export interface LiveSessions {
  start(request: LiveStartRequest): Promise<LiveSessionInfo>;
  /** Ends the running session, if any (closing its port). */
  end(): Promise<void>;
  status(): LiveSessionInfo | null;
}

export function createLiveSessions(options: LiveSessionsOptions): LiveSessions {
  const log = options.log ?? ((message: string) => console.warn(`[live] ${message}`));
  const resumeStore =
    options.resumeDir === null ? createMemoryResumeStore() : createFileResumeStore(options.resumeDir, log);
  let current: LiveServerHandle | null = null;
  /** Starts and ends run one at a time. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    start: (request) =>
      serial(async () => {
        if (current !== null) {
          if (current.info.journeyId === request.journeyId) return current.info;
          throw new LiveSessionError(
            'busy',
            'A live session is already running for another journey; end it first, then start this one.',
          );
        }
        try {
          current = await startLiveServer({
            ...options.server,
            request,
            staticDir: options.staticDir,
            resumeStore,
            log,
            ...(options.port !== undefined ? { port: options.port } : {}),
            ...(options.listenHost !== undefined ? { listenHost: options.listenHost } : {}),
          });
        } catch (error) {
          log(`The live session could not start: ${error instanceof Error ? error.message : String(error)}`);
          throw new LiveSessionError(
            'live-failed',
            'The live session could not start because no network port could be opened; check that a firewall or another program is not blocking Waymark, then try again.',
          );
        }
        return current.info;
      }),
    end: () =>
      serial(async () => {
        const running = current;
        current = null;
        await running?.end();
      }),
    status: () => current?.info ?? null,
  };
}
