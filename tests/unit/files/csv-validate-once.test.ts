import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvToDocumentParts, parseTouchpointCsv } from '../../../renderer/src/files';
import { createStage, createTouchpoint, TouchpointSchema, type JourneyId } from '../../../renderer/src/domain';
import { buildCsvPreview, importParts } from '../../../renderer/src/files-ui/csv-preview';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const journeyId = 'journey:csv-once' as JourneyId;

afterEach(() => vi.restoreAllMocks());

function sheet(rows: number): string {
  const lines = ['Stage,Title,Emotion,Friction,Pain points'];
  for (let i = 0; i < rows; i++) {
    // Every tenth row has no title, and is skipped.
    const title = i % 10 === 3 ? '' : `Step ${i}`;
    lines.push(`${i % 2 ? TAMIL[0] : MALAYALAM[0]},${title},${(i % 7) - 3},${i % 6},"Wait (${(i % 3) + 1})"`);
  }
  return lines.join('\n');
}

describe('a CSV import checks each row once', () => {
  it('runs the touchpoint schema once per good row, and the result is as valid as before', () => {
    const parsed = parseTouchpointCsv(sheet(50));
    const safe = vi.spyOn(TouchpointSchema, 'safeParse');
    const strict = vi.spyOn(TouchpointSchema, 'parse');
    const result = csvToDocumentParts(parsed.rows, parsed.suggestedMapping, journeyId, []);
    expect(result.touchpoints).toHaveLength(45);
    expect(result.errors).toHaveLength(5);
    expect(safe.mock.calls.length + strict.mock.calls.length).toBe(45);
    vi.restoreAllMocks();
    // Every touchpoint made that way is one the schema takes, with its own id, stage and place.
    const ids = new Set<string>();
    for (const touchpoint of result.touchpoints) {
      expect(TouchpointSchema.parse(touchpoint)).toEqual(touchpoint);
      expect(touchpoint.id).toMatch(/^touchpoint:/);
      expect(touchpoint.id).not.toBe('touchpoint:check');
      expect(result.stages.map((s) => s.id)).toContain(touchpoint.stageId);
      ids.add(touchpoint.id);
    }
    expect(ids.size).toBe(45);
    expect(new Set(result.touchpoints.map((t) => `${t.position.x},${t.position.y}`)).size).toBe(45);
  });

  it('keeps every error message and spreadsheet row number the user saw', () => {
    const parsed = parseTouchpointCsv(sheet(20));
    const result = csvToDocumentParts(parsed.rows, parsed.suggestedMapping, journeyId, []);
    expect(result.errors.map((e) => [e.row, e.code, e.message])).toEqual(
      [5, 15].map((row) => [row, 'noTitle', 'This row has no title.']),
    );
    const long = parseTouchpointCsv(`Title,Description\nOk,${'x'.repeat(200_001)}\n`);
    const refused = csvToDocumentParts(long.rows, long.suggestedMapping, journeyId, []);
    expect(refused.touchpoints).toHaveLength(0);
    expect(refused.errors[0]).toMatchObject({ row: 2, code: 'badField', params: { field: 'description' } });
  });
});

describe('importing what the dialog previewed', () => {
  it('takes the preview’s result while the journey is unchanged, checking no row again', () => {
    const parsed = parseTouchpointCsv(sheet(30));
    const stage = createStage({ journeyId, name: TAMIL[0], order: 0 });
    const target = { journeyId, stages: [stage], touchpoints: [] };
    const mapping = parsed.suggestedMapping;
    const preview = buildCsvPreview(parsed, mapping, target);
    const previewed = { mapping, replace: false, seen: target, result: preview.result };
    const safe = vi.spyOn(TouchpointSchema, 'safeParse');
    const same = importParts(parsed.rows, mapping, false, { journeyId, stages: [stage], touchpoints: [] }, previewed);
    expect(same).toBe(preview.result);
    expect(safe).not.toHaveBeenCalled();

    // A touchpoint added meanwhile: computed again, so the new cards stack below it.
    const added = createTouchpoint({ journeyId, stageId: stage.id, title: 'Added meanwhile' });
    const again = importParts(
      parsed.rows,
      mapping,
      false,
      { journeyId, stages: [stage], touchpoints: [added] },
      previewed,
    );
    expect(again).not.toBe(preview.result);
    expect(safe).toHaveBeenCalledTimes(27);
    expect(again.errors).toEqual(preview.result.errors);
    // Another mapping or choice than the preview's is computed again too.
    expect(importParts(parsed.rows, { ...mapping }, false, target, previewed)).not.toBe(preview.result);
    expect(importParts(parsed.rows, mapping, true, target, previewed)).not.toBe(preview.result);
  });
});
