import { describe, expect, it } from 'vitest';
import { stageColumns } from '../../../renderer/src/domain/layout';
import { TOUCHPOINT_WIDTH } from '../../../renderer/src/domain/vocabulary';
import { computeAutoLayout } from '../../../renderer/src/editor/layout/auto-layout';
import { smallJourney } from './fixtures';

// The first layout loads and starts ELK (a large script): seconds on a loaded CI machine, so more than the default 5 s.
describe('auto layout', { timeout: 30_000 }, () => {
  it('keeps touchpoints inside their stage columns and the main path straight', async () => {
    const doc = smallJourney();
    // a straight main chain: Discover 1 → Buy 1 → Use 1, with the second rows hanging off as alternatives
    const [d1, d2, b1, b2, u1, u2] = doc.touchpoints;
    doc.connections = [
      {
        id: 'connection:a' as never,
        journeyId: doc.journey.id,
        source: d1!.id,
        target: b1!.id,
        kind: 'main',
        label: '',
        share: null,
      },
      {
        id: 'connection:b' as never,
        journeyId: doc.journey.id,
        source: b1!.id,
        target: u1!.id,
        kind: 'main',
        label: '',
        share: null,
      },
      {
        id: 'connection:c' as never,
        journeyId: doc.journey.id,
        source: d1!.id,
        target: d2!.id,
        kind: 'alternative',
        label: '',
        share: null,
      },
      {
        id: 'connection:d' as never,
        journeyId: doc.journey.id,
        source: b1!.id,
        target: b2!.id,
        kind: 'failure',
        label: '',
        share: null,
      },
      {
        id: 'connection:e' as never,
        journeyId: doc.journey.id,
        source: b2!.id,
        target: u2!.id,
        kind: 'recovery',
        label: '',
        share: null,
      },
    ];
    const result = await computeAutoLayout(doc);
    const stages = doc.stages.map((s) => ({ ...s, width: result.stageWidths.get(s.id)! }));
    const columns = stageColumns(stages);
    for (const t of doc.touchpoints) {
      const p = result.positions.get(t.id)!;
      const col = columns.find((c) => c.stage.id === t.stageId)!;
      expect(p.x).toBeGreaterThanOrEqual(col.x);
      expect(p.x + TOUCHPOINT_WIDTH).toBeLessThanOrEqual(col.x + col.width);
    }
    const y = (id: string) => result.positions.get(id)!.y;
    expect(y(d1!.id)).toBe(y(b1!.id));
    expect(y(b1!.id)).toBe(y(u1!.id));
  });
});

describe('auto layout of a service blueprint', () => {
  it('keeps every card in its own lane, stacked without overlap, and fits each lane to its cards', async () => {
    const { JOURNEY_TEMPLATES } = await import('../../../renderer/src/domain/templates');
    const { laneAtY, laneBands } = await import('../../../renderer/src/domain/lanes');
    const { TOUCHPOINT_HEIGHT } = await import('../../../renderer/src/domain/vocabulary');
    const doc = JOURNEY_TEMPLATES.find((t) => t.id === 'hospital-outpatient-visit')!.build(1);
    expect(doc.lanes.length).toBeGreaterThanOrEqual(3);
    const result = await computeAutoLayout(doc);
    const lanes = doc.lanes.map((l) => ({ ...l, height: result.laneHeights.get(l.id) ?? l.height }));
    const bands = laneBands(lanes);
    const placed = doc.touchpoints.map((t) => ({ ...t, position: result.positions.get(t.id)! }));
    for (const t of placed) {
      expect(laneAtY(bands, t.position.y + TOUCHPOINT_HEIGHT / 2), t.title).toBe(t.laneId ?? lanes[0]!.id);
      const band = bands.find((b) => b.lane.id === (t.laneId ?? lanes[0]!.id))!;
      expect(t.position.y + TOUCHPOINT_HEIGHT, t.title).toBeLessThanOrEqual(band.y + band.height);
    }
    for (const a of placed) {
      for (const b of placed) {
        if (a.id >= b.id || a.position.x !== b.position.x) continue;
        expect(Math.abs(a.position.y - b.position.y), `${a.title} / ${b.title}`).toBeGreaterThanOrEqual(
          TOUCHPOINT_HEIGHT,
        );
      }
    }
  }, 30_000);
});
