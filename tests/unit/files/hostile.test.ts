/**
 * A hostile corpus, generated here: every file gives its own error code or a
 * safe import, never an exception.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  readJourneyFile,
  writeJourneyFile,
  type FileErrorCode,
  type ReadResult,
} from '../../../renderer/src/files';
import { CURRENT_SCHEMA_VERSION, type JourneyDocument } from '../../../renderer/src/domain';
import { sampleJourney } from '../../fixtures/sample-journey';
import { buildZip, deflated, stored, text, zeroBomb, type RawEntry } from './zip-tools';

const MANIFEST = { format: 'waymark-journey', formatVersion: 1, appVersion: 'test', createdAt: '', savedAt: '' };

function journeyZip(
  options: { manifest?: unknown; journey?: unknown; journeyText?: string; extra?: RawEntry[]; omit?: string[] } = {},
) {
  const journeyText = options.journeyText ?? JSON.stringify(options.journey ?? sampleJourney());
  const defaults = [
    deflated('manifest.json', text(JSON.stringify(options.manifest ?? MANIFEST))),
    deflated('journey.json', text(journeyText)),
  ].filter((e) => !options.omit?.includes(e.name));
  const entries = [...defaults, ...(options.extra ?? [])];
  return buildZip(entries);
}

async function expectError(bytes: Uint8Array, code: FileErrorCode, limits = {}) {
  const r = await readJourneyFile(bytes, { limits });
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected an error');
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(/^[A-Z].*\.$/);
  return r.error;
}

function expectOk(r: ReadResult): Extract<ReadResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.details?.join(' | ')}`);
  return r;
}

const valid = () => writeJourneyFile({ document: sampleJourney(), assets: [], appVersion: 't', savedAt: new Date(0) });

describe('hostile .journey files', () => {
  it('not a zip: empty, text, PDF, random bytes, a JSON array', async () => {
    await expectError(new Uint8Array(), 'not-a-zip');
    await expectError(text('hello'), 'not-a-zip');
    await expectError(text('%PDF-1.7\n'), 'not-a-zip');
    await expectError(
      new Uint8Array(4096).map((_, i) => (i * 7919) % 251),
      'not-a-zip',
    );
    await expectError(text('[1,2,3]'), 'not-a-zip');
    await expectError(text('{"not":"a journey"}'), 'not-a-zip');
  });

  it('truncated: cut short, central directory missing or pointing past the end', async () => {
    const bytes = valid();
    await expectError(bytes.subarray(0, bytes.length >> 1), 'truncated');
    await expectError(bytes.subarray(0, bytes.length - 5), 'truncated');
    await expectError(bytes.subarray(0, 4), 'truncated');
    // Directory intact, but the data it points to is gone.
    const entries = [deflated('manifest.json', text(JSON.stringify(MANIFEST))), deflated('journey.json', text('{}'))];
    const zip = buildZip(entries);
    const firstLocal = 30 + 'manifest.json'.length + entries[0]!.data.length;
    const broken = zip.slice();
    broken[firstLocal] = 0; // break the second local header's signature
    await expectError(broken, 'truncated');
  });

  it('too large: an honest 1 GB claim is refused before inflating', async () => {
    const bomb = zeroBomb(4_200_000);
    const zip = journeyZip({
      omit: ['journey.json'],
      extra: [{ name: 'journey.json', data: bomb, method: 8, crc: 0, declaredSize: 1_083_600_001 }],
    });
    const started = performance.now();
    const error = await expectError(zip, 'too-large');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.details?.[0]).toMatch(/unpack to 1,033 MB; the limit is 200 MB/);
  });

  it('too large: a lying header is caught while inflating, with little memory', async () => {
    const bomb = zeroBomb(4_200_000);
    const zip = journeyZip({
      omit: ['journey.json'],
      extra: [{ name: 'journey.json', data: bomb, method: 8, crc: 0, declaredSize: 2_000 }],
    });
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const error = await expectError(zip, 'too-large');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
    expect(error.details?.[0]).toMatch(/more than the 2000 bytes its header declares/);
  });

  it('too large: too many entries, a file over the limit, journey.json over its limit', async () => {
    const many = Array.from({ length: 2001 }, (_, i) => stored(`junk/${i}.txt`, text('x')));
    await expectError(journeyZip({ extra: many }), 'too-large');
    await expectError(valid(), 'too-large', { maxFileBytes: 100 });
    await expectError(valid(), 'too-large', { maxJourneyJsonBytes: 100 });
    await expectError(text(JSON.stringify(sampleJourney())), 'too-large', { maxJourneyJsonBytes: 100 });
  });

  it('ignores entries whose names point outside the file, with a warning each', async () => {
    const names = [
      '../evil.json',
      '/etc/passwd',
      'C:\\Windows\\evil.dll',
      'c:evil',
      'assets\\..\\x',
      'assets/../../x.png',
      'ok/../../up',
    ];
    const r = expectOk(await readJourneyFile(journeyZip({ extra: names.map((n) => stored(n, text('pwned'))) })));
    expect(r.warnings).toHaveLength(names.length);
    for (const w of r.warnings) expect(w).toMatch(/points outside the file/);
    expect(r.document.journey.title).toBe(sampleJourney().journey.title);
  });

  it('ignores unknown entries and a second entry of the same name', async () => {
    const r = expectOk(
      await readJourneyFile(
        journeyZip({ extra: [stored('readme.txt', text('hi')), deflated('journey.json', text('{"evil":true}'))] }),
      ),
    );
    expect(r.warnings).toEqual([
      'Ignored the unknown entry “readme.txt”.',
      'Ignored a second entry named “journey.json”.',
    ]);
  });

  it('missing manifest, missing journey', async () => {
    await expectError(journeyZip({ omit: ['manifest.json'] }), 'missing-manifest');
    await expectError(journeyZip({ omit: ['journey.json'] }), 'missing-journey');
    await expectError(buildZip([]), 'missing-manifest');
  });

  it('bad manifest: wrong format name, not JSON, no whole-number version', async () => {
    await expectError(journeyZip({ manifest: { ...MANIFEST, format: 'excalidraw' } }), 'bad-manifest');
    await expectError(journeyZip({ manifest: { ...MANIFEST, formatVersion: '1' } }), 'bad-manifest');
    await expectError(journeyZip({ manifest: { ...MANIFEST, formatVersion: 0.5 } }), 'bad-manifest');
    await expectError(journeyZip({ manifest: [] }), 'bad-manifest');
    const notJson = buildZip([deflated('manifest.json', text('{format')), deflated('journey.json', text('{}'))]);
    await expectError(notJson, 'bad-manifest');
  });

  it('json syntax: reports line and column computed from the text', async () => {
    const broken = '{\n  "journey": {\n    "id": "journey:x",\n  }\n}';
    const error = await expectError(journeyZip({ journeyText: broken }), 'json-syntax');
    expect(error.position).toEqual({ line: 4, column: 3 });
    expect(error.message).toBe(
      'The journey inside this file is not valid JSON (line 4, column 3), so nothing was imported. Ask for the file again.',
    );
    expect(error.details).toEqual(['journey.json, line 4, column 3: expected a property name in double quotes.']);

    const tamil = '{\n  "journey": { "title": "வாடிக்கையாளர்" tru }\n}';
    const e2 = await expectError(journeyZip({ journeyText: tamil }), 'json-syntax');
    expect(e2.position).toEqual({ line: 2, column: 41 });

    const e3 = await expectError(text('{\n"journey": {"id": "journey:x",, }}'), 'json-syntax');
    expect(e3.position).toEqual({ line: 2, column: 31 });

    const notUtf8 = buildZip([
      deflated('manifest.json', text(JSON.stringify(MANIFEST))),
      deflated('journey.json', new Uint8Array([0x7b, 0xff, 0x7d])),
    ]);
    await expectError(notUtf8, 'json-syntax');
  });

  it('too new: a newer file format or journey schema', async () => {
    const format = await expectError(journeyZip({ manifest: { ...MANIFEST, formatVersion: 7 } }), 'too-new');
    expect(format.message).toBe(
      `This file was made with a newer Waymark (format 7); this version reads up to ${CURRENT_FORMAT_VERSION}. Update Waymark to open it.`,
    );
    const doc = sampleJourney();
    const schema = await expectError(
      journeyZip({ journey: { ...doc, journey: { ...doc.journey, schemaVersion: CURRENT_SCHEMA_VERSION + 1 } } }),
      'too-new',
    );
    expect(schema.message).toMatch(
      /newer Waymark \(journey schema 4\); this version reads up to 3\. Update Waymark to open it\.$/,
    );
  });

  it('wrong types: the first few issues, each with its path', async () => {
    const doc = sampleJourney();
    const wrong = {
      ...doc,
      touchpoints: doc.touchpoints.map((t, i) => (i === 1 ? { ...t, emotion: 'happy', friction: { score: 6 } } : t)),
      stages: [{ ...doc.stages[0], colour: 'red' }, ...doc.stages.slice(1)],
    };
    const error = await expectError(journeyZip({ journey: wrong }), 'schema');
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^stages\.0\.colour: Expected a colour like #4c6ef5$/),
        expect.stringMatching(/^touchpoints\.1\.emotion: .*number/),
        expect.stringMatching(/^touchpoints\.1\.friction\.score: .*5/),
      ]),
    );
    await expectError(journeyZip({ journey: { journey: 'nope' } }), 'schema');
    await expectError(journeyZip({ journey: { journey: { id: 'journey:x', schemaVersion: 'two' } } }), 'schema');
  });

  it('dangling references are repaired and listed, never kept', async () => {
    const doc = sampleJourney();
    const dangling: JourneyDocument = {
      ...doc,
      touchpoints: [
        ...doc.touchpoints,
        { ...doc.touchpoints[0]!, id: 'touchpoint:lost' as never, title: 'Lost', stageId: 'stage:none' as never },
      ],
      connections: [
        ...doc.connections,
        { ...doc.connections[0]!, id: 'connection:x' as never, target: 'touchpoint:lost' as never },
      ],
    };
    const r = expectOk(await readJourneyFile(journeyZip({ journey: dangling })));
    // The touchpoint is the user's content: it goes to the stage whose column it stands in, with its connection.
    const stage = doc.stages.find((s) => s.id === doc.touchpoints[0]!.stageId)!;
    expect(r.repairs).toEqual([`Moved touchpoint “Lost” to the stage “${stage.name}”: its own stage does not exist.`]);
    expect(r.document.touchpoints.find((t) => t.id === 'touchpoint:lost')?.stageId).toBe(stage.id);
    expect(r.document.connections).toHaveLength(doc.connections.length + 1);

    // A connection to a touchpoint that is nowhere is dropped.
    const nowhere = {
      ...doc,
      connections: [
        ...doc.connections,
        { ...doc.connections[0]!, id: 'connection:y' as never, target: 'touchpoint:none' as never },
      ],
    };
    const n = expectOk(await readJourneyFile(journeyZip({ journey: nowhere })));
    expect(n.repairs).toEqual(['Dropped a connection to a touchpoint that does not exist.']);
    expect(n.document.connections).toHaveLength(doc.connections.length);
  });

  it('a 50 MB text field is refused by the schema, not by a crash', async () => {
    const doc = sampleJourney();
    const huge = { ...doc, touchpoints: [{ ...doc.touchpoints[0]!, description: 'ஆ'.repeat((50 * 1024 * 1024) / 3) }] };
    const error = await expectError(journeyZip({ journey: huge }), 'schema');
    expect(error.details?.[0]).toMatch(/^touchpoints\.0\.description: Too big/);
  }, 20_000);

  it('HTML and script payloads in every text field import as plain text', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '"><svg onload=alert(1)>',
      'javascript:alert(1)',
      '{{constructor.constructor("alert(1)")()}}',
      '=HYPERLINK("http://evil")',
    ];
    const doc = sampleJourney();
    const p = (i: number) => payloads[i % payloads.length]!;
    const hostile: JourneyDocument = {
      journey: { ...doc.journey, title: p(0), description: p(1), client: p(2), author: p(3), tags: [p(4)] },
      stages: doc.stages.map((s, i) => ({ ...s, name: p(i), description: p(i + 1), customerGoal: p(i + 2) })),
      lanes: doc.lanes.map((l, i) => ({ ...l, name: p(i + 3) })),
      touchpoints: doc.touchpoints.map((t, i) => ({
        ...t,
        title: p(i),
        description: p(i + 1),
        channel: p(i + 2),
        owner: p(i + 3),
        emotionLabel: p(i + 4),
        thoughts: p(i + 5),
        quotes: payloads,
        tags: payloads,
        painPoints: payloads.map((text, k) => ({
          id: `pain:x${i}${k}` as never,
          text,
          severity: 2 as const,
          originId: null,
          evidence: null,
        })),
        opportunities: t.opportunities.map((o) => ({ ...o, text: p(i), owner: p(i + 1) })),
      })),
      connections: doc.connections.map((c, i) => ({ ...c, label: p(i) })),
      personas: doc.personas.map((x) => ({
        ...x,
        name: p(0),
        role: p(1),
        quote: p(2),
        needs: payloads,
        fears: payloads,
        goals: payloads,
        desires: payloads,
      })),
      notes: doc.notes.map((n) => ({ ...n, text: p(5) })),
    };
    const bytes = writeJourneyFile({ document: hostile, assets: [], appVersion: 't', savedAt: new Date(0) });
    const r = expectOk(await readJourneyFile(bytes));
    expect(r.document.journey.title).toBe('<script>alert(1)</script>');
    expect(r.document.touchpoints.flatMap((t) => t.painPoints.map((x) => x.text))).toEqual(
      expect.arrayContaining(payloads),
    );
    expect(r.document.personas[0]!.needs).toEqual(payloads);
    expect(r.document.notes[0]!.text).toBe(payloads[5]);
    expect(r.repairs).toEqual([]);
  });

  it('prototype pollution keys stay inert', async () => {
    const doc = sampleJourney();
    const json = JSON.stringify(doc).replace(
      '"journey":{',
      '"journey":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const r = expectOk(await readJourneyFile(journeyZip({ journeyText: json })));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.document.journey)).toBe(Object.prototype);
  });

  it('encrypted entries and unknown compression methods are refused as unsupported', async () => {
    const enc = { ...deflated('journey.json', text('{}')), flags: 0x0801 };
    await expectError(buildZip([deflated('manifest.json', text(JSON.stringify(MANIFEST))), enc]), 'unsupported');
    const lzma = { ...deflated('journey.json', text('{}')), method: 14 as never };
    await expectError(buildZip([deflated('manifest.json', text(JSON.stringify(MANIFEST))), lzma]), 'unsupported');
  });

  it('never throws on a non-Uint8Array', async () => {
    const r = await readJourneyFile('nope' as never);
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-file' }) });
  });
});
