/** Production builds of the two pages the benchmark compares, with Vite's build API. */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Waymark's renderer, built with build/vite.config.ts into `outDir` (dist/ is left alone; no source maps). */
export async function buildApp(root: string, outDir: string): Promise<void> {
  try {
    await build({
      configFile: path.join(root, 'build', 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, sourcemap: false, minify: process.env.BENCH_NO_MINIFY ? false : 'esbuild' },
    });
  } catch (error) {
    throw new BuildError('Waymark renderer', error);
  }
}

/** A page did not build: names the page and keeps the bundler's first message. */
export class BuildError extends Error {
  constructor(page: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const first = detail.split('\n').find((l) => l.trim() && !/^Build failed/.test(l)) ?? detail;
    super(`The ${page} did not build (${first.trim()}); fix the build, or run with --no-build to reuse the last one.`);
    this.name = 'BuildError';
  }
}

/** The bare React Flow page (tests/bench/bare), production mode. */
export async function buildBare(root: string, outDir: string): Promise<void> {
  try {
    await build({
      configFile: false,
      root: path.join(root, 'tests', 'bench', 'bare'),
      base: './',
      mode: 'production',
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
  } catch (error) {
    throw new BuildError('bare React Flow page', error);
  }
}
