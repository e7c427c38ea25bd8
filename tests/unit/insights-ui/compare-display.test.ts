import { describe, expect, it } from 'vitest';
import { compareStates, type CompareRow } from '../../../renderer/src/domain/insights';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import {
  compareChart,
  DELTA_COLUMNS,
  deltaCell,
  severityChangeText,
  shorten,
  toneOf,
} from '../../../renderer/src/insights-ui/compare-display';
import { futureStateDocument } from '../../../renderer/src/insights-ui/future-state';
import { MALAYALAM, TELUGU } from '../../fixtures/seed-text';

function improvedFuture() {
  const current = buildOnlineOrderTemplate(0);
  const { document: future } = futureStateDocument(current, 1);
  const support = future.touchpoints.find((t) => t.title === 'Contacts support by phone')!;
  support.painPoints = support.painPoints.slice(1);
  support.emotion = 0;
  support.friction = { score: 2, types: ['waiting'] };
  support.metrics = { ...support.metrics, csat: { mode: 'mean', value: 3.6, sample: 212 } };
  return { current, future };
}

const column = (key: string) => DELTA_COLUMNS.find((c) => c.key === key)!;

describe('delta cells', () => {
  it('says in words whether a change is better or worse, by the metric’s direction', () => {
    const { current, future } = improvedFuture();
    const receive = compareStates(current, future).stages.find((s) => s.name === 'Receive')!;
    const pain = deltaCell(receive, column('painPoints'));
    expect(pain).toMatchObject({ before: '5', after: '4', delta: '−1', tone: 'better', sign: '▲ better' });
    const friction = deltaCell(receive, column('friction'));
    expect(friction.tone).toBe('better');
    expect(friction.delta).toBe('−0.6');
    const emotion = deltaCell(receive, column('emotion'));
    expect(emotion).toMatchObject({ delta: '+0.4', tone: 'better' });
    expect(emotion.description).toBe('Emotion (−3..+3) in Receive: 0 → +0.4, +0.4 (better).');
    const dropOff = deltaCell(receive, column('dropOff'));
    expect(dropOff).toMatchObject({ before: '—', after: '—', delta: '—', tone: 'none', sign: '' });
    expect(dropOff.description).toMatch(/not measured on both sides/);
  });

  it('marks the same value as no change', () => {
    const { current, future } = improvedFuture();
    const buy = compareStates(current, future).stages.find((s) => s.name === 'Buy')!;
    expect(deltaCell(buy, column('ces'))).toMatchObject({ delta: '0', tone: 'same', sign: '= no change' });
    expect(deltaCell(buy, column('csatShare')).delta).toBe('0 pts');
  });

  it('turns lower-is-better metrics the right way round', () => {
    expect(toneOf(-5, 'lower')).toBe('better');
    expect(toneOf(5, 'lower')).toBe('worse');
    expect(toneOf(5, 'higher')).toBe('better');
    expect(toneOf(0, 'higher')).toBe('same');
    expect(toneOf(null, 'higher')).toBe('none');
  });

  it('describes severity changes of kept pain points', () => {
    expect(severityChangeText(3, 2)).toEqual({ text: 'Severe → Moderate (less severe)', tone: 'better' });
    expect(severityChangeText(1, 3)).toEqual({ text: 'Minor → Severe (more severe)', tone: 'worse' });
    expect(severityChangeText(2, 2)).toEqual({ text: 'Moderate, unchanged', tone: 'same' });
  });
});

describe('compare chart', () => {
  const box = { width: 600, height: 200, left: 100, right: 20, top: 10, bottom: 40 };
  const row = (r: Partial<CompareRow>): CompareRow => ({
    currentTouchpointId: 'touchpoint:a' as CompareRow['currentTouchpointId'],
    futureTouchpointId: 'touchpoint:b' as CompareRow['futureTouchpointId'],
    title: MALAYALAM[0]!,
    current: 0,
    future: 0,
    delta: 0,
    ...r,
  });

  it('maps +3 to the top and −3 to the bottom of the plot', () => {
    const chart = compareChart([row({}), row({})], box);
    expect(chart.yOf(3)).toBe(10);
    expect(chart.yOf(-3)).toBe(160);
    expect(chart.yOf(0)).toBe(85);
    expect(chart.yOf(9)).toBe(10);
    expect(chart.xs).toEqual([100, 580]);
  });

  it('steps over rows a side does not have, and breaks the line where an emotion is missing', () => {
    const rows = [
      row({ current: 1, future: 2 }),
      row({ currentTouchpointId: null, current: null, future: 3, title: TELUGU[0]! }),
      row({ current: -1, future: null }),
      row({ current: -2, future: 1 }),
    ];
    const chart = compareChart(rows, box);
    // current: rows 0, 2, 3 joined (row 1 is new in the future state)
    expect(chart.current.path).toBe(`M100 60 L420 110 L580 135`);
    expect(chart.current.points.map((p) => p.row)).toEqual([0, 2, 3]);
    // future: a break at row 2 (touchpoint without an emotion)
    expect(chart.future.path).toBe(`M100 35 L260 10 M580 60`);
    expect(chart.future.points.find((p) => p.row === 1)!.title).toBe(TELUGU[0]);
  });

  it('centres a single row and draws nothing for no rows', () => {
    expect(compareChart([row({})], box).xs).toEqual([340]);
    const empty = compareChart([], box);
    expect(empty.current.path).toBe('');
    expect(empty.future.points).toEqual([]);
  });

  it('shortens long labels by characters, not bytes', () => {
    expect(shorten('Short', 10)).toBe('Short');
    expect(shorten('Contacts support by phone', 10)).toBe('Contacts…');
    const cut = shorten(MALAYALAM[0]!, 8);
    expect([...cut]).toHaveLength(8);
    expect(cut.endsWith('…')).toBe(true);
  });
});
