/**
 * The journey as Markdown (for wikis, tickets and chat): stages and
 * touchpoints as headings, their details as lists. User text is escaped so
 * it cannot start Markdown syntax or raw HTML.
 */
import type { JourneyDocument, Touchpoint } from '../domain/model';
import { channelText } from './channel-text';
import { escapeMarkdown, signed } from './escape';
import { frictionTypesText } from './friction-text';
import { stageGroups } from './journey-order';
import { isBlueprint, laneBands, laneOf } from '../domain/lanes';
import { workshopSummaryMarkdown } from '../domain/workshop';
import type { SummaryWords } from '../domain/workshop/markdown';
import { fill } from './insight-text';
import { REPORT_LABELS, emotionLabelWord, type Labels } from './labels';
import { unquoted } from './quote-text';
import { personaKinds } from './persona-text';
import { npsFromCounts } from '../domain/insights';

/** The workshop summary's words in the labels' language, counts in their plural form (Intl.PluralRules). */
export function workshopSummaryWords(labels: Labels): SummaryWords {
  const w = labels.workshopSummary;
  const plurals = new Intl.PluralRules(labels.locale);
  const numbers = new Intl.NumberFormat(labels.locale);
  const count = (forms: readonly [string, string]) => (n: number) =>
    fill(plurals.select(n) === 'one' ? forms[0] : forms[1], { count: numbers.format(n) });
  return {
    title: (title) => fill(w.title, { title }),
    untitledJourney: w.untitledJourney,
    started: (time) => fill(w.started, { time }),
    addedCounts: (c) =>
      fill(w.addedCounts, {
        touchpoints: count(w.touchpoints)(c.touchpoints),
        notes: count(w.notes)(c.notes),
        questions: count(w.questions)(c.questions),
      }),
    dots: count(w.dots),
    topVoted: w.topVoted,
    openQuestions: w.openQuestions,
    addedHeading: w.addedHeading,
    clusters: w.clusters,
    parkingLot: w.parkingLot,
    untitled: w.untitled,
    untitledCluster: w.untitledCluster,
    empty: w.empty,
    kind: w.kind,
    addedKind: w.addedKind,
  };
}

/** The opportunity scores in the order the matrix names them. */
const SCORE_ORDER = ['customerValue', 'businessValue', 'effort', 'confidence'] as const;

function touchpointBlock(t: Touchpoint, labels: Labels): string[] {
  const out: string[] = [`### ${escapeMarkdown(t.title) || escapeMarkdown(labels.untitled)}`, ''];
  if (t.description.trim()) out.push(escapeMarkdown(t.description), '');
  const facts: string[] = [];
  if (t.channel.trim()) facts.push(`- **${labels.table.channel}:** ${escapeMarkdown(channelText(t.channel, labels))}`);
  if (t.owner.trim()) facts.push(`- **${labels.table.owner}:** ${escapeMarkdown(t.owner)}`);
  if (t.emotion !== null) {
    const word = escapeMarkdown(emotionLabelWord(labels, t.emotion, t.emotionLabel));
    facts.push(`- **${labels.table.emotion}:** ${escapeMarkdown(signed(t.emotion))} ${word}`);
  }
  if (t.thoughts.trim()) facts.push(`- **${labels.table.thoughts}:** ${escapeMarkdown(t.thoughts)}`);
  if (t.evidence) facts.push(`- **${labels.evidence.title}:** ${labels.evidence.levels[t.evidence]}`);
  if (t.friction.score > 0) {
    const types = t.friction.types.length ? ` (${escapeMarkdown(frictionTypesText(t.friction.types, labels))})` : '';
    facts.push(`- **${labels.table.friction}:** ${t.friction.score}/5${types}`);
  }
  const m = t.metrics;
  const npsScore = m.nps ? npsFromCounts(m.nps) : null;
  const nps = npsScore === null ? null : Math.round(npsScore);
  const metrics = [
    m.csat ? `${labels.table.csat} ${m.csat.mode === 'share' ? `${m.csat.value}%` : `${m.csat.value}/5`}` : '',
    m.ces ? `${labels.table.ces} ${m.ces.mean}/7` : '',
    nps !== null ? `${labels.table.nps} ${signed(nps)}` : '',
    m.dropOff !== null ? `${labels.table.dropOff} ${m.dropOff}%` : '',
    m.volume !== null ? `${labels.table.volume} ${m.volume}` : '',
  ].filter(Boolean);
  // Generated from numbers and labels only, so nothing to escape.
  if (metrics.length) facts.push(`- **${labels.sections.metrics}:** ${metrics.join(', ')}`);
  out.push(...facts);
  const quotes = t.quotes.filter((q) => q.trim());
  if (quotes.length) {
    if (facts.length) out.push('');
    out.push(`**${labels.table.quotes}**`, '', ...quotes.map((q) => `- “${escapeMarkdown(unquoted(q))}”`), '');
  }
  const pains = t.painPoints.filter((p) => p.text.trim());
  if (pains.length) {
    if (facts.length) out.push('');
    out.push(`**${labels.table.painPoints}**`, '');
    out.push(
      ...pains.map((p) => {
        const evidence = p.evidence ? ` · ${labels.evidence.title}: ${labels.evidence.levels[p.evidence]}` : '';
        return `- ${escapeMarkdown(p.text)} (${labels.severity[p.severity]})${evidence}`;
      }),
    );
  }
  const opportunities = t.opportunities.filter((o) => o.text.trim());
  if (opportunities.length) {
    out.push('', `**${labels.table.opportunities}**`, '');
    out.push(
      ...opportunities.map((o) => {
        const owner = o.owner.trim() ? `, ${labels.table.owner.toLowerCase()}: ${escapeMarkdown(o.owner)}` : '';
        const scores = SCORE_ORDER.flatMap((key) =>
          o.scores[key] === null ? [] : [`${labels.matrix.axes[key]} ${o.scores[key]}/5`],
        );
        const scored = scores.length ? ` · ${scores.join(', ')}` : '';
        return `- ${escapeMarkdown(o.text)} (${labels.opportunityStatus[o.status]}${owner})${scored}`;
      }),
    );
  }
  out.push('');
  return out;
}

