import { describe, expect, it } from 'vitest';
import { createStage, createTouchpoint, type JourneyId } from '../../../renderer/src/domain';
import {
  defaultVersionName,
  formatVersionTime,
  stageColumnsOf,
  versionCounts,
} from '../../../renderer/src/files-ui/versions';
import { MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

const journeyId = 'journey:versions' as JourneyId;

describe('version names and times', () => {
  const at = Date.UTC(2025, 4, 23, 13, 5);

  it('name an unnamed version after its local date and time', () => {
    expect(formatVersionTime(at, 'en-GB', 'Europe/London')).toBe('23 May 2025, 14:05');
    expect(defaultVersionName(at, 'en-GB', 'Asia/Kolkata')).toBe('Version of 23 May 2025, 18:35');
  });

  it('count stages and touchpoints', () => {
    expect(versionCounts(1, 1)).toBe('1 stage · 1 touchpoint');
    expect(versionCounts(6, 0)).toBe('6 stages · 0 touchpoints');
  });
});

describe('stageColumnsOf', () => {
  it('lays a version out as stage columns, left to right and top to bottom', () => {
    const first = createStage({ journeyId, name: TAMIL[3], order: 0 });
    const second = createStage({ journeyId, name: TELUGU[1], order: 1 });
    const low = createTouchpoint({ journeyId, stageId: first.id, title: MALAYALAM[0], position: { x: 50, y: 400 } });
    const high = createTouchpoint({ journeyId, stageId: first.id, title: MALAYALAM[2], position: { x: 50, y: 112 } });
    const lost = createTouchpoint({
      journeyId,
      stageId: createStage({ journeyId, name: 'gone', order: 9 }).id,
      title: 'Lost',
      position: { x: 0, y: 0 },
    });
    const columns = stageColumnsOf({ stages: [second, first], touchpoints: [low, lost, high] });
    expect(columns.map((c) => [c.name, c.touchpoints.map((t) => t.title)])).toEqual([
      [TAMIL[3], [MALAYALAM[2], MALAYALAM[0]]],
      [TELUGU[1], []],
      ['Not in a stage', ['Lost']],
    ]);
  });
});
