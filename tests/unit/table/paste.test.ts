import { describe, expect, it } from 'vitest';
import { applyChanges, docStateFrom } from '../../../renderer/src/session/doc-state';
import { tableColumns } from '../../../renderer/src/table/cells';
import { parseTsv, pasteCells } from '../../../renderer/src/table/paste';
import { tableRows } from '../../../renderer/src/table/rows';
import { laneBands, nextSlotInCell } from '../../../renderer/src/domain/lanes';
import { stageColumns } from '../../../renderer/src/domain/layout';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';

describe('TSV from the clipboard', () => {
  it('splits rows and cells, with Windows, old Mac and Unix line ends, without a trailing empty row', () => {
    expect(parseTsv('a\tb\r\nc\td\re\tf\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps empty cells, at the ends too', () => {
    expect(parseTsv('\tb\t\n\t\t')).toEqual([
      ['', 'b', ''],
      ['', '', ''],
    ]);
  });

  it('reads quoted cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"one\ttab"\t"two\nlines"\t"say ""hi"""\nplain')).toEqual([
      ['one\ttab', 'two\nlines', 'say "hi"'],
      ['plain'],
    ]);
  });

  it('keeps a quote that does not open a quoted cell as text', () => {
    expect(parseTsv('5" screen\t"open\nnext')).toEqual([['5" screen', '"open'], ['next']]);
  });

  it('carries text of the four scripts unchanged', () => {
    const cells = [seedLine('ta', 3), seedLine('te', 1), seedLine('ml', 2), seedLine('hy', 0)];
    expect(parseTsv(`${cells.join('\t')}\r\n`)).toEqual([cells]);
  });

  it('gives nothing for empty text', () => {
    expect(parseTsv('')).toEqual([]);
  });
});

