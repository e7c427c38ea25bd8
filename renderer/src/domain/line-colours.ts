/**
 * Colours for the lines of one chart that must be told apart (the emotion curve's journey and persona lines):
 * pure, so the canvas, the report, its images, the viewer and the slides share one rule.
 */

/** Colours for a line whose own colour is too like one drawn before it: far from each other and from grey. */
const SPARE_LINE_COLOURS = ['#1971c2', '#e8590c', '#2f9e44', '#9c36b5', '#f08c00', '#0c8599', '#c2255c', '#5c940d'];
/**
 * Two colours closer than this (the "redmean" distance over 0–255 channels, up to about 765) are too alike to
 * tell two thin lines apart: the default brand blue and the persona palette's blue are 0 apart, a deeper blue 63.
 */
const TOO_ALIKE = 70;

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * How far apart two `#rrggbb` colours look: a weighted RGB distance that follows the eye well enough for lines.
 * Anything not `#rrggbb` is not compared (infinitely far).
 */
export function colourDistance(a: string, b: string): number {
  if (!HEX.test(a) || !HEX.test(b)) return Number.POSITIVE_INFINITY;
  const [r1, g1, b1] = channels(a);
  const [r2, g2, b2] = channels(b);
  const red = (r1 + r2) / 2;
  return Math.sqrt((2 + red / 256) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (2 + (255 - red) / 256) * (b1 - b2) ** 2);
}

/**
 * The colours the curve's lines are drawn in, in order (`#rrggbb` each): a line keeps its own colour unless a line
 * before it has that colour or one too like it, and then takes the spare colour farthest from every line's so far.
 * The canvas, the report, its map image and poster, the viewer and the slides draw their curves' lines in these.
 */
export function distinctLineColours(colours: readonly string[]): string[] {
  const out: string[] = [];
  const nearest = (c: string) => Math.min(...out.map((o) => colourDistance(o, c)));
  for (const colour of colours) {
    if (nearest(colour) >= TOO_ALIKE) {
      out.push(colour);
      continue;
    }
    let best = SPARE_LINE_COLOURS[0]!;
    for (const spare of SPARE_LINE_COLOURS) if (nearest(spare) > nearest(best)) best = spare;
    out.push(best);
  }
  return out;
}

/**
 * The dash patterns of the personas' lines (SVG `stroke-dasharray`, px), the first persona's first: a persona's
 * line is drawn dashed over the journey's solid one, so where a persona felt the same as the journey (or as another
 * persona) the line under it shows in its gaps, and a line the legend names is never hidden whole. The canvas, the
 * report, its map image and poster, and the viewer draw the personas' lines in these.
 */
export const PERSONA_LINE_DASHES = ['7 4', '2.5 3', '10 3 2.5 3', '4 2'] as const;

/** The dash pattern of the `index`th persona's line (0-based), the patterns taken again in turn past the last. */
export function personaLineDash(index: number): string {
  return PERSONA_LINE_DASHES[index % PERSONA_LINE_DASHES.length]!;
}
