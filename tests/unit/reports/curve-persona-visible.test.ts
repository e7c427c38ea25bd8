/**
 * A persona whose emotions are the journey's (as in the Armenian telecom template) still shows on the
 * emotion curve: its line and marks are drawn after the journey's, so
 * over them; its line is cut out only around the journey's numbered marks, and where its mark meets
 * one of the journey's it frames it rather than covering it. QA saw the PNG map image's legend name a
 * persona whose line was nowhere: it was drawn under the journey's.
 */
import { describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { DENSE_SPACING, drawEmotionCurve } from '../../../renderer/src/reports/svg/curve';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN } from '../../fixtures/seed-text';
import { xmlProblem } from './xml-check';

const EMOTIONS = [-2, 1, -1, 2, 2, -3, 1];

/** Two stages, one touchpoint per emotion along the main path; two personas, each with the journey's emotions. */
function sameEmotions(count = EMOTIONS.length): { doc: JourneyDocument; emotions: number[] } {
  const b = journey(ARMENIAN[0]);
  const stages = [b.stage('Switch'), b.stage('Settle')];
  const emotions = Array.from({ length: count }, (_, i) => EMOTIONS[i % EMOTIONS.length]!);
  const steps = emotions.map((emotion, i) =>
    b.touchpoint(stages[i < count / 2 ? 0 : 1]!, { title: `Step ${i + 1}`, emotion }),
  );
  b.chain(...steps);
  const own = b.persona('Ani Hakobyan', true, { colour: '#c2255c' });
  const echo = b.persona('Echo', true, { colour: '#1098ad' });
  const doc = b.build();
  doc.touchpoints = doc.touchpoints.map((t) => ({
    ...t,
    personaEmotions: { [own.id]: t.emotion!, [echo.id]: t.emotion! },
  }));
  expect(doc.personas.map((p) => p.id)).toEqual([own.id, echo.id]);
  return { doc, emotions };
}

interface Group {
  series: number;
  start: number;
  end: number;
  body: string;
}

/** The curve's series groups, with where each starts and ends in the markup (its paint order). */
function groups(svg: string): Group[] {
  return [...svg.matchAll(/<g class="curve-series" data-series="(\d+)">(.*?)<\/g>/g)].map((m) => ({
    series: Number(m[1]),
    start: m.index,
    end: m.index + m[0].length,
    body: m[2]!,
  }));
}

const numbersOf = (attrs: string, ...names: string[]) =>
  names.map((name) => Number(new RegExp(`\\b${name}="(-?[\\d.]+)"`).exec(attrs)![1]));

