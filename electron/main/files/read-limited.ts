/**
 * Reads a file the user picked, refusing anything larger than a limit before
 * a single byte is read (stat first), so a huge file cannot exhaust memory.
 */
import * as nodeFs from 'node:fs/promises';

export interface ReadFs {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export type ReadLimitedResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'not-found' | 'not-a-file' | 'too-large' | 'read-failed'; message: string };

const defaultFs: ReadFs = nodeFs;

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

export async function readFileLimited(
  filePath: string,
  maxBytes: number,
  fs: ReadFs = defaultFs,
): Promise<ReadLimitedResult> {
  let size: number;
  try {
    const info = await fs.stat(filePath);
    if (!info.isFile()) return { ok: false, reason: 'not-a-file', message: 'it is a folder, not a file.' };
    size = info.size;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return {
        ok: false,
        reason: 'not-found',
        message: 'the file no longer exists; it may have been moved or deleted.',
      };
    }
    return {
      ok: false,
      reason: 'read-failed',
      message: `the file could not be read (${code ?? 'unknown error'}); check that you may read it and try again.`,
    };
  }
  if (size > maxBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `the file is ${formatBytes(size, 'up')}, larger than the ${formatBytes(maxBytes)} Waymark can open.`,
    };
  }
  try {
    const bytes = await fs.readFile(filePath);
    // The file may have grown between stat and read.
    if (bytes.byteLength > maxBytes) {
      return {
        ok: false,
        reason: 'too-large',
        message: `the file is larger than the ${formatBytes(maxBytes)} Waymark can open.`,
      };
    }
    return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    return {
      ok: false,
      reason: 'read-failed',
      message: `the file could not be read (${errorCode(error) ?? 'unknown error'}); check that you may read it and try again.`,
    };
  }
}
