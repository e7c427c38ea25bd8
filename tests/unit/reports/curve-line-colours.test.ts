/**
 * Every line of the emotion curve can be told from the others by its colour: a persona given the brand's
 * colour (the persona palette's sixth colour is the default brand blue) or another persona's, or one too like
 * it, is drawn in a spare colour, and its key shows that colour. QA: such a persona's line could only be told
 * from the journey's by its frames.
 */
import { describe, expect, it } from 'vitest';
import { PERSONA_COLOUR_ORDER } from '../../../renderer/src/domain/vocabulary';
import { colourDistance, distinctLineColours } from '../../../renderer/src/domain/line-colours';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { DEFAULT_BRAND_COLOUR } from '../../../renderer/src/reports/types';
import { drawEmotionCurve } from '../../../renderer/src/reports/svg/curve';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';

const pairs = <T>(list: readonly T[]) => list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as const));

describe('distinctLineColours', () => {
  it('keeps colours that differ, in order', () => {
    expect(distinctLineColours(['#4c6ef5', '#e64980', '#15aabf'])).toEqual(['#4c6ef5', '#e64980', '#15aabf']);
  });

  it('gives a later line of the same or a like colour a spare colour unlike all the others', () => {
    const out = distinctLineColours(['#4c6ef5', '#4c6ef5', '#3b5bdb', '#e64980', '#e64980']);
    expect(out[0]).toBe('#4c6ef5');
    expect(out[3]).toBe('#e64980');
    for (const [a, b] of pairs(out)) expect(colourDistance(a, b)).toBeGreaterThanOrEqual(70);
  });

  it('finds the default brand colour in the persona palette: the case QA met', () => {
    expect(PERSONA_COLOUR_ORDER).toContain(DEFAULT_BRAND_COLOUR);
    expect(colourDistance(DEFAULT_BRAND_COLOUR, DEFAULT_BRAND_COLOUR)).toBe(0);
  });
});

describe('the emotion curve with a persona of the brand colour', () => {
  const b = journey(TAMIL[0]);
  const stage = b.stage('ஆர்டர்');
  const steps = [-2, 1, 3].map((emotion, i) => b.touchpoint(stage, { title: `${TAMIL[1]} ${i + 1}`, emotion }));
  b.chain(...steps);
  const brandLike = b.persona('மீனா', true, { colour: DEFAULT_BRAND_COLOUR });
  const twin = b.persona('ராஜா', true, { colour: DEFAULT_BRAND_COLOUR });
  const doc = b.build();
  doc.touchpoints = doc.touchpoints.map((t, i) => ({
    ...t,
    personaEmotions: { [brandLike.id]: i - 1, [twin.id]: 1 - i },
  }));

  it('draws each line in a colour of its own, the key in the line’s colour', () => {
    const drawing = drawEmotionCurve(doc, { labels: REPORT_LABELS.ta, brandColour: DEFAULT_BRAND_COLOUR, width: 900 });
    const colours = drawing.series.map((s) => s.colour);
    expect(colours[0]).toBe(DEFAULT_BRAND_COLOUR);
    for (const [a, c] of pairs(colours)) expect(colourDistance(a, c)).toBeGreaterThanOrEqual(70);
    // Each series' line is stroked in the series' colour.
    for (const [i, colour] of colours.entries()) {
      const group = new RegExp(
        `<g class="curve-series" data-series="${i}"><path d="[^"]*" fill="none" stroke="([^"]+)"`,
      );
      expect(group.exec(drawing.svg)?.[1]).toBe(colour);
    }
  });
});
