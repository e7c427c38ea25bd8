/**
 * The emotion lane on the map draws every line in a colour that can be told from the others: two personas
 * given one colour (the persona palette offers each colour to every persona) get two lines of their own, and
 * the lane's key shows each line's colour. Before, the second persona's line lay over the first in the same
 * colour and the key showed two identical swatches.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { colourDistance } from '../../renderer/src/domain/line-colours';
import { contrastRatio } from '../../renderer/src/domain/contrast';
import { journey } from '../fixtures/journey-builder';
import { TAMIL } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { dropFiles, journeyFileBytes } from '../support/e2e-helpers';

/** `rgb(r, g, b)` as `#rrggbb`. */
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? []).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;

describe('the emotion lane’s lines', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('differ in colour when two personas share one, and the key shows the colours drawn', async () => {
    const b = journey(TAMIL[0]);
    const stage = b.stage('ஆர்டர்');
    const steps = [-2, 1, 3].map((emotion, i) => b.touchpoint(stage, { title: `${TAMIL[1]} ${i + 1}`, emotion }));
    b.chain(...steps);
    const meena = b.persona('மீனா', true, { colour: '#0b7285' });
    const raja = b.persona('ராஜா', true, { colour: '#0b7285' });
    const doc = b.build();
    doc.touchpoints = doc.touchpoints.map((t, i) => ({
      ...t,
      personaEmotions: { [meena.id]: i - 1, [raja.id]: 2 - i },
    }));

    const { page } = app;
    await dropFiles(page, [{ name: 'personas.journey', bytes: journeyFileBytes(doc) }]);
    const lane = page.locator('.curve-lane');
    await lane.locator('.curve-svg polyline').first().waitFor();
    // One colour per line: the journey's (the theme's ink), then each persona's.
    const drawn = (
      await lane
        .locator('.curve-svg > g > g > polyline')
        .evaluateAll((lines) => [...new Set(lines.map((l) => getComputedStyle(l).stroke))])
    ).map(hex);
    expect(drawn).toHaveLength(3);
    expect(drawn[0]).toBe('#1d2430');
    expect(drawn[1]).toBe('#0b7285');
    expect(colourDistance(drawn[1]!, drawn[2]!)).toBeGreaterThanOrEqual(70);
    // The journey's swatch is a solid bar; a persona's, a short line with the dashes its line is drawn in.
    const swatches = await lane.locator('.curve-swatch').evaluateAll((swatches) =>
      swatches.map((s) => {
        const line = s.querySelector('line');
        return line
          ? { colour: getComputedStyle(line).stroke, dash: line.getAttribute('stroke-dasharray') }
          : { colour: getComputedStyle(s).backgroundColor, dash: null };
      }),
    );
    expect(swatches.map((s) => hex(s.colour))).toEqual(drawn);
    const dashes = await lane
      .locator('.curve-svg > g:has(polyline)')
      .evaluateAll((series) => series.map((g) => g.querySelector('polyline')!.getAttribute('stroke-dasharray')));
    expect(swatches.map((s) => s.dash)).toEqual(dashes);
    expect(dashes[0]).toBeNull();
    expect(dashes[1]).not.toBe(dashes[2]);

    // On the dark theme the journey's line and its swatch take the dark theme's ink: drawn #1d2430 there, on a
    // lane of nearly that colour, the line was all but invisible.
    await page.emulateMedia({ colorScheme: 'dark' });
    const rgb = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
    const dark = await lane.evaluate((el) => ({
      line: getComputedStyle(el.querySelector('.curve-svg > g > g > polyline')!).stroke,
      swatch: getComputedStyle(el.querySelector('.curve-swatch')!).backgroundColor,
      lane: getComputedStyle(el).backgroundColor,
    }));
    expect(contrastRatio(rgb(dark.line), rgb(dark.lane))).toBeGreaterThanOrEqual(4.5);
    expect(dark.swatch).toBe(dark.line);
  });
});
