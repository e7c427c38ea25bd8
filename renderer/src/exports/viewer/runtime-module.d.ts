/** `import runtime from './runtime/main.ts?viewer-runtime'`: the compiled viewer script (build/scripts/viewer-runtime.mjs). */
declare module '*?viewer-runtime' {
  const runtime: {
    /** The minified script, embedded verbatim in the viewer's inline `<script>`. */
    code: string;
    /** Base64 SHA-256 of `code`, for the viewer's CSP. */
    sha256: string;
  };
  export default runtime;
}
