import { describe, expect, it } from 'vitest';
import { mainLineIds, mainPath, mainPathIds, emotionCurve } from '../../../renderer/src/domain/insights';
import { newId } from '../../../renderer/src/domain';
import { JourneyBuilder } from '../../fixtures/journey-builder';
import { SEED_PHRASE as SEED } from '../../fixtures/seed-text';

const titles = (b: JourneyBuilder) => mainPath(b.doc).map((t) => t.title);

describe('mainPath', () => {
  it('is empty for an empty journey', () => {
    expect(mainPath(new JourneyBuilder().doc)).toEqual([]);
  });

  it('orders stages by their order, whatever the positions or creation order', () => {
    const b = new JourneyBuilder();
    const buy = b.stage('Buy', 2);
    const discover = b.stage(SEED.tamil, 0);
    b.touchpoint(buy, { title: 'pay', position: { x: 0, y: 0 } });
    b.touchpoint(discover, { title: SEED.tamil, position: { x: 900, y: 500 } });
    expect(titles(b)).toEqual([SEED.tamil, 'pay']);
  });

  it('follows main connections inside a stage before y order', () => {
    const b = new JourneyBuilder();
    const s = b.stage('Use');
    const low = b.touchpoint(s, { title: 'first', position: { x: 0, y: 300 } });
    const high = b.touchpoint(s, { title: 'second', position: { x: 0, y: 0 } });
    b.connect(low, high);
    expect(titles(b)).toEqual(['first', 'second']);
  });

  it('places touchpoints on no main connection by stage, then y, then x', () => {
    const b = new JourneyBuilder();
    const s1 = b.stage('One');
    const s2 = b.stage('Two');
    b.touchpoint(s2, { title: 'd', position: { x: 10, y: 0 } });
    b.touchpoint(s1, { title: 'b', position: { x: 50, y: 100 } });
    b.touchpoint(s1, { title: 'a', position: { x: 0, y: 100 } });
    b.touchpoint(s2, { title: 'c', position: { x: 90, y: -20 } });
    const x = b.touchpoint(s1, { title: 'x', position: { x: 0, y: 500 } });
    const y = b.touchpoint(s1, { title: 'y', position: { x: 0, y: 600 } });
    b.connect(x, y, 'alternative'); // not a main connection
    expect(titles(b)).toEqual(['a', 'b', 'x', 'y', 'c', 'd']);
  });

  it('keeps every main connection pointing forward where the web has no cycle', () => {
    const b = new JourneyBuilder();
    const s = b.stage('Choose');
    const a = b.touchpoint(s, { title: 'a', position: { x: 0, y: 0 } });
    const bb = b.touchpoint(s, { title: 'b', position: { x: 0, y: 100 } });
    const c = b.touchpoint(s, { title: 'c', position: { x: 0, y: 200 } });
    b.connect(a, bb);
    b.connect(a, c);
    b.connect(c, bb); // c must come before b
    expect(titles(b)).toEqual(['a', 'c', 'b']);
  });

  it('walks branches in place order', () => {
    const b = new JourneyBuilder();
    const s = b.stage('Choose');
    const a = b.touchpoint(s, { title: 'a', position: { x: 0, y: 0 } });
    const lower = b.touchpoint(s, { title: 'lower', position: { x: 0, y: 200 } });
    const upper = b.touchpoint(s, { title: 'upper', position: { x: 0, y: 100 } });
    b.connect(a, lower);
    b.connect(a, upper);
    expect(titles(b)).toEqual(['a', 'upper', 'lower']);
  });

  it('breaks cycles and ignores self-loops without looping', () => {
    const b = new JourneyBuilder();
    const s = b.stage('Loop');
    const a = b.touchpoint(s, { title: 'a', position: { x: 0, y: 0 } });
    const bb = b.touchpoint(s, { title: 'b', position: { x: 0, y: 100 } });
    const c = b.touchpoint(s, { title: 'c', position: { x: 0, y: 200 } });
    b.connect(bb, c);
    b.connect(c, a);
    b.connect(a, bb);
    b.connect(a, a);
    expect(titles(b)).toEqual(['a', 'b', 'c']);
  });

  it('enters a cycle from the touchpoint that leads into it', () => {
    const b = new JourneyBuilder();
    const s = b.stage('Loop');
    const start = b.touchpoint(s, { title: 'start', position: { x: 0, y: 900 } });
    const p = b.touchpoint(s, { title: 'p', position: { x: 0, y: 0 } });
    const q = b.touchpoint(s, { title: 'q', position: { x: 0, y: 100 } });
    b.connect(start, q);
    b.connect(q, p);
    b.connect(p, q);
    expect(titles(b)).toEqual(['start', 'q', 'p']);
  });

  it('puts touchpoints of an unknown stage last and ignores connections to unknown touchpoints', () => {
    const b = new JourneyBuilder();
    const s = b.stage('Known');
    const lost = b.touchpoint(s, { title: 'lost', position: { x: 0, y: 0 } });
    lost.stageId = newId('stage');
    const known = b.touchpoint(s, { title: 'known', position: { x: 0, y: 50 } });
    b.doc.connections.push({ ...b.connect(known, lost), target: newId('touchpoint') });
    expect(titles(b)).toEqual(['known', 'lost']);
  });

  it('handles a long chain without running out of stack', () => {
    const b = new JourneyBuilder();
    const s = b.stage('Long');
    const tps = Array.from({ length: 5000 }, (_, i) => b.touchpoint(s, { title: `t${i}`, position: { x: 0, y: -i } }));
    b.chain(...tps);
    const ids = mainPathIds(b.doc);
    expect(ids).toHaveLength(5000);
    expect(ids[0]).toBe(tps[0]!.id);
    expect(ids[4999]).toBe(tps[4999]!.id);
  });

  it('tells which touchpoints sit on main connections', () => {
    const b = new JourneyBuilder();
    const s = b.stage('S');
    const a = b.touchpoint(s);
    const c = b.touchpoint(s);
    const d = b.touchpoint(s);
    b.connect(a, c);
    b.connect(c, d, 'failure');
    b.connect(d, d);
    expect([...mainLineIds(b.doc)].sort()).toEqual([a.id, c.id].sort());
  });
});

