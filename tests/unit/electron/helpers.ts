/** Shared fixtures for the Electron main-process unit tests. */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SenderInfo } from '../../../electron/main/ipc/sender';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SEEDS = path.join(ROOT, '..', 'shared', 'seeds');

/** The first non-empty line of each seed article: real Tamil, Armenian, Telugu and Malayalam text. */
export const SEED_TITLES = {
  ta: firstLine('ta-customer-experience-management.txt'),
  hy: firstLine('hy-loyalty-six-questions.txt'),
  te: firstLine('te-customer-loyalty-3.0.txt'),
  ml: firstLine('ml-delighted-customer-15-facts.txt'),
} as const;

export function seedText(file: string): string {
  return readFileSync(path.join(SEEDS, file), 'utf8');
}

function firstLine(file: string): string {
  const line = seedText(file)
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (line === undefined) throw new Error(`Seed ${file} is empty.`);
  return line;
}

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
