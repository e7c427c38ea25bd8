import type { Touchpoint } from '../../domain/model';
import type { ReportContext } from '../context';
import { oneLine, safeColour } from '../escape';
import { frictionTypesText } from '../friction-text';
import { stageGroups } from '../journey-order';
import type { Labels } from '../labels';
import { PX_PER_MM } from '../page';
import { unquoted } from '../quote-text';
import { STAGE_HEADING_PX, fitsOnePage, linesOf, stagePieces, touchpointFacts } from '../stage-pages';
import { evidenceLegend, evidencePill } from './evidence';
import { emotionCell, emptyNote, esc, multiline, sectionOpen, severityPill, statusPill } from './parts';

function touchpointRow(t: Touchpoint, labels: Labels): string {
  const pains = t.painPoints
    .filter((p) => p.text.trim())
    .map((p) => `<li>${severityPill(p.severity, labels)} ${evidencePill(p.evidence, labels)} ${multiline(p.text)}</li>`)
    .join('');
  const opportunities = t.opportunities
    .filter((o) => o.text.trim())
    .map((o) => `<li>${multiline(o.text)} ${statusPill(o.status, labels)}</li>`)
    .join('');
  const friction =
    t.friction.score > 0 || t.friction.types.length > 0
      ? `<b class="num">${t.friction.score}/5</b>${t.friction.types.length ? `<div class="muted kinds">${esc(frictionTypesText(t.friction.types, labels))}</div>` : ''}`
      : '<span class="muted">–</span>';
  const flags = [t.momentOfTruth ? labels.momentOfTruth : '', t.delight ? labels.delight : '']
    .filter(Boolean)
    .map((f) => `<span class="flag">${esc(f)}</span>`)
    .concat(t.evidence ? [evidencePill(t.evidence, labels)] : [])
    .join(' ');
  // Who answers for the touchpoint sits with its channel, in small type under the description.
  const facts = touchpointFacts(t, labels).map(esc).join(' · ');
  const quotes = t.quotes
    .map((q) => q.trim())
    .filter(Boolean)
    .map((q) => `<p class="tp-quote">“${multiline(unquoted(q))}”</p>`)
    .join('');
  const thoughts = t.thoughts.trim() ? `<p class="tp-thoughts">${multiline(t.thoughts)}</p>` : '';
  return (
    `<tr><td><div class="tp-title">${esc(oneLine(t.title) || labels.untitled)}</div>` +
    (t.description.trim() ? `<p class="tp-description">${multiline(t.description)}</p>` : '') +
    (facts ? `<div class="muted">${facts}</div>` : '') +
    (flags ? `<div>${flags}</div>` : '') +
    `</td><td>${emotionCell(t, labels)}</td>` +
    `<td>${thoughts || quotes ? thoughts + quotes : '<span class="muted">–</span>'}</td>` +
    `<td>${pains ? `<ul class="cell-list">${pains}</ul>` : '<span class="muted">–</span>'}</td>` +
    `<td>${friction}</td>` +
    `<td>${opportunities ? `<ul class="cell-list">${opportunities}</ul>` : '<span class="muted">–</span>'}</td></tr>`
  );
}

export function stagesSection(ctx: ReportContext): string {
  const { labels } = ctx;
  const h = labels.table;
  const head =
    `<thead><tr><th class="w-tp">${esc(h.touchpoint)}</th><th class="w-emo">${esc(h.emotion)}</th><th class="w-th">${esc(h.thoughts)}</th>` +
    `<th class="w-pain">${esc(h.painPoints)}</th><th class="w-fr">${esc(h.friction)}</th><th>${esc(h.opportunities)}</th></tr></thead>`;
  const table = (rows: readonly Touchpoint[]) =>
    `<table class="data stage-table">${head}<tbody>${rows.map((t) => touchpointRow(t, labels)).join('')}</tbody></table>`;
  const introWidth = Math.min(160, ctx.page.contentWidth) * PX_PER_MM;
  let firstTall = false;
  const blocks = stageGroups(ctx.doc).map(({ stage, touchpoints }, index) => {
    const colour = safeColour(stage.colour, '#868e96');
    const name = esc(oneLine(stage.name) || labels.untitled);
    const intro = [
      stage.description.trim() ? `<p>${multiline(stage.description)}</p>` : '',
      stage.customerGoal.trim() ? `<p><b>${esc(labels.stageGoal)}:</b> ${multiline(stage.customerGoal)}</p>` : '',
    ].join('');
    const heading =
      `<h3 class="stage-title"><span class="chip" style="background:${colour}"></span>${name}</h3>` +
      (intro ? `<div class="stage-intro">${intro}</div>` : '');
    if (touchpoints.length === 0) return `<div class="stage-block">${heading}${emptyNote(labels.noTouchpoints)}</div>`;
    // Room the heading and intro take above the table (and the section heading, over the first stage).
    const introLines = linesOf(`${stage.description}\n${stage.customerGoal}`, introWidth);
    const top = STAGE_HEADING_PX + introLines * 20 + (index === 0 ? 60 : 0);
    // A stage that fits on a page is kept on one page.
    if (fitsOnePage(touchpoints, ctx.page, top, labels)) {
      return `<div class="stage-block stage-keep">${heading}${table(touchpoints)}</div>`;
    }
    // A taller one starts a page and goes on over the next ones, a "(continued)" heading on each.
    if (index === 0) firstTall = true;
    const pieces = stagePieces(touchpoints, ctx.page, top, labels);
    const continued = pieces
      .slice(1)
      .map(
        (rows) =>
          `<div class="stage-block stage-continued"><p class="stage-title stage-continued-title"><span class="chip" style="background:${colour}"></span>${name} ${esc(labels.continued)}</p>${table(rows)}</div>`,
      )
      .join('');
    return `<div class="stage-block${index === 0 ? '' : ' stage-tall'}">${heading}${table(pieces[0]!)}</div>${continued}`;
  });
  // A tall first stage starts the section on a new page, its heading with it.
  const open = sectionOpen('stages', labels).replace(
    'class="report-section section-stages"',
    `class="report-section section-stages${firstTall ? ' page-start' : ''}"`,
  );
  return `${open}${evidenceLegend(ctx.doc, labels)}${blocks.join('') || emptyNote(labels.map.noStages)}</section>`;
}