describe('emotionCurve', () => {
  function build() {
    const b = new JourneyBuilder();
    const s1 = b.stage(SEED.armenian);
    const s2 = b.stage(SEED.telugu);
    const p = b.persona(SEED.malayalam);
    const a = b.touchpoint(s1, { title: SEED.tamil, emotion: 1, personaEmotions: { [p.id]: 3 } });
    const gap = b.touchpoint(s1, { title: 'gap', emotion: null });
    const c = b.touchpoint(s2, { title: 'c', emotion: -2 });
    b.chain(a, gap, c);
    return { b, p, a, gap, c, s1, s2 };
  }

  it('follows the main path and marks missing emotions with null', () => {
    const { b, a, gap, c, s1, s2 } = build();
    expect(emotionCurve(b.doc)).toEqual([
      { touchpointId: a.id, stageId: s1.id, title: SEED.tamil, index: 0, emotion: 1 },
      { touchpointId: gap.id, stageId: s1.id, title: 'gap', index: 1, emotion: null },
      { touchpointId: c.id, stageId: s2.id, title: 'c', index: 2, emotion: -2 },
    ]);
  });

  it('skips missing emotions on request and reads a persona’s own emotions', () => {
    const { b, p, a, c } = build();
    expect(emotionCurve(b.doc, null, { skipMissing: true }).map((x) => x.touchpointId)).toEqual([a.id, c.id]);
    const persona = emotionCurve(b.doc, p.id);
    expect(persona.map((x) => x.emotion)).toEqual([3, null, null]);
    expect(emotionCurve(b.doc, p.id, { skipMissing: true })).toHaveLength(1);
  });

  it('can leave out touchpoints off the main line', () => {
    const { b, a, gap, c, s2 } = build();
    const branch = b.touchpoint(s2, { title: 'branch', emotion: -3 });
    b.connect(c, branch, 'failure');
    expect(emotionCurve(b.doc).map((x) => x.touchpointId)).toEqual([a.id, gap.id, c.id, branch.id]);
    expect(emotionCurve(b.doc, null, { mainLineOnly: true }).map((x) => x.touchpointId)).toEqual([a.id, gap.id, c.id]);
    const loose = new JourneyBuilder();
    const only = loose.touchpoint(loose.stage('S'), { emotion: 0 });
    expect(emotionCurve(loose.doc, null, { mainLineOnly: true }).map((x) => x.touchpointId)).toEqual([only.id]);
  });
});
