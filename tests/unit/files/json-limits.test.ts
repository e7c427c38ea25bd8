import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkJsonShape,
  DEFAULT_JSON_SHAPE_LIMITS,
  readJourneyFile,
  type JsonShapeLimits,
} from '../../../renderer/src/files';
import { sampleJourney } from '../../fixtures/sample-journey';
import { MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { buildZip, deflated, text } from './zip-tools';

const MANIFEST = { format: 'waymark-journey', formatVersion: 1, appVersion: 'test', createdAt: '', savedAt: '' };
const zipOf = (journey: Uint8Array) =>
  buildZip([deflated('manifest.json', text(JSON.stringify(MANIFEST))), deflated('journey.json', journey)]);

/**
 * journey.json bytes for the sample journey whose first touchpoint's
 * description is `units` copies of ஆ (3 bytes in UTF-8), built without ever
 * holding that text as a JavaScript string.
 */
function hugeDescriptionJson(units: number): Uint8Array {
  const doc = sampleJourney();
  const marker = 'HUGE-TEXT-HERE';
  const json = JSON.stringify({ ...doc, touchpoints: [{ ...doc.touchpoints[0]!, description: marker }] });
  const [head, tail] = json.split(marker) as [string, string];
  const h = text(head);
  const t = text(tail);
  const letter = text('ஆ');
  const out = new Uint8Array(h.length + units * letter.length + t.length);
  out.set(h, 0);
  out.set(letter, h.length);
  for (let filled = letter.length; filled < units * letter.length; filled *= 2) {
    out.copyWithin(h.length + filled, h.length, h.length + Math.min(filled, units * letter.length - filled));
  }
  out.set(t, h.length + units * letter.length);
  return out;
}

describe('checkJsonShape (on the bytes, before parsing)', () => {
  it('measures texts in UTF-16 units, as the schema does: seed scripts, escapes and surrogate pairs', () => {
    const limits: JsonShapeLimits = { ...DEFAULT_JSON_SHAPE_LIMITS, maxStringLength: 10 };
    const ok = (value: string) => checkJsonShape(text(JSON.stringify({ journey: { title: value } })), limits);
    expect(ok(TAMIL[0]!.slice(0, 10))).toBeNull();
    expect(ok(TELUGU[0]!.slice(0, 11))).toMatchObject({ kind: 'string', length: 11, path: 'journey.title' });
    expect(ok('😀'.repeat(5))).toBeNull();
    expect(ok('😀'.repeat(6))).toMatchObject({ kind: 'string', length: 12 });
    expect(checkJsonShape(text('{"a":"\\u0d2e\\u0d32\\n\\"x\\\\y\\t"}'), limits)).toBeNull();
    expect(checkJsonShape(text('{"a":["ok","\\u0d2e\\u0d32\\u0d2e\\u0d32\\u0d2e\\u0d32 12345"]}'), limits)).toEqual({
      kind: 'string',
      length: 12,
      limit: 10,
      path: 'a.1',
    });
    // Every field of the real sample passes the real limits.
    expect(checkJsonShape(text(JSON.stringify(sampleJourney())))).toBeNull();
    expect(checkJsonShape(text(JSON.stringify({ notes: MALAYALAM })))).toBeNull();
  });

  it('refuses nesting deeper than the limit without recursing', () => {
    const deep = (n: number) => text('['.repeat(n) + ']'.repeat(n));
    expect(checkJsonShape(deep(32))).toBeNull();
    expect(checkJsonShape(deep(33))).toEqual({ kind: 'depth', limit: 32 });
    expect(checkJsonShape(deep(1_000_000))).toEqual({ kind: 'depth', limit: 32 });
  });

  it('counts the records of each top-level list, and only those', () => {
    const limits: JsonShapeLimits = {
      ...DEFAULT_JSON_SHAPE_LIMITS,
      maxRecords: { stages: 2, lanes: 2, touchpoints: 3, connections: 1, notes: 0, personas: 1 },
    };
    const doc = (o: object) => text(JSON.stringify(o));
    expect(
      checkJsonShape(doc({ touchpoints: [{ tags: [1, 2, 3, 4, 5] }, {}, {}], stages: [[], {}] }), limits),
    ).toBeNull();
    expect(checkJsonShape(doc({ touchpoints: [1, 2, 3, 4] }), limits)).toEqual({
      kind: 'records',
      list: 'touchpoints',
      limit: 3,
    });
    expect(checkJsonShape(doc({ edges: ['a', 'b'] }), limits)).toMatchObject({ list: 'connections' });
    expect(checkJsonShape(doc({ notes: [] }), limits)).toBeNull();
    expect(checkJsonShape(doc({ notes: [{}] }), limits)).toMatchObject({ list: 'notes' });
    expect(checkJsonShape(doc({ lanes: [{}, {}, {}] }), limits)).toMatchObject({ list: 'lanes', limit: 2 });
    expect(checkJsonShape(doc({ journey: { personas: [1, 2, 3] } }), limits)).toBeNull();
  });
});

describe('readJourneyFile refuses oversized texts before building them', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a 50 MB text field: no 50 MB string is decoded or parsed, and the error names the field', async () => {
    const units = Math.floor((50 * 1024 * 1024) / 3);
    const zip = zipOf(hugeDescriptionJson(units));
    const decoded: number[] = [];
    const parsed: number[] = [];
    const decode = TextDecoder.prototype.decode;
    vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: TextDecoder, input, options) {
      decoded.push((input as Uint8Array | undefined)?.byteLength ?? 0);
      return decode.call(this, input, options);
    });
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((source: string, reviver) => {
      parsed.push(source.length);
      return parse(source, reviver);
    });
    const r = await readJourneyFile(zip);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('schema');
    expect(r.error.details).toEqual([
      `touchpoints.0.description: Too big: ${units.toLocaleString('en-US')} characters, at most 100,000 (journey.json).`,
    ]);
    expect(r.error.message).toBe(
      `A text in this journey file is ${units.toLocaleString('en-US')} characters long, more than the 100,000 Waymark allows in one field, so nothing was imported. Ask the sender to shorten it.`,
    );
    expect(Math.max(0, ...decoded)).toBeLessThan(64 * 1024);
    expect(Math.max(0, ...parsed)).toBeLessThan(64 * 1024);
  }, 30_000);

  it('too many records or too deep, in a zip or a plain JSON journey', async () => {
    const doc = sampleJourney();
    const limits = { ...DEFAULT_JSON_SHAPE_LIMITS, maxRecords: { ...DEFAULT_JSON_SHAPE_LIMITS.maxRecords, stages: 1 } };
    const many = await readJourneyFile(zipOf(text(JSON.stringify(doc))), { shapeLimits: limits });
    expect(many).toMatchObject({
      ok: false,
      error: {
        code: 'too-large',
        message:
          'This journey file holds more than 1 stages, more than Waymark opens, so nothing was imported. Ask the sender to split the journey.',
      },
    });
    const deep = `{"journey":${'['.repeat(40)}${']'.repeat(40)}}`;
    const plain = await readJourneyFile(text(deep));
    expect(plain).toMatchObject({
      ok: false,
      error: { code: 'schema', details: ['the file nests more than 32 levels deep.'] },
    });
    expect((await readJourneyFile(zipOf(text(JSON.stringify(doc))))).ok).toBe(true);
  });
});
