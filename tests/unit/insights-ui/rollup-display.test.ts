import { describe, expect, it } from 'vitest';
import { rollUpJourney, rollUpStage, rollUpTouchpoints } from '../../../renderer/src/domain/insights';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import { rollUpCells, touchpointCount } from '../../../renderer/src/insights-ui/rollup-display';
import { sampleJourney } from '../../fixtures/sample-journey';

const byKey = (cells: ReturnType<typeof rollUpCells>) => Object.fromEntries(cells.map((c) => [c.key, c]));

describe('roll-up display', () => {
  it('labels every journey metric with its value, contributors and weighting', () => {
    const cells = byKey(rollUpCells(rollUpJourney(buildOnlineOrderTemplate(0))));
    // (88 × 540 + 94 × 180) / 720
    expect(cells.csatShare).toMatchObject({
      value: '89.5 %',
      contributors: 2,
      from: 'from 2 touchpoints',
      basis: 'weighted by sample size',
      mark: 's',
    });
    // (4.4 × 820 + 2.1 × 212) / 1032 = 3.93
    expect(cells.csatMean).toMatchObject({ value: '3.9', contributors: 2, basis: 'weighted by sample size' });
    // (6.1 × 310 + 2.2 × 212) / 522 = 4.52
    expect(cells.ces).toMatchObject({ value: '4.5', contributors: 2 });
    // counts summed: (430 − 244) / 908 = +20.5
    expect(cells.nps).toMatchObject({
      value: '+20',
      contributors: 2,
      basis: '908 answers, counts summed',
      mark: '',
    });
    // by volume: (18 × 9000 + 7 × 7400) / 16400
    expect(cells.dropOff).toMatchObject({ value: '13 %', basis: 'weighted by volume', mark: 'v' });
    // 10 / 13, not every touchpoint has a volume
    expect(cells.emotion).toMatchObject({ value: '+0.8', contributors: 13, basis: 'unweighted', mark: '' });
    expect(cells.emotion!.description).toBe('Emotion (−3..+3): +0.8, from 13 touchpoints, unweighted.');
  });

  it('shows — (never 0) and "not measured" where nothing was measured', () => {
    const empty = byKey(rollUpCells(rollUpTouchpoints([])));
    for (const cell of Object.values(empty)) {
      expect(cell).toMatchObject({ value: '—', measured: false, contributors: 0, from: 'not measured', basis: '' });
    }
    expect(empty.nps!.description).toBe('NPS: no touchpoint has a value yet.');
  });

  it('rolls up one stage of a journey written in the seed scripts', () => {
    const doc = sampleJourney();
    const buy = doc.stages.find((s) => s.name === 'Buy')!;
    const cells = byKey(rollUpCells(rollUpStage(doc, buy.id)));
    expect(cells.csatShare).toMatchObject({ value: '64 %', from: 'from 1 touchpoint' });
    expect(cells.nps).toMatchObject({ value: '0', basis: '100 answers, counts summed' });
    expect(cells.emotion).toMatchObject({ value: '−2.5', contributors: 2 });
  });

  it('counts touchpoints in words', () => {
    expect(touchpointCount(1)).toBe('1 touchpoint');
    expect(touchpointCount(0)).toBe('0 touchpoints');
  });
});
