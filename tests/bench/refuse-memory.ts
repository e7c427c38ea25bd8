/**
 * Memory while refusing a `.journey` whose journey.json holds one 50 MB
 * text field (issue #12): run on its own, in a fresh Node with a collectable
 * heap, so the figures are the reader's alone:
 *
 *   npx esbuild tests/bench/refuse-memory.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=node_modules/.cache/waymark-bench/refuse-memory.mjs
 *   node --expose-gc node_modules/.cache/waymark-bench/refuse-memory.mjs
 *
 * Prints V8 heap used and array-buffer bytes before the read, right after it
 * (before any collection) and the process's peak resident memory growth.
 */
import { zipSync } from 'fflate';
import { readJourneyFile } from '../../renderer/src/files';
import { sampleJourney } from '../fixtures/sample-journey';

const MB = 1024 * 1024;

/** The zip, built without ever holding the 50 MB text as a JavaScript string. */
function hostileFile(): Uint8Array {
  const doc = sampleJourney();
  const marker = 'HUGE-TEXT-HERE';
  const json = JSON.stringify({ ...doc, touchpoints: [{ ...doc.touchpoints[0]!, description: marker }] });
  const [head, tail] = json.split(marker) as [string, string];
  const enc = new TextEncoder();
  const h = enc.encode(head);
  const t = enc.encode(tail);
  const letter = enc.encode('ஆ');
  const units = Math.floor((50 * MB) / letter.length);
  const body = new Uint8Array(h.length + units * letter.length + t.length);
  body.set(h, 0);
  for (let k = 0; k < units; k++) body.set(letter, h.length + k * letter.length);
  body.set(t, h.length + units * letter.length);
  const manifest = enc.encode(
    JSON.stringify({ format: 'waymark-journey', formatVersion: 1, appVersion: 'bench', createdAt: '', savedAt: '' }),
  );
  return zipSync({ 'manifest.json': manifest, 'journey.json': body });
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc.');

const file = hostileFile();
gc();
const before = process.memoryUsage();
const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
const started = performance.now();
const result = await readJourneyFile(file);
const ms = performance.now() - started;
const after = process.memoryUsage();
const rssPeakAfter = process.resourceUsage().maxRSS * 1024;
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
console.log(
  `file ${mb(file.byteLength)}; refused: ${!result.ok} (${result.ok ? '' : result.error.code}) in ${ms.toFixed(0)} ms`,
);
console.log(`heap used: ${mb(before.heapUsed)} before, ${mb(after.heapUsed)} right after (no GC)`);
console.log(`array buffers: ${mb(before.arrayBuffers)} before, ${mb(after.arrayBuffers)} right after`);
console.log(`peak resident memory grew by ${mb(rssPeakAfter - rssPeakBefore)}`);
