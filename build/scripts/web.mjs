/**
 * `npm run web`: the renderer in the Vite dev server on 127.0.0.1, for work
 * in a browser (hot reload; the app uses its web host: IndexedDB, downloads).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

try {
  const server = await createServer({
    configFile: path.join(root, 'build', 'vite.config.ts'),
    server: { host: '127.0.0.1' },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  console.log(`Waymark is running at ${url ?? 'the address above'} (press Ctrl+C to stop).`);
} catch (error) {
  console.error(`The development server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
