/** Small HTML pieces shared by the sections. All user text is escaped here or by the caller. */
import type { Touchpoint } from '../../domain/model';
import type { OpportunityStatus, PainSeverity } from '../../domain/vocabulary';
import { cleanText, escapeHtml, oneLine, signed } from '../escape';
import { emotionLabelWord, type Labels } from '../labels';
import { faceImage } from '../svg/face';
import { svgDocument, svgImage } from '../svg/image';
import { SEVERITY_INK } from '../styles';
import type { ReportInsightGroup, SectionId } from '../types';

export const esc = escapeHtml;

/** Escaped text with its line breaks kept. */
export function multiline(text: string): string {
  return cleanText(text)
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeHtml(line))
    .join('<br>');
}

/** Sections that always start a new page; the others follow on the page before when there is room. */
const PAGE_START: ReadonlySet<SectionId> = new Set<SectionId>(['toc', 'summary', 'map']);

export function sectionOpen(id: SectionId, labels: Labels, intro?: string): string {
  return (
    `<section class="report-section section-${id}${PAGE_START.has(id) ? ' page-start' : ''}" id="sec-${id}">` +
    `<h2>${esc(labels.sections[id])}</h2>` +
    (intro ? `<p class="intro">${intro}</p>` : '')
  );
}

export function emotionCell(t: Pick<Touchpoint, 'emotion' | 'emotionLabel'>, labels: Labels): string {
  const word = emotionLabelWord(labels, t.emotion, t.emotionLabel);
  const number = t.emotion === null ? '' : `<b class="num">${esc(signed(t.emotion))}</b>`;
  return `<span class="emotion">${faceImage(t.emotion, 16)}${number}<span class="emotion-word">${esc(word)}</span></span>`;
}

export function severityPill(severity: PainSeverity, labels: Labels): string {
  return `<span class="pill sev-${severity}">${svgImage(svgDocument(21, 7, pipDots(severity, SEVERITY_INK[severity])), 'pips', 21, 7)}${esc(labels.severity[severity])}</span>`;
}

function pipDots(filled: number, colour: string): string {
  return [0, 1, 2]
    .map(
      (i) =>
        `<circle cx="${3.5 + i * 7}" cy="3.5" r="2.6" fill="${i < filled ? colour : 'none'}" stroke="${colour}" stroke-width="0.9"/>`,
    )
    .join('');
}

/** Three dots, `filled` of them solid: the severity drawn, not typed, so no glyph depends on a font. In the pill's text colour. */
export function pips(filled: number): string {
  return `<svg class="pips" width="21" height="7" viewBox="0 0 21 7" aria-hidden="true">${pipDots(filled, 'currentColor')}</svg>`;
}

export function statusPill(status: OpportunityStatus, labels: Labels): string {
  const cls = status.replace(/\s+/g, '-');
  return `<span class="pill status-${cls}">${esc(labels.opportunityStatus[status])}</span>`;
}

export function emptyNote(text: string): string {
  return `<p class="empty">${esc(text)}</p>`;
}

/** Insight groups as headed lists: the report's summary and the interactive viewer print them alike. */
export function insightGroupsHtml(groups: readonly ReportInsightGroup[]): string {
  return groups
    .map(
      (g) =>
        `<div class="insight"><h3>${esc(oneLine(g.title))}</h3><ul>${g.items
          .map(
            (i) => `<li><b>${esc(oneLine(i.label))}</b>${i.detail.trim() ? ` — ${esc(oneLine(i.detail))}` : ''}</li>`,
          )
          .join('')}</ul></div>`,
    )
    .join('');
}
