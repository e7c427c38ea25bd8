import { describe, expect, it } from 'vitest';
import { loyaltyLens } from '../../../renderer/src/domain/insights';
import { buildOnlineOrderTemplate, buildSaasTrialTemplate } from '../../../renderer/src/domain/templates';
import { answeredCount, pillarLine, questionLine } from '../../../renderer/src/insights-ui/lens-display';

describe('loyalty lens lines', () => {
  it('flags an unanswered question with what the customer is not told', () => {
    const lens = loyaltyLens(buildOnlineOrderTemplate(0));
    const change = lens.questions.find((q) => q.key === 'Why change?')!;
    expect(questionLine(change)).toEqual({
      status: 'unanswered',
      badge: 'Unanswered',
      sentence: 'Unanswered: no touchpoint tells the customer why to switch from what they use today.',
    });
    const stay = lens.questions.find((q) => q.key === 'Why stay?')!;
    expect(questionLine(stay)).toMatchObject({
      status: 'answered',
      badge: '3',
      sentence: 'Answered by 3 touchpoints.',
    });
  });

  it('says "planned only" when only opportunities answer it', () => {
    const lens = loyaltyLens(buildOnlineOrderTemplate(0));
    const evolve = lens.questions.find((q) => q.key === 'Why evolve?')!;
    expect(questionLine(evolve)).toEqual({
      status: 'planned',
      badge: 'Planned',
      sentence:
        'Planned only: no touchpoint tells the customer why to grow with you as their needs change yet; an opportunity aims to.',
    });
  });

  it('words pillars and counts what is answered', () => {
    const lens = loyaltyLens(buildSaasTrialTemplate(0));
    const bridges = lens.pillars.find((p) => p.key === 'bridges')!;
    expect(pillarLine(bridges).status).toBe('answered');
    expect(answeredCount(lens.pillars)).toBe('5 of 5 answered');
    const online = loyaltyLens(buildOnlineOrderTemplate(0));
    expect(answeredCount(online.questions)).toBe('2 of 6 answered');
    const bridgesOnline = online.pillars.find((p) => p.key === 'bridges')!;
    expect(pillarLine(bridgesOnline).sentence).toBe(
      'Unanswered: no touchpoint builds a bridge to partners or other offers.',
    );
  });
});
