import { describe, expect, it } from 'vitest';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import {
  mergeListLines,
  mergeOpportunities,
  mergePainPoints,
  parseNumber,
  readCell,
  tableColumns,
  writeCell,
  type CellWrite,
  type ColumnKey,
} from '../../../renderer/src/table/cells';
import { tableContext } from '../../../renderer/src/table/rows';
import { docStateFrom } from '../../../renderer/src/session/doc-state';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';

function setup() {
  const b = journey(seedLine('ta', 0));
  const [discover, buy] = b.stages(seedLine('ta', 3), seedLine('hy', 0));
  const customer = b.lane('Customer', 'customer');
  const back = b.lane(seedLine('ml', 2), 'backstage');
  const persona = b.persona(seedLine('te', 0));
  const t = b.touchpoint(discover, {
    title: seedLine('ml', 0),
    description: `${seedLine('te', 1)}\n${seedLine('ta', 1)}`,
    channel: 'website',
    emotion: -2,
    personaEmotions: { [persona.id]: 3 },
    painPoints: [newPainPoint(seedLine('ta', 5), 3), newPainPoint(seedLine('hy', 1), 1)],
    opportunities: [{ ...newOpportunity(seedLine('ml', 1)), status: 'planned', owner: 'Ana' }],
    friction: { score: 4, types: ['waiting', 'hand-offs'] },
    metrics: {
      csat: { mode: 'share', value: 72, sample: 40 },
      ces: { mean: 5.5, sample: null },
      dropOff: 12.5,
      volume: 1200,
    },
    laneId: back.id,
  });
  const doc = b.build();
  return { doc, t, persona, discover, buy, customer, back, context: tableContext(docStateFrom(doc)) };
}

const patchOf = (w: CellWrite) => {
  if (!w.ok) throw new Error(`Refused: ${w.error.key}`);
  return w.patch;
};

