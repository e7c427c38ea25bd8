/**
 * The recent-files list: a small JSON file in userData, written atomically,
 * newest first, capped. It is also the allowlist for `openRecent`: the
 * renderer may only reopen a path that main itself put here.
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../common/contract';
import { atomicWrite, type AtomicFs } from './atomic-write';

export const MAX_RECENT_FILES = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

const StoredRecentSchema = z.object({
  format: z.literal('waymark-recent-files'),
  version: z.literal(1),
  files: z.array(
    z.object({
      name: z.string().min(1).max(255),
      path: z.string().min(1).max(4096),
      openedAt: z.number().finite(),
    }),
  ),
});

export interface RecentFilesFs extends AtomicFs {
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
}

export interface RecentFilesStore {
  list(): Promise<RecentFile[]>;
  /** True when `filePath` is in the list (exact path match). */
  has(filePath: string): Promise<boolean>;
  /** Moves (or adds) a file to the top of the list. */
  add(filePath: string): Promise<RecentFile[]>;
  remove(filePath: string): Promise<RecentFile[]>;
  clear(): Promise<void>;
  /** Called after every change with the new list; returns an unsubscribe. */
  onChange(listener: (files: RecentFile[]) => void): () => void;
}

export interface RecentFilesOptions {
  userDataDir: string;
  now: () => number;
  fs?: RecentFilesFs;
  log?: (message: string) => void;
}

export function createRecentFilesStore(options: RecentFilesOptions): RecentFilesStore {
  const fs: RecentFilesFs = options.fs ?? nodeFs;
  const log = options.log ?? ((m: string) => console.warn(m));
  const file = path.join(options.userDataDir, RECENT_FILES_NAME);
  const listeners = new Set<(files: RecentFile[]) => void>();
  let cache: RecentFile[] | null = null;
  // Every change runs after the previous one, so two quick opens cannot lose an entry.
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<RecentFile[]> {
    if (cache !== null) return cache;
    try {
      const parsed = StoredRecentSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      cache = parsed.success ? parsed.data.files.slice(0, MAX_RECENT_FILES) : [];
      if (!parsed.success) log(`Ignored a damaged recent-files list at ${file}.`);
    } catch {
      cache = [];
    }
    return cache;
  }

  async function save(files: RecentFile[]): Promise<RecentFile[]> {
    cache = files;
    const body = JSON.stringify({ format: 'waymark-recent-files', version: 1, files }, null, 2);
    await fs.mkdir(options.userDataDir, { recursive: true }).catch(() => undefined);
    const result = await atomicWrite(file, new TextEncoder().encode(body), fs);
    if (!result.ok) log(`Could not save the recent-files list (${result.step}: ${result.message}).`);
    for (const listener of listeners) listener(files);
    return files;
  }

  function change(update: (files: RecentFile[]) => RecentFile[]): Promise<RecentFile[]> {
    const next = queue.then(async () => {
      const current = await load();
      const updated = update(current);
      const unchanged =
        updated.length === current.length &&
        updated.every((f, i) => f.path === current[i]?.path && f.openedAt === current[i]?.openedAt);
      return unchanged ? current : save(updated);
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    list: async () => {
      await queue;
      return [...(await load())];
    },
    has: async (filePath) => {
      await queue;
      return (await load()).some((f) => f.path === filePath);
    },
    add: (filePath) =>
      change((files) =>
        [
          { name: path.basename(filePath), path: filePath, openedAt: options.now() },
          ...files.filter((f) => f.path !== filePath),
        ].slice(0, MAX_RECENT_FILES),
      ),
    remove: (filePath) => change((files) => files.filter((f) => f.path !== filePath)),
    clear: async () => {
      await change(() => []);
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
