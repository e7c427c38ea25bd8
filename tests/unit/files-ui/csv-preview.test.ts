import { describe, expect, it } from 'vitest';
import { createStage, createTouchpoint, type JourneyId } from '../../../renderer/src/domain';
import { parseTouchpointCsv } from '../../../renderer/src/files';
import { buildCsvPreview, describeImport, importedMessage } from '../../../renderer/src/files-ui/csv-preview';
import { MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

const journeyId = 'journey:preview' as JourneyId;
const discover = createStage({ journeyId, name: 'Discover', order: 0 });
const existing = createTouchpoint({
  journeyId,
  stageId: discover.id,
  title: 'Sees an ad',
  position: { x: 50, y: 112 },
});
const target = { journeyId, stages: [discover], touchpoints: [existing] };

const csv = [
  'Stage;Title;Emotion;Pain points with severity',
  `${TAMIL[3]};${MALAYALAM[0]};+2;`,
  ';;;',
  `${TAMIL[3]};${MALAYALAM[2]};very;`,
  `discover;${TELUGU[1]};-3;"${TAMIL[0]} (3); ${MALAYALAM[1]}"`,
  `Buy;;1;`,
  `Buy;${TELUGU[0]};;`,
].join('\r\n');

describe('buildCsvPreview', () => {
  const parsed = parseTouchpointCsv(csv);

  it('shows the first rows as they will import, with spreadsheet row numbers and skipped rows', () => {
    const preview = buildCsvPreview(parsed, parsed.suggestedMapping, target);
    expect(preview.mappingProblem).toBeNull();
    expect(preview.blankRows).toBe(1);
    expect(
      preview.rows.map((r) =>
        r.kind === 'error'
          ? [r.row, 'error', r.message]
          : [r.row, r.stageName, r.newStage, r.touchpoint.title, r.touchpoint.emotion],
      ),
    ).toEqual([
      [2, TAMIL[3], true, MALAYALAM[0], 2],
      // A bad emotion leaves the emotion empty; the row is imported.
      [4, TAMIL[3], true, MALAYALAM[2], null],
      [5, 'Discover', false, TELUGU[1], -3],
      [6, 'error', 'This row has no title.'],
      [7, 'Buy', true, TELUGU[0], null],
    ]);
    const painRow = preview.rows[2]!;
    expect(painRow.kind === 'touchpoint' && painRow.touchpoint.painPoints.map((p) => [p.text, p.severity])).toEqual([
      [TAMIL[0], 3],
      [MALAYALAM[1], 2],
    ]);
    // Stages the import creates, in first-seen order; an existing stage matched regardless of case.
    expect(preview.result.stages.map((s) => s.name)).toEqual([TAMIL[3], 'Buy']);
    expect(preview.result.errors.map((e) => e.row)).toEqual([6]);
    expect(preview.result.warnings.map((e) => [e.row, e.message])).toEqual([
      [4, 'Emotion “very” is not a number from −3 to +3 or a label such as Happy or Frustrated.'],
    ]);
    expect(describeImport(preview)).toBe(`4 touchpoints will be added to 3 stages (2 new: ${TAMIL[3]}, Buy).`);
  });

  it('stops the preview after the limit but counts everything', () => {
    const preview = buildCsvPreview(parsed, parsed.suggestedMapping, target, 2);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(preview.result.touchpoints).toHaveLength(4);
  });

  it('says so when no column is chosen for the title', () => {
    const preview = buildCsvPreview(parsed, { stage: 0 }, target);
    expect(preview.mappingProblem).toBe('Choose the column that holds the touchpoint titles.');
    expect(preview.rows).toEqual([]);
    expect(describeImport(preview)).toBe('No touchpoint can be imported with this mapping.');
  });

  it('puts new touchpoints below the ones already in a stage', () => {
    const preview = buildCsvPreview(parsed, parsed.suggestedMapping, target);
    const inDiscover = preview.result.touchpoints.filter((t) => t.stageId === discover.id);
    expect(inDiscover).toHaveLength(1);
    expect(inDiscover[0]!.position.y).toBeGreaterThan(existing.position.y);
  });
});

describe('importedMessage', () => {
  it('reports what was added and lists skipped rows by number', () => {
    const parsed = parseTouchpointCsv(csv);
    const { result } = buildCsvPreview(parsed, parsed.suggestedMapping, target);
    expect(importedMessage('ml.csv', result)).toBe(
      'Imported 4 touchpoints from ml.csv with 2 new stages; skipped 1 row with errors (row 6).',
    );
    expect(
      importedMessage('one.csv', { stages: [], touchpoints: result.touchpoints.slice(0, 1), errors: [], warnings: [] }),
    ).toBe('Imported 1 touchpoint from one.csv.');
    const errors = Array.from({ length: 12 }, (_, i) => ({ row: i + 2, code: 'noTitle' as const, message: 'x' }));
    expect(importedMessage('many.csv', { stages: [], touchpoints: result.touchpoints, errors, warnings: [] })).toBe(
      'Imported 4 touchpoints from many.csv; skipped 12 rows with errors (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more).',
    );
  });
});
