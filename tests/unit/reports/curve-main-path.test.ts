/**
 * The report's emotion curve is the canvas emotion lane's: the same main path
 * (domain/insights/path.ts), the same points in the same order, the same
 * persona lines. The canvas (editor/canvas/nodes/CurveNode.tsx) plots, per
 * line, the rated points of `emotionCurve(doc)` and of `emotionCurve(doc,
 * persona.id)` for each persona with at least one; `canvasLines` below does
 * the same without React.
 */
import { describe, expect, it } from 'vitest';
import { emotionCurve, mainPath, type CurvePoint } from '../../../renderer/src/domain/insights';
import type { JourneyDocument, Touchpoint } from '../../../renderer/src/domain/model';
import type { ConnectionKind } from '../../../renderer/src/domain/vocabulary';
import { reportCurve } from '../../../renderer/src/reports/curve-lines';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { drawEmotionCurve } from '../../../renderer/src/reports/svg/curve';
import { allSections } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';
import { SEED, reportOptions } from './fixture';
import { xmlProblem } from './xml-check';

/**
 * Four stages. Main path: ad → compare, which branches (chat and FAQ, both
 * main) and joins again at checkout; checkout → confirmation → back to
 * compare closes a main loop; confirmation also has a main self-loop. In
 * Receive, parcel ⇄ unboxing is a main loop no root reaches. Off the main
 * connections: a friend's tip (alternative) and a failed payment (failure,
 * then recovery). The chat has no general emotion, only Priya's.
 */
function branchAndLoopJourney() {
  const b = journey({ title: SEED.tamil, client: 'Northwind' });
  const stages = b.stages('Discover', 'Choose', 'Buy', 'Receive');
  const priya = b.persona('Priya Raman', true, { colour: '#e64980' });
  const arman = b.persona(SEED.armenian.split(' ').slice(0, 2).join(' '), true, { colour: '#1098ad' });
  b.persona('No emotions yet', true, { colour: '#7950f2' });
  const tp = (stage: number, y: number, title: string, emotion: number | null, personaEmotions = {}) =>
    b.touchpoint(stages[stage]!, { title, position: { x: 40 + stage * 320, y }, emotion, personaEmotions });
  const ad = tp(0, 120, 'Sees a social ad', 1, { [priya.id]: 2 });
  const friend = tp(0, 260, SEED.telugu, 2, { [arman.id]: 1 });
  const compare = tp(1, 120, SEED.tamil, -1, { [priya.id]: -2 });
  const chat = tp(1, 260, 'Asks in the chat', null, { [priya.id]: -1 });
  const faq = tp(1, 400, 'Reads the FAQ', 0);
  const checkout = tp(2, 120, 'Checks out as a guest', -2, { [priya.id]: -3, [arman.id]: -1 });
  const payFails = tp(2, 260, 'Card payment fails', -3);
  const confirmation = tp(2, 400, 'Gets the order confirmation', 2, { [priya.id]: 3 });
  const parcel = tp(3, 120, SEED.malayalam, 1);
  const unboxing = tp(3, 260, SEED.armenian, 3, { [arman.id]: 3 });

  for (const [source, target, kind] of [
    [ad, compare, 'main'],
    [compare, chat, 'main'],
    [compare, faq, 'main'],
    [chat, checkout, 'main'],
    [faq, checkout, 'main'],
    [checkout, confirmation, 'main'],
    [confirmation, compare, 'main'],
    [confirmation, confirmation, 'main'],
    [parcel, unboxing, 'main'],
    [unboxing, parcel, 'main'],
    [friend, compare, 'alternative'],
    [checkout, payFails, 'failure'],
    [payFails, checkout, 'recovery'],
  ] as [Touchpoint, Touchpoint, ConnectionKind][]) {
    b.connect(source, target, kind);
  }

  const doc = b.build();
  return { doc, priya, arman, chat };
}

