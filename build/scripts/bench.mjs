/**
 * `npm run bench`: the speed benchmark (tests/bench/README.md says what it
 * measures). Bundles tests/bench/run.ts with esbuild into the cache folder
 * and runs it. Informative: exits 0 whatever the figures, 1 only when the
 * benchmark itself cannot run. `--no-build` reuses the last page builds;
 * `--live` runs only the live-session figures (host in Chromium and in Node), `--poster` only the A0 poster,
 * `--open` only the opens of the 2,000-touchpoint journey (Waymark and bare), `--canvas` only Waymark's opens, pans, drags and typing, `--report` only the report PDF, `--viewer` only the interactive viewer, `--csv` only the 5,000-row CSV import and the 3,000-row table paste, `--huge` only the 20,000-touchpoint map (open and pan);
 * `--debug` prints the stack of a failure.
 */
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { viewerRuntimeEsbuildPlugin } from './viewer-runtime.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outFile = path.join(root, 'node_modules', '.cache', 'waymark-bench', 'run.mjs');

try {
  await build({
    entryPoints: [path.join(root, 'tests', 'bench', 'run.ts')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [viewerRuntimeEsbuildPlugin()],
  });
  const { runBench } = await import(pathToFileURL(outFile).href);
  await runBench({
    root,
    build: !process.argv.includes('--no-build'),
    only: process.argv.includes('--live')
      ? 'live'
      : process.argv.includes('--poster')
        ? 'poster'
        : process.argv.includes('--open')
          ? 'open'
          : process.argv.includes('--report')
            ? 'report'
            : process.argv.includes('--viewer')
              ? 'viewer'
              : process.argv.includes('--table')
                ? 'table'
                : process.argv.includes('--canvas')
                  ? 'canvas'
                  : process.argv.includes('--csv')
                    ? 'csv'
                    : process.argv.includes('--huge')
                      ? 'huge'
                      : null,
  });
} catch (error) {
  console.error(`The benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  if (process.argv.includes('--debug') && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
}
