import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { withCspMeta } from '../electron/main/security/csp.ts';
import { viewerRuntimeVitePlugin } from './scripts/viewer-runtime.mjs';

const root = fileURLToPath(new URL('../renderer', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/**
 * The built index.html carries the app's CSP (one definition, in
 * electron/main/security/csp.ts) as a meta tag, so the web build is as locked
 * down as the desktop app. Only for builds: the dev server injects scripts.
 */
const cspMeta: Plugin = {
  name: 'waymark-csp-meta',
  apply: 'build',
  transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html) },
};

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMeta, viewerRuntimeVitePlugin()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', strictPort: false },
  preview: { host: '127.0.0.1' },
});
