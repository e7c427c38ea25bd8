/**
 * The current format (schema 3: lanes, links between journeys, evidence,
 * opportunity scores, journey owner/status/type) as a committed fixture, so
 * the next schema's migration has a real file of this version to prove
 * itself on, as journey-v1.json and journey-v2.json do for theirs (#16).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  declaredVersion,
  laneBands,
  laneOf,
  migrateDocument,
  parseDocument,
} from '../../../renderer/src/domain';
import { canonicalDocument, readJourneyFile, writeJourneyFile } from '../../../renderer/src/files';

const raw = () =>
  JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/journey-v3.json', import.meta.url)), 'utf8')) as Record<
    string,
    unknown
  >;

describe('the schema 3 fixture (the current format)', () => {
  it('is the current version, needs no migration and parses to exactly what the file holds', () => {
    const fixture = raw();
    expect(declaredVersion(fixture)).toBe(3);
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
    const migrated = migrateDocument(fixture);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.fromVersion).toBe(3);
    const parsed = parseDocument(migrated.document);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Nothing dropped, defaulted or reordered.
    expect(JSON.parse(JSON.stringify(parsed.document))).toEqual(fixture);
  });

  it('keeps its lanes, links, evidence, scores and journey metadata', () => {
    const parsed = parseDocument(raw());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const doc = parsed.document;
    expect(doc.journey).toMatchObject({ owner: 'Service design team', status: 'in-review', type: 'blueprint' });
    expect(doc.lanes.map((l) => l.kind)).toEqual([
      'customer',
      'frontstage-people',
      'frontstage-systems',
      'backstage',
      'support',
    ]);
    const bands = laneBands(doc.lanes);
    for (const t of doc.touchpoints) expect(laneOf(bands, t)).toBe(t.laneId);
    expect(doc.stages[0]!.linkedJourneyId).toBe('journey:v3-onboarding');
    expect(doc.touchpoints.filter((t) => t.linkedJourneyId).map((t) => t.linkedJourneyId)).toEqual([
      'journey:v3-missing',
    ]);
    expect(doc.touchpoints.filter((t) => t.evidence).map((t) => t.evidence)).toEqual(['research']);
    expect(
      doc.touchpoints
        .flatMap((t) => t.painPoints)
        .filter((p) => p.evidence)
        .map((p) => p.evidence),
    ).toEqual(['data']);
    expect(
      doc.touchpoints.flatMap((t) => t.opportunities).find((o) => o.scores.customerValue !== null)?.scores,
    ).toEqual({ customerValue: 5, businessValue: 4, effort: 2, confidence: 3 });
  });

  it('goes through a .journey file unchanged', async () => {
    const parsed = parseDocument(raw());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const bytes = writeJourneyFile({
      document: parsed.document,
      assets: [],
      appVersion: '1.2.3',
      savedAt: new Date('2025-01-02T00:00:00.000Z'),
    });
    const back = await readJourneyFile(bytes);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.repairs).toEqual([]);
    // Rows come back in the file's canonical order (by id), every one of them unchanged.
    expect(canonicalDocument(back.document)).toEqual(canonicalDocument(parsed.document));
  });
});
