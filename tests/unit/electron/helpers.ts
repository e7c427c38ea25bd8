/** Shared fixtures for the Electron main-process unit tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SenderInfo } from '../../../electron/main/ipc/sender';
import { SEED_TITLE, seedText } from '../../fixtures/seed-text';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The first non-empty line of each seed article: real Tamil, Armenian, Telugu and Malayalam text. */
export const SEED_TITLES = {
  ta: SEED_TITLE.tamil,
  hy: SEED_TITLE.armenian,
  te: SEED_TITLE.telugu,
  ml: SEED_TITLE.malayalam,
} as const;

export { seedText };

export const APP_SENDER: SenderInfo = { frameUrl: 'app://waymark/index.html', isMainFrame: true, isAppWindow: true };

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-electron-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
