import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../renderer/src/domain/insights';
import { createJourney, createStage } from '../../../renderer/src/domain/factories';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { reportInsightGroups } from '../../../renderer/src/reports/insight-groups';
import { SEED, buildRichJourney, reportOptions } from '../reports/fixture';

const { doc } = buildRichJourney('Renewal');

function group(title: string) {
  const g = reportInsightGroups(doc).find((x) => x.title === title);
  if (!g) throw new Error(`no group ${title}`);
  return g;
}

describe('reportInsightGroups', () => {
  it('turns the insights into titled groups, in a fixed order', () => {
    expect(reportInsightGroups(doc).map((g) => g.title)).toEqual([
      'Journey health',
      'Lowest moments',
      'Top hot spots',
      'Moments of truth',
      'Service recovery',
      'Coverage gaps',
    ]);
  });

  it('gives each health figure with its value and its formula', () => {
    const health = group('Journey health');
    const insights = computeInsights(doc);
    const computable = insights.health.filter((h) => h.value !== null);
    expect(health.items).toHaveLength(computable.length);
    const avg = health.items.find((i) => i.label.startsWith('Average emotion: '))!;
    expect(avg.detail).toBe(insights.health.find((h) => h.key === 'averageEmotion')!.formula);
    expect(avg.label).toMatch(/^Average emotion: [+−]?\d/);
  });

  it('lists the lowest moments with stage, number and word', () => {
    const low = group('Lowest moments');
    expect(low.items[0]).toEqual({ label: 'Card payment fails', detail: 'Buy · emotion −3 Angry' });
    expect(low.items.length).toBeLessThanOrEqual(5);
  });

  it('lists the top hot spots with their score and the explanation of it', () => {
    const hot = group('Top hot spots');
    expect(hot.items.length).toBeLessThanOrEqual(5);
    const top = computeInsights(doc).hotSpots[0]!;
    expect(hot.items[0]!.label).toBe(top.title);
    expect(hot.items[0]!.detail).toContain(top.explanation);
    expect(hot.items[0]!.detail).toMatch(/score \d{1,3}\/100/);
    expect(reportInsightGroups(doc, { hotSpots: 2 }).find((g) => g.title === 'Top hot spots')!.items).toHaveLength(2);
  });

  it('explains recovery loops and moments of truth at risk', () => {
    const recovery = group('Service recovery');
    expect(recovery.items[0]!.label).toBe('Recovered: Card payment fails');
    expect(recovery.items[0]!.detail).toContain('“Pays online”');
    expect(recovery.items[0]!.detail).toContain('“Compares the new price with other insurers”');
    expect(recovery.items[0]!.detail).toMatch(/lift \+2/);
    const moments = group('Moments of truth');
    expect(moments.items).toEqual([
      {
        label: 'At risk: Compares the new price with other insurers',
        detail: 'Choose · emotion −1 Uneasy, a severe pain point, friction 4/5',
      },
    ]);
  });

  it('names the coverage gaps, with scripts kept and long lists shortened', () => {
    const gaps = group('Coverage gaps');
    const personas = gaps.items.find((i) => i.label.startsWith('Personas without'));
    expect(personas?.label).toBe('Personas without their own emotions (1)');
    expect(personas?.detail).toBe('Arman Petrosyan');
    const journey = createJourney({ title: 'Gaps' }, 1);
    const stages = [SEED.tamil, SEED.armenian, SEED.malayalam].map((name, order) =>
      createStage({ journeyId: journey.id, name, order }),
    );
    const short = reportInsightGroups(
      { journey, stages, lanes: [], touchpoints: [], connections: [], personas: [], notes: [] },
      { namesPerLine: 1 },
    );
    expect(short[0]!.items[0]).toEqual({ label: 'Stages with no touchpoint (3)', detail: `${SEED.tamil} and 2 more` });
    // One over the limit is named rather than counted: “and 1 more” would take the room of the name.
    const two = reportInsightGroups(
      { journey, stages, lanes: [], touchpoints: [], connections: [], personas: [], notes: [] },
      { namesPerLine: 2 },
    );
    expect(two[0]!.items[0]!.detail).toBe(`${SEED.tamil}, ${SEED.armenian}, ${SEED.malayalam}`);
  });

  it('says nothing for an empty journey, and only what it can for one without touchpoints', () => {
    const journey = createJourney({ title: SEED.tamil }, 1);
    const empty = { journey, stages: [], lanes: [], touchpoints: [], connections: [], personas: [], notes: [] };
    expect(reportInsightGroups(empty)).toEqual([]);
    const stage = createStage({ journeyId: journey.id, name: SEED.telugu, order: 0 });
    const groups = reportInsightGroups({ ...empty, stages: [stage] });
    expect(groups).toEqual([
      { title: 'Coverage gaps', items: [{ label: 'Stages with no touchpoint (1)', detail: SEED.telugu }] },
    ]);
  });

  it('prints in the report summary, escaped', () => {
    const html = buildReportHtml(doc, reportOptions({ insights: reportInsightGroups(doc) }), {
      fonts: [],
      personaPhotos: {},
    });
    expect(html).toContain('<h3>Journey health</h3>');
    expect(html).toContain('<b>Card payment fails</b> — Buy · emotion −3 Angry');
  });
});
