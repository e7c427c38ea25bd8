/**
 * Atomic file replacement: write a temp file beside the target, flush it to
 * disk, then rename it over the target. A reader (or a crash) sees the old
 * bytes or the new bytes, never half a file. Any failure removes the temp
 * file and leaves an existing target untouched.
 */
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

export interface AtomicFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The slice of `node:fs/promises` this module uses; tests inject failures. */
export interface AtomicFs {
  open(filePath: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  stat(filePath: string): Promise<{ mode: number }>;
}

export type AtomicWriteStep = 'open' | 'write' | 'fsync' | 'close' | 'rename';

export type AtomicWriteResult = { ok: true } | { ok: false; step: AtomicWriteStep; message: string };

const defaultFs: AtomicFs = nodeFs;

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Name of the temp file: hidden, in the target's folder, unique. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
}

export async function atomicWrite(
  target: string,
  bytes: Uint8Array,
  fs: AtomicFs = defaultFs,
): Promise<AtomicWriteResult> {
  const temp = tempPathFor(target);
  // Keep the permissions of a file we replace; new files get the usual 0o666 minus umask.
  let mode = 0o666;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch {
    // No existing target: default mode.
  }

  let handle: AtomicFileHandle;
  try {
    // 'wx': never follow or reuse an existing path for the temp file.
    handle = await fs.open(temp, 'wx', mode);
  } catch (error) {
    return { ok: false, step: 'open', message: describe(error) };
  }

  let step: AtomicWriteStep = 'write';
  try {
    await handle.writeFile(bytes);
    step = 'fsync';
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    return { ok: false, step, message: describe(error) };
  }

  try {
    await handle.close();
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return { ok: false, step: 'close', message: describe(error) };
  }

  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return { ok: false, step: 'rename', message: describe(error) };
  }

  await syncDirectory(path.dirname(target), fs);
  return { ok: true };
}

/**
 * Flush the folder entry so the rename itself survives a power cut. Windows
 * cannot open folders this way; that is fine, NTFS journals the rename.
 */
async function syncDirectory(dir: string, fs: AtomicFs): Promise<void> {
  let handle: AtomicFileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
