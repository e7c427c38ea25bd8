/**
 * The stubs of a map part (connections to a card in another part) say which card they lead to: as much of
 * its title as the part's side margin holds, on two lines where there is room, never only its first word
 * and an ellipsis ('from: ഒരു…', QA, Malayalam template), and never over a card, another stub's line or
 * label, or the drawing's edge.
 */
import { describe, expect, it } from 'vitest';
import { graphemes, oneLine } from '../../../renderer/src/reports/escape';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { drawMap } from '../../../renderer/src/reports/svg/map';
import { layoutMap, planMapParts, type Box, type RoutePlan } from '../../../renderer/src/reports/svg/map-layout';
import { estimateWidth } from '../../../renderer/src/reports/svg/text-wrap';
import { journey } from '../../fixtures/journey-builder';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const labels = REPORT_LABELS.en;

/**
 * Four stages, split into parts of two: long Malayalam and Tamil titles whose first word is short, linked
 * across the parts from the edge columns, from inner columns (stubs along a track under the cards), two and
 * three times from one card (stubs side by side) and back from the last stage to the second.
 */
function crossingJourney() {
  const b = journey('Hotel stay');
  const [booking, arrival, stay, checkout] = ['Booking', 'Arrival', 'Stay', 'Check-out'].map((name) => b.stage(name));
  const books = b.touchpoint(booking!, { title: MALAYALAM[1] });
  const welcome = b.touchpoint(arrival!, { title: 'ഒരു ജീവനക്കാരൻ ഹായ് പറഞ്ഞ് വെൽക്കം ഡ്രിങ്ക് നൽകുന്നു' });
  const queue = b.touchpoint(arrival!, { title: TAMIL[1] });
  const room = b.touchpoint(stay!, { title: 'മുറിയിലെ എസി പ്രവർത്തിക്കുന്നില്ല, ഉടനെ ഒരു ടെക്നീഷ്യനെ വിളിക്കുന്നു' });
  const breakfast = b.touchpoint(stay!, { title: TAMIL[4] });
  const bill = b.touchpoint(checkout!, { title: 'ബില്ലിൽ അറിയാത്ത ഒരു ചാർജ് കണ്ട് പരാതിപ്പെടുന്നു' });
  const review = b.touchpoint(checkout!, { title: 'ஒரு நீண்ட மதிப்பாய்வை எழுதி நண்பர்களுக்கு அனுப்புகிறார்' });
  b.connect(books, welcome);
  b.connect(welcome, room);
  b.connect(welcome, breakfast, 'alternative');
  b.connect(queue, room, 'failure');
  b.connect(queue, breakfast, 'alternative');
  b.connect(books, breakfast, 'recovery');
  b.connect(room, bill);
  b.connect(bill, review);
  b.connect(review, welcome, 'alternative');
  return b.build();
}

const doc = crossingJourney();
const parts = planMapParts(doc, 1100);
const plans = parts.map((stageIds) => layoutMap(doc, { stageIds, labels }));

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** A route's straight segments, as boxes without thickness: a plate may meet a line, not cross it. */
function segments(route: RoutePlan): Box[] {
  if (route.path.shape !== 'elbow') return [];
  const points = route.path.points;
  return points.slice(1).map((q, i) => {
    const p = points[i]!;
    return {
      x: Math.min(p[0], q[0]),
      y: Math.min(p[1], q[1]),
      width: Math.abs(q[0] - p[0]),
      height: Math.abs(q[1] - p[1]),
    };
  });
}

/** The label's lines as drawn. */
const linesOf = (route: RoutePlan) => route.label!.wrapped?.lines ?? [route.label!.text];

