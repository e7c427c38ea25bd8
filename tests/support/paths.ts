import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built renderer the e2e tests serve; WAYMARK_RENDERER_DIST points elsewhere (e.g. a private build). */
export const RENDERER_DIST = process.env.WAYMARK_RENDERER_DIST
  ? path.resolve(process.env.WAYMARK_RENDERER_DIST)
  : path.join(ROOT, 'dist', 'renderer');

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
