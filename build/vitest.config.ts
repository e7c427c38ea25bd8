import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { viewerRuntimeVitePlugin } from './scripts/viewer-runtime.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Vitest's default keeps one core for itself, which is one worker on a 2-core CI machine; the unit
// files spend much of their time importing modules, so two workers there take 4.7 min instead of 7.9.
const unitWorkers = Math.max(2, os.availableParallelism() - 1);

export default defineConfig({
  test: {
    root,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        // Unit and e2e tests import the viewer builder, which embeds the compiled viewer script.
        plugins: [viewerRuntimeVitePlugin()],
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/support/setup-unit.ts'],
          maxWorkers: unitWorkers,
          // Two files at a time share the cores, and a few tests build whole reports or viewers in 3–4 s
          // alone: 20 s still stops a hung test, without failing a slow machine.
          testTimeout: 20_000,
        },
      },
      {
        plugins: [viewerRuntimeVitePlugin()],
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/support/e2e-global-setup.ts'],
        },
      },
    ],
  },
});
