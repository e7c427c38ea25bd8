/**
 * `npm run team-server [-- --port 4480] [--host 0.0.0.0] [--token-file FILE] [--viewer-token-file FILE] [--data DIR]`
 *
 * The team token comes from --token-file, else the TOKEN variable, else the
 * data folder's `team-token` file, else a new one is made and kept there
 * (readable by you only). VIEWER_TOKEN / --viewer-token-file add a read-only
 * token. REDIS_URL lets several instances serve the same documents; --trust-proxy
 * (behind a load balancer that sets X-Forwarded-For) throttles by the client's address.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lanInterfaces } from './interfaces';
import { DEFAULT_TEAM_PORT, startTeamServer } from './team-server';

const root = path.resolve(__dirname, '..', '..');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv: string[]): Map<string, string> {
  const known = new Set(['--port', '--host', '--token-file', '--viewer-token-file', '--data', '--trust-proxy']);
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const [name, inline] = (argv[i] ?? '').split('=', 2) as [string, string | undefined];
    if (!known.has(name)) fail(`Unknown option ${name}; the options are ${[...known].join(', ')}.`);
    if (name === '--trust-proxy') {
      args.set(name, 'yes');
      continue;
    }
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '') fail(`${name} needs a value.`);
    args.set(name, value);
  }
  return args;
}

const readToken = (file: string) => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    return fail(
      `The token file ${file} could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = path.resolve(args.get('--data') ?? path.join(root, 'team-data'));
  mkdirSync(dataDir, { recursive: true });
  const port = Number(args.get('--port') ?? process.env.PORT ?? DEFAULT_TEAM_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) fail('--port must be a port number (0 to 65535).');

  const keptToken = path.join(dataDir, 'team-token');
  let editor = args.has('--token-file') ? readToken(args.get('--token-file') ?? '') : (process.env.TOKEN ?? '');
  if (editor === '') {
    if (existsSync(keptToken)) editor = readToken(keptToken);
    else {
      editor = randomBytes(32).toString('base64url');
      writeFileSync(keptToken, `${editor}\n`, { mode: 0o600 });
      console.log(`A new team token was made and kept in ${keptToken}.`);
    }
  }
  const viewerFile = args.get('--viewer-token-file');
  const viewer = viewerFile !== undefined ? readToken(viewerFile) : process.env.VIEWER_TOKEN;

  const staticDir = path.join(root, 'dist', 'renderer');
  const server = await startTeamServer({
    port,
    listenHost: args.get('--host') ?? '0.0.0.0',
    tokens: { editor, ...(viewer !== undefined && viewer !== '' ? { viewer } : {}) },
    dataDir,
    staticDir: existsSync(staticDir) ? staticDir : null,
    ...(process.env.REDIS_URL !== undefined ? { redisUrl: process.env.REDIS_URL } : {}),
    trustProxy: args.has('--trust-proxy'),
    log: (message) => console.log(message),
  }).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

  const addresses = lanInterfaces().map((i) => `ws://${i.address}:${server.port}/live`);
  console.log(`Waymark team server: ${addresses.join(', ')} (press Ctrl+C to stop).`);
  const stop = () => void server.end().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
