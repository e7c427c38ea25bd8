import { RENDERER_DIST } from './paths';
import { serveDirectory, type Served } from './serve-directory';

/**
 * Serves the built renderer on 127.0.0.1 with the app's strict CSP, as the
 * custom protocol does in Electron; without `csp`, as a plain static host
 * would serve the web build (its index.html then carries the policy alone).
 */
export function startStaticServer(csp?: string): Promise<Served> {
  return serveDirectory(RENDERER_DIST, csp === undefined ? {} : { csp });
}