describe('pasting cells into the table', () => {
  function setup() {
    const b = journey('Paste');
    const [a, c] = b.stages('Discover', 'Buy');
    const one = b.touchpoint(a, { title: 'first' });
    const two = b.touchpoint(a, { title: 'second', pains: [3] });
    const other = b.touchpoint(c, { title: 'elsewhere' });
    const doc = docStateFrom(b.build());
    return { doc, a, c, one, two, other, columns: tableColumns([], false) };
  }

  it('fills the focused row and the rows below it from the focused column, and adds rows beyond them in that stage', () => {
    const { doc, a, one, two, other, columns } = setup();
    const block = parseTsv(
      [
        `${seedLine('ta', 3)}\t${seedLine('te', 1)}\tphone`,
        `${seedLine('ml', 0)}\t\temail`,
        `${seedLine('hy', 0)}\t"${seedLine('hy', 1)}\n${seedLine('hy', 2)}"\tstore`,
      ].join('\n'),
    );
    const result = pasteCells(doc, block, columns, { stageId: a.id, laneId: null, touchpointId: one.id, column: 0 }, 9);
    expect(result).toMatchObject({ added: 1, changed: 2, skipped: 0 });
    const after = applyChanges(doc, result.changes, 'forward');
    expect(after.touchpoints[one.id]).toMatchObject({
      title: seedLine('ta', 3),
      description: seedLine('te', 1),
      channel: 'phone',
    });
    // An empty cell clears that field; the second row's pain point stays (its column was not pasted).
    expect(after.touchpoints[two.id]).toMatchObject({ title: seedLine('ml', 0), description: '', channel: 'email' });
    expect(after.touchpoints[two.id]!.painPoints).toHaveLength(1);
    const added = after.touchpoints[result.ids[2]!]!;
    expect(added).toMatchObject({
      stageId: a.id,
      title: seedLine('hy', 0),
      description: `${seedLine('hy', 1)}\n${seedLine('hy', 2)}`,
      channel: 'store',
      createdAt: 9,
    });
    // The other stage is untouched, and the new row comes last in its stage.
    expect(after.touchpoints[other.id]).toBe(doc.touchpoints[other.id]);
    const order = tableRows(after).flatMap((r) => (r.kind === 'touchpoint' && r.stageId === a.id ? [r.key] : []));
    expect(order).toEqual([one.id, two.id, added.id]);
  });

  it('maps columns from the focused one: emotion, pain points, friction; skips cells it cannot read and leaves them', () => {
    const { doc, a, two, columns } = setup();
    const column = columns.findIndex((c) => c.key === 'emotion');
    // The pain points' severity and evidence columns follow theirs: left empty, they change nothing.
    const block = [['-2', 'pain 1\nhidden fees', '', '', '9']];
    const result = pasteCells(doc, block, columns, { stageId: a.id, laneId: null, touchpointId: two.id, column });
    expect(result).toMatchObject({ added: 0, changed: 1, skipped: 1 });
    const after = applyChanges(doc, result.changes, 'forward').touchpoints[two.id]!;
    expect(after.emotion).toBe(-2);
    expect(after.painPoints.map((p) => [p.text, p.severity])).toEqual([
      ['pain 1', 3],
      ['hidden fees', 2],
    ]);
    expect(after.friction.score).toBe(0);
  });

  it('maps a row onto the columns added for #19, a CSAT before its answers, and skips what it cannot read', () => {
    const { doc, a, one, columns } = setup();
    const column = columns.findIndex((c) => c.key === 'csat');
    const row = [
      '80%', // csat
      '', // ces
      '', // dropOff
      '', // volume
      seedLine('te', 2), // owner
      'Data', // evidence
      seedLine('ml', 1), // emotionLabel
      '+1', // expectedEmotion
      seedLine('ta', 2), // thoughts
      `${seedLine('hy', 1)}\n${seedLine('hy', 2)}`, // quotes
      'yes', // momentOfTruth
      'perhaps', // delight: not a yes or a no
      'Why now?, Why stay?', // loyaltyQuestions
      'bridges', // pillars
      'pilot, q3', // tags
      '64', // csatSample
      '12', // cesSample: no CES on this row
      '5', // promoters
      '', // passives
      '2', // detractors
    ];
    expect(columns.slice(column, column + row.length).map((c) => c.key)).toEqual([
      'csat',
      'ces',
      'dropOff',
      'volume',
      'owner',
      'evidence',
      'emotionLabel',
      'expectedEmotion',
      'thoughts',
      'quotes',
      'momentOfTruth',
      'delight',
      'loyaltyQuestions',
      'pillars',
      'tags',
      'csatSample',
      'cesSample',
      'promoters',
      'passives',
      'detractors',
    ]);
    const result = pasteCells(doc, [row], columns, { stageId: a.id, laneId: null, touchpointId: one.id, column });
    expect(result).toMatchObject({ added: 0, changed: 1, skipped: 2 });
    const after = applyChanges(doc, result.changes, 'forward').touchpoints[one.id]!;
    expect(after).toMatchObject({
      owner: seedLine('te', 2),
      evidence: 'data',
      emotionLabel: seedLine('ml', 1),
      thoughts: seedLine('ta', 2),
      quotes: [seedLine('hy', 1), seedLine('hy', 2)],
      momentOfTruth: true,
      delight: false,
      loyaltyQuestions: ['Why now?', 'Why stay?'],
      pillars: ['bridges'],
      tags: ['pilot', 'q3'],
    });
    expect(after.metrics).toMatchObject({
      csat: { mode: 'share', value: 80, sample: 64 },
      ces: null,
      expectedEmotion: 1,
      nps: { promoters: 5, passives: 0, detractors: 2 },
    });
  });

  it('pastes pain points with their severity and evidence lines, and opportunities with status and scores', () => {
    const { doc, a, one, columns } = setup();
    const column = columns.findIndex((c) => c.key === 'painPoints');
    const row = [
      `${seedLine('ta', 5)}\n${seedLine('hy', 1)}`, // painPoints
      'severe\n1', // painSeverity
      '\nresearch', // painEvidence
      '2', // friction
      '', // frictionTypes
      seedLine('ml', 1), // opportunities
      'in progress', // opportunityStatus
      seedLine('te', 2).slice(0, 20), // opportunityOwner
      '5', // customerValue
      '4', // businessValue
      '9', // effort: not a score
      '3', // confidence
      'Why stay?', // opportunityTags
    ];
    expect(columns.slice(column, column + row.length).map((c) => c.key)).toEqual([
      'painPoints',
      'painSeverity',
      'painEvidence',
      'friction',
      'frictionTypes',
      'opportunities',
      'opportunityStatus',
      'opportunityOwner',
      'customerValue',
      'businessValue',
      'effort',
      'confidence',
      'opportunityTags',
    ]);
    const result = pasteCells(doc, [row], columns, { stageId: a.id, laneId: null, touchpointId: one.id, column });
    expect(result).toMatchObject({ added: 0, changed: 1, skipped: 1 });
    const after = applyChanges(doc, result.changes, 'forward').touchpoints[one.id]!;
    expect(after.painPoints.map((p) => [p.text, p.severity, p.evidence])).toEqual([
      [seedLine('ta', 5), 3, null],
      [seedLine('hy', 1), 1, 'research'],
    ]);
    expect(after.friction.score).toBe(2);
    expect(after.opportunities).toHaveLength(1);
    expect(after.opportunities[0]).toMatchObject({
      text: seedLine('ml', 1),
      status: 'in progress',
      owner: seedLine('te', 2).slice(0, 20).trim(),
      scores: { customerValue: 5, businessValue: 4, effort: null, confidence: 3 },
      loyaltyQuestions: ['Why stay?'],
      pillars: [],
    });
  });

  it('on a stage header, every row is new; empty rows add nothing; cells beyond the last column are left out', () => {
    const { doc, c, columns } = setup();
    const block = [['a'], ['', ''], ['b', ...Array.from({ length: columns.length + 3 }, () => 'x')]];
    const result = pasteCells(doc, block, columns, { stageId: c.id, laneId: null, touchpointId: null, column: 0 });
    expect(result.added).toBe(2);
    const after = applyChanges(doc, result.changes, 'forward');
    expect(result.ids.map((id) => after.touchpoints[id]!.title)).toEqual(['a', 'b']);
    expect(result.ids.every((id) => after.touchpoints[id]!.stageId === c.id)).toBe(true);
  });

  it('adds a block of 3,000 rows in order below the others, each with its cells, leaving the table it read as it was', () => {
    const { doc, a, columns } = setup();
    const before = structuredClone(doc);
    const scripts = ['ta', 'hy', 'te', 'ml'] as const;
    const block = Array.from({ length: 3000 }, (_, i) => [`${seedLine(scripts[i % 4]!, i % 3)} ${i}`, `#${i}`]);
    const result = pasteCells(doc, block, columns, { stageId: a.id, laneId: null, touchpointId: null, column: 0 }, 9);
    expect(result).toMatchObject({ added: 3000, changed: 0, skipped: 0 });
    expect(doc).toEqual(before);
    // One change per new row: created with its title and description (the merge kept the first before, null).
    expect(result.changes).toHaveLength(3000);
    expect(result.changes.every((c) => c.before === null && c.after !== null)).toBe(true);
    const after = applyChanges(doc, result.changes, 'forward');
    const added = result.ids.map((id) => after.touchpoints[id]!);
    expect(added.map((t) => [t.title, t.description])).toEqual(
      block.map(([title, description]) => [title, description]),
    );
    const ys = added.map((t) => t.position.y);
    expect(ys.every((y, i) => i === 0 || y > ys[i - 1]!)).toBe(true);
    const lowestBefore = Math.max(
      ...Object.values(doc.touchpoints)
        .filter((t) => t.stageId === a.id)
        .map((t) => t.position.y),
    );
    expect(ys[0]!).toBeGreaterThan(lowestBefore);
  });

  it("in a blueprint, places new rows in the lane cell pasted into, each below the last, as the cell's own placement does", () => {
    const b = journey('Lanes');
    const [a] = b.stages('Discover');
    b.lane('Customer', 'customer');
    const back = b.lane(seedLine('hy', 0), 'backstage');
    const doc0 = docStateFrom(b.build());
    const bands = laneBands(Object.values(doc0.lanes));
    const band = bands.find((x) => x.lane.id === back.id)!;
    b.touchpoint(a!, { title: 'front', laneId: null, position: { x: 0, y: bands[0]!.y + 20 } });
    b.touchpoint(a!, { title: 'back, high', laneId: back.id, position: { x: 0, y: band.y + 20 } });
    b.touchpoint(a!, { title: 'back, low', laneId: back.id, position: { x: 0, y: band.y + 200 } });
    const doc = docStateFrom(b.build());
    const block = [[seedLine('ta', 1)], [seedLine('te', 2)], [seedLine('ml', 0)]];
    const result = pasteCells(doc, block, tableColumns([], true), {
      stageId: a!.id,
      laneId: back.id,
      touchpointId: null,
      column: 0,
    });
    expect(result.added).toBe(3);
    const after = applyChanges(doc, result.changes, 'forward');
    // Where the cell's own placement (every card of the map looked at) puts each, one after another.
    const columns = stageColumns(Object.values(doc.stages));
    let placed = Object.values(doc.touchpoints);
    for (const id of result.ids) {
      const t = after.touchpoints[id]!;
      expect(t.laneId).toBe(back.id);
      expect(t.position).toEqual(nextSlotInCell(columns, bands, { stageId: a!.id, laneId: back.id }, placed));
      placed = [...placed, t];
    }
  });
});
