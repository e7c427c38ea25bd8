/**
 * The insights of a journey (domain/insights) turned into the report's
 * insight groups: short labelled lines for the executive summary. Pure: the
 * same document gives the same groups. Groups with nothing to say are left
 * out, so an empty journey adds nothing to the report.
 */
import { computeInsights, formatSigned, type Insights } from '../domain/insights';
import type { JourneyDocument } from '../domain/model';
import { emotionLevel } from '../domain/vocabulary';
import { oneLine, truncate } from './escape';
import type { ReportInsightGroup } from './types';

export interface InsightGroupOptions {
  /** Most hot spots listed (default 5). */
  hotSpots?: number;
  /** Most names listed in one coverage line before "and N more" (default 5). */
  namesPerLine?: number;
}

type Item = ReportInsightGroup['items'][number];

const UNTITLED = 'Untitled touchpoint';

function name(title: string): string {
  return truncate(oneLine(title), 120) || UNTITLED;
}

function emotionText(emotion: number | null): string {
  return emotion === null ? 'no emotion recorded' : `${formatSigned(emotion)} ${emotionLevel(emotion).label}`;
}

function listNames(names: readonly string[], limit: number): string {
  const shown = names.slice(0, limit).map(name);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function healthGroup(insights: Insights): ReportInsightGroup {
  return {
    title: 'Journey health',
    // Figures that cannot be computed (no data yet) would only print dashes.
    items: insights.health
      .filter((h) => h.value !== null)
      .map((h) => ({ label: `${h.label}: ${h.display}`, detail: h.formula })),
  };
}

function lowPointGroup(insights: Insights, stages: Map<string, string>): ReportInsightGroup {
  return {
    title: 'Lowest moments',
    items: insights.lowPoints.map((p) => ({
      label: name(p.title),
      detail: [stages.get(p.stageId), `emotion ${emotionText(p.emotion)}`].filter(Boolean).join(' · '),
    })),
  };
}

function hotSpotGroup(insights: Insights, stages: Map<string, string>, limit: number): ReportInsightGroup {
  return {
    title: 'Top hot spots',
    items: insights.hotSpots.slice(0, limit).map((h) => ({
      label: name(h.title),
      detail: [stages.get(h.stageId), `score ${Math.round(h.score * 100)}/100`, h.explanation]
        .filter(Boolean)
        .join(' · '),
    })),
  };
}

function recoveryGroup(insights: Insights): ReportInsightGroup {
  const { loops, unrecovered } = insights.recovery;
  const items: Item[] = [
    ...loops.map((l) => ({
      label: `Recovered: ${name(l.at.title)}`,
      detail:
        `After “${name(l.before.title)}”, back on the main path at “${name(l.after.title)}” in ${l.steps} ` +
        `${l.steps === 1 ? 'step' : 'steps'}` +
        (l.lift === null ? '' : ` · lift ${formatSigned(l.lift)}`) +
        (l.net === null ? '' : ` · net ${formatSigned(l.net)} against before the failure`),
    })),
    ...unrecovered.map((u) => ({
      label: `Not recovered: ${name(u.at.title)}`,
      detail: `After “${name(u.before.title)}”, no recovery leads back to the main path.`,
    })),
  ];
  return { title: 'Service recovery', items };
}

function momentGroup(insights: Insights, stages: Map<string, string>): ReportInsightGroup {
  return {
    title: 'Moments of truth',
    items: insights.momentsOfTruth.map((m) => {
      const reasons = [`emotion ${emotionText(m.emotion)}`];
      if (m.worstSeverity === 3) reasons.push('a severe pain point');
      if (m.friction > 0) reasons.push(`friction ${m.friction}/5`);
      return {
        label: `${m.atRisk ? 'At risk' : 'Holding'}: ${name(m.title)}`,
        detail: [stages.get(m.stageId), reasons.join(', ')].filter(Boolean).join(' · '),
      };
    }),
  };
}

function coverageGroup(insights: Insights, limit: number): ReportInsightGroup {
  const c = insights.coverage;
  const items: Item[] = [];
  const line = (label: string, names: readonly string[]) => {
    if (names.length > 0) items.push({ label: `${label} (${names.length})`, detail: listNames(names, limit) });
  };
  line(
    'Stages with no touchpoint',
    c.emptyStages.map((s) => s.name || 'Untitled stage'),
  );
  line(
    'Touchpoints without an emotion',
    c.withoutEmotion.map((t) => t.title),
  );
  line(
    'Touchpoints without a channel',
    c.withoutChannel.map((t) => t.title),
  );
  line(
    'Personas without their own emotions',
    c.personasWithoutEmotion.map((p) => p.name || 'Unnamed persona'),
  );
  return { title: 'Coverage gaps', items };
}

/** Insight groups for `ReportOptions.insights`, from a journey (or insights already computed for it). */
export function reportInsightGroups(
  doc: JourneyDocument,
  options: InsightGroupOptions = {},
  insights: Insights = computeInsights(doc),
): ReportInsightGroup[] {
  const stages = new Map<string, string>(doc.stages.map((s) => [s.id, oneLine(s.name)]));
  const limit = Math.max(1, options.namesPerLine ?? 5);
  const groups = [
    healthGroup(insights),
    lowPointGroup(insights, stages),
    hotSpotGroup(insights, stages, Math.max(1, options.hotSpots ?? 5)),
    momentGroup(insights, stages),
    recoveryGroup(insights),
    coverageGroup(insights, limit),
  ];
  return groups.filter((g) => g.items.length > 0);
}
