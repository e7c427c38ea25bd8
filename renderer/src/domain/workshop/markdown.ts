/**
 * The workshop summary as Markdown: for the facilitator's follow-up mail,
 * and for the journey's Markdown export (`workshopSummaryMarkdown` returns ''
 * when there is nothing from a workshop to report). User text is escaped so
 * it cannot start Markdown syntax or raw HTML.
 */
import type { JourneyDocument } from '../model';
import { formatDateTimeIn } from '../locale-format';
import { buildSessionSummary, type SessionSummary } from './summary';
import type { VoteResult } from './votes';

/**
 * The summary's own words, so the facilitator's export is written in the interface language
 * (workshop/export-summary.ts builds them from the catalogue); English by default.
 */
export interface SummaryWords {
  title(title: string): string;
  untitledJourney: string;
  started(time: string): string;
  addedCounts(counts: { touchpoints: number; notes: number; questions: number }): string;
  dots(count: number): string;
  topVoted: string;
  openQuestions: string;
  addedHeading: string;
  clusters: string;
  parkingLot: string;
  untitled: string;
  untitledCluster: string;
  empty: string;
  /** What a voted item is, as it reads inside brackets: "(pain point; Checkout)". */
  kind: Record<VoteResult['kind'], string>;
  /** What was added, at the start of its line: "10:05 — Question: …". */
  addedKind: Record<'touchpoint' | 'note' | 'question', string>;
}

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const ENGLISH_SUMMARY_WORDS: SummaryWords = {
  title: (title) => `Workshop summary: ${title}`,
  untitledJourney: 'Untitled journey',
  started: (time) => `Session started ${time}.`,
  addedCounts: (c) =>
    `Added during the session: ${plural(c.touchpoints, 'touchpoint', 'touchpoints')}, ` +
    `${plural(c.notes, 'note', 'notes')}, ${plural(c.questions, 'question', 'questions')}.`,
  dots: (n) => plural(n, 'dot', 'dots'),
  topVoted: 'Top-voted',
  openQuestions: 'Open questions',
  addedHeading: 'Added during the session',
  clusters: 'Clusters',
  parkingLot: 'Parking lot',
  untitled: 'Untitled',
  untitledCluster: 'Untitled cluster',
  empty: '(empty)',
  kind: { touchpoint: 'touchpoint', pain: 'pain point', opportunity: 'opportunity' },
  addedKind: { touchpoint: 'Touchpoint', note: 'Note', question: 'Question' },
};

/**
 * Escape inline Markdown and HTML syntax in user text, on one line. User text
 * never starts a line here (it always follows a list marker or a label), so
 * line-start syntax such as `#` or `1.` needs no escape.
 */
export function escapeMd(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

export interface SummaryMarkdownOptions {
  /** Time zone for times (IANA name); the system's when left out. */
  timeZone?: string;
  /** Heading level of the summary's title (1 for a file of its own, 2 inside a report). */
  level?: 1 | 2;
  locale?: string;
  /** The summary's words; English when left out. */
  words?: SummaryWords;
}

function formatter(options: SummaryMarkdownOptions, withDate: boolean) {
  const locale = options.locale ?? 'en-GB';
  return {
    format: (at: number) =>
      formatDateTimeIn(locale, at, { timeZone: options.timeZone, ...(withDate ? { dateStyle: 'long' as const } : {}) }),
  };
}

function resultLine(r: VoteResult, words: SummaryWords): string {
  const rank = r.tied ? `${r.rank}= ` : `${r.rank}. `;
  const where = r.kind === 'touchpoint' ? r.stageName : `${r.touchpointTitle}, ${r.stageName}`;
  return `- ${rank}**${escapeMd(r.label) || words.untitled}** (${words.kind[r.kind]}; ${escapeMd(where)}) — ${words.dots(r.votes)}`;
}

/** Markdown for a built summary. */
export function summaryToMarkdown(summary: SessionSummary, options: SummaryMarkdownOptions = {}): string {
  const words = options.words ?? ENGLISH_SUMMARY_WORDS;
  const h = options.level === 2 ? '##' : '#';
  const sub = `${h}#`;
  const out: string[] = [`${h} ${words.title(escapeMd(summary.journeyTitle) || words.untitledJourney)}`, ''];
  if (summary.startedAt !== null) {
    out.push(words.started(formatter(options, true).format(summary.startedAt)), '');
    out.push(words.addedCounts(summary.counts), '');
  }
  if (summary.topVoted.length) {
    out.push(`${sub} ${words.topVoted}`, '', ...summary.topVoted.map((r) => resultLine(r, words)), '');
  }
  if (summary.openQuestions.length) {
    out.push(`${sub} ${words.openQuestions}`, '');
    out.push(
      ...summary.openQuestions.map((q) => `- ${escapeMd(q.text)}${q.stageName ? ` (${escapeMd(q.stageName)})` : ''}`),
      '',
    );
  }
  if (summary.added.length) {
    const time = formatter(options, false);
    out.push(`${sub} ${words.addedHeading}`, '');
    out.push(
      ...summary.added.map(
        (a) =>
          `- ${time.format(a.createdAt)} — ${words.addedKind[a.kind]}: ${escapeMd(a.text) || words.empty}${a.stageName ? ` (${escapeMd(a.stageName)})` : ''}`,
      ),
      '',
    );
  }
  if (summary.clusters.length) {
    out.push(`${sub} ${words.clusters}`, '');
    for (const c of summary.clusters) {
      out.push(`- **${escapeMd(c.title) || words.untitledCluster}** (${c.notes.length})`);
      out.push(...c.notes.map((n) => `  - ${escapeMd(n)}`));
    }
    out.push('');
  }
  if (summary.parkingLot.length) {
    out.push(`${sub} ${words.parkingLot}`, '', ...summary.parkingLot.map((p) => `- ${escapeMd(p.text)}`), '');
  }
  return out.join('\n');
}

/** Whether a journey carries anything from a workshop worth reporting. */
export function hasWorkshopContent(doc: JourneyDocument): boolean {
  const w = doc.journey.workshop;
  return (
    w.sessionStartedAt !== null ||
    w.votes.length > 0 ||
    w.parkingLot.length > 0 ||
    w.clusters.length > 0 ||
    doc.notes.some((n) => n.kind === 'question')
  );
}

/** The workshop summary of a journey as Markdown; '' when the journey has no workshop content. */
export function workshopSummaryMarkdown(doc: JourneyDocument, options: SummaryMarkdownOptions = {}): string {
  if (!hasWorkshopContent(doc)) return '';
  return summaryToMarkdown(buildSessionSummary(doc), options);
}
