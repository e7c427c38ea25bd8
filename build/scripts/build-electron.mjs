/**
 * Bundles Electron main and preload (and two Node programs: the web
 * fallback's server, electron/web/serve.ts, and the team server,
 * electron/live/team-server-main.ts) into CommonJS under dist-electron/.
 *
 * Why esbuild: it is tiny, already installed as Vite's dependency, and does
 * exactly this job (TypeScript → one CJS file per entry) without a framework
 * or a second config system. CommonJS because the sandboxed preload cannot
 * use ESM imports, and main follows suit so `__dirname` works the same way.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

try {
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/main/index.ts')],
      outfile: path.join(root, 'dist-electron/main/index.cjs'),
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/preload/index.ts')],
      outfile: path.join(root, 'dist-electron/preload/index.cjs'),
      // The preload runs on every page load; zod comes along with the contract.
      minify: true,
    }),
    // `npm start` without Electron: serves the app and hosts live sessions (build/scripts/start.mjs).
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/web/serve.ts')],
      outfile: path.join(root, 'dist-electron/web/serve.cjs'),
      // Prints the fallback's PDFs in this machine's Chromium (a dev dependency): loaded from node_modules
      // when the first PDF is asked for, never bundled.
      external: [...common.external, 'playwright-core'],
    }),
    // `npm run team-server`: the live-session server on its own for a team.
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/live/team-server-main.ts')],
      outfile: path.join(root, 'dist-electron/live/team-server.cjs'),
      // A native module (a dev dependency): loaded from node_modules at run time, never bundled.
      external: [...common.external, 'better-sqlite3'],
    }),
  ]);
} catch (error) {
  console.error(`The Electron bundles could not be built: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
