/**
 * The insight sentences in five languages: the domain gives figures and hot
 * spots with their parameters (key, period, friction, severity, counts), the
 * report and the insights panel word them from each language's labels. In
 * English they are the domain's own sentences; in the others no English is left.
 */
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../renderer/src/domain/insights';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { reportInsightGroups } from '../../../renderer/src/reports/insight-groups';
import {
  healthDisplay,
  healthFormula,
  healthLabel,
  hotSpotExplanation,
} from '../../../renderer/src/reports/insight-text';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { REPORT_LANGUAGES } from '../../../renderer/src/reports/types';
import { buildRichJourney, reportOptions } from './fixture';

const { doc } = buildRichJourney('Renewal');
const withChurn = {
  ...doc,
  journey: { ...doc.journey, churn: [{ period: 'Q1 2025', start: 500, end: 450, recordedAt: 1 }] },
};
const insights = computeInsights(withChurn);

/** Latin words left once the user's own text (titles, names) and brand/metric names are taken out. */
function englishLeft(text: string, userText: readonly string[]): string[] {
  let rest = text;
  for (const t of [...userText].sort((a, b) => b.length - a.length)) if (t) rest = rest.split(t).join(' ');
  return (rest.replace(/\b(NPS|CSAT|CES)\b/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter(Boolean);
}

const USER_TEXT = [
  ...doc.touchpoints.map((t) => t.title),
  ...doc.stages.map((s) => s.name),
  ...doc.personas.map((p) => p.name),
  'Q1 2025',
];

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const marks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('insight sentences in five languages', () => {
  it('fills the same values in every language', () => {
    const english = new Map(leaves(REPORT_LABELS.en.insights));
    for (const language of REPORT_LANGUAGES) {
      for (const [key, text] of leaves(REPORT_LABELS[language].insights)) {
        expect(marks(text), `${language} ${key}`).toEqual(marks(english.get(key)!));
      }
    }
  });

  it('in English, are the domain’s own sentences (one wording)', () => {
    const en = REPORT_LABELS.en;
    for (const h of insights.health) {
      expect(healthLabel(h, en)).toBe(h.label);
      expect(healthFormula(h, en)).toBe(h.formula);
    }
    expect(
      healthLabel(
        insights.health.find((h) => h.key === 'churn')!,
        en,
      ),
    ).toBe('Churn (Q1 2025)');
    for (const spot of insights.hotSpots) expect(hotSpotExplanation(spot, en)).toBe(spot.explanation);
    const online = computeInsights(buildOnlineOrderTemplate(0));
    for (const spot of online.hotSpots) expect(hotSpotExplanation(spot, en)).toBe(spot.explanation);
  });

  it('renders a finding in each of the five languages, with its parameters', () => {
    const churn = insights.health.find((h) => h.key === 'churn')!;
    const spot = insights.hotSpots.find((h) => h.friction > 0 && h.worstSeverity === 3)!;
    const seen = new Set<string>();
    for (const language of REPORT_LANGUAGES) {
      const labels = REPORT_LABELS[language];
      const label = healthLabel(churn, labels);
      expect(label, language).toContain('(Q1 2025)');
      const why = hotSpotExplanation(spot, labels);
      expect(why, language).toContain(`${spot.friction}/5`);
      expect(why, language).toContain(labels.severity[3]);
      seen.add(label + why);
      if (language !== 'en') {
        expect(englishLeft(`${label} ${why} ${healthFormula(churn, labels)}`, USER_TEXT), language).toEqual([]);
      }
    }
    expect(seen.size).toBe(REPORT_LANGUAGES.length);
    expect(hotSpotExplanation(spot, REPORT_LABELS.ta)).toMatch(/^உராய்வு \d\/5 · மிக மோசமான வலி கடுமையானது/);
  });

  it('a report in Tamil prints no English insight sentence', () => {
    for (const language of ['ta', 'te', 'ml', 'hy'] as const) {
      const groups = reportInsightGroups(withChurn, { language });
      expect(groups.length).toBe(6);
      const html = buildReportHtml(withChurn, reportOptions({ language, insights: groups }), {
        fonts: [],
        personaPhotos: {},
      });
      const blocks = [...html.matchAll(/<div class="insight">([\s\S]*?)<\/div>/g)].map((m) => m[1]!);
      expect(blocks.length, language).toBe(6);
      const text = blocks
        .join(' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z#0-9]+;/g, ' ');
      expect(englishLeft(text, USER_TEXT), language).toEqual([]);
      for (const english of ['Journey health', 'Top hot spots', 'worst pain', 'Recovered:', 'emotion ', 'score ']) {
        expect(text, `${language}: ${english}`).not.toContain(english);
      }
    }
    const ta = reportInsightGroups(withChurn, { language: 'ta' });
    expect(ta.map((g) => g.title)).toEqual([
      'பயண ஆரோக்கியம்',
      'மிகத் தாழ்ந்த தருணங்கள்',
      'முதன்மைச் சிக்கல் மையங்கள்',
      'உண்மையின் தருணங்கள்',
      'சேவை மீட்பு',
      'விடுபட்ட பதிவுகள்',
    ]);
  });
});

describe('health figures and hot-spot figures in the language’s digits', () => {
  const templateDoc = buildOnlineOrderTemplate(0);
  const template = computeInsights(templateDoc);
  const byKey = (list: typeof insights.health) => new Map(list.map((h) => [h.key, h]));

  it('are the domain’s own display in English, for every figure', () => {
    for (const list of [insights.health, template.health]) {
      for (const h of list) expect(healthDisplay(h, REPORT_LABELS.en), h.key).toBe(h.display);
    }
    for (const h of [...insights.hotSpots, ...template.hotSpots]) {
      expect(hotSpotExplanation(h, REPORT_LABELS.en)).not.toMatch(/\d,\d/);
    }
  });

  it('write decimals with a comma in Armenian, in the panel’s figures and the report alike', () => {
    const hy = REPORT_LABELS.hy;
    const health = byKey(template.health);
    // The template's average emotion is +0.8 and its churn 4.1 %: the insights panel showed them with a point.
    expect(health.get('averageEmotion')!.display).toBe('+0.8');
    expect(healthDisplay(health.get('averageEmotion')!, hy)).toBe('+0,8');
    expect(healthDisplay(health.get('churn')!, hy)).toBe('4,1 %');
    expect(healthDisplay(health.get('lowestEmotion')!, hy)).toBe('\u22123');
    expect(healthDisplay(health.get('averageFriction')!, hy)).toMatch(/^\d(,\d)?\/5$/);
    const report = reportInsightGroups(templateDoc, { language: 'hy' })
      .flatMap((g) => g.items.map((i) => i.label))
      .join('\n');
    expect(report).toContain('+0,8');
    expect(report).not.toContain('+0.8');
  });

  it('keep a point in Tamil, Telugu and Malayalam, which write one', () => {
    const average = byKey(template.health).get('averageEmotion')!;
    for (const language of ['ta', 'te', 'ml'] as const) {
      expect(healthDisplay(average, REPORT_LABELS[language]), language).toBe('+0.8');
    }
  });
});
