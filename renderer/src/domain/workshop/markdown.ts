/**
 * The workshop summary as Markdown: for the facilitator's follow-up mail,
 * and for the journey's Markdown export (`workshopSummaryMarkdown` returns ''
 * when there is nothing from a workshop to report). User text is escaped so
 * it cannot start Markdown syntax or raw HTML.
 */
import type { JourneyDocument } from '../model';
import { buildSessionSummary, type SessionSummary } from './summary';
import type { VoteResult } from './votes';

const KIND_LABEL = { touchpoint: 'Touchpoint', pain: 'Pain point', opportunity: 'Opportunity' } as const;
const ADDED_LABEL = { touchpoint: 'Touchpoint', note: 'Note', question: 'Question' } as const;

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
}

function formatter(options: SummaryMarkdownOptions, withDate: boolean) {
  return new Intl.DateTimeFormat(options.locale ?? 'en-GB', {
    timeZone: options.timeZone,
    ...(withDate ? { dateStyle: 'long' } : {}),
    timeStyle: 'short',
  });
}

function resultLine(r: VoteResult): string {
  const rank = r.tied ? `${r.rank}= ` : `${r.rank}. `;
  const where = r.kind === 'touchpoint' ? r.stageName : `${r.touchpointTitle}, ${r.stageName}`;
  const dots = `${r.votes} ${r.votes === 1 ? 'dot' : 'dots'}`;
  return `- ${rank}**${escapeMd(r.label) || 'Untitled'}** (${KIND_LABEL[r.kind].toLowerCase()}; ${escapeMd(where)}) — ${dots}`;
}

/** Markdown for a built summary. */
export function summaryToMarkdown(summary: SessionSummary, options: SummaryMarkdownOptions = {}): string {
  const h = options.level === 2 ? '##' : '#';
  const sub = `${h}#`;
  const out: string[] = [`${h} Workshop summary: ${escapeMd(summary.journeyTitle) || 'Untitled journey'}`, ''];
  if (summary.startedAt !== null) {
    out.push(`Session started ${formatter(options, true).format(summary.startedAt)}.`, '');
    const c = summary.counts;
    out.push(
      `Added during the session: ${c.touchpoints} ${c.touchpoints === 1 ? 'touchpoint' : 'touchpoints'}, ` +
        `${c.notes} ${c.notes === 1 ? 'note' : 'notes'}, ${c.questions} ${c.questions === 1 ? 'question' : 'questions'}.`,
      '',
    );
  }
  if (summary.topVoted.length) {
    out.push(`${sub} Top-voted`, '', ...summary.topVoted.map(resultLine), '');
  }
  if (summary.openQuestions.length) {
    out.push(`${sub} Open questions`, '');
    out.push(
      ...summary.openQuestions.map((q) => `- ${escapeMd(q.text)}${q.stageName ? ` (${escapeMd(q.stageName)})` : ''}`),
      '',
    );
  }
  if (summary.added.length) {
    const time = formatter(options, false);
    out.push(`${sub} Added during the session`, '');
    out.push(
      ...summary.added.map(
        (a) =>
          `- ${time.format(a.createdAt)} — ${ADDED_LABEL[a.kind]}: ${escapeMd(a.text) || '(empty)'}${a.stageName ? ` (${escapeMd(a.stageName)})` : ''}`,
      ),
      '',
    );
  }
  if (summary.clusters.length) {
    out.push(`${sub} Clusters`, '');
    for (const c of summary.clusters) {
      out.push(`- **${escapeMd(c.title) || 'Untitled cluster'}** (${c.notes.length})`);
      out.push(...c.notes.map((n) => `  - ${escapeMd(n)}`));
    }
    out.push('');
  }
  if (summary.parkingLot.length) {
    out.push(`${sub} Parking lot`, '', ...summary.parkingLot.map((p) => `- ${escapeMd(p.text)}`), '');
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
