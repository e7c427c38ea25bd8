import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  DOCUMENT_HISTORY,
  checkMigrations,
  declaredVersion,
  laneBands,
  LANE_KIND_COLOURS,
  migrateDocument,
  parseDocument,
  type DocumentMigration,
} from '../../../renderer/src/domain';

const fixture = () =>
  JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/journey-v1.json', import.meta.url)), 'utf8')) as Record<
    string,
    unknown
  >;

describe('document migrations', () => {
  it('the shipped chain has no gap and reaches the current version', () => {
    expect(DOCUMENT_HISTORY.current).toBe(CURRENT_SCHEMA_VERSION);
    expect(() => checkMigrations(MIGRATIONS, DOCUMENT_HISTORY)).not.toThrow();
  });

  it('the chain checker rejects a gap, a skip and a short chain', () => {
    const step = (version: number): DocumentMigration => ({ version, name: `to ${version}`, up: (d) => d });
    const history = (current: number) => ({ ...DOCUMENT_HISTORY, current });
    expect(() => checkMigrations([step(2), step(4)], history(4))).toThrow(/broken at 2→4/);
    expect(() => checkMigrations([step(3)], history(3))).toThrow(/broken/);
    expect(() => checkMigrations([step(2)], history(3))).toThrow(/end at 2/);
  });

  it('migrates the schema 2 fixture (before lanes) into one Customer lane holding every touchpoint', () => {
    const raw = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../fixtures/journey-v2.json', import.meta.url)), 'utf8'),
    ) as Record<string, unknown>;
    expect(declaredVersion(raw)).toBe(2);
    const r = migrateDocument(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fromVersion).toBe(2);
    const parsed = parseDocument(r.document);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const doc = parsed.document;
    expect(doc.journey.schemaVersion).toBe(3);
    expect(doc.lanes).toEqual([
      {
        id: 'lane:customer-v2fixture',
        journeyId: 'journey:v2fixture',
        name: 'Customer',
        colour: LANE_KIND_COLOURS.customer,
        kind: 'customer',
        order: 0,
        // The lowest card (y 280) fits: 280 + 96 + 32 − 88.
        height: 320,
        collapsed: false,
        hidden: false,
      },
    ]);
    expect(doc.touchpoints.map((t) => [t.id, t.laneId, t.position])).toEqual([
      ['touchpoint:advert', 'lane:customer-v2fixture', { x: 48, y: 120 }],
      ['touchpoint:form', 'lane:customer-v2fixture', { x: 368, y: 120 }],
      ['touchpoint:confirm', 'lane:customer-v2fixture', { x: 368, y: 280 }],
    ]);
    // Everything else is as it was.
    expect(doc.touchpoints[0]!.title).toBe('వ్యాపార సలహాదారు');
    expect(doc.stages.map((s) => s.name)).toEqual(['Aware', 'விண்ணப்பம்']);
    expect(doc.connections.map((c) => c.share)).toEqual([null, 80]);
    // Every card's centre is inside the lane's band.
    const band = laneBands(doc.lanes)[0]!;
    for (const t of doc.touchpoints) expect(t.position.y + 48).toBeLessThan(band.y + band.height);
  });

  it('a schema 1 document goes through both steps and gets its Customer lane too', () => {
    const r = migrateDocument(fixture());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const parsed = parseDocument(r.document);
    expect(parsed.ok && parsed.document.lanes.map((l) => [l.name, l.kind])).toEqual([['Customer', 'customer']]);
    expect(parsed.ok && parsed.document.touchpoints.every((t) => t.laneId === 'lane:customer-v1fixture')).toBe(true);
  });

  it('migrates the schema 1 fixture to the current version, and it parses', () => {
    const raw = fixture();
    expect(declaredVersion(raw)).toBe(1);
    const r = migrateDocument(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fromVersion).toBe(1);
    const parsed = parseDocument(r.document);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const doc = parsed.document;
    expect(doc.journey.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.journey.title).toBe('வாடிக்கையாளர் அனுபவ மேலாண்மை');
    expect(doc.connections.map((c) => [c.id, c.kind, c.label])).toEqual([
      ['connection:e1', 'main', ''],
      ['connection:e2', 'failure', 'card declined'],
      ['connection:e3', 'main', ''],
    ]);
    expect('edges' in r.document).toBe(false);
    const ad = doc.touchpoints.find((t) => t.id === 'touchpoint:ad')!;
    expect(ad.painPoints.map((p) => [p.text, p.severity])).toEqual([
      ['Too many options', 2],
      ['விலை தெளிவாக இல்லை', 2],
    ]);
    expect(ad.painPoints.every((p) => /^pain:/.test(p.id))).toBe(true);
    expect(doc.touchpoints.find((t) => t.id === 'touchpoint:retry')!.painPoints).toEqual([]);
    expect(doc.stages[1]).toMatchObject({ name: 'Buy', colour: '#40c057', width: 320 });
  });

  it('runs on a copy: the input is unchanged', () => {
    const raw = fixture();
    const before = structuredClone(raw);
    const r = migrateDocument(raw);
    expect(r.ok).toBe(true);
    expect(raw).toEqual(before);
  });

  it('a current document passes through unchanged', () => {
    const doc = {
      journey: { id: 'journey:j', createdAt: 1, updatedAt: 1, schemaVersion: CURRENT_SCHEMA_VERSION },
      connections: [],
    };
    const r = migrateDocument(doc);
    expect(r).toEqual({ ok: true, document: doc, fromVersion: CURRENT_SCHEMA_VERSION });
  });

  it('refuses a too-new version with the documented message', () => {
    const next = CURRENT_SCHEMA_VERSION + 1;
    const r = migrateDocument({ journey: { id: 'journey:j', schemaVersion: next } });
    expect(r).toEqual({
      ok: false,
      code: 'too-new',
      version: next,
      message: `This journey was made with a newer Waymark (schema ${next}); this version reads up to ${CURRENT_SCHEMA_VERSION}.`,
    });
  });

  it('refuses what is not a document and versions that are not whole numbers', () => {
    expect(migrateDocument(null)).toMatchObject({ ok: false, code: 'not-a-document' });
    expect(migrateDocument([])).toMatchObject({ ok: false, code: 'not-a-document' });
    expect(migrateDocument({ stages: [] })).toMatchObject({ ok: false, code: 'not-a-document' });
    expect(migrateDocument({ journey: { schemaVersion: 1.5 } })).toMatchObject({ ok: false, code: 'bad-version' });
    expect(migrateDocument({ journey: { schemaVersion: '2' } })).toMatchObject({ ok: false, code: 'bad-version' });
    expect(migrateDocument({ journey: { schemaVersion: 0 } })).toMatchObject({ ok: false, code: 'bad-version' });
  });

  it('a failing step becomes a result, not an exception', () => {
    const broken: DocumentMigration[] = [
      {
        version: 2,
        name: 'throws',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(migrateDocument({ journey: {} }, broken)).toMatchObject({ ok: false, code: 'migration-failed' });
  });
});
