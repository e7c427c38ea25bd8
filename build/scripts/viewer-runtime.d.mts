/** Types of viewer-runtime.mjs (see there). */
import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';

export declare const VIEWER_RUNTIME_QUERY: '?viewer-runtime';
export declare function compileViewerRuntime(
  entry: string,
): Promise<{ code: string; sha256: string; inputs: string[] }>;
export declare function viewerRuntimeVitePlugin(): VitePlugin;
export declare function viewerRuntimeEsbuildPlugin(): EsbuildPlugin;
