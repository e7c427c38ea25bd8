import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built renderer the e2e tests serve; WAYMARK_RENDERER_DIST points elsewhere (e.g. a private build). */
export const RENDERER_DIST = process.env.WAYMARK_RENDERER_DIST
  ? path.resolve(process.env.WAYMARK_RENDERER_DIST)
  : path.join(ROOT, 'dist', 'renderer');
export const SEEDS_DIR = path.join(ROOT, '..', 'shared', 'seeds');

/** Chromium for tests: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * The Electron binary for end-to-end tests in the real app: used when
 * WAYMARK_E2E=electron and the binary is already installed (never triggers a
 * download). By default the tests run in Chromium with the real main-process
 * handlers, so `npm test` behaves the same whether or not `npm start` has
 * fetched Electron on this machine.
 */
export function electronBinaryPath(): string | null {
  if (process.env.WAYMARK_E2E !== 'electron') return null;
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A sentence from a seed article, by script. */
export function seedLine(lang: 'ta' | 'hy' | 'te' | 'ml', index = 0): string {
  const file = {
    ta: 'ta-customer-experience-management.txt',
    hy: 'hy-loyalty-six-questions.txt',
    te: 'te-customer-loyalty-3.0.txt',
    ml: 'ml-delighted-customer-15-facts.txt',
  }[lang];
  const lines = readFileSync(path.join(SEEDS_DIR, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 8 && l.length < 90 && !/[A-Za-z]{3}/.test(l));
  return lines[index % lines.length]!;
}
