import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  canonicalDocument,
  readJourneyFile,
  sha256Hex,
  stableStringify,
  writeJourneyFile,
  type JourneyAsset,
} from '../../../renderer/src/files';
import { CURRENT_SCHEMA_VERSION, createLane, newId, type JourneyDocument } from '../../../renderer/src/domain';
import { sampleJourney } from '../../fixtures/sample-journey';
import { TAMIL } from '../../fixtures/seed-text';

const SAVED_AT = new Date('2024-05-07T10:00:00.000Z');

export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
]);

async function withPhoto(): Promise<{ document: JourneyDocument; assets: JourneyAsset[] }> {
  const doc = sampleJourney();
  const blobId = newId('blob');
  const persona = { ...doc.personas[0]!, photoBlobId: blobId };
  return {
    document: { ...doc, personas: [persona] },
    assets: [{ blobId, hash: await sha256Hex(PNG), type: 'image/png', bytes: PNG }],
  };
}

const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('.journey write and read', () => {
  it('round-trips a journey with a photo exactly', async () => {
    const { document, assets } = await withPhoto();
    const bytes = writeJourneyFile({ document, assets, appVersion: '1.2.3', savedAt: SAVED_AT });
    const r = await readJourneyFile(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document).toEqual(canonicalDocument(document));
    expect(r.repairs).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.formatVersion).toBe(1);
    expect(r.info).toEqual({
      source: 'journey-file',
      appVersion: '1.2.3',
      createdAt: '2024-05-06T09:30:00.000Z',
      savedAt: '2024-05-07T10:00:00.000Z',
    });
    expect(r.assets).toEqual([{ ...assets[0], type: 'image/png' }]);
    expect(r.document.touchpoints.map((t) => t.title)).toContain(canonicalDocument(document).touchpoints[0]!.title);
  });

  it('carries no viewport, and opens a file of the old shape with a viewport as if it had none', async () => {
    const { document, assets } = await withPhoto();
    const files = unzipSync(writeJourneyFile({ document, assets, appVersion: '1.2.3', savedAt: SAVED_AT }));
    const written = JSON.parse(decode(files['journey.json'])) as { journey: Record<string, unknown> };
    expect(written.journey).not.toHaveProperty('viewport');

    // The same file as an older Waymark wrote it: the journey row with where its canvas was left.
    const old = {
      ...written,
      journey: { ...written.journey, title: TAMIL[0], viewport: { x: -40, y: 12, zoom: 0.75 } },
    };
    const bytes = zipSync({
      'manifest.json': files['manifest.json']!,
      'journey.json': new TextEncoder().encode(JSON.stringify(old)),
      [`assets/${assets[0]!.hash}.png`]: PNG,
    });
    const r = await readJourneyFile(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.journey).not.toHaveProperty('viewport');
    expect(r.document).toEqual(canonicalDocument({ ...document, journey: { ...document.journey, title: TAMIL[0] } }));
    expect(r.repairs).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('lays the zip out as documented, readable by any unzip', async () => {
    const { document, assets } = await withPhoto();
    const files = unzipSync(writeJourneyFile({ document, assets, appVersion: '1.2.3', savedAt: SAVED_AT }));
    expect(Object.keys(files)).toEqual(['manifest.json', 'journey.json', `assets/${assets[0]!.hash}.png`]);
    expect(JSON.parse(decode(files['manifest.json']))).toEqual({
      appVersion: '1.2.3',
      assets: [{ blobId: assets[0]!.blobId, path: `assets/${assets[0]!.hash}.png`, type: 'image/png' }],
      createdAt: '2024-05-06T09:30:00.000Z',
      format: 'waymark-journey',
      formatVersion: 1,
      savedAt: '2024-05-07T10:00:00.000Z',
    });
    const json = decode(files['journey.json']);
    expect(json).toBe(stableStringify(canonicalDocument(document)));
    expect(json.startsWith('{\n  "connections": [\n    {\n      "id": "connection:')).toBe(true);
    expect(json).toContain(`"title": "${TAMIL[0]}"`);
    expect(json.endsWith('}\n')).toBe(true);
    expect(files[`assets/${assets[0]!.hash}.png`]).toEqual(PNG);
  });

  it('writes identical bytes for the same input, whatever the record order or time zone', async () => {
    const { document, assets } = await withPhoto();
    const input = { document, assets, appVersion: '1.2.3', savedAt: SAVED_AT };
    const a = writeJourneyFile(input);
    const shuffled = {
      ...document,
      touchpoints: [...document.touchpoints].reverse(),
      connections: [...document.connections].reverse(),
      stages: [...document.stages].reverse(),
    };
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Kolkata';
      const b = writeJourneyFile({ ...input, document: shuffled });
      process.env.TZ = 'America/Los_Angeles';
      const c = writeJourneyFile(input);
      expect(b).toEqual(a);
      expect(c).toEqual(a);
    } finally {
      process.env.TZ = zone;
    }
    const later = writeJourneyFile({
      ...input,
      document: { ...document, journey: { ...document.journey, title: 'Changed' } },
    });
    expect(later).not.toEqual(a);
  });

  it('stores a shared photo once, and leaves out photos it cannot store', async () => {
    const { document, assets } = await withPhoto();
    const second = { ...document.personas[0]!, id: newId('persona'), name: 'Ravi' };
    const third = { ...document.personas[0]!, id: newId('persona'), name: 'Mira', photoBlobId: newId('blob') };
    const svg = { blobId: third.photoBlobId, hash: 'a'.repeat(64), type: 'image/svg+xml', bytes: new Uint8Array([60]) };
    const bytes = writeJourneyFile({
      document: { ...document, personas: [...document.personas, second, third] },
      assets: [...assets, svg],
      appVersion: '1',
      savedAt: SAVED_AT,
    });
    expect(Object.keys(unzipSync(bytes)).filter((n) => n.startsWith('assets/'))).toHaveLength(1);
    const r = await readJourneyFile(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.personas.find((p) => p.name === 'Mira')?.photoBlobId).toBeNull();
    expect(r.document.personas.find((p) => p.name === 'Ravi')?.photoBlobId).toBe(assets[0]!.blobId);
    expect(r.assets).toHaveLength(1);
    expect(r.repairs).toEqual([]);
  });

  it('removes a photo whose bytes do not match their hash', async () => {
    const { document, assets } = await withPhoto();
    const tampered = { ...assets[0]!, hash: await sha256Hex(new Uint8Array([1])) };
    const r = await readJourneyFile(
      writeJourneyFile({ document, assets: [tampered], appVersion: '1', savedAt: SAVED_AT }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.assets).toEqual([]);
    expect(r.document.personas[0]!.photoBlobId).toBeNull();
    expect(r.repairs).toEqual(['Removed the missing photo of persona “Anjali”.']);
    expect(r.warnings[0]).toMatch(/damaged, too large or not an image/);
  });

  it('opens a plain JSON journey as a courtesy, BOM or not', async () => {
    const doc = sampleJourney();
    for (const prefix of ['', '\uFEFF', '\n  ']) {
      const r = await readJourneyFile(new TextEncoder().encode(prefix + JSON.stringify(doc)));
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.document).toEqual(doc);
      expect(r.info.source).toBe('plain-json');
      expect(r.warnings).toHaveLength(1);
    }
  });

  it('opens the schema 2 .journey fixture (written before lanes) with every touchpoint in one Customer lane', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(new URL('../../fixtures/journey-v2.journey', import.meta.url));
    const r = await readJourneyFile(new Uint8Array(bytes));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.repairs).toEqual([]);
    expect(r.document.journey.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(r.document.lanes.map((l) => [l.id, l.name, l.kind, l.order])).toEqual([
      ['lane:customer-v2fixture', 'Customer', 'customer', 0],
    ]);
    expect(r.document.touchpoints.map((t) => t.laneId)).toEqual([
      'lane:customer-v2fixture',
      'lane:customer-v2fixture',
      'lane:customer-v2fixture',
    ]);
    expect(r.document.touchpoints.map((t) => t.title).sort()).toEqual(
      ['Confirmation email', 'ഫോം പൂരിപ്പിക്കൽ', 'వ్యాపార సలహాదారు'].sort(),
    );
    // Saved again, it is a schema 3 file whose lanes read back unchanged (not migrated twice).
    const again = writeJourneyFile({ document: r.document, assets: [], appVersion: '1.2.3', savedAt: SAVED_AT });
    const json = JSON.parse(decode(unzipSync(again)['journey.json'])) as { journey: { schemaVersion: number } };
    expect(json.journey.schemaVersion).toBe(3);
    const back = await readJourneyFile(again);
    expect(back.ok && back.document).toEqual(r.document);
  });

  it('round-trips a blueprint: lanes in order with their kinds, and each touchpoint in its lane', async () => {
    const doc = sampleJourney();
    const journeyId = doc.journey.id;
    const lanes = [
      createLane({ journeyId, name: TAMIL[0], kind: 'customer', collapsed: true }),
      createLane({ journeyId, name: 'Back office', kind: 'backstage', order: 1, hidden: true, height: 400 }),
    ];
    const touchpoints = doc.touchpoints.map((t, i) => ({ ...t, laneId: lanes[i % 2]!.id }));
    const document = { ...doc, lanes, touchpoints };
    const r = await readJourneyFile(writeJourneyFile({ document, assets: [], appVersion: '1.2.3', savedAt: SAVED_AT }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.repairs).toEqual([]);
    expect(r.document).toEqual(canonicalDocument(document));
  });

  it('opens the schema 1 fixture as plain JSON, migrated', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(new URL('../../fixtures/journey-v1.json', import.meta.url));
    const r = await readJourneyFile(new Uint8Array(bytes));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.journey.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(r.document.connections.map((c) => c.kind)).toEqual(['main', 'failure', 'main']);
  });
});
