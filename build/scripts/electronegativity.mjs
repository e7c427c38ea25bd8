/**
 * `npm run security`: scans electron/ with Doyensec's Electronegativity and
 * fails on any finding not explained in build/electronegativity-allowlist.json.
 *
 * An allowlist entry names a check, a file (as the scanner reports it,
 * relative to electron/, or "N/A" for whole-app checks), how many findings
 * it covers, and the reason they are safe. More findings than that count
 * fail the run (a new call site needs its own review); fewer print a note so
 * the list stays tight.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const input = path.join(root, 'electron');
const allowlistPath = path.join(root, 'build', 'electronegativity-allowlist.json');

function readAllowlist() {
  const raw = JSON.parse(readFileSync(allowlistPath, 'utf8'));
  const entries = Array.isArray(raw.entries) ? raw.entries : [];
  for (const [i, e] of entries.entries()) {
    const valid =
      typeof e.check === 'string' &&
      typeof e.file === 'string' &&
      Number.isInteger(e.count) &&
      e.count > 0 &&
      typeof e.reason === 'string' &&
      e.reason.trim().length >= 20;
    if (!valid) {
      throw new Error(`Allowlist entry ${i + 1} needs "check", "file", a positive "count" and a real "reason".`);
    }
  }
  return entries;
}

async function scan() {
  const { version: electronVersion } = JSON.parse(
    readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
  );
  const run = require('@doyensec/electronegativity');
  // The library chats on stdout (translation and release look-ups that need
  // the network); keep our report readable and show only its results.
  const log = console.log;
  console.log = () => undefined;
  try {
    return await run({ input, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] });
  } finally {
    console.log = log;
  }
}

const key = (check, file) => `${check}\u0000${file}`;

async function main() {
  const allowlist = readAllowlist();
  const result = await scan();
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    description: issue.description,
  }));

  const failures = [];
  for (const error of result.errors) {
    if (!error.tolerable) failures.push(`Could not scan ${error.file}: ${error.message}`);
  }

  const groups = new Map();
  for (const f of findings) {
    const k = key(f.check, f.file);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const notes = [];
  for (const [k, group] of groups) {
    const entry = allowlist.find((e) => key(e.check, e.file) === k);
    const where = (f) => `${f.check} at ${f.file}:${f.line}:${f.column} — ${f.description}`;
    if (entry === undefined) {
      for (const f of group) failures.push(where(f));
    } else if (group.length > entry.count) {
      failures.push(
        `${entry.check} in ${entry.file}: ${group.length} findings, but the allowlist explains ${entry.count}; review the new one(s):\n    ${group.map(where).join('\n    ')}`,
      );
    } else if (group.length < entry.count) {
      notes.push(
        `${entry.check} in ${entry.file} now has ${group.length} finding(s); lower its count to ${group.length}.`,
      );
    }
  }
  for (const e of allowlist) {
    if (!groups.has(key(e.check, e.file)))
      notes.push(`${e.check} in ${e.file} no longer occurs; remove it from the allowlist.`);
  }

  for (const note of notes) console.log(`note: ${note}`);
  if (failures.length > 0) {
    console.error(
      `Electronegativity found ${failures.length} problem(s) in electron/ that the allowlist does not explain:`,
    );
    for (const f of failures) console.error(`  - ${f}`);
    process.exit(1);
  }
  console.log(
    `Electronegativity: ${result.atomicChecks + result.globalChecks} checks over electron/; ${findings.length} finding(s), each explained in build/electronegativity-allowlist.json.`,
  );
}

main().catch((error) => {
  console.error(`The security scan could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
