import { describe, expect, it } from 'vitest';
import {
  HEAT_MODES,
  heatLegend,
  heatValue,
  NO_DATA_COLOUR,
  troubleColour,
} from '../../../renderer/src/domain/insights';
import { emotionColour } from '../../../renderer/src/domain';
import { JourneyBuilder } from '../../fixtures/journey-builder';

describe('heatValue', () => {
  const b = new JourneyBuilder();
  const s = b.stage('S');
  const full = b.touchpoint(s, {
    emotion: -2,
    friction: { score: 5, types: [] },
    pains: [1, 3],
    metrics: {
      csat: { mode: 'share', value: 80, sample: 10 },
      ces: { mean: 7, sample: null },
      nps: { promoters: 50, passives: 30, detractors: 20 },
      dropOff: 12.5,
    },
  });
  const bare = b.touchpoint(s);
  const meanCsat = b.touchpoint(s, { metrics: { csat: { mode: 'mean', value: 1, sample: null } } });

  it('pairs every colour with a number label', () => {
    expect(heatValue(full, 'emotion')).toEqual({ value: -2, colour: emotionColour(-2), label: '\u22122' });
    expect(heatValue(full, 'friction')).toEqual({ value: 5, colour: troubleColour(1), label: '5/5' });
    expect(heatValue(full, 'pain')).toEqual({ value: 3, colour: troubleColour(1), label: '3/3' });
    expect(heatValue(full, 'csat')).toEqual({ value: 80, colour: troubleColour(0.2), label: '80 %' });
    expect(heatValue(full, 'ces')).toEqual({ value: 7, colour: troubleColour(0), label: '7/7' });
    expect(heatValue(full, 'nps')).toEqual({ value: 30, colour: troubleColour(0.35), label: '+30' });
    expect(heatValue(full, 'dropOff')).toEqual({ value: 12.5, colour: troubleColour(0.125), label: '12.5 %' });
    expect(heatValue(meanCsat, 'csat')).toEqual({ value: 1, colour: troubleColour(1), label: '1/5' });
  });

  it('shows missing metrics as no data, and no pain or friction as zero', () => {
    for (const mode of ['emotion', 'csat', 'ces', 'nps', 'dropOff'] as const) {
      expect(heatValue(bare, mode)).toEqual({ value: null, colour: NO_DATA_COLOUR, label: '—' });
    }
    expect(heatValue(bare, 'pain')).toMatchObject({ value: 0, label: '0/3' });
    expect(heatValue(bare, 'friction')).toMatchObject({ value: 0, label: '0/5' });
  });

  it('runs the trouble scale from pale to dark red', () => {
    expect(troubleColour(0)).toBe('#fef0d9');
    expect(troubleColour(0.5)).toBe('#fc8d59');
    expect(troubleColour(1)).toBe('#b30000');
    expect(troubleColour(Number.NaN)).toBe('#fef0d9');
    expect(troubleColour(7)).toBe('#b30000');
  });
});

describe('heatLegend', () => {
  it('builds a diverging emotion legend from −3 to +3 with the scale labels', () => {
    const l = heatLegend('emotion');
    expect(l.kind).toBe('diverging');
    expect(l.stops.map((s) => s.label)).toEqual([
      '\u22123 Angry',
      '\u22122 Frustrated',
      '\u22121 Uneasy',
      '0 Neutral',
      '+1 Satisfied',
      '+2 Happy',
      '+3 Delighted',
    ]);
    expect(l.stops[0]!.colour).toBe(emotionColour(-3));
  });

  it('builds a sequential legend, best to worst, for every other mode', () => {
    for (const mode of HEAT_MODES.filter((m) => m !== 'emotion')) {
      const l = heatLegend(mode);
      expect(l.kind).toBe('sequential');
      expect(l.stops.length).toBeGreaterThanOrEqual(4);
      expect(l.stops[0]!.colour).toBe(troubleColour(0));
      expect(l.stops[l.stops.length - 1]!.colour).toBe(troubleColour(1));
      expect(l.noData).toEqual({ colour: NO_DATA_COLOUR, label: 'No data' });
      for (const s of l.stops) expect(s.label).toMatch(/\d/);
    }
    expect(heatLegend('nps').stops.map((s) => s.label)).toEqual(['+100', '+50', '0', '\u221250', '\u2212100']);
  });
});
