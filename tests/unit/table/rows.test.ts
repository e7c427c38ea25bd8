import { describe, expect, it } from 'vitest';
import { stageColumns } from '../../../renderer/src/domain/layout';
import { laneBands, laneOf } from '../../../renderer/src/domain/lanes';
import { TOUCHPOINT_WIDTH } from '../../../renderer/src/domain/vocabulary';
import { applyChanges, docStateFrom, type DocState, type RowChange } from '../../../renderer/src/session/doc-state';
import {
  cellChanges,
  hasContent,
  moveToCell,
  moveToNeighbourStage,
  newRow,
  reorderInCell,
  tableRows,
} from '../../../renderer/src/table/rows';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';

const apply = (doc: DocState, changes: RowChange[]) => applyChanges(doc, changes, 'forward');
const titles = (doc: DocState) =>
  tableRows(doc).map((r) =>
    r.kind === 'touchpoint' ? r.touchpoint.title : r.kind === 'stage' ? `# ${r.stage.name}` : `## ${r.lane.name}`,
  );

/** Whether a card's centre lies in its stage's column on the map. */
function inOwnColumn(doc: DocState, id: string): boolean {
  const t = doc.touchpoints[id]!;
  const column = stageColumns(Object.values(doc.stages)).find((c) => c.stage.id === t.stageId)!;
  const centre = t.position.x + TOUCHPOINT_WIDTH / 2;
  return centre >= column.x && centre < column.x + column.width;
}

function plain() {
  const b = journey(seedLine('ta', 0));
  const [a, c] = b.stages(seedLine('ta', 3), seedLine('te', 1));
  const one = b.touchpoint(a, { title: seedLine('ml', 0) });
  const two = b.touchpoint(a, { title: seedLine('ml', 2) });
  const three = b.touchpoint(c, { title: seedLine('hy', 1) });
  return { doc: docStateFrom(b.build()), a, c, one, two, three };
}

describe('table rows', () => {
  it('groups touchpoints under their stage, top to bottom', () => {
    const { doc, a, c } = plain();
    expect(titles(doc)).toEqual([
      `# ${a.name}`,
      seedLine('ml', 0),
      seedLine('ml', 2),
      `# ${c.name}`,
      seedLine('hy', 1),
    ]);
  });

  it('in a blueprint, groups them by lane within each stage (a card without a lane is in the first)', () => {
    const b = journey('Blueprint');
    const [s] = b.stages('Buy');
    const front = b.lane('Customer', 'customer');
    const back = b.lane(seedLine('hy', 0), 'backstage');
    b.touchpoint(s, { title: 'pays', laneId: null, position: { x: 0, y: 200 } });
    b.touchpoint(s, { title: 'checks stock', laneId: back.id, position: { x: 0, y: 400 } });
    const doc = docStateFrom(b.build());
    expect(titles(doc)).toEqual(['# Buy', `## ${front.name}`, 'pays', `## ${back.name}`, 'checks stock']);
  });

  it('reorders a touchpoint within its stage by swapping places on the map, and stops at the ends', () => {
    const { doc, one, two } = plain();
    const moved = apply(doc, reorderInCell(doc, two.id, -1));
    expect(titles(moved).slice(1, 3)).toEqual([seedLine('ml', 2), seedLine('ml', 0)]);
    expect(moved.touchpoints[two.id]!.position).toEqual(one.position);
    expect(reorderInCell(moved, two.id, -1)).toEqual([]);
  });

  it('moves a touchpoint to the next stage, its card landing in that column below the cards there', () => {
    const { doc, one, three, c } = plain();
    const moved = apply(doc, moveToNeighbourStage(doc, one.id, 1));
    expect(moved.touchpoints[one.id]!.stageId).toBe(c.id);
    expect(inOwnColumn(moved, one.id)).toBe(true);
    expect(moved.touchpoints[one.id]!.position.y).toBeGreaterThan(three.position.y);
    expect(titles(moved).slice(-2)).toEqual([seedLine('hy', 1), seedLine('ml', 0)]);
    expect(moveToNeighbourStage(moved, one.id, 1)).toEqual([]);
  });

  it("moves a card to another lane through the lane cell, into that lane's band", () => {
    const b = journey('Blueprint');
    const [s] = b.stages('Buy');
    b.lane('Customer', 'customer');
    const back = b.lane('Back office', 'backstage');
    const t = b.touchpoint(s, { title: 'pays', position: { x: 40, y: 150 } });
    const doc = docStateFrom(b.build());
    const result = cellChanges(doc, t.id, 'lane', 'back office');
    if (!result.ok) throw new Error('refused');
    const moved = apply(doc, result.changes);
    const bands = laneBands(Object.values(moved.lanes));
    expect(moved.touchpoints[t.id]!.laneId).toBe(back.id);
    // Its position is in the lane's band, so the canvas draws it there.
    const band = bands.find((x) => x.lane.id === back.id)!;
    expect(moved.touchpoints[t.id]!.position.y).toBeGreaterThanOrEqual(band.y);
    expect(laneOf(bands, moved.touchpoints[t.id]!)).toBe(back.id);
  });

  it('moves a touchpoint to a stage through the stage cell', () => {
    const { doc, one, c } = plain();
    const result = cellChanges(doc, one.id, 'stage', c.name);
    if (!result.ok) throw new Error('refused');
    expect(apply(doc, result.changes).touchpoints[one.id]!.stageId).toBe(c.id);
    expect(moveToCell(doc, one.id, one.stageId, null)).toEqual([]);
  });

  it('adds an empty row at the end of the stage, in its column', () => {
    const { doc, a, one } = plain();
    const { changes, id } = newRow(doc, a.id, null, 5);
    const added = apply(doc, changes);
    expect(added.touchpoints[id]).toMatchObject({ title: '', stageId: a.id, createdAt: 5 });
    expect(titles(added).slice(0, 4)).toEqual([`# ${a.name}`, seedLine('ml', 0), seedLine('ml', 2), '']);
    expect(inOwnColumn(added, id)).toBe(true);
    expect(hasContent(added.touchpoints[id]!)).toBe(false);
    expect(hasContent(doc.touchpoints[one.id]!)).toBe(true);
  });
});