export function buildMarkdownReport(doc: JourneyDocument, labels: Labels = REPORT_LABELS.en): string {
  const j = doc.journey;
  const out: string[] = [`# ${escapeMarkdown(j.title) || escapeMarkdown(labels.untitled)}`, ''];
  const meta = [
    j.client.trim() ? `**${labels.cover.preparedFor}:** ${escapeMarkdown(j.client)}` : '',
    j.author.trim() ? `**${labels.cover.preparedBy}:** ${escapeMarkdown(j.author)}` : '',
  ].filter(Boolean);
  if (meta.length) out.push(meta.join('  \n'), '');
  if (j.description.trim()) out.push(escapeMarkdown(j.description), '');
  // Lanes are named only in a blueprint (two lanes or more), as on the map.
  const bands = isBlueprint(doc.lanes) ? laneBands(doc.lanes) : [];
  for (const { stage, touchpoints } of stageGroups(doc)) {
    out.push(`## ${escapeMarkdown(stage.name) || escapeMarkdown(labels.untitled)}`, '');
    if (stage.description.trim()) out.push(escapeMarkdown(stage.description), '');
    if (stage.customerGoal.trim()) out.push(`**${labels.stageGoal}:** ${escapeMarkdown(stage.customerGoal)}`, '');
    if (touchpoints.length === 0) out.push(`_${labels.noTouchpoints}_`, '');
    if (bands.length === 0) for (const t of touchpoints) out.push(...touchpointBlock(t, labels));
    // A blueprint: the stage's touchpoints lane by lane, top to bottom, each lane named.
    for (const band of bands) {
      const inLane = touchpoints.filter((t) => laneOf(bands, t) === band.lane.id);
      if (inLane.length === 0) continue;
      out.push(`**${labels.lane}: ${escapeMarkdown(band.lane.name) || escapeMarkdown(labels.untitled)}**`, '');
      for (const t of inLane) out.push(...touchpointBlock(t, labels));
    }
  }
  if (doc.personas.length) {
    out.push(`## ${labels.sections.personas}`, '');
    for (const p of doc.personas) {
      out.push(`### ${escapeMarkdown(p.name)}${p.role.trim() ? ` — ${escapeMarkdown(p.role)}` : ''}`, '');
      const kinds = personaKinds(p, labels);
      if (kinds.length) out.push(`_${kinds.join(' · ')}_`, '');
      if (p.quote.trim()) out.push(`> ${escapeMarkdown(p.quote)}`, '');
      const lists: [string, string[]][] = [
        [labels.persona.needs, p.needs],
        [labels.persona.fears, p.fears],
        [labels.persona.goals, p.goals],
        [labels.persona.desires, p.desires],
        [labels.persona.challenges, p.challenges],
      ];
      for (const [title, items] of lists) {
        const kept = items.filter((i) => i.trim());
        if (kept.length) out.push(`**${title}**`, '', ...kept.map((i) => `- ${escapeMarkdown(i)}`), '');
      }
    }
  }
  const notes = doc.notes.filter((n) => n.text.trim());
  if (notes.length) {
    out.push(`## ${labels.sections.notes}`, '', ...notes.map((n) => `- ${escapeMarkdown(n.text)}`), '');
  }
  // Votes, open questions and the parking lot, for journeys mapped in a workshop.
  const workshop = workshopSummaryMarkdown(doc, {
    level: 2,
    words: workshopSummaryWords(labels),
    locale: labels.locale,
  });
  if (workshop) out.push(workshop, '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