describe('a persona with the journey’s emotions on the emotion curve', () => {
  const { doc, emotions } = sameEmotions();
  const labels = REPORT_LABELS.en;

  it.each([
    ['on screen', false],
    ['printed', true],
  ])('is drawn over the journey, line and marks (%s)', (_, printDashes) => {
    const drawing = drawEmotionCurve(doc, { labels, brandColour: '#0b7285', width: 900, printDashes });
    expect(xmlProblem(drawing.svg)).toBeNull();
    expect(drawing.series.map((s) => s.name)).toEqual(['Journey', 'Ani Hakobyan', 'Echo']);
    for (const s of drawing.series) expect(s.points.map((p) => p.emotion)).toEqual(emotions);
    const drawn = groups(drawing.svg);
    expect(drawn.map((g) => g.series).sort()).toEqual([0, 1, 2]);
    const journeyGroup = drawn.find((g) => g.series === 0)!;
    for (const persona of drawn.filter((g) => g.series > 0)) {
      // Everything of the persona's comes after everything of the journey's.
      expect(persona.start).toBeGreaterThanOrEqual(journeyGroup.end);
      expect(persona.body).toMatch(/^<path d="M/);
      expect(persona.body.match(/<rect /g)).toHaveLength(emotions.length);
    }
    // The second persona over the first, too.
    expect(drawn.find((g) => g.series === 2)!.start).toBeGreaterThanOrEqual(drawn.find((g) => g.series === 1)!.end);
  });

  it('frames each journey mark it meets, hollow, rather than covering its emotion; the next persona frames that', () => {
    const drawing = drawEmotionCurve(doc, { labels, brandColour: '#0b7285', width: 900 });
    const drawn = groups(drawing.svg);
    const discs = [...drawn.find((g) => g.series === 0)!.body.matchAll(/<circle ([^>]*)\/>/g)].map((m) => {
      const [cx, cy, r] = numbersOf(m[1]!, 'cx', 'cy', 'r');
      return { cx: cx!, cy: cy!, r: r! };
    });
    expect(discs).toHaveLength(emotions.length);
    const halves = (series: number) =>
      [...drawn.find((g) => g.series === series)!.body.matchAll(/<rect ([^>]*)\/>/g)].map((m, i) => {
        const [x, y, width, height, stroke] = numbersOf(m[1]!, 'x', 'y', 'width', 'height', 'stroke-width');
        expect(m[1]).toContain('fill="none"');
        expect(width).toBeCloseTo(height!, 5);
        // Centred on the journey's mark, clear of it (its white ring included).
        expect(x! + width! / 2).toBeCloseTo(discs[i]!.cx, 0);
        expect(y! + height! / 2).toBeCloseTo(discs[i]!.cy, 0);
        expect(width! / 2 - stroke! / 2).toBeGreaterThan(discs[i]!.r + 0.75);
        return { half: width! / 2, stroke: stroke! };
      });
    const first = halves(1);
    const second = halves(2);
    second.forEach((s, i) => expect(s.half - s.stroke / 2).toBeGreaterThan(first[i]!.half + first[i]!.stroke / 2));
  });

  it('shows its line between the marks: cut out only around the journey’s numbered marks', () => {
    const drawing = drawEmotionCurve(doc, { labels, brandColour: '#0b7285', width: 900 });
    const persona = groups(drawing.svg).find((g) => g.series === 1)!;
    const line = /^<path d="([^"]*)"([^>]*)\/>/.exec(persona.body)!;
    const vertices = [...line[1]!.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(vertices).toHaveLength(emotions.length);
    const clipId = /clip-path="url\(#([^)]+)\)"/.exec(line[2]!)?.[1];
    expect(clipId).toBeDefined();
    // The clip keeps the drawing but for one disc per journey mark, each smaller than half the way to the next.
    const clip = new RegExp(`<clipPath id="${clipId}"><path d="([^"]*)" clip-rule="evenodd"/>`).exec(drawing.svg);
    expect(clip).not.toBeNull();
    const cut = [...clip![1]!.matchAll(/M(-?[\d.]+) (-?[\d.]+)a([\d.]+) /g)].map((m) => ({
      cx: Number(m[1]) + Number(m[3]),
      cy: Number(m[2]),
      r: Number(m[3]),
    }));
    expect(cut).toHaveLength(emotions.length);
    for (let i = 1; i < vertices.length; i++) {
      const [ax, ay] = vertices[i - 1]!;
      const [bx, by] = vertices[i]!;
      const middle = [(ax! + bx!) / 2, (ay! + by!) / 2];
      expect(cut.every((c) => Math.hypot(middle[0]! - c.cx, middle[1]! - c.cy) > c.r)).toBe(true);
    }
    for (const c of cut) expect(c.r).toBeLessThanOrEqual(12);
  });

  it('is drawn over the journey on a dense curve too, its marks framing the journey’s dots', () => {
    const { doc: many } = sameEmotions(60);
    const width = 800;
    const drawing = drawEmotionCurve(many, { labels, brandColour: '#0b7285', width });
    expect(drawing.numbered).toBe(false);
    expect((width - 120) / 60).toBeLessThan(DENSE_SPACING);
    const drawn = groups(drawing.svg);
    const journeyGroup = drawn.find((g) => g.series === 0)!;
    const dot = numbersOf(/<circle ([^>]*)\/>/.exec(journeyGroup.body)![1]!, 'r')[0]!;
    for (const persona of drawn.filter((g) => g.series > 0)) {
      expect(persona.start).toBeGreaterThanOrEqual(journeyGroup.end);
      for (const m of persona.body.matchAll(/<rect ([^>]*)\/>/g)) {
        expect(m[1]).toContain('fill="none"');
        expect(numbersOf(m[1]!, 'width')[0]! / 2).toBeGreaterThan(dot);
      }
    }
  });
});
