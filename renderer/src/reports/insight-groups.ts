/**
 * The insights of a journey (domain/insights) turned into the report's
 * insight groups: short labelled lines for the executive summary, in the
 * report's language (`options.language`, English by default; the words are
 * the `insights` labels of that language). Pure: the same document gives the
 * same groups. Groups with nothing to say are left out, so an empty journey
 * adds nothing to the report.
 */
import { computeInsights, formatSigned, type Insights } from '../domain/insights';
import type { JourneyDocument } from '../domain/model';
import { oneLine, truncate } from './escape';
import { counted, fill, healthDisplay, healthFormula, healthLabel, hotSpotExplanation } from './insight-text';
import { emotionWord, REPORT_LABELS, type Labels } from './labels';
import type { ReportInsightGroup, ReportLanguage } from './types';

export interface InsightGroupOptions {
  /** Most hot spots listed (default 5). */
  hotSpots?: number;
  /** Most names listed in one coverage line before "and N more" (default 5). */
  namesPerLine?: number;
  /** The report's language (default English). */
  language?: ReportLanguage;
}

type Item = ReportInsightGroup['items'][number];

function namer(labels: Labels) {
  return (title: string, fallback = labels.insights.untitledTouchpoint) => truncate(oneLine(title), 120) || fallback;
}

function emotionText(emotion: number | null, labels: Labels): string {
  return emotion === null ? labels.insights.noEmotion : `${formatSigned(emotion)} ${emotionWord(labels, emotion)}`;
}

function listNames(names: readonly string[], limit: number, labels: Labels): string {
  const name = namer(labels);
  // “and 1 more” takes the room of the name it stands for: one over the limit is named too.
  const shown = names.slice(0, names.length === limit + 1 ? limit + 1 : limit).map((n) => name(n));
  const more = names.length - shown.length;
  return more > 0 ? fill(labels.insights.andMore, { names: shown.join(', '), count: more }) : shown.join(', ');
}

function healthGroup(insights: Insights, labels: Labels): ReportInsightGroup {
  return {
    title: labels.insights.groups.health,
    // Figures that cannot be computed (no data yet) would only print dashes.
    items: insights.health
      .filter((h) => h.value !== null)
      .map((h) => ({
        label: fill(labels.insights.figure, { label: healthLabel(h, labels), value: healthDisplay(h, labels) }),
        detail: healthFormula(h, labels),
      })),
  };
}

function lowPointGroup(insights: Insights, stages: Map<string, string>, labels: Labels): ReportInsightGroup {
  const name = namer(labels);
  return {
    title: labels.insights.groups.lowPoints,
    items: insights.lowPoints.map((p) => ({
      label: name(p.title),
      detail: [stages.get(p.stageId), fill(labels.insights.emotion, { emotion: emotionText(p.emotion, labels) })]
        .filter(Boolean)
        .join(' · '),
    })),
  };
}

function hotSpotGroup(
  insights: Insights,
  stages: Map<string, string>,
  limit: number,
  labels: Labels,
): ReportInsightGroup {
  const name = namer(labels);
  return {
    title: labels.insights.groups.hotSpots,
    items: insights.hotSpots.slice(0, limit).map((h) => ({
      label: name(h.title),
      detail: [
        stages.get(h.stageId),
        fill(labels.insights.score, { score: Math.round(h.score * 100) }),
        hotSpotExplanation(h, labels),
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  };
}

function recoveryGroup(insights: Insights, labels: Labels): ReportInsightGroup {
  const w = labels.insights;
  const name = namer(labels);
  const { loops, unrecovered } = insights.recovery;
  const items: Item[] = [
    ...loops.map((l) => ({
      label: fill(w.recovered, { name: name(l.at.title) }),
      detail:
        fill(w.recoveredDetail, {
          before: name(l.before.title),
          after: name(l.after.title),
          steps: counted(w.steps, l.steps),
        }) +
        (l.lift === null ? '' : ` · ${fill(w.lift, { value: formatSigned(l.lift) })}`) +
        (l.net === null ? '' : ` · ${fill(w.net, { value: formatSigned(l.net) })}`),
    })),
    ...unrecovered.map((u) => ({
      label: fill(w.notRecovered, { name: name(u.at.title) }),
      detail: fill(w.notRecoveredDetail, { before: name(u.before.title) }),
    })),
  ];
  return { title: w.groups.recovery, items };
}

function momentGroup(insights: Insights, stages: Map<string, string>, labels: Labels): ReportInsightGroup {
  const w = labels.insights;
  const name = namer(labels);
  return {
    title: w.groups.moments,
    items: insights.momentsOfTruth.map((m) => {
      const reasons = [fill(w.emotion, { emotion: emotionText(m.emotion, labels) })];
      if (m.worstSeverity === 3) reasons.push(w.severePain);
      if (m.friction > 0) reasons.push(fill(w.frictionShort, { score: m.friction }));
      return {
        label: fill(m.atRisk ? w.atRisk : w.holding, { name: name(m.title) }),
        detail: [stages.get(m.stageId), reasons.join(', ')].filter(Boolean).join(' · '),
      };
    }),
  };
}

function coverageGroup(insights: Insights, limit: number, labels: Labels): ReportInsightGroup {
  const w = labels.insights;
  const c = insights.coverage;
  const items: Item[] = [];
  const line = (label: string, names: readonly string[]) => {
    if (names.length > 0) {
      items.push({ label: fill(w.counted, { label, count: names.length }), detail: listNames(names, limit, labels) });
    }
  };
  line(
    w.coverage.emptyStages,
    c.emptyStages.map((s) => s.name || w.untitledStage),
  );
  line(
    w.coverage.withoutEmotion,
    c.withoutEmotion.map((t) => t.title),
  );
  line(
    w.coverage.withoutChannel,
    c.withoutChannel.map((t) => t.title),
  );
  line(
    w.coverage.personasWithoutEmotion,
    c.personasWithoutEmotion.map((p) => p.name || w.unnamedPersona),
  );
  return { title: w.groups.coverage, items };
}

/** Insight groups for `ReportOptions.insights`, from a journey (or insights already computed for it). */
export function reportInsightGroups(
  doc: JourneyDocument,
  options: InsightGroupOptions = {},
  insights: Insights = computeInsights(doc),
): ReportInsightGroup[] {
  const labels = REPORT_LABELS[options.language ?? 'en'];
  const stages = new Map<string, string>(doc.stages.map((s) => [s.id, oneLine(s.name)]));
  const limit = Math.max(1, options.namesPerLine ?? 5);
  const groups = [
    healthGroup(insights, labels),
    lowPointGroup(insights, stages, labels),
    hotSpotGroup(insights, stages, Math.max(1, options.hotSpots ?? 5), labels),
    momentGroup(insights, stages, labels),
    recoveryGroup(insights, labels),
    coverageGroup(insights, limit, labels),
  ];
  return groups.filter((g) => g.items.length > 0);
}
