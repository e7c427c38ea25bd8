import { describe, expect, it } from 'vitest';
import { compareStates } from '../../../renderer/src/domain/insights';
import { copyWithNewIds, newPainPoint, type JourneyDocument, type Touchpoint } from '../../../renderer/src/domain';
import { JourneyBuilder } from '../../fixtures/journey-builder';
import { SEED_PHRASE as SEED } from '../../fixtures/seed-text';

/** The current state: Search (−1, one severe pain) → Checkout (−2, two pains) → Receive (+1). */
function current() {
  const b = new JourneyBuilder('Current');
  const choose = b.stage(SEED.tamil);
  const buy = b.stage('Buy');
  const search = b.touchpoint(choose, {
    title: 'Search',
    emotion: -1,
    painPoints: [newPainPoint(SEED.telugu, 3)],
    metrics: { csat: { mode: 'share', value: 50, sample: null } },
  });
  const checkout = b.touchpoint(buy, {
    title: 'Checkout',
    emotion: -2,
    painPoints: [newPainPoint('too many fields', 2), newPainPoint('no guest checkout', 3)],
  });
  const receive = b.touchpoint(buy, { title: 'Receive', emotion: 1 });
  b.chain(search, checkout, receive);
  return { b, search, checkout, receive };
}

/** The future state, made as the app makes it: a copy whose records carry their origins. */
function future(doc: JourneyDocument) {
  const copy = copyWithNewIds(doc, { keepOrigins: true }).document;
  const find = (title: string) => copy.touchpoints.find((t) => t.title === title)!;
  const search = find('Search');
  const checkout = find('Checkout');
  search.emotion = 1;
  search.painPoints = []; // the severe search pain is solved
  search.metrics = { ...search.metrics, csat: { mode: 'share', value: 80, sample: null } };
  checkout.emotion = 0;
  checkout.painPoints = checkout.painPoints
    .filter((p) => p.text === 'too many fields')
    .map((p) => ({ ...p, severity: 1 }));
  checkout.painPoints.push(newPainPoint(SEED.malayalam, 1));
  // A new touchpoint after Checkout, with no origin.
  const express: Touchpoint = {
    ...checkout,
    id: `touchpoint:express` as Touchpoint['id'],
    title: 'Express pickup',
    originId: null,
    emotion: 2,
    painPoints: [],
    position: { x: checkout.position.x, y: checkout.position.y + 10 },
  };
  copy.touchpoints.push(express);
  const toReceive = copy.connections.find((c) => c.source === checkout.id)!;
  copy.connections.push({ ...toReceive, id: 'connection:express' as typeof toReceive.id, target: express.id });
  toReceive.source = express.id;
  // The second stage is renamed in the future state: matched by its touchpoints' origins.
  copy.stages.find((s) => s.name === 'Buy')!.name = 'Buy online';
  return { copy, express };
}

describe('compareStates', () => {
  const c = current();
  const { copy, express } = future(c.b.doc);
  const result = compareStates(c.b.doc, copy);

  it('lines both emotion curves up for one chart', () => {
    expect(result.currentCurve.map((p) => p.emotion)).toEqual([-1, -2, 1]);
    expect(result.futureCurve.map((p) => p.emotion)).toEqual([1, 0, 2, 1]);
    expect(result.rows.map((r) => [r.title, r.current, r.future, r.delta])).toEqual([
      ['Search', -1, 1, 2],
      ['Checkout', -2, 0, 2],
      ['Express pickup', null, 2, null],
      ['Receive', 1, 1, 0],
    ]);
    expect(result.rows[2]).toMatchObject({ currentTouchpointId: null, futureTouchpointId: express.id });
    expect(result.rows[0]!.currentTouchpointId).toBe(c.search.id);
  });

  it('matches stages by name or by their touchpoints’ origins and gives metric deltas', () => {
    expect(result.stages.map((s) => [s.name, s.matchedBy])).toEqual([
      [SEED.tamil, 'name'],
      ['Buy online', 'origin'],
    ]);
    const [choose, buy] = result.stages;
    expect(choose!.delta).toMatchObject({ emotion: 2, csatShare: 30, csatMean: null, nps: null, painPoints: -1 });
    // Buy: emotions −2, +1 → −0.5; future 0, +2, +1 → 1. Pain points 2 → 2.
    expect(buy!.delta.emotion).toBeCloseTo(1.5);
    expect(buy!.delta.painPoints).toBe(0);
    expect(result.onlyInCurrent).toEqual([]);
    expect(result.onlyInFuture).toEqual([]);
  });

  it('sorts pain points into removed, kept and added', () => {
    expect(result.pain.removed.map((p) => p.text)).toEqual([SEED.telugu, 'no guest checkout']);
    expect(result.pain.kept.map((k) => [k.current.text, k.severityChange])).toEqual([['too many fields', -1]]);
    expect(result.pain.added.map((p) => [p.text, p.severity, p.touchpointTitle])).toEqual([
      [SEED.malayalam, 1, 'Checkout'],
    ]);
    expect(result.summary).toMatchObject({ currentPainPoints: 3, futurePainPoints: 2 });
    // Average emotion −2/3 → 4/4 = 1.
    expect(result.summary.averageEmotionDelta).toBeCloseTo(1 + 2 / 3);
  });

  it('reports stages found on one side only', () => {
    const b = new JourneyBuilder();
    const only = b.stage('Only now');
    const other = new JourneyBuilder();
    const later = other.stage('Only later');
    const r = compareStates(b.doc, other.doc);
    expect(r.stages).toEqual([]);
    expect(r.onlyInCurrent).toEqual([{ stageId: only.id, name: 'Only now' }]);
    expect(r.onlyInFuture).toEqual([{ stageId: later.id, name: 'Only later' }]);
    expect(r.rows).toEqual([]);
  });
});
