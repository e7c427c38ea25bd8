/**
 * The checks `npm test` runs before the tests: typecheck, ESLint, Prettier,
 * the folder import rule, the Electronegativity scan and the build. They are
 * independent of each other, so they run side by side, as many at once as
 * the machine has cores, longest first; each one's output is printed whole
 * when it ends, under its name. Every check runs even when one fails, so a
 * run reports all the failures at once; the exit code is 1 if any failed.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
// npm scripts of package.json, the longest first (seconds on a 2-core machine: 40, 21, 21, 9, 8, 4).
const CHECKS = ['typecheck', 'lint:eslint', 'lint:format', 'build', 'security', 'deps'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs one npm script; resolves with its combined output, exit code and seconds. */
function run(script) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      cwd: root,
      shell: process.platform === 'win32',
    });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    const done = (code) =>
      resolve({
        script,
        code,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const queue = [...CHECKS];
const failed = [];
const slots = Math.max(1, Math.min(CHECKS.length, os.availableParallelism()));
console.log(`Checks (${slots} at a time): ${CHECKS.join(', ')}`);
await Promise.all(
  Array.from({ length: slots }, async () => {
    for (let script = queue.shift(); script !== undefined; script = queue.shift()) {
      const result = await run(script);
      const verdict = result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`;
      console.log(`\n── ${script}: ${verdict} in ${result.seconds.toFixed(1)} s`);
      if (result.output.trim())
        process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
      if (result.code !== 0) failed.push(script);
    }
  }),
);
if (failed.length > 0) {
  console.error(`\nChecks failed: ${failed.join(', ')}.`);
  process.exit(1);
}
console.log('\nAll checks passed.');
