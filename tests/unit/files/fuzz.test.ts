/**
 * Seeded fuzzing: thousands of damaged variants of a valid file. readJourneyFile
 * never throws, always answers with `ok` or a typed error, and anything it
 * accepts (or offers as what can be read of a refused one) is a valid document with no dangling link.
 */
import { describe, expect, it } from 'vitest';
import {
  FILE_ERROR_CODES,
  readJourneyFile,
  sha256Hex,
  writeJourneyFile,
  type ReadResult,
} from '../../../renderer/src/files';
import { newId, parseDocument, repairReferences } from '../../../renderer/src/domain';
import { sampleJourney } from '../../fixtures/sample-journey';
import { buildZip, deflated, stored, text } from './zip-tools';

/** mulberry32: small, seeded, reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(rnd() * n);
  const kind = pick(6);
  if (kind === 0) return bytes.subarray(0, pick(bytes.length)); // truncate
  if (kind === 1) {
    // insert random bytes
    const at = pick(bytes.length);
    const extra = Uint8Array.from({ length: 1 + pick(8) }, () => pick(256));
    const out = new Uint8Array(bytes.length + extra.length);
    out.set(bytes.subarray(0, at));
    out.set(extra, at);
    out.set(bytes.subarray(at), at + extra.length);
    return out;
  }
  const out = bytes.slice();
  const flips = 1 + pick(kind === 2 ? 1 : 12);
  for (let i = 0; i < flips; i++) {
    const at = pick(out.length);
    out[at] = kind === 3 ? out[at]! ^ (1 << pick(8)) : kind === 4 ? 0xff : pick(256);
  }
  return out;
}

function checkAnswer(r: ReadResult) {
  if (r.ok) {
    expect(parseDocument(r.document).ok).toBe(true);
    expect(repairReferences(r.document).repairs).toEqual([]);
  } else {
    expect(FILE_ERROR_CODES).toContain(r.error.code);
    expect(r.error.message.length).toBeGreaterThan(10);
    // What can be read of a refused journey is offered only as a valid document, its links repaired.
    if (r.salvaged) {
      expect(['schema', 'bad-manifest', 'missing-manifest']).toContain(r.error.code);
      expect(parseDocument(r.salvaged.document).ok).toBe(true);
      expect(repairReferences(r.salvaged.document).repairs).toEqual([]);
    }
  }
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9, 9]);

async function validFile() {
  const doc = sampleJourney();
  const blobId = newId('blob');
  const document = { ...doc, personas: [{ ...doc.personas[0]!, photoBlobId: blobId }] };
  const assets = [{ blobId, hash: await sha256Hex(PNG), type: 'image/png', bytes: PNG }];
  return { document, bytes: writeJourneyFile({ document, assets, appVersion: 'fuzz', savedAt: new Date(0) }) };
}

describe('fuzzing readJourneyFile', () => {
  it('survives 4,000 mutations of a valid .journey', async () => {
    const { bytes } = await validFile();
    const rnd = random(0xc0ffee);
    const seen = new Set<string>();
    for (let i = 0; i < 4000; i++) {
      const r = await readJourneyFile(mutate(bytes, rnd));
      checkAnswer(r);
      seen.add(r.ok ? 'ok' : r.error.code);
    }
    // The mutations reach several checks, not just the first one.
    expect(seen.size).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('survives 2,000 mutations of journey.json inside an intact zip', async () => {
    const { document } = await validFile();
    const json = text(JSON.stringify(document, null, 2));
    const manifest = text(JSON.stringify({ format: 'waymark-journey', formatVersion: 1 }));
    const rnd = random(42);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const damaged = mutate(json, rnd);
      const zip = buildZip([
        deflated('manifest.json', manifest),
        i % 2 ? stored('journey.json', damaged) : deflated('journey.json', damaged),
      ]);
      const r = await readJourneyFile(zip);
      checkAnswer(r);
      seen.add(r.ok ? 'ok' : r.error.code);
      if (!r.ok && r.salvaged) seen.add('salvaged');
    }
    expect([...seen]).toEqual(expect.arrayContaining(['ok', 'json-syntax', 'schema', 'salvaged']));
  }, 60_000);
});
