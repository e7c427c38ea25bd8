import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../renderer/src/domain/ids';
import { STAGE_COLOURS } from '../../../renderer/src/domain/vocabulary';
import { i18n, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { applyChanges, docStateFrom } from '../../../renderer/src/session/doc-state';
import { addStage } from '../../../renderer/src/session/edits';
import {
  readStageCell,
  stageChoices,
  stageColumns,
  stageEditValue,
  stageRows,
  writeStageCell,
  type StageColumnKey,
} from '../../../renderer/src/table/stages';
import { journey } from '../../fixtures/journey-builder';
import { seedLine, seedParagraph } from '../../fixtures/seed-text';

function setup() {
  const b = journey(seedLine('ta', 0));
  // Built out of order: the rows follow the stages' order, not their making.
  const second = b.stage(seedLine('hy', 1), { order: 1, colour: '#15aabf' });
  const first = b.stage(seedLine('te', 2), {
    order: 0,
    description: seedLine('ml', 1),
    customerGoal: seedLine('ta', 4),
    width: 400,
  });
  const doc0 = b.build();
  const self = doc0.journey.id;
  const child = newId('journey');
  const gone = newId('journey');
  const refs = [
    { id: self, title: seedLine('ta', 0), deletedAt: null },
    { id: child, title: seedLine('hy', 2), deletedAt: null },
  ];
  const linkedStage = b.stage(seedLine('ml', 2), { order: 2, linkedJourneyId: gone });
  const doc = docStateFrom(b.build());
  const context = { links: { self, journeys: new Map(refs.map((r) => [r.id, r])) } };
  return { doc, first, second, linkedStage, child, gone, context };
}

/** The stage after a write that must be taken. */
function written(
  s: ReturnType<typeof setup>,
  id: string,
  key: StageColumnKey,
  text: string,
  context: ReturnType<typeof setup>['context'] | { links: null } = s.context,
) {
  const result = writeStageCell(s.doc, id, key, text, context);
  if (!result.ok) throw new Error(result.error.key);
  return { stage: applyChanges(s.doc, result.changes, 'forward').stages[id]!, changes: result.changes };
}

describe('stages table (#19)', () => {
  afterEach(async () => {
    await setUiLanguage('en');
  });

  it('has the inspector’s fields, one row per stage in order', () => {
    const s = setup();
    expect(stageColumns().map((c) => c.key)).toEqual([
      'name',
      'customerGoal',
      'description',
      'colour',
      'width',
      'subJourney',
    ]);
    expect(stageColumns({ subJourney: false }).map((c) => c.key)).not.toContain('subJourney');
    expect(stageRows(s.doc).map((x) => x.id)).toEqual([s.first.id, s.second.id, s.linkedStage.id]);
  });

  it('reads each cell: texts, colour, width, sub-journey (missing shown as such)', () => {
    const s = setup();
    const keys: StageColumnKey[] = ['name', 'customerGoal', 'description', 'colour', 'width', 'subJourney'];
    expect(keys.map((k) => readStageCell(s.first, k, s.context))).toEqual([
      seedLine('te', 2),
      seedLine('ta', 4),
      seedLine('ml', 1),
      STAGE_COLOURS[0],
      '400',
      '',
    ]);
    expect(readStageCell(s.second, 'colour', s.context)).toBe('#15aabf');
    expect(readStageCell(s.linkedStage, 'subJourney', s.context)).toBe('Missing journey');
    expect(stageEditValue(s.linkedStage, 'subJourney', s.context)).toBe(s.gone);
  });

  it('offers the inspector’s colours and the library’s journeys (a dangling link kept)', () => {
    const s = setup();
    expect(stageChoices(s.first, 'colour', s.context)!.map((o) => o.value)).toEqual([...STAGE_COLOURS]);
    const odd = { ...s.first, colour: '#123456' };
    expect(stageChoices(odd, 'colour', s.context)!.map((o) => o.value)).toContain('#123456');
    expect(stageChoices(s.linkedStage, 'subJourney', s.context)!.map((o) => o.value)).toEqual(['', s.child, s.gone]);
    expect(stageChoices(s.first, 'name', s.context)).toBeUndefined();
  });

  it('writes each cell as a stage row change, the inspector’s path', () => {
    const s = setup();
    const long = seedParagraph('ml');
    expect(written(s, s.first.id, 'name', ` ${seedLine('hy', 3)}\n`).stage.name).toBe(seedLine('hy', 3));
    expect(written(s, s.first.id, 'description', long).stage.description).toBe(long);
    expect(written(s, s.first.id, 'customerGoal', seedLine('te', 0)).stage.customerGoal).toBe(seedLine('te', 0));
    expect(written(s, s.first.id, 'colour', '#E64980').stage.colour).toBe('#e64980');
    expect(written(s, s.first.id, 'colour', '7950f2').stage.colour).toBe('#7950f2');
    expect(written(s, s.first.id, 'width', '640').stage.width).toBe(640);
    expect(written(s, s.first.id, 'subJourney', s.child).stage.linkedJourneyId).toBe(s.child);
    expect(written(s, s.first.id, 'subJourney', seedLine('hy', 2)).stage.linkedJourneyId).toBe(s.child);
    expect(written(s, s.linkedStage.id, 'subJourney', '').stage.linkedJourneyId).toBeNull();
    // Only the stages table changes for a text; a wider stage moves the columns after it, as on the canvas.
    expect(written(s, s.first.id, 'customerGoal', 'x').changes.every((c) => c.table === 'stages')).toBe(true);
    // Unchanged values make no change (no empty undo step); a dangling link left as it is stays.
    expect(written(s, s.first.id, 'width', '400').changes).toEqual([]);
    expect(written(s, s.linkedStage.id, 'subJourney', s.gone).changes).toEqual([]);
  });

  it('refuses bad input with one translated sentence and changes nothing', () => {
    const s = setup();
    const error = (key: StageColumnKey, text: string, context = s.context) => {
      const result = writeStageCell(s.doc, s.first.id, key, text, context);
      return result.ok ? null : result.error;
    };
    expect(error('name', '  \n')?.key).toBe('table.errors.stageName');
    expect(error('colour', 'red')).toEqual({
      key: 'table.errors.stageColour',
      values: { name: 'red', colours: STAGE_COLOURS.join(', ') },
    });
    expect(error('colour', '#123456')?.key).toBe('table.errors.stageColour');
    for (const width of ['100', '3001', '320.5', 'wide', ''])
      expect(error('width', width)?.key, width).toBe('table.errors.stageWidth');
    expect(error('description', 'x'.repeat(100_001))?.key).toBe('table.errors.tooLong');
    expect(error('subJourney', seedLine('ta', 0))).toEqual({
      key: 'table.errors.subJourney',
      values: { name: seedLine('ta', 0) },
    });
    expect(error('subJourney', s.child, { links: null } as never)?.key).toBe('table.errors.subJourneyUnknown');

    for (const language of UI_LANGUAGES)
      for (const key of ['stageName', 'stageColour', 'stageWidth']) {
        const text = i18n.getFixedT(language)(`table.errors.${key}`, { name: 'N', colours: 'C', min: 1, max: 2 });
        expect(text, `${language} ${key}`).not.toBe(`table.errors.${key}`);
        expect(text).not.toMatch(/\{\{/);
      }
  });

  it('names its columns in the interface language', async () => {
    await setUiLanguage('ta');
    expect(stageColumns().map((c) => i18n.t(c.label))).toEqual([
      'கட்டம்',
      'வாடிக்கையாளரின் இலக்கு',
      'விளக்கம்',
      'நிறம்',
      'அகலம்',
      'துணைப் பயணம்',
    ]);
  });

  it('lists a stage just added last, after the stages in their order', () => {
    const { doc, first, second } = setup();
    const { changes, stage } = addStage(doc, { name: seedLine('ta', 6) });
    const after = stageRows(applyChanges(doc, changes, 'forward'));
    expect(after.findIndex((s) => s.id === stage.id)).toBe(3);
    expect(after[3]!.name).toBe(seedLine('ta', 6));
    expect(after.findIndex((s) => s.id === second.id)).toBe(1);
    expect(after.findIndex((s) => s.id === first.id)).toBe(0);
  });
});
