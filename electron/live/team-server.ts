/**
 * The session server on its own, for a team (`npm run team-server`): any
 * journey's document (`journey/<id>`), kept in a SQLite database in the data
 * folder (team-documents.ts, @hocuspocus/extension-sqlite), shared by everyone
 * holding the team token (editor) or the viewer token. With REDIS_URL set,
 * several instances behind a load balancer serve the same documents
 * (@hocuspocus/extension-redis). Same rules as a workshop session: tokens
 * compared in constant time, read-only viewers, message size and rate limits,
 * connection throttling, MAX_PARTICIPANTS connected people per instance.
 */
import { Redis } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import { LIVE_WS_PATH, tokenSchema } from '../common/live';
import { DEFAULT_LIVE_LIMITS, startRelay, tokenRoles, type LiveLimits } from './server';
import { openTeamDocuments } from './team-documents';

export const DEFAULT_TEAM_PORT = 4480;
/** Only journeys' documents, with ids no longer than the app's. */
export const TEAM_DOCUMENT = /^journey\/[^\s/]{1,200}$/;

export interface TeamServerOptions {
  /** 0 takes any free port. */
  port: number;
  listenHost: string;
  /** The team token (editor), and optionally a read-only one. */
  tokens: { editor: string; viewer?: string };
  /** Where documents are kept: the database `waymark.sqlite` (and the team token, by team-server-main). */
  dataDir: string;
  /** The built app to serve teammates (dist/renderer); null serves none. */
  staticDir: string | null;
  /** redis:// or rediss:// URL; several instances with the same Redis serve the same documents. */
  redisUrl?: string;
  /** Behind a load balancer that sets X-Forwarded-For: throttle by the client's address, not the balancer's. */
  trustProxy?: boolean;
  limits?: Partial<LiveLimits>;
  log?: (message: string) => void;
}

export interface TeamServer {
  port: number;
  /** Stores every open document, then closes every socket and the port. */
  end(): Promise<void>;
}

/** Why a token cannot be a team token, or null when it can. */
export function teamTokenProblem(token: string): string | null {
  return tokenSchema.safeParse(token).success
    ? null
    : 'A team token must be 40 to 64 characters of letters, digits, "-" and "_" (for example 32 random bytes in base64url).';
}

/** The Redis extension's connection settings from a redis:// or rediss:// URL. */
export function redisSettings(redisUrl: string): {
  host: string;
  port: number;
  options: { username?: string; password?: string; db?: number; tls?: object };
} {
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch {
    throw new Error('REDIS_URL is not a URL; use the form redis://[user:password@]host[:port][/db].');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error('REDIS_URL must start with redis:// or rediss://.');
  }
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  if (db !== undefined && !Number.isInteger(db)) throw new Error('The database in REDIS_URL must be a number.');
  return {
    host: url.hostname,
    port: url.port === '' ? 6379 : Number(url.port),
    options: {
      ...(url.username !== '' ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password !== '' ? { password: decodeURIComponent(url.password) } : {}),
      ...(db !== undefined ? { db } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const log = options.log ?? ((message: string) => console.warn(`[team-server] ${message}`));
  for (const token of [
    options.tokens.editor,
    ...(options.tokens.viewer !== undefined ? [options.tokens.viewer] : []),
  ]) {
    const problem = teamTokenProblem(token);
    if (problem !== null) throw new Error(problem);
  }
  if (options.tokens.viewer === options.tokens.editor)
    throw new Error('The viewer token must differ from the team token.');

  const redis =
    options.redisUrl !== undefined && options.redisUrl !== ''
      ? { ...redisSettings(options.redisUrl), prefix: 'waymark' }
      : null;
  const store = openTeamDocuments(options.dataDir, log);
  const extensions: Extension[] = [store];
  if (redis !== null) extensions.push(new Redis(redis));
  const relay = await startRelay({
    documentAllowed: (name) => TEAM_DOCUMENT.test(name),
    roleOf: tokenRoles({
      editor: options.tokens.editor,
      ...(options.tokens.viewer !== undefined ? { viewer: options.tokens.viewer } : {}),
    }),
    requireApproval: false,
    banned: new Set(),
    admitted: new Set(),
    membershipChanged: () => undefined,
    extensions,
    staticDir: options.staticDir,
    listenHost: options.listenHost,
    ports: [options.port],
    trustProxy: options.trustProxy === true,
    limits: { ...DEFAULT_LIVE_LIMITS, ...options.limits },
    now: Date.now,
    log,
  }).catch((error: unknown) => {
    store.close();
    throw error;
  });
  log(`Team server on port ${relay.port} (WebSocket path ${LIVE_WS_PATH}), documents in ${store.file}.`);
  return {
    port: relay.port,
    end: async () => {
      await relay.end();
      await store.idle();
    },
  };
}