describe('table cells', () => {
  it('has a lane column only in a blueprint, and one emotion column per persona', () => {
    const keys = (personas: number, blueprint: boolean) =>
      tableColumns(
        Array.from({ length: personas }, (_, i) => ({ id: `persona:${i}` as never, name: `P${i}` })),
        blueprint,
      ).map((c) => c.key);
    expect(keys(0, false)).not.toContain('lane');
    expect(keys(0, true)).toContain('lane');
    expect(keys(2, false).filter((k) => k.startsWith('persona:'))).toHaveLength(2);
    expect(keys(0, false)).toEqual(
      expect.arrayContaining(['title', 'description', 'channel', 'emotion', 'painPoints', 'friction', 'opportunities']),
    );
  });

  it('reads every column as the text it is edited in', () => {
    const { t, persona, context, back, discover } = setup();
    const read = (key: ColumnKey) => readCell(t, key, context);
    expect(read('title')).toBe(seedLine('ml', 0));
    expect(read('description')).toBe(`${seedLine('te', 1)}\n${seedLine('ta', 1)}`);
    expect(read('channel')).toBe('website');
    expect(read('stage')).toBe(discover.name);
    expect(read('lane')).toBe(back.name);
    expect(read('emotion')).toBe('-2');
    expect(read(`persona:${persona.id}`)).toBe('+3');
    expect(read('painPoints')).toBe(`${seedLine('ta', 5)}\n${seedLine('hy', 1)}`);
    expect(read('friction')).toBe('4');
    expect(read('frictionTypes')).toBe('waiting, hand-offs');
    expect(read('opportunities')).toBe(seedLine('ml', 1));
    expect(read('csat')).toBe('72%');
    expect(read('ces')).toBe('5.5');
    expect(read('dropOff')).toBe('12.5%');
    expect(read('volume')).toBe('1200');
  });

  it('writes back what it reads without a change, for every column', () => {
    const { t, context, persona } = setup();
    const keys = tableColumns([{ id: persona.id, name: persona.name }], true).map((c) => c.key);
    for (const key of keys) expect(patchOf(writeCell(t, key, readCell(t, key, context), context)), key).toEqual({});
  });

  it('writes text columns, trimming a title to one line', () => {
    const { t, context } = setup();
    expect(patchOf(writeCell(t, 'title', `  ${seedLine('hy', 2)}\n`, context))).toEqual({ title: seedLine('hy', 2) });
    expect(patchOf(writeCell(t, 'description', seedLine('te', 2), context))).toEqual({
      description: seedLine('te', 2),
    });
    expect(patchOf(writeCell(t, 'channel', ' phone ', context))).toEqual({ channel: 'phone' });
  });

  it('writes emotions from −3 to +3 (a Unicode minus too), clears them when empty, refuses anything else', () => {
    const { t, context, persona } = setup();
    expect(patchOf(writeCell(t, 'emotion', '+2', context))).toEqual({ emotion: 2 });
    expect(patchOf(writeCell(t, 'emotion', '\u22121', context))).toEqual({ emotion: -1 });
    expect(patchOf(writeCell(t, 'emotion', '', context))).toEqual({ emotion: null });
    for (const bad of ['4', '-3.5', 'happy'])
      expect(writeCell(t, 'emotion', bad, context)).toEqual({ ok: false, error: { key: 'table.errors.emotion' } });
    const key = `persona:${persona.id}` as const;
    expect(patchOf(writeCell(t, key, '-3', context))).toEqual({ personaEmotions: { [persona.id]: -3 } });
    expect(patchOf(writeCell(t, key, ' ', context))).toEqual({ personaEmotions: {} });
  });

  it('writes friction score and types, keeping the other half', () => {
    const { t, context } = setup();
    expect(patchOf(writeCell(t, 'friction', '2', context))).toEqual({
      friction: { score: 2, types: ['waiting', 'hand-offs'] },
    });
    expect(writeCell(t, 'friction', '6', context).ok).toBe(false);
    expect(patchOf(writeCell(t, 'frictionTypes', 'Price; missing information, price', context))).toEqual({
      friction: { score: 4, types: ['price', 'missing information'] },
    });
    const refused = writeCell(t, 'frictionTypes', 'waiting, boredom', context);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.values?.['name']).toBe('boredom');
  });

  it('writes metrics: CSAT as a share with % or a 1–5 mean (keeping its sample), CES, drop-off, volume', () => {
    const { t, context } = setup();
    expect(patchOf(writeCell(t, 'csat', '85 %', context)).metrics?.csat).toEqual({
      mode: 'share',
      value: 85,
      sample: 40,
    });
    expect(patchOf(writeCell(t, 'csat', '4,2', context)).metrics?.csat).toEqual({
      mode: 'mean',
      value: 4.2,
      sample: 40,
    });
    expect(writeCell(t, 'csat', '42', context).ok).toBe(false);
    expect(patchOf(writeCell(t, 'csat', '', context)).metrics?.csat).toBeNull();
    expect(patchOf(writeCell(t, 'ces', '3', context)).metrics?.ces).toEqual({ mean: 3, sample: null });
    expect(writeCell(t, 'ces', '9', context).ok).toBe(false);
    expect(patchOf(writeCell(t, 'dropOff', '30%', context)).metrics?.dropOff).toBe(30);
    expect(writeCell(t, 'dropOff', '130', context).ok).toBe(false);
    expect(patchOf(writeCell(t, 'volume', '1,500', context)).metrics?.volume).toBe(1500);
    expect(writeCell(t, 'volume', '-1', context).ok).toBe(false);
    // The other metrics stay as they were.
    expect(patchOf(writeCell(t, 'volume', '7', context)).metrics?.ces).toEqual({ mean: 5.5, sample: null });
  });

  it('writes the stage and lane by name (any case), refusing names the journey does not have', () => {
    const { t, context, buy, customer } = setup();
    expect(patchOf(writeCell(t, 'stage', buy.name.toUpperCase(), context))).toEqual({ stageId: buy.id });
    expect(patchOf(writeCell(t, 'lane', 'customer', context))).toEqual({ laneId: customer.id });
    expect(writeCell(t, 'stage', 'Nowhere', context)).toEqual({
      ok: false,
      error: { key: 'table.errors.stage', values: { name: 'Nowhere' } },
    });
  });

  it('reads numbers as people type them', () => {
    expect(parseNumber(' +3 ')).toBe(3);
    expect(parseNumber('\u22122')).toBe(-2);
    expect(parseNumber('12,5 %')).toBe(12.5);
    expect(parseNumber('1e3')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('list cells: one item per line', () => {
  const make = (text: string) => ({ id: `new:${text}`, text, severity: 2 });
  const items = [
    { id: 'a', text: 'slow site', severity: 3 },
    { id: 'b', text: 'no tracking', severity: 1 },
  ];

  it('keeps unchanged lines as they were (severity too) and adds a new line as a new item', () => {
    const out = mergeListLines(items, 'slow site\nno tracking\nhidden fees', make);
    expect(out).toEqual([items[0], items[1], { id: 'new:hidden fees', text: 'hidden fees', severity: 2 }]);
  });

  it('removes an emptied line', () => {
    expect(mergeListLines(items, '\nno tracking', make)).toEqual([items[1]]);
    expect(mergeListLines(items, '', make)).toEqual([]);
  });

  it('keeps the item of a line whose text was changed in place, with its severity', () => {
    expect(mergeListLines(items, 'slow checkout\nno tracking', make)).toEqual([
      { id: 'a', text: 'slow checkout', severity: 3 },
      items[1],
    ]);
  });

  it('follows reordered lines without losing what each item carries', () => {
    expect(mergeListLines(items, 'no tracking\nslow site', make)).toEqual([items[1], items[0]]);
  });

  it('adds a line inserted above others as a new item, keeping the items below it', () => {
    expect(mergeListLines(items, 'first\nslow site\nno tracking', make)).toEqual([
      { id: 'new:first', text: 'first', severity: 2 },
      items[0],
      items[1],
    ]);
  });

  it('works on real pain points and opportunities: status and owner stay, new ones get the defaults', () => {
    const pains = [newPainPoint(seedLine('ta', 5), 3)];
    const mergedPains = mergePainPoints(pains, `${seedLine('ta', 5)}\n\r\n${seedLine('hy', 3)}`);
    expect(mergedPains.map((p) => [p.text, p.severity])).toEqual([
      [seedLine('ta', 5), 3],
      [seedLine('hy', 3), 2],
    ]);
    expect(mergedPains[0]).toBe(pains[0]);
    const opportunities = [{ ...newOpportunity(seedLine('ml', 1)), status: 'planned' as const, owner: 'Ana' }];
    const merged = mergeOpportunities(opportunities, `${seedLine('ml', 3)}\n${seedLine('te', 3)}`);
    expect(merged[0]).toMatchObject({
      id: opportunities[0]!.id,
      text: seedLine('ml', 3),
      status: 'planned',
      owner: 'Ana',
    });
    expect(merged[1]).toMatchObject({ text: seedLine('te', 3), status: 'idea', owner: '' });
  });
});
