import { describe, expect, it } from 'vitest';
import {
  CHILD_TABLES,
  JourneyDocumentSchema,
  ROW_LABELS,
  ROW_SCHEMAS,
  TABLE_NAMES,
  childRows,
  parseDocument,
} from '../../../renderer/src/domain';
import { docStateFrom, documentFrom } from '../../../renderer/src/session/doc-state';
import { canonicalDocument } from '../../../renderer/src/files';
import { STORAGE_VERSIONS } from '../../../renderer/src/storage';
import { sampleJourney } from '../../fixtures/sample-journey';
import { ARMENIAN } from '../../fixtures/seed-text';

describe('the one list of a journey’s tables', () => {
  it('names the journey row and exactly the lists of the document schema', () => {
    expect(TABLE_NAMES).toEqual(['journeys', ...CHILD_TABLES]);
    expect(Object.keys(JourneyDocumentSchema.shape).sort()).toEqual(['journey', ...CHILD_TABLES].sort());
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.keys(ROW_LABELS).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('uses the schema of each table for the document’s list of the same name', () => {
    const doc = sampleJourney();
    for (const table of CHILD_TABLES) {
      for (const row of doc[table]) expect(ROW_SCHEMAS[table].parse(row)).toEqual(row);
    }
    expect(ROW_SCHEMAS.journeys.parse(doc.journey)).toEqual(doc.journey);
  });

  it('is a table in storage, indexed by journey, for every child kind', () => {
    const stores = Object.assign({}, ...STORAGE_VERSIONS.map((v) => v.up.stores)) as Record<string, string>;
    for (const table of TABLE_NAMES) expect(stores[table]).toBeDefined();
    for (const table of CHILD_TABLES) expect(stores[table]).toMatch(/\bjourneyId\b/);
  });

  it('walks every list: editor state, file canonical order and childRows keep every row', () => {
    const doc = sampleJourney();
    doc.notes[0] = { ...doc.notes[0]!, text: ARMENIAN[0] };
    const total = CHILD_TABLES.reduce((n, t) => n + doc[t].length, 0);
    expect(childRows(doc)).toHaveLength(total);
    const back = documentFrom(docStateFrom(doc));
    const canonical = canonicalDocument(doc);
    for (const table of CHILD_TABLES) {
      const ids = doc[table].map((r) => r.id).sort();
      expect(back[table].map((r) => r.id).sort()).toEqual(ids);
      expect(canonical[table].map((r) => r.id).sort()).toEqual(ids);
    }
    expect(back.notes.find((n) => n.id === doc.notes[0]!.id)?.text).toBe(ARMENIAN[0]);
  });

  it('parseDocument validates with the one document schema', () => {
    const doc = sampleJourney();
    const parsed = parseDocument(doc);
    expect(parsed).toEqual({ ok: true, document: JourneyDocumentSchema.parse(doc) });
    const bad = parseDocument({ ...doc, notes: [{ id: 'x' }] });
    expect(bad.ok).toBe(false);
  });
});
