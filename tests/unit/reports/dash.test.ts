/**
 * Dashed lines for print drawn as their dashes (reports/svg/dash.ts): the
 * dashes fall where SVG's stroke-dasharray puts them, follow corners and
 * curves, and the printed map, curve and faces carry no stroke-dasharray left
 * for Chromium's PDF writer to outline.
 */
import { describe, expect, it } from 'vitest';
import {
  dashedPathData,
  dashesOf,
  dashPattern,
  flattenPath,
  parsePathData,
  type Point,
} from '../../../renderer/src/reports/svg/dash';
import { drawMap } from '../../../renderer/src/reports/svg/map';
import { drawEmotionCurve } from '../../../renderer/src/reports/svg/curve';
import { faceShapes } from '../../../renderer/src/reports/svg/face';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { buildRichJourney } from './fixture';
import { xmlProblem } from './xml-check';

const num = (v: number) => String(Math.round(v * 100) / 100);

/** The dashes of path data written by dashedPathData, as lists of points. */
function dashes(d: string): Point[][] {
  return d
    .split('M')
    .filter((s) => s !== '')
    .map((s) =>
      s.split('L').map((xy) => {
        const [x, y] = xy.trim().split(' ').map(Number);
        return [x!, y!] as const;
      }),
    );
}

function length(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++)
    total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return total;
}

describe('dashedPathData', () => {
  it('puts dashes where stroke-dasharray does along a straight line, the pattern starting at the first point', () => {
    expect(
      dashedPathData(
        [
          [0, 0],
          [20, 0],
        ],
        [2, 3],
        num,
      ),
    ).toBe('M0 0L2 0M5 0L7 0M10 0L12 0M15 0L17 0');
  });

  it('carries the pattern across corners, a dash that turns one keeping the corner', () => {
    const d = dashedPathData(
      [
        [0, 0],
        [4, 0],
        [4, 10],
      ],
      [6, 2],
      num,
    );
    const parts = dashes(d);
    // The first dash runs 4 along, turns down and runs 2 more.
    expect(parts[0]).toEqual([
      [0, 0],
      [4, 0],
      [4, 2],
    ]);
    expect(parts[1]).toEqual([
      [4, 4],
      [4, 10],
    ]);
  });

  it('draws a zero-length dash as a dot (a move and a line to the same point, which round caps show)', () => {
    expect(
      dashedPathData(
        [
          [0, 0],
          [8, 0],
        ],
        [0, 4],
        num,
      ),
    ).toBe('M0 0L0 0M4 0L4 0');
  });

  it("covers the dashes' share of a long line", () => {
    const line: Point[] = [
      [0, 0],
      [1000, 0],
    ];
    const total = dashes(dashedPathData(line, [7, 4], num)).reduce((sum, p) => sum + length(p), 0);
    expect(total).toBeGreaterThan(1000 * (7 / 11) - 7);
    expect(total).toBeLessThan(1000 * (7 / 11) + 7);
  });
});

describe('path data and patterns', () => {
  it('reads absolute M, L, Q and C and refuses anything else', () => {
    expect(parsePathData('M1 2 L3 4 Q5 6 7 8 C9 10 11 12 13 14')).toEqual({
      start: [1, 2],
      pieces: [
        { kind: 'line', to: [3, 4] },
        { kind: 'quad', control: [5, 6], to: [7, 8] },
        { kind: 'cubic', control1: [9, 10], control2: [11, 12], to: [13, 14] },
      ],
    });
    expect(parsePathData('M1 2 l3 4')).toBeNull();
    expect(parsePathData('M1 2 A1 1 0 0 1 3 4')).toBeNull();
    expect(parsePathData('L1 2')).toBeNull();
    expect(dashesOf('M0 0 l10 0', '2 2', num)).toBeNull();
  });

  it('flattens a curve through its end points, into short pieces', () => {
    const points = flattenPath([0, 0], [{ kind: 'cubic', control1: [0, 50], control2: [100, 50], to: [100, 0] }]);
    expect(points[0]).toEqual([0, 0]);
    expect(points.at(-1)).toEqual([100, 0]);
    for (let i = 1; i < points.length; i++) expect(length([points[i - 1]!, points[i]!])).toBeLessThan(2.5);
  });

  it('repeats an odd pattern and refuses empty or negative ones', () => {
    expect(dashPattern('2.5 3 1')).toEqual([2.5, 3, 1, 2.5, 3, 1]);
    expect(dashPattern('10, 3')).toEqual([10, 3]);
    expect(dashPattern('0 0')).toBeNull();
    expect(dashPattern('-1 2')).toBeNull();
    expect(dashPattern('a b')).toBeNull();
  });
});

describe('printed drawings', () => {
  const { doc } = buildRichJourney();

  it("draws the map's dashed connections as dashes for print, each arrow still at the end of its whole line", () => {
    const screen = drawMap(doc, { standalone: false, idPrefix: 'm' }).svg;
    const printed = drawMap(doc, { standalone: false, idPrefix: 'm', printDashes: true }).svg;
    expect(screen).toContain('stroke-dasharray="7 4"');
    expect(printed).not.toContain('stroke-dasharray');
    expect(xmlProblem(`<div>${printed}</div>`)).toBeNull();
    // As many arrows as before, each on an unstroked copy of a dashed line or on a solid line.
    const arrows = (svg: string) => svg.match(/marker-end="url\(#m-arrow-[a-z]+\)"/g)!.length;
    expect(arrows(printed)).toBe(arrows(screen));
    for (const kind of ['alternative', 'failure', 'recovery']) {
      const carrier = new RegExp(
        `<path d="([^"]+)" fill="none" stroke="none" marker-end="url\\(#m-arrow-${kind}\\)"/>`,
      );
      expect(printed, kind).toMatch(carrier);
    }
    // The failure connections' dashes: many short subpaths, stroked with round caps.
    const failure = /<path d="(M[^"]+)" stroke="#d32f2f" stroke-width="1.8" fill="none" stroke-linecap="round"\/>/.exec(
      printed,
    );
    expect(dashes(failure![1]!).length).toBeGreaterThan(5);
  });

  it("draws the personas' dashed curves as dashes for print", () => {
    const options = { labels: REPORT_LABELS.en, brandColour: '#4c6ef5', width: 700 };
    expect(drawEmotionCurve(doc, options).svg).toContain('stroke-dasharray');
    expect(drawEmotionCurve(doc, { ...options, printDashes: true }).svg).not.toContain('stroke-dasharray');
  });

  it("draws the no-emotion face's dashed ring as dashes", () => {
    const face = faceShapes(null, 12, 12, 24);
    expect(face).not.toContain('stroke-dasharray');
    expect(xmlProblem(`<svg>${face}</svg>`)).toBeNull();
    const ring = /<path d="([^"]+)"/.exec(face)![1]!;
    // 69 px of ring in dashes of 3 and gaps of 2: some 14 dashes, each within the ring's radius of the centre.
    expect(dashes(ring).length).toBeGreaterThanOrEqual(13);
    for (const p of dashes(ring).flat()) expect(Math.abs(Math.hypot(p[0] - 12, p[1] - 12) - 11)).toBeLessThan(0.2);
  });
});
