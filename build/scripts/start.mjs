/**
 * `npm start`: build everything, then run Waymark in Electron. Where the
 * Electron binary is missing and cannot be downloaded (offline machines, CI
 * images), serve the built app to the browser instead (electron/web/serve.ts,
 * which also hosts live sessions), and say so once.
 *
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips the download attempt.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const isWindows = process.platform === 'win32';

function runBuild() {
  const result = spawnSync(isWindows ? 'npm.cmd' : 'npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: isWindows,
  });
  if (result.status !== 0) {
    console.error('The build failed (see the messages above), so Waymark was not started.');
    process.exit(result.status ?? 1);
  }
}

/** The Electron executable when it is installed (or installable); otherwise null. */
function locateElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') {
    // Only use a binary that is already there; never start a download.
    const dir = path.join(root, 'node_modules', 'electron');
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  }
  // The electron package exports its binary path and downloads the binary
  // first when it is missing. Ask it in a child process so the download's
  // progress and stack traces do not bury the one sentence we print instead.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60_000,
  });
  // The package logs "Downloading Electron binary..." before the path when it downloads.
  const binary = probe.status === 0 ? (probe.stdout.trim().split('\n').pop() ?? '').trim() : '';
  return binary !== '' && existsSync(binary) ? binary : null;
}

async function serveInBrowser() {
  const why =
    process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1'
      ? 'its binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips the download'
      : 'its binary is not installed and could not be downloaded';
  console.log(
    `Electron could not be started on this machine (${why}), so Waymark is being served for your browser instead.`,
  );
  // The same Node code the desktop app runs: serves dist/renderer on 127.0.0.1 and hosts live sessions.
  const require = createRequire(import.meta.url);
  const { startWebServer } = require(path.join(root, 'dist-electron', 'web', 'serve.cjs'));
  const server = await startWebServer({
    rootDir: path.join(root, 'dist', 'renderer'),
    port: 4173,
    resumeDir: path.join(root, 'node_modules', '.cache', 'waymark-live'),
  });
  console.log(`Open Waymark at ${server.url} (press Ctrl+C to stop).`);
  const stop = () => void server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runBuild();
const electron = locateElectron();
if (electron === null) {
  await serveInBrowser();
} else {
  const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', async (error) => {
    console.error(`Electron failed to start (${error.message}).`);
    await serveInBrowser();
  });
}
