import type { Touchpoint } from '../../domain/model';
import type { ReportContext } from '../context';
import { oneLine, safeColour } from '../escape';
import { stageGroups } from '../journey-order';
import type { Labels } from '../labels';
import { emotionCell, emptyNote, esc, multiline, sectionOpen, severityPill, statusPill } from './parts';

function touchpointRow(t: Touchpoint, labels: Labels): string {
  const pains = t.painPoints
    .filter((p) => p.text.trim())
    .map((p) => `<li>${severityPill(p.severity, labels)} ${multiline(p.text)}</li>`)
    .join('');
  const opportunities = t.opportunities
    .filter((o) => o.text.trim())
    .map((o) => `<li>${multiline(o.text)} ${statusPill(o.status, labels)}</li>`)
    .join('');
  const friction =
    t.friction.score > 0 || t.friction.types.length > 0
      ? `<b class="num">${t.friction.score}/5</b>${t.friction.types.length ? `<div class="muted kinds">${esc(t.friction.types.join(', '))}</div>` : ''}`
      : '<span class="muted">–</span>';
  const flags = [t.momentOfTruth ? labels.momentOfTruth : '', t.delight ? labels.delight : '']
    .filter(Boolean)
    .map((f) => `<span class="flag">${esc(f)}</span>`)
    .join(' ');
  // Who answers for the touchpoint sits with its channel, in small type under the description.
  const facts = [
    t.channel.trim() ? esc(oneLine(t.channel)) : '',
    t.owner.trim() ? `${esc(labels.table.owner)}: ${esc(oneLine(t.owner))}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const quotes = t.quotes
    .map((q) => q.trim())
    .filter(Boolean)
    .map((q) => `<p class="tp-quote">“${multiline(q)}”</p>`)
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
  const blocks = stageGroups(ctx.doc).map(({ stage, touchpoints }) => {
    const colour = safeColour(stage.colour, '#868e96');
    const intro = [
      stage.description.trim() ? `<p>${multiline(stage.description)}</p>` : '',
      stage.customerGoal.trim() ? `<p><b>${esc(labels.stageGoal)}:</b> ${multiline(stage.customerGoal)}</p>` : '',
    ].join('');
    const table =
      touchpoints.length === 0
        ? emptyNote(labels.noTouchpoints)
        : `<table class="data stage-table">${head}<tbody>${touchpoints.map((t) => touchpointRow(t, labels)).join('')}</tbody></table>`;
    return (
      `<div class="stage-block"><h3 class="stage-title"><span class="chip" style="background:${colour}"></span>${esc(oneLine(stage.name) || labels.untitled)}</h3>` +
      (intro ? `<div class="stage-intro">${intro}</div>` : '') +
      table +
      `</div>`
    );
  });
  return `${sectionOpen('stages', labels)}${blocks.join('') || emptyNote(labels.map.noStages)}</section>`;
}
