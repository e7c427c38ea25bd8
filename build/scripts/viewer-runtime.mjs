/**
 * The journey viewer's runtime script (renderer/src/exports/viewer/runtime/)
 * is browser TypeScript that never runs in the app: the viewer export embeds
 * it, as text, inline in the .html file it writes. This module compiles it
 * into that text at build time, so the renderer imports a finished string:
 *
 *   import runtime from './runtime/main.ts?viewer-runtime';
 *   // runtime.code: minified IIFE; runtime.sha256: base64 SHA-256 of exactly that text
 *
 * Why this way: one esbuild call (esbuild is already here for the Electron
 * bundles) gives a self-contained script with no loader; the same function
 * serves Vite (the app build), Vitest (unit and e2e tests import the builder)
 * and the benchmark's esbuild bundle, so every consumer embeds the same
 * bytes, and the CSP hash is computed next to the code it describes.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';

export const VIEWER_RUNTIME_QUERY = '?viewer-runtime';

/** Compiles the runtime entry; returns the script text, its CSP hash and the files it read. */
export async function compileViewerRuntime(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text.trim();
  const sha256 = createHash('sha256').update(code, 'utf8').digest('base64');
  const inputs = Object.keys(result.metafile.inputs).map((f) => path.resolve(f));
  return { code, sha256, inputs };
}

function moduleSource({ code, sha256 }) {
  return `export default ${JSON.stringify({ code, sha256 })};`;
}

function entryOf(id) {
  return id.slice(0, -VIEWER_RUNTIME_QUERY.length);
}

/** Vite (and Vitest) plugin: `import x from './main.ts?viewer-runtime'`. */
export function viewerRuntimeVitePlugin() {
  return {
    name: 'waymark-viewer-runtime',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(VIEWER_RUNTIME_QUERY) || !importer) return null;
      return path.resolve(path.dirname(importer), entryOf(source)) + VIEWER_RUNTIME_QUERY;
    },
    async load(id) {
      if (!id.endsWith(VIEWER_RUNTIME_QUERY)) return null;
      const compiled = await compileViewerRuntime(entryOf(id));
      for (const file of compiled.inputs) this.addWatchFile(file);
      return moduleSource(compiled);
    },
  };
}

/** esbuild plugin, for bundles made without Vite (the benchmark). */
export function viewerRuntimeEsbuildPlugin() {
  return {
    name: 'waymark-viewer-runtime',
    setup(b) {
      b.onResolve({ filter: /\?viewer-runtime$/ }, (args) => ({
        path: path.resolve(args.resolveDir, entryOf(args.path)),
        namespace: 'viewer-runtime',
      }));
      b.onLoad({ filter: /.*/, namespace: 'viewer-runtime' }, async (args) => {
        const compiled = await compileViewerRuntime(args.path);
        return { contents: moduleSource(compiled), loader: 'js', watchFiles: compiled.inputs };
      });
    },
  };
}
