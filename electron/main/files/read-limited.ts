/**
 * Reads a file the user picked through one open handle: its size is checked
 * on that handle before a byte is read, and the read itself stops one byte
 * past the limit, so neither a huge file nor one that grows after the check
 * (or is swapped for another between a check and a read) can exhaust memory.
 */
import * as nodeFs from 'node:fs/promises';

/** The part of Node's `FileHandle` the reader uses. */
export interface ReadHandle {
  stat(): Promise<{ size: number; isFile(): boolean }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

export interface ReadFs {
  open(filePath: string, flags: 'r'): Promise<ReadHandle>;
}

export type ReadLimitedResult =
  | { ok: true; bytes: Uint8Array }
  | {
      ok: false;
      reason: 'not-found' | 'not-a-file' | 'too-large' | 'read-failed';
      message: string;
      /** The file's size in bytes (too large), or that it grew past the limit while being read. */
      size?: number;
      grew?: true;
      /** The system's error code (read-failed), e.g. EACCES. */
      errno?: string;
    };

const defaultFs: ReadFs = nodeFs;

/** Bytes asked for per read once a file turns out longer than its size said. */
const GROWTH_STEP = 1024 * 1024;

/**
 * "64 MB" style sizes for messages. `round: 'up'` never shows a size over a
 * limit as equal to it ("64.1 MB", not "64 MB", for 64 MB and one byte).
 */
export function formatBytes(bytes: number, round: 'nearest' | 'up' = 'nearest'): string {
  const fn = round === 'up' ? Math.ceil : Math.round;
  const fmt = (value: number) => String(fn(value * 10) / 10);
  if (bytes >= 1024 * 1024) return `${fmt(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${fmt(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function readFailed(error: unknown): ReadLimitedResult {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { ok: false, reason: 'not-found', message: 'the file no longer exists; it may have been moved or deleted.' };
  }
  if (code === 'EISDIR') return { ok: false, reason: 'not-a-file', message: 'it is a folder, not a file.' };
  return {
    ok: false,
    reason: 'read-failed',
    message: `the file could not be read (${code ?? 'unknown error'}); check that you may read it and try again.`,
    ...(code !== undefined ? { errno: code } : {}),
  };
}

/**
 * Reads from `handle` until the end of the file, keeping at most
 * `maxBytes + 1` bytes: the caller knows the file is over the limit when it
 * gets more than `maxBytes`. `expected` (the size the handle reported) sizes
 * the first buffer, so a file that does not change is read with no copy.
 */
async function readCapped(handle: ReadHandle, expected: number, maxBytes: number): Promise<Uint8Array> {
  let buffer = new Uint8Array(Math.min(expected, maxBytes + 1));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) break;
      // Full: ask whether there is more (the file grew) before making room for it.
      const probe = new Uint8Array(1);
      if ((await handle.read(probe, 0, 1, total)).bytesRead === 0) break;
      const grown = new Uint8Array(Math.min(maxBytes + 1, total + 1 + GROWTH_STEP));
      grown.set(buffer);
      grown[total] = probe[0]!;
      buffer = grown;
      total += 1;
      continue;
    }
    const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return total === buffer.length ? buffer : buffer.subarray(0, total);
}

export async function readFileLimited(
  filePath: string,
  maxBytes: number,
  fs: ReadFs = defaultFs,
): Promise<ReadLimitedResult> {
  let handle: ReadHandle;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (error) {
    return readFailed(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'not-a-file', message: 'it is a folder, not a file.' };
    if (info.size > maxBytes) {
      return {
        ok: false,
        reason: 'too-large',
        message: `the file is ${formatBytes(info.size, 'up')}, larger than the ${formatBytes(maxBytes)} Waymark can open.`,
        size: info.size,
      };
    }
    const bytes = await readCapped(handle, info.size, maxBytes);
    if (bytes.byteLength > maxBytes) {
      return {
        ok: false,
        reason: 'too-large',
        message: `the file grew past the ${formatBytes(maxBytes)} Waymark can open while it was being read; wait until it is complete and open it again.`,
        grew: true,
      };
    }
    return { ok: true, bytes };
  } catch (error) {
    return readFailed(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