describe('the stub labels of a map in parts', () => {
  it('splits the journey into parts of two stages, each with stubs at both kinds of place', () => {
    expect(parts.map((p) => p.length)).toEqual([2, 2]);
    for (const plan of plans) {
      const stubs = plan.routes.filter((r) => r.stub);
      expect(stubs.length).toBeGreaterThanOrEqual(5);
      // Along a track under the cards (four points), and straight out of a card in the edge column (two).
      expect(stubs.some((r) => r.path.shape === 'elbow' && r.path.points.length === 4)).toBe(true);
      expect(stubs.some((r) => r.path.shape === 'elbow' && r.path.points.length === 2)).toBe(true);
    }
    // Three stubs out of one side of one card.
    const welcome = plans[0]!.routes.filter((r) => r.stub && r.stub.side === 'right' && r.path.shape === 'elbow');
    const byCard = new Map<string, number>();
    for (const r of welcome) {
      const inside = r.stub!.outgoing ? r.connection.source : r.connection.target;
      byCard.set(inside, (byCard.get(inside) ?? 0) + 1);
    }
    expect(Math.max(...byCard.values())).toBe(3);
  });

  it.each(plans.map((plan, i) => [i + 1, plan] as const))(
    'name the other card by more than its first word, as much as the margin holds (part %i)',
    (_, plan) => {
      const stubs = plan.routes.filter((r) => r.stub);
      for (const route of stubs) {
        const stub = route.stub!;
        const word = stub.outgoing ? labels.map.continuesTo : labels.map.continuesFrom;
        const text = linesOf(route).join(' ');
        expect(route.label!.text).toBe(text);
        expect(text.startsWith(`${word}: `)).toBe(true);
        const title = oneLine(stub.other.title);
        const shown = text.slice(word.length + 2).replace(/…$/, '');
        expect(title.startsWith(shown), `${shown} starts ${title}`).toBe(true);
        const firstWord = title.split(' ')[0]!;
        expect(shown.length, shown).toBeGreaterThan(firstWord.length + 1);
        // Alone on its side of its card, a stub shows two dozen characters of the title at least, or all of it.
        const inside = stub.outgoing ? route.connection.source : route.connection.target;
        const alone =
          stubs.filter((r) => (r.stub!.outgoing ? r.connection.source : r.connection.target) === inside).length === 1;
        if (alone) expect([...shown].length, shown).toBeGreaterThanOrEqual(Math.min(24, [...title].length));
        expect(linesOf(route).length).toBeLessThanOrEqual(2);
      }
      // Some of them take two lines to do so.
      expect(stubs.some((r) => linesOf(r).length === 2)).toBe(true);
    },
  );

  it.each(plans.map((plan, i) => [i + 1, plan] as const))(
    'keep each label on its plate, inside the drawing, off the cards and off the other stubs (part %i)',
    (_, plan) => {
      const stubs = plan.routes.filter((r) => r.stub);
      const labelled = plan.routes.filter((r) => r.label);
      for (const route of stubs) {
        const label = route.label!;
        const { plate } = label;
        expect(plate.x).toBeGreaterThanOrEqual(0);
        expect(plate.x + plate.width).toBeLessThanOrEqual(plan.width);
        const rows = linesOf(route);
        for (const row of rows) expect(estimateWidth(row, label.size) + 8).toBeLessThanOrEqual(plate.width + 0.01);
        // From above the first line's letters to below the last one's.
        const lineHeight = label.wrapped?.lineHeight ?? 0;
        expect(plate.y).toBeLessThanOrEqual(label.y - label.size);
        expect(plate.y + plate.height).toBeGreaterThanOrEqual(label.y + (rows.length - 1) * lineHeight + 3);
        for (const card of plan.cards) expect(overlaps(plate, card), card.name).toBe(false);
        for (const other of labelled) {
          if (other !== route) expect(overlaps(plate, other.label!.plate), other.label!.text).toBe(false);
        }
        for (const other of stubs) {
          if (other === route) continue;
          for (const segment of segments(other)) expect(overlaps(plate, segment), other.label!.text).toBe(false);
        }
        // Nor over its own line, which it stands above or below.
        for (const segment of segments(route)) expect(overlaps(plate, segment)).toBe(false);
      }
    },
  );

  it('draws a wrapped label line under line, every character of it', () => {
    const drawing = drawMap(doc, { stageIds: parts[1], idPrefix: 'p2', standalone: false, labels });
    const wrapped = plans[1]!.routes.filter((r) => r.stub && r.label!.wrapped);
    expect(wrapped.length).toBeGreaterThan(0);
    for (const route of wrapped) {
      const [first, second] = route.label!.wrapped!.lines;
      const at = (row: string) =>
        [...drawing.svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)]
          .filter((m) => m[3] === row)
          .map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
      const [a] = at(first!);
      const [b] = at(second!);
      expect(a && b).toBeTruthy();
      expect(b!.x).toBe(a!.x);
      expect(b!.y - a!.y).toBeCloseTo(route.label!.wrapped!.lineHeight, 1);
      expect(graphemes(`${first} ${second}`).join('')).toBe(route.label!.text);
    }
  });
});