/** What the canvas emotion lane plots: the rated points of each line, in path order. */
function canvasLines(doc: JourneyDocument): { personaId: string | null; points: CurvePoint[] }[] {
  const rated = (points: CurvePoint[]) => points.filter((p) => p.emotion !== null);
  const lines: { personaId: string | null; points: CurvePoint[] }[] = [
    { personaId: null, points: rated(emotionCurve(doc)) },
  ];
  for (const p of doc.personas) {
    const points = rated(emotionCurve(doc, p.id));
    if (points.length > 0) lines.push({ personaId: p.id, points });
  }
  return lines;
}

/** The vertices of every `<path>` in the SVG, by stroke colour. */
function pathVertices(svg: string): Map<string, { command: string; x: number; y: number }[]> {
  const out = new Map<string, { command: string; x: number; y: number }[]>();
  for (const m of svg.matchAll(/<path d="([^"]*)" fill="none" stroke="([^"]*)"/g)) {
    out.set(
      m[2]!,
      [...m[1]!.matchAll(/([ML])(-?[\d.]+) (-?[\d.]+)/g)].map((v) => ({
        command: v[1]!,
        x: Number(v[2]),
        y: Number(v[3]),
      })),
    );
  }
  return out;
}

describe('the report emotion curve follows the domain main path', () => {
  const { doc, priya, arman, chat } = branchAndLoopJourney();
  const expectedTitles = [
    'Sees a social ad',
    SEED.telugu,
    SEED.tamil,
    'Asks in the chat',
    'Reads the FAQ',
    'Checks out as a guest',
    'Gets the order confirmation',
    'Card payment fails',
    SEED.malayalam,
    SEED.armenian,
  ];

  it('has the canvas curve points, in the canvas order, branch, loop and off-main touchpoints included', () => {
    const curve = reportCurve(doc);
    expect(curve.slots).toEqual(emotionCurve(doc));
    expect(curve.slots.map((p) => p.touchpointId)).toEqual(mainPath(doc).map((t) => t.id));
    expect(curve.slots.map((p) => p.title)).toEqual(expectedTitles);
    expect(curve.slots.map((p) => p.emotion)).toEqual([1, 2, -1, null, 0, -2, 2, -3, 1, 3]);
  });

  it('has the canvas lines: the journey, then each persona with an emotion, same points in the same order', () => {
    const lines = reportCurve(doc).lines;
    expect(lines.map((l) => ({ personaId: l.persona?.id ?? null, points: l.points }))).toEqual(canvasLines(doc));
    expect(lines.map((l) => l.persona?.name ?? null)).toEqual([null, 'Priya Raman', arman.name]);
    const priyaLine = lines.find((l) => l.persona?.id === priya.id)!;
    expect(priyaLine.points.map((p) => [p.title, p.emotion])).toEqual([
      ['Sees a social ad', 2],
      [SEED.tamil, -2],
      ['Asks in the chat', -1],
      ['Checks out as a guest', -3],
      ['Gets the order confirmation', 3],
    ]);
    // Arman's only emotion before checkout sits on the friend's tip, an alternative branch.
    expect(lines[2]!.points.map((p) => p.title)).toEqual([SEED.telugu, 'Checks out as a guest', SEED.armenian]);
  });

  it('draws those points: one vertex per rated point, left to right in path order, unrated ones stepped over', () => {
    const drawing = drawEmotionCurve(doc, { labels: REPORT_LABELS.en, brandColour: '#0b7285', width: 680 });
    expect(xmlProblem(drawing.svg)).toBeNull();
    expect(drawing.points).toEqual(emotionCurve(doc));
    expect(drawing.series.map((s) => s.name)).toEqual(['Journey', 'Priya Raman', arman.name]);

    const vertices = pathVertices(drawing.svg);
    const lines = canvasLines(doc);
    const colours = ['#0b7285', '#e64980', '#1098ad'];
    lines.forEach((line, i) => {
      const drawn = vertices.get(colours[i]!)!;
      expect(drawn.map((v) => v.command)).toEqual(line.points.map((_, j) => (j === 0 ? 'M' : 'L')));
      // Slot x of each point's path index, and y from its emotion: +3 at the top, −3 at the bottom.
      const xs = drawn.map((v) => v.x);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      const slot = (xs[1]! - xs[0]!) / (line.points[1]!.index - line.points[0]!.index);
      line.points.forEach((p, j) => expect(xs[j]! - xs[0]!).toBeCloseTo((p.index - line.points[0]!.index) * slot, 0));
      const ys = drawn.map((v) => v.y);
      line.points.forEach((p, j) =>
        expect(ys[j]! - ys[0]!).toBeCloseTo(((line.points[0]!.emotion! - p.emotion!) / 6) * 240, 0),
      );
    });
    // The journey's numbered points read the general emotions in path order; the chat has none.
    const marks = [...drawing.svg.matchAll(/<circle [^>]*\/><text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(marks).toEqual(
      lines[0]!.points.map((p) => (p.emotion! > 0 ? `+${p.emotion}` : p.emotion! < 0 ? `\u2212${-p.emotion!}` : '0')),
    );
    expect(lines[0]!.points.some((p) => p.touchpointId === chat.id)).toBe(false);
    expect(lines[1]!.points.some((p) => p.touchpointId === chat.id)).toBe(true);
  });

  it('names every point of the curve in the key, in path order, in the printed report', () => {
    const html = buildReportHtml(doc, reportOptions({ sections: { ...allSections(false), curve: true } }), {
      fonts: [],
      personaPhotos: {},
    });
    const key = /<ol class="curve-key">(.*?)<\/ol>/s.exec(html)?.[1] ?? '';
    const items = [...key.matchAll(/<li><b>(\d+)<\/b><span>(.*?) <span class="muted">/g)];
    expect(items.map((m) => Number(m[1]))).toEqual(expectedTitles.map((_, i) => i + 1));
    expect(items.map((m) => m[2])).toEqual(expectedTitles);
    expect(html).not.toContain('No emotions yet');
  });
});

describe('a curve of points too close to number', () => {
  it('draws small dots without numbers or a key, and says where the touchpoints are listed, in Malayalam too', async () => {
    const { drawEmotionCurve, DENSE_SPACING } = await import('../../../renderer/src/reports/svg/curve');
    const { REPORT_LABELS } = await import('../../../renderer/src/reports/labels');
    const { journey } = await import('../../fixtures/journey-builder');
    const { MALAYALAM } = await import('../../fixtures/seed-text');
    const build = (count: number) => {
      const b = journey(MALAYALAM[0]);
      const stage = b.stage(MALAYALAM[1].slice(0, 20));
      b.chain(
        ...Array.from({ length: count }, (_, i) =>
          b.touchpoint(stage, { title: `T${i}`, emotion: ((i % 7) - 3) as 0 }),
        ),
      );
      return b.build();
    };
    const labels = REPORT_LABELS.ml;
    const width = 640;
    const few = drawEmotionCurve(build(12), { labels, brandColour: '#4c6ef5', width });
    expect(few.numbered).toBe(true);
    expect(few.svg).toContain('>12</text>');
    const many = build(Math.ceil((width - 120) / DENSE_SPACING) + 40);
    const dense = drawEmotionCurve(many, { labels, brandColour: '#4c6ef5', width });
    expect(dense.numbered).toBe(false);
    expect(dense.height).toBeLessThan(few.height);
    // No number along the foot, no emotion written in a marker: only the axis' figures remain.
    expect(dense.svg).not.toMatch(/>\d+<\/text>/);
    expect(dense.svg.match(/<circle /g)?.length).toBe(many.touchpoints.length);
    const { buildReportHtml } = await import('../../../renderer/src/reports/html');
    const { reportOptions } = await import('./fixture');
    const html = buildReportHtml(many, reportOptions({ language: 'ml' }), { fonts: [], personaPhotos: {} });
    expect(html).not.toContain('class="curve-key"');
    expect(html).toContain(labels.curve.dense.replace('{section}', labels.sections.stages));
  });
});
